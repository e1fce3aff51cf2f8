package io.github.catconv.write.endnotexml;

import io.github.catconv.csl.CslIdentifiers;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.write.xml.XmlOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One record as an EndNote XML {@code <record>}; the table, with its sources, is
 * docs/endnote-xml.md. Elements come in the order of EndNote's DTD (RSXML), as EndNote and Zotero's
 * "Endnote XML" translator expect; the reference type is given by EndNote's number and name.
 * Which name list an editor or a series title goes to depends on the type, as EndNote labels
 * its fields per type (e.g. a book's editors are "tertiary authors", a chapter's "secondary").
 * Facts EndNote has no field for go to {@code notes} as {@code "key: value"} lines.
 */
final class EndNoteRecord {

    /** EndNote's reference type: its number and name. */
    private record RefType(int number, String name) {
    }

    private static final Map<RecordType, RefType> TYPES = new EnumMap<>(RecordType.class);

    static {
        TYPES.put(RecordType.ARTICLE, new RefType(43, "Electronic Article"));
        TYPES.put(RecordType.ARTICLE_JOURNAL, new RefType(17, "Journal Article"));
        TYPES.put(RecordType.ARTICLE_MAGAZINE, new RefType(19, "Magazine Article"));
        TYPES.put(RecordType.ARTICLE_NEWSPAPER, new RefType(23, "Newspaper Article"));
        TYPES.put(RecordType.BOOK, new RefType(6, "Book"));
        TYPES.put(RecordType.CHAPTER, new RefType(5, "Book Section"));
        // EndNote's "Conference Paper" is an unpublished talk; a paper in proceedings is this one.
        TYPES.put(RecordType.PAPER_CONFERENCE, new RefType(10, "Conference Proceedings"));
        TYPES.put(RecordType.THESIS, new RefType(32, "Thesis"));
        TYPES.put(RecordType.REPORT, new RefType(27, "Report"));
        TYPES.put(RecordType.DATASET, new RefType(59, "Dataset"));
        TYPES.put(RecordType.SOFTWARE, new RefType(9, "Computer Program"));
        TYPES.put(RecordType.WEBPAGE, new RefType(12, "Web Page"));
        TYPES.put(RecordType.MAP, new RefType(20, "Map"));
        TYPES.put(RecordType.MANUSCRIPT, new RefType(36, "Manuscript"));
        TYPES.put(RecordType.MOTION_PICTURE, new RefType(21, "Film or Broadcast"));
        TYPES.put(RecordType.SONG, new RefType(61, "Music"));
        TYPES.put(RecordType.MUSICAL_SCORE, new RefType(61, "Music"));
        TYPES.put(RecordType.GRAPHIC, new RefType(2, "Artwork"));
        TYPES.put(RecordType.PERIODICAL, new RefType(57, "Serial"));
        TYPES.put(RecordType.ENTRY_ENCYCLOPEDIA, new RefType(53, "Encyclopedia"));
        TYPES.put(RecordType.LEGISLATION, new RefType(31, "Statute"));
        TYPES.put(RecordType.DOCUMENT, new RefType(13, "Generic"));
    }

    /** Types whose journal EndNote keeps in {@code periodical}, and whose issue is {@code number}. */
    private static final Set<RecordType> PERIODICAL_PARTS = EnumSet.of(RecordType.ARTICLE, RecordType.ARTICLE_JOURNAL,
            RecordType.ARTICLE_MAGAZINE, RecordType.ARTICLE_NEWSPAPER);
    /** Types whose {@code pages} field is EndNote's "Number of Pages". */
    private static final Set<RecordType> PAGE_COUNT_TYPES = EnumSet.of(RecordType.BOOK, RecordType.THESIS,
            RecordType.MANUSCRIPT, RecordType.REPORT);
    /** Types whose series EndNote keeps as the secondary title (else the tertiary title). */
    private static final Set<RecordType> SERIES_AS_SECONDARY = EnumSet.of(RecordType.BOOK, RecordType.REPORT,
            RecordType.MAP, RecordType.SOFTWARE, RecordType.THESIS, RecordType.DOCUMENT);

    private final XmlOutput x;
    private final BibRecord r;
    private final List<String> notes = new ArrayList<>();

    private EndNoteRecord(XmlOutput x, BibRecord r) {
        this.x = x;
        this.r = r;
    }

