package io.github.catconv.read.marc;

import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.Languages;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a {@link MarcRecord} onto a {@link BibRecord} the way a MARC-aware catalog does; the table
 * is in docs/marc-mapping.md and {@link MarcTables}. Provenance names the field and subfield
 * ({@code marc:245$a}) and the staff-view line when known.
 */
public final class MarcMapper {

    private final ReadContext ctx;

    /**
     * A mapper reporting to a context.
     *
     * @param ctx where warnings go (bad ISBN checksums, unreadable dates); not null
     */
    public MarcMapper(ReadContext ctx) {
        this.ctx = java.util.Objects.requireNonNull(ctx, "ctx");
    }

    /**
     * Maps one record.
     *
     * @param m the record; not null
     * @param fallbackId the id when the record has no 001 (e.g. the Solr id); may be null
     * @param line the 1-based input line of the record, 0 when unknown
     * @return the record; never null
     * @throws IllegalArgumentException when the record has neither a 001 nor a fallback id
     */
    public BibRecord map(MarcRecord m, String fallbackId, int line) {
        BibRecord.Builder b = BibRecord.builder();
        String id = m.control("001").map(String::strip).filter(s -> !s.isEmpty()).orElse(fallbackId);
        if (id == null) {
            throw new IllegalArgumentException("MARC record without a 001 control number");
        }
        b.id(id).provenance("id", prov(m.field("001").orElse(null), "001", ""));
        MarcTables.typeOf(m).ifPresent(t -> b.type(t).provenance("type", new Provenance("marc:leader", line, "leader/06-07")));
        mapTitle(m, b);
        new MarcNames(m).addTo(b);
        mapPublication(m, b, id);
        mapDescription(m, b);
        IdentifierIntake identifiers = new IdentifierIntake(id, ctx::warn);
        MarcIdentifiers.addTo(m, identifiers);
        b.identifiers(identifiers.identifiers());
        mapSeries(m, b);
        mapNotes(m, b);
        mapHost(m, b, id);
        MarcAltScript.of(m).ifPresent(o -> b.originalScript(o).provenance("originalScript", MarcAltScript.provenance(m)));
        b.source(new SourceInfo(id, null, null, "marc", List.of(), ctx.fileName(), line));
        return b.build();
    }

    static Provenance prov(MarcRecord.Field f, String field, String rule) {
        return new Provenance("marc:" + field, f == null ? 0 : f.line(), rule);
    }

    /** 245 $a $n $p title (parts joined by ". "), $b subtitle; ISBD punctuation removed. */
    private void mapTitle(MarcRecord m, BibRecord.Builder b) {
        Optional<MarcRecord.Field> f245 = m.field("245");
        if (f245.isEmpty()) {
            return;
        }
        MarcRecord.Field f = f245.get();
        String title = titleProper(f);
        if (title != null) {
            b.title(title).provenance("title", prov(f, "245$a$n$p", "ISBD punctuation removed"));
        }
        String sub = subtitle(f);
        if (sub != null) {
            b.subtitle(sub).provenance("subtitle", prov(f, "245$b", ""));
        }
    }

    /** A 245's $a $n $p joined by ". ", ISBD punctuation removed; null when empty (also for an 880 linked to 245). */
    static String titleProper(MarcRecord.Field f) {
        StringBuilder title = new StringBuilder();
        for (MarcRecord.Subfield s : f.subfields()) {
            if ("anp".indexOf(s.code()) >= 0) {
                // "The Foo:" before $b loses its colon too: Isbd.clean only strips " :" with a space.
                String part = Isbd.clean(s.value()).replaceAll("\\s*[:;/=,]$", "");
                if (!part.isEmpty()) {
                    title.append(title.length() == 0 ? "" : title.toString().matches(".*[.?!]$") ? " " : ". ").append(part);
                }
            }
        }
        return title.length() == 0 ? null : title.toString();
    }

    /** A 245's $b, ISBD punctuation removed; null when absent. */
    static String subtitle(MarcRecord.Field f) {
        String sub = f.join("b");
        return sub == null ? null : Isbd.clean(sub);
    }

