package io.github.catconv.csl;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps a {@link BibRecord} to one CSL 1.0.2 item, as a neutral tree shared by the CSL-JSON writer
 * and the citation adapter.
 *
 * <p>Variable names follow the CSL 1.0.2 specification (Appendix IV) restricted to what the
 * CSL-JSON schema {@code csl-data.json} allows, since that schema is what citeproc-js, Zotero,
 * pandoc and citation-js validate against. The full table, with the reasons for each choice, is
 * in {@code docs/mapping-csl.md}. Nothing is invented: a value the record does not hold writes no
 * key.
 *
 * <p>Tree shape: the item is a {@link LinkedHashMap} with {@code id} and {@code type} first and
 * every other variable in case-insensitive alphabetical order. Values are {@link String}s, name
 * lists ({@code List<Map<String, Object>>}, see {@link CslNames}) and date objects
 * ({@code Map<String, Object>} holding {@code date-parts} as {@code List<List<Integer>>}, a
 * {@link Boolean} {@code circa}, or a {@code literal} string; see {@link CslDates}).
 */
public final class CslMapping {

    /** One row of the mapping: a CSL variable and how to read its value from a record. */
    private record Row(String variable, Function<BibRecord, Optional<?>> value) {
    }

    /**
     * The variable table (names and {@code note} are added by {@link CslNames} and
     * {@link CslNotes}, because their keys or content depend on more than one model field).
     */
    private static final List<Row> ROWS = List.of(
            new Row("title", BibRecord::fullTitle),
            new Row("title-short", BibRecord::shortTitle),
            // A catalog that knows only the journal's abbreviation ("Harm Reduct J", PubMed's
            // Dublin Core) gives it as the title too: styles print container-title (APA, Chicago)
            // and would otherwise drop the journal; citeproc-js does not fall back either.
            new Row("container-title", r -> container(r, Container::title)
                    .or(() -> container(r, Container::shortTitle))),
            new Row("container-title-short", r -> container(r, Container::shortTitle)),
            new Row("volume", r -> container(r, Container::volume)),
            new Row("issue", r -> container(r, Container::issue)),
            new Row("page", r -> container(r, Container::pages).map(p -> p.format("-"))),
            new Row("page-first", r -> container(r, Container::pages).map(PageRange::first)),
            new Row("publisher", BibRecord::publisher),
            new Row("publisher-place", BibRecord::place),
            new Row("issued", r -> r.issued().map(CslDates::date)),
            new Row("edition", BibRecord::edition),
            new Row("collection-title", r -> firstSeries(r).map(Series::title)),
            new Row("collection-number", r -> firstSeries(r).map(Series::number)),
            new Row("number-of-pages", BibRecord::numberOfPages),
            // The catalog's physical description (MARC 300: extent, illustrations, size) is what
            // CSL calls "dimensions": "physical (e.g. size) or temporal (e.g. running time)".
            new Row("dimensions", BibRecord::physicalDescription),
            new Row("language", BibRecord::language),
            new Row("abstract", BibRecord::abstractText),
            new Row("keyword", r -> r.subjects().isEmpty()
                    ? Optional.empty() : Optional.of(String.join(", ", r.subjects()))),
            new Row("DOI", r -> CslIdentifiers.value(r, IdentifierScheme.DOI)),
            new Row("PMID", r -> CslIdentifiers.value(r, IdentifierScheme.PMID)),
            new Row("PMCID", r -> CslIdentifiers.value(r, IdentifierScheme.PMCID)),
            new Row("ISBN", r -> CslIdentifiers.value(r, IdentifierScheme.ISBN)),
            new Row("ISSN", r -> CslIdentifiers.value(r, IdentifierScheme.ISSN)),
            new Row("URL", r -> r.urls().stream().findFirst()),
            new Row("call-number", BibRecord::callNumber),
            new Row("genre", BibRecord::genre),
            // Zotero's "Library Catalog" field is CSL "source": the catalog the data came from.
            new Row("source", r -> catalogName(r.source())),
            // The original-script forms of a romanized record (MARC 880): the CSL spec's own example
            // of original-title is "Война и мир". Names have no CSL variable (docs/mapping-csl.md).
            new Row("original-title", r -> r.originalScript().map(OriginalScript::fullTitle)),
            new Row("original-publisher", r -> r.originalScript().map(OriginalScript::publisher)),
            new Row("original-publisher-place", r -> r.originalScript().map(OriginalScript::place)));

    private CslMapping() {
    }

    /**
     * Maps a record to a CSL item whose {@code id} is the record id.
     *
     * @param record the record, not null
     * @return a new mutable insertion-ordered map, never null; always holds {@code id} and
     *         {@code type}
     */
    public static Map<String, Object> toCsl(BibRecord record) {
        return toCsl(record, record.id());
    }

    /**
     * Maps a record to a CSL item written under the given id. This is the seam for writing
     * citation keys instead of record ids: the catalog's record id is then kept in {@code note}
     * as {@code catalog-record-id}.
     *
     * @param record the record, not null
     * @param itemId the item's {@code id}, not null
     * @return a new mutable insertion-ordered map, never null; always holds {@code id} and
     *         {@code type}
     */
    public static Map<String, Object> toCsl(BibRecord record, String itemId) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(itemId, "itemId");
        Map<String, Object> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Row row : ROWS) {
            row.value().apply(record).ifPresent(v -> variables.put(row.variable(), v));
        }
        variables.putAll(CslNames.names(record));
        CslNotes.note(record, itemId).ifPresent(n -> variables.put("note", n));
        Map<String, Object> custom = unknownFields(record);
        if (!custom.isEmpty()) {
            variables.put("custom", custom);
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", itemId);
        item.put("type", record.type().cslType());
        item.putAll(variables);
        return item;
    }

    /**
     * The fields the reader did not know (catalogue B19), for CSL-JSON's {@code custom} object
     * ("additional information that does not have a designated CSL JSON field"): one value as a
     * string, several as a list, in source order.
     */
    private static Map<String, Object> unknownFields(BibRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (io.github.catconv.model.SourceField f : record.unmapped()) {
            if (f.unknown() && !out.containsKey(f.name())) {
                out.put(f.name(), f.values().size() == 1 ? f.values().get(0) : List.copyOf(f.values()));
            }
        }
        return out;
    }

    private static <T> Optional<T> container(BibRecord record, Function<Container, T> part) {
        return record.container().map(part);
    }

    private static Optional<Series> firstSeries(BibRecord record) {
        return record.series().stream().findFirst();
    }

    /** The catalog's collection name, else its institution (e.g. "PubMed"). */
    private static Optional<String> catalogName(SourceInfo source) {
        return Optional.ofNullable(source.collection() != null ? source.collection() : source.institution());
    }
}