    /** Writes {@code <record>…</record>} for one record. */
    static void write(XmlOutput x, BibRecord r) throws IOException {
        new EndNoteRecord(x, r).write();
    }

    private void write() throws IOException {
        RefType type = TYPES.get(r.type());
        Container c = r.container().orElse(null);
        x.start("record");
        x.element("source-app", "name", "catconv", "catconv");
        x.element("ref-type", "name", type.name(), String.valueOf(type.number()));
        contributors();
        titles(c);
        if (c != null && PERIODICAL_PARTS.contains(r.type()) && (c.title() != null || c.shortTitle() != null)) {
            x.start("periodical");
            x.element("full-title", c.title() != null ? c.title() : c.shortTitle());
            x.element("abbr-1", c.title() != null ? c.shortTitle() : null);
            x.end();
        }
        x.element("pages", pages(c));
        x.element("volume", c == null ? null : c.volume());
        String issue = c == null ? null : c.issue();
        x.element("number", PERIODICAL_PARTS.contains(r.type()) ? issue : null);
        x.element("issue", PERIODICAL_PARTS.contains(r.type()) ? null : issue);
        x.element("edition", r.edition().orElse(null));
        if (!r.subjects().isEmpty()) {
            x.start("keywords");
            for (String s : r.subjects()) {
                x.element("keyword", s);
            }
            x.end();
        }
        dates();
        x.element("pub-location", r.place().orElse(null));
        x.element("publisher", r.publisher().orElse(null));
        x.element("isbn", standardNumber());
        x.element("accession-num", r.identifier(IdentifierScheme.PMID).orElse(null));
        x.element("call-num", r.callNumber().orElse(null));
        x.element("electronic-resource-num", r.identifier(IdentifierScheme.DOI).orElse(null));
        x.element("abstract", r.abstractText().orElse(null));
        x.element("label", r.id());
        collectNotes();
        x.element("notes", notes.isEmpty() ? null : String.join("\n", notes));
        x.element("work-type", r.genre().orElse(null));
        x.element("remote-database-name", catalogName(r.source()));
        x.element("language", r.language().orElse(null));
        if (!r.urls().isEmpty()) {
            x.start("urls").start("related-urls");
            for (String u : r.urls()) {
                x.element("url", u);
            }
            x.end().end();
        }
        // EndNote's PubMed filter keeps the PMCID in custom2; Zotero's import reads it back from there.
        x.element("custom2", r.identifier(IdentifierScheme.PMCID).orElse(null));
        x.end();
    }

    /**
     * Authors first, then the name lists EndNote labels per type: editors are a book's tertiary
     * authors but everyone else's secondary ones; series editors the other way round; translators
     * are subsidiary authors. Roles with no list there go to {@code notes}.
     */
    private void contributors() throws IOException {
        boolean book = r.type() == RecordType.BOOK || r.type() == RecordType.REPORT;
        List<Agent> authors = new ArrayList<>();
        List<Agent> secondary = new ArrayList<>();
        List<Agent> tertiary = new ArrayList<>();
        List<Agent> subsidiary = new ArrayList<>();
        for (Contributor ct : r.contributors()) {
            ContributorRole role = ct.role();
            if (role == ContributorRole.AUTHOR
                    || (role == ContributorRole.DIRECTOR && r.type() == RecordType.MOTION_PICTURE)
                    || (role == ContributorRole.COMPOSER && (r.type() == RecordType.SONG || r.type() == RecordType.MUSICAL_SCORE))) {
                authors.add(ct.agent());
            } else if (role == ContributorRole.EDITOR) {
                (book ? tertiary : secondary).add(ct.agent());
            } else if (role == ContributorRole.SERIES_EDITOR) {
                (book ? secondary : tertiary).add(ct.agent());
            } else if (role == ContributorRole.TRANSLATOR) {
                subsidiary.add(ct.agent());
            } else {
                notes.add(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + ct.agent().displayName());
            }
        }
        if (authors.isEmpty() && secondary.isEmpty() && tertiary.isEmpty() && subsidiary.isEmpty()) {
            return;
        }
        x.start("contributors");
        names("authors", authors);
        names("secondary-authors", secondary);
        names("tertiary-authors", tertiary);
        names("subsidiary-authors", subsidiary);
        x.end();
    }

    /** EndNote reads "Family, Given"; an organisation or unsplit name stays whole. */
    private void names(String list, List<Agent> agents) throws IOException {
        if (agents.isEmpty()) {
            return;
        }
        x.start(list);
        for (Agent a : agents) {
            x.element("author", a.displayName());
        }
        x.end();
    }