    /** 264 (second indicator 1, publication) before 260: $a place, $b publisher, $c date; 008/07-10 as fallback year. */
    private void mapPublication(MarcRecord m, BibRecord.Builder b, String id) {
        MarcRecord.Field pub = null;
        for (MarcRecord.Field f : m.fields("264")) {
            if (f.ind2() == '1' && pub == null) {
                pub = f;
            }
        }
        if (pub == null) {
            pub = m.field("260").or(() -> m.field("264")).orElse(null);
        }
        mapImprint(pub, m, b, id);
    }

    private void mapImprint(MarcRecord.Field pub, MarcRecord m, BibRecord.Builder b, String id) {
        if (pub != null) {
            String tag = pub.tag();
            Isbd.cleanPlaceOrPublisher(pub.first('a')).ifPresent(v -> b.place(v).provenance("place", prov(pub, tag + "$a", "")));
            Isbd.cleanPlaceOrPublisher(pub.first('b')).ifPresent(v -> b.publisher(v).provenance("publisher", prov(pub, tag + "$b", "")));
            String date = pub.first('c');
            if (date != null && !Isbd.clean(date).isEmpty()) {
                DateParser.parse(Isbd.clean(date)).ifPresent(d -> {
                    b.issued(d).provenance("issued", prov(pub, tag + "$c", ""));
                    if (!d.isParsed()) {
                        ctx.warn(pub.line(), id, "publication date '" + d.raw() + "' kept as text only (not a readable date)");
                    }
                });
                return;
            }
        }
        String f008 = m.control("008").orElse("");
        if (f008.length() >= 11 && f008.substring(7, 11).matches("\\d{4}") && !f008.startsWith("0000", 7)) {
            DateParser.parse(f008.substring(7, 11)).ifPresent(d -> b.issued(d)
                    .provenance("issued", prov(m.field("008").orElse(null), "008/07-10", "date 1 of 008")));
        }
    }

    /** 250 edition, 300 extent, 041/008 language, 650/651/655 subjects, 856 URLs. */
    private void mapDescription(MarcRecord m, BibRecord.Builder b) {
        m.field("250").map(f -> f.join("ab")).ifPresent(e -> b.edition(Isbd.clean(e))
                .provenance("edition", prov(m.field("250").get(), "250$a$b", "")));
        m.field("300").ifPresent(f -> {
            String ext = f.join("abcefg");
            if (ext != null) {
                String phys = Isbd.clean(ext.replaceAll("\\s+[:;+]\\s+", " "));
                b.physicalDescription(phys).provenance("physicalDescription", prov(f, "300", ""));
                MarcTables.pageCount(phys).ifPresent(b::numberOfPages);
            }
        });
        mapLanguage(m, b);
        Set<String> subjects = new LinkedHashSet<>();
        for (String tag : MarcTables.SUBJECT_ORDER) {
            for (MarcRecord.Field f : m.fields(tag)) {
                subject(f, MarcTables.SUBJECT_FIELDS.get(tag)).ifPresent(subjects::add);
            }
        }
        if (!subjects.isEmpty()) {
            b.subjects(new ArrayList<>(subjects)).provenance("subjects", prov(null, "650/651/655", ""));
        }
        for (MarcRecord.Field f : m.fields("856")) {
            for (String u : f.values('u')) {
                String url = u.strip();
                if (url.matches("(?i)(https?|ftp)://\\S+")) {
                    b.addUrl(url);
                }
            }
        }
    }

