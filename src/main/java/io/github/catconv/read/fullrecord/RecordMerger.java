package io.github.catconv.read.fullrecord;

import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges what a source record (MARC staff view, {@code fullrecord}) says into the record built
 * from the Solr fields, the source winning where it is more precise:
 *
 * <table>
 *   <caption>Which side wins</caption>
 *   <tr><th>field</th><th>rule</th></tr>
 *   <tr><td>id, source</td><td>Solr (the catalog's id and holdings)</td></tr>
 *   <tr><td>type</td><td>source only when Solr said nothing (DOCUMENT)</td></tr>
 *   <tr><td>title, subtitle</td><td>source (245 keeps $n $p; Solr title fields cut them)</td></tr>
 *   <tr><td>contributors</td><td>source when it has any (relator codes give roles Solr loses)</td></tr>
 *   <tr><td>series</td><td>source when it has any (490/830 keep the numbers)</td></tr>
 *   <tr><td>original script</td><td>source when it has any (880 keeps the subfields)</td></tr>
 *   <tr><td>identifiers</td><td>union, Solr's first, no duplicates by {@link IdentifierIntake#union}</td></tr>
 *   <tr><td>urls, notes</td><td>union, Solr's first, no duplicates</td></tr>
 *   <tr><td>container</td><td>Solr's parts, gaps filled from the source</td></tr>
 *   <tr><td>everything else</td><td>Solr, gaps filled from the source</td></tr>
 * </table>
 *
 * <p>The provenance of each field taken from the source is the source's, so {@code inspect} says
 * where each fact came from.
 */
public final class RecordMerger {

    private RecordMerger() {
    }

    /**
     * Merges a source record into the Solr-field record.
     *
     * @param solr the record from the Solr fields; not null
     * @param source the record from the MARC / harvested source; not null
     * @return the merged record (id and source info of {@code solr})
     */
    public static BibRecord merge(BibRecord solr, BibRecord source) {
        BibRecord.Builder b = solr.toBuilder();
        Map<String, Provenance> from = source.provenance();
        if (solr.type() == RecordType.DOCUMENT && source.type() != RecordType.DOCUMENT) {
            b.type(source.type());
            copyProvenance(b, from, "type");
        }
        if (source.title().isPresent()) {
            b.title(source.title().get()).subtitle(source.subtitle().orElse(null));
            copyProvenance(b, from, "title", "subtitle");
        }
        if (!source.contributors().isEmpty()) {
            b.contributors(source.contributors());
            from.keySet().stream().filter(k -> k.startsWith("contributors[")).forEach(k -> b.provenance(k, from.get(k)));
        }
        if (!source.series().isEmpty()) {
            b.series(source.series());
        }
        if (source.originalScript().isPresent()) {
            b.originalScript(source.originalScript().get());
            copyProvenance(b, from, "originalScript");
        }
        fillScalars(b, solr, source, from);
        b.identifiers(IdentifierIntake.union(solr.identifiers(), source.identifiers()));
        b.urls(union(solr.urls(), source.urls(), u -> u));
        b.notes(union(solr.notes(), source.notes(), n -> n));
        if (solr.subjects().isEmpty()) {
            b.subjects(source.subjects());
        }
        b.container(mergeContainer(solr.container().orElse(Container.empty()), source.container().orElse(Container.empty())));
        if (solr.container().isEmpty() && source.container().isPresent()) {
            copyProvenance(b, from, "container");
        }
        return b.build();
    }

    private static void fillScalars(BibRecord.Builder b, BibRecord solr, BibRecord source, Map<String, Provenance> from) {
        if (solr.publisher().isEmpty() && source.publisher().isPresent()) {
            b.publisher(source.publisher().get());
            copyProvenance(b, from, "publisher");
        }
        if (solr.place().isEmpty() && source.place().isPresent()) {
            b.place(source.place().get());
            copyProvenance(b, from, "place");
        }
        if (solr.issued().isEmpty() && source.issued().isPresent()) {
            b.issued(source.issued().get());
            copyProvenance(b, from, "issued");
        }
        if (solr.edition().isEmpty() && source.edition().isPresent()) {
            b.edition(source.edition().get());
            copyProvenance(b, from, "edition");
        }
        if (solr.physicalDescription().isEmpty() && source.physicalDescription().isPresent()) {
            b.physicalDescription(source.physicalDescription().get()).numberOfPages(source.numberOfPages().orElse(null));
        }
        if (solr.language().isEmpty() && source.language().isPresent()) {
            b.language(source.language().get());
            copyProvenance(b, from, "language");
        }
        if (solr.abstractText().isEmpty() && source.abstractText().isPresent()) {
            b.abstractText(source.abstractText().get());
            copyProvenance(b, from, "abstract");
        }
        if (solr.rights().isEmpty() && source.rights().isPresent()) {
            b.rights(source.rights().get());
        }
    }

    private static Container mergeContainer(Container a, Container s) {
        return a.withTitle(a.title() != null ? a.title() : s.title())
                .withShortTitle(a.shortTitle() != null ? a.shortTitle() : s.shortTitle())
                .withVolume(a.volume() != null ? a.volume() : s.volume())
                .withIssue(a.issue() != null ? a.issue() : s.issue())
                .withPages(a.pages() != null ? a.pages() : s.pages())
                .withIdentifiers(IdentifierIntake.union(a.identifiers(), s.identifiers()));
    }

    private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> key) {
        Set<String> seen = new LinkedHashSet<>();
        List<T> out = new ArrayList<>(first.size() + second.size());
        for (List<T> list : List.of(first, second)) {
            for (T t : list) {
                if (seen.add(key.apply(t))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static void copyProvenance(BibRecord.Builder b, Map<String, Provenance> from, String... fields) {
        for (String f : fields) {
            Provenance p = from.get(f);
            if (p != null) {
                b.provenance(f, p);
            }
        }
    }
}