    /** Title; the container's (journal, book, proceedings) as secondary title; the series; short title. */
    private void titles(Container c) throws IOException {
        String containerTitle = c == null ? null : c.title() != null ? c.title() : c.shortTitle();
        String series = r.series().isEmpty() ? null : r.series().get(0).title();
        boolean seriesSecondary = containerTitle == null && SERIES_AS_SECONDARY.contains(r.type());
        x.start("titles");
        x.element("title", r.fullTitle().orElse(null));
        x.element("secondary-title", containerTitle != null ? containerTitle : seriesSecondary ? series : null);
        x.element("tertiary-title", seriesSecondary ? null : series);
        x.element("short-title", r.shortTitle().orElse(null));
        x.end();
    }

    private String pages(Container c) {
        if (PAGE_COUNT_TYPES.contains(r.type())) {
            return r.numberOfPages().orElse(null);
        }
        return c == null || c.pages() == null ? null : c.pages().format("-");
    }

    /** The year; the full date (ISO) or the catalog's text when it was not read as a date. */
    private void dates() throws IOException {
        DateValue d = r.issued().orElse(null);
        if (d == null) {
            return;
        }
        x.start("dates");
        x.element("year", d.year().map(String::valueOf).orElse(null));
        String full = d.isParsed() ? d.toEdtf().orElse(null) : d.raw();
        if (full != null && !(d.isParsed() && d.end() == null && !d.start().hasMonth() && !d.approximate())) {
            x.start("pub-dates").element("date", full).end();
        }
        x.end();
    }

    /** EndNote's "ISBN/ISSN" field: the ISBNs, or for a periodical's part the ISSNs (both as CSL joins them). */
    private String standardNumber() {
        IdentifierScheme scheme = PERIODICAL_PARTS.contains(r.type()) || r.type() == RecordType.PERIODICAL
                ? IdentifierScheme.ISSN : IdentifierScheme.ISBN;
        return CslIdentifiers.value(r, scheme).or(() -> CslIdentifiers.value(r,
                scheme == IdentifierScheme.ISSN ? IdentifierScheme.ISBN : IdentifierScheme.ISSN)).orElse(null);
    }

    /**
     * The record's notes first, then one "key: value" line per fact EndNote has no field for (the
     * contributors without a name list are already in {@code notes}).
     */
    private void collectNotes() {
        notes.addAll(0, r.notes());
        for (int i = 1; i < r.series().size(); i++) {
            Series s = r.series().get(i);
            notes.add("series: " + s.title() + (s.number() == null ? "" : " ; " + s.number()));
        }
        if (!r.series().isEmpty() && r.series().get(0).number() != null) {
            notes.add("series-number: " + r.series().get(0).number());
        }
        for (Identifier id : r.identifiers()) {
            if (id.scheme() != IdentifierScheme.DOI && id.scheme() != IdentifierScheme.PMID
                    && id.scheme() != IdentifierScheme.PMCID && id.scheme() != IdentifierScheme.ISBN
                    && id.scheme() != IdentifierScheme.ISSN) {
                notes.add(id.scheme().id() + ": " + id.value());
            }
        }
        r.physicalDescription().ifPresent(p -> notes.add("physical-description: " + p));
        r.rights().ifPresent(v -> notes.add("rights: " + v));
        r.originalScript().ifPresent(this::originalScriptNotes);
    }

    /** EndNote has no field for a vernacular form (its "translated" fields mean a translation). */
    private void originalScriptNotes(OriginalScript o) {
        String script = o.script() == null ? "" : " (" + o.script() + ")";
        if (o.fullTitle() != null) {
            notes.add("original-script title" + script + ": " + o.fullTitle());
        }
        for (Contributor c : r.contributors()) {
            String name = o.name(c.agent());
            if (name != null) {
                notes.add("original-script name" + script + ": " + name);
            }
        }
        if (o.place() != null) {
            notes.add("original-script place" + script + ": " + o.place());
        }
        if (o.publisher() != null) {
            notes.add("original-script publisher" + script + ": " + o.publisher());
        }
        if (o.edition() != null) {
            notes.add("original-script edition" + script + ": " + o.edition());
        }
    }

    private static String catalogName(SourceInfo s) {
        return s.collection() != null ? s.collection() : s.institution();
    }
}