    private void mapLanguage(MarcRecord m, BibRecord.Builder b) {
        for (MarcRecord.Field f : m.fields("041")) {
            for (String code : f.values('a')) {
                // 041 $a may hold several codes glued together ("engger"), 3 letters each (MARC 041).
                String c = code.strip().length() > 3 ? code.strip().substring(0, 3) : code.strip();
                Optional<String> tag = Languages.toBcp47(c);
                if (tag.isPresent()) {
                    b.language(tag.get()).provenance("language", prov(f, "041$a", "MARC language code"));
                    return;
                }
            }
        }
        String f008 = m.control("008").orElse("");
        if (f008.length() >= 38) {
            Languages.toBcp47(f008.substring(35, 38)).ifPresent(t -> b.language(t)
                    .provenance("language", prov(m.field("008").orElse(null), "008/35-37", "MARC language code")));
        }
    }

    private static Optional<String> subject(MarcRecord.Field f, String codes) {
        List<String> parts = new ArrayList<>();
        for (MarcRecord.Subfield s : f.subfields()) {
            if (codes.indexOf(s.code()) >= 0) {
                String c = Isbd.clean(s.value());
                if (!c.isEmpty()) {
                    parts.add(c);
                }
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" -- ", parts));
    }

    /** 490 $a $v, then 830 $a $v not already named; ISBD punctuation removed. */
    private void mapSeries(MarcRecord m, BibRecord.Builder b) {
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : new String[] {"490", "830"}) {
            for (MarcRecord.Field f : m.fields(tag)) {
                String title = f.first('a');
                if (title == null || Isbd.clean(title).isEmpty()) {
                    continue;
                }
                String t = Isbd.clean(title);
                if (seen.add(t.toLowerCase(java.util.Locale.ROOT))) {
                    String v = f.first('v');
                    b.addSeries(new Series(t, v == null ? null : Isbd.clean(v)));
                    b.provenance("series[" + seen.size() + "]", prov(f, tag + "$a$v", ""));
                }
            }
        }
    }

    /** 500 general notes, 502 dissertation note, 505 contents; 520 $a $b summary/abstract → abstract. */
    private void mapNotes(MarcRecord m, BibRecord.Builder b) {
        for (String[] n : new String[][] {{"500", ""}, {"502", ""}, {"505", "Contents: "}}) {
            for (MarcRecord.Field f : m.fields(n[0])) {
                String text = f.join("agrt");
                if (text != null) {
                    b.addNote(n[1] + text.strip());
                }
            }
        }
        List<String> summary = new ArrayList<>();
        for (MarcRecord.Field f : m.fields("520")) {
            if (!MarcTables.SUMMARY_INDICATORS.contains(f.ind1())) {
                continue;
            }
            String text = f.join("ab");
            if (text != null) {
                summary.add(text.strip());
            }
        }
        if (!summary.isEmpty()) {
            b.abstractText(String.join("\n\n", summary)).provenance("abstract", prov(m.field("520").get(), "520$a", ""));
        }
    }

    /** 773 host item: $t title, $g volume/issue/pages, $x ISSN, $z ISBN. */
    private void mapHost(MarcRecord m, BibRecord.Builder b, String id) {
        Optional<MarcRecord.Field> f773 = m.field("773");
        if (f773.isEmpty()) {
            return;
        }
        MarcRecord.Field f = f773.get();
        Container c = b.containerOrEmpty();
        String title = f.first('t') != null ? f.first('t') : f.first('a');
        if (title != null) {
            c = c.withTitle(Isbd.clean(title));
        }
        HostCitation g = HostCitation.parse(f.join("g"));
        c = c.withVolume(g.volume()).withIssue(g.issue()).withPages(g.pages());
        IdentifierIntake host = new IdentifierIntake(id, ctx::warn);
        host.add(IdentifierScheme.ISSN, f.first('x'), "marc:773$x", f.line());
        host.add(IdentifierScheme.ISBN, f.first('z'), "marc:773$z", f.line());
        c = c.withIdentifiers(host.identifiers());
        b.container(c).provenance("container", prov(f, "773", "$t title, $g volume/issue/pages"));
        if (b.currentType() == RecordType.DOCUMENT) {
            // No leader verdict: an ISSN or an issue number means a serial host.
            b.type(c.issue() != null || f.first('x') != null ? RecordType.ARTICLE_JOURNAL : RecordType.CHAPTER);
        }
    }
}
