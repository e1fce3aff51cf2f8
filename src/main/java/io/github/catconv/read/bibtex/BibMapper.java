package io.github.catconv.read.bibtex;

import io.github.catconv.catalog.BabelLanguages;
import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.EdtfDates;
import io.github.catconv.catalog.Identifiers;
import io.github.catconv.catalog.Languages;
import io.github.catconv.catalog.PageRanges;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed entry → one record: the inverse of the BibTeX and BibLaTeX writers' field tables
 * ({@code docs/bibtex.md}), widened to the fields real-world files carry. The full table, with
 * what is kept as a note and what is dropped, is in {@code docs/readers.md}.
 *
 * <p>The two dialects read the same fields and differ only where the formats do: in BibTeX a
 * {@code note} that starts with "Date: …" beside a {@code year} holds the date's exact text (the
 * writer's rule for approximate dates and ranges with months); in BibLaTeX only a date the writer
 * could not express is there. Stateless apart from its dialect.
 */
final class BibMapper {

    /** Between the numbers of an ISBN or ISSN list. */
    private static final java.util.regex.Pattern NUMBER_LIST = java.util.regex.Pattern.compile("[,;]\\s*|\\s+(?=[0-9Xx-]{8,})");

    /** Fields read as notes, in this order after {@code note} itself. */
    private static final List<String> NOTE_FIELDS = List.of("annote", "annotation", "addendum", "comment");

    /**
     * Fields that say nothing about the work: JabRef's and BibDesk's bookkeeping, sort and label
     * helpers, inheritance links (already applied). They go to the record's unmapped fields, which
     * only {@code inspect} shows.
     */
    private static final Set<String> IGNORED = Set.of("crossref", "xdata", "xref", "key", "sortkey", "sortname",
            "sorttitle", "sortyear", "presort", "label", "shorthand", "options", "ids", "entryset");

    /** CSL names (cheater syntax, which citeproc-js and Zotero read from {@code note}) for dates the model has no slot for. */
    private static final Map<String, String> OTHER_DATES = Map.of(
            "urldate", "accessed", "origdate", "original-date", "eventdate", "event-date");

    private final boolean biblatex;
    private final String format;
    private final LatexDecoder decoder;

    BibMapper(boolean biblatex) {
        this.biblatex = biblatex;
        this.format = biblatex ? "biblatex" : "bibtex";
        this.decoder = biblatex ? LatexDecoder.LITERAL : LatexDecoder.TYPOGRAPHIC;
    }

    /** Maps one entry; never null. {@code index} (1-based) names an entry that has no key. */
    BibRecord map(BibEntry e, ReadContext ctx, int index) {
        Fields f = new Fields(e, decoder);
        BibRecord.Builder b = BibRecord.builder();
        String id = e.key();
        if (id == null || id.isBlank()) {
            id = format + "-" + index;
            ctx.warn(e.line(), null, "entry @" + e.type() + " has no citation key; its id is " + id);
        }
        b.id(id);
        RecordType type = BibTypes.of(e.type());
        if (type == null) {
            ctx.warn(e.line(), id, "unknown entry type @" + e.type() + ": read as document");
            type = RecordType.DOCUMENT;
        }
        String subtype = f.text("entrysubtype");
        if (type == RecordType.ARTICLE_JOURNAL && subtype != null) {
            String s = subtype.toLowerCase(Locale.ROOT);
            type = s.equals("magazine") ? RecordType.ARTICLE_MAGAZINE
                    : s.equals("newspaper") ? RecordType.ARTICLE_NEWSPAPER : type;
        }
        b.type(type);
        genre(e.type(), f, b);
        contributors(f, b);
        title(f, b);
        container(e.type(), type, f, b);
        publication(e.type(), f, b);
        identifiers(f, b);
        notes(f, b, ctx, id);
        f.textTo("abstract", "abstract", b::abstractText, b);
        f.textTo("pagetotal", "physical", b::numberOfPages, b);
        f.textTo("edition", "edition", b::edition, b);
        String rights = f.text("rights");
        b.rights(rights != null ? rights : f.text("copyright"));
        f.textTo("callnumber", "callNumber", b::callNumber, b);
        language(f, b);
        keywords(f, b);
        b.source(new SourceInfo(null, null, null, format, List.of(), ctx.fileName(), e.line()));
        for (Map.Entry<String, String> field : e.fields().entrySet()) {
            if (!f.used.contains(field.getKey())) {
                b.addUnmapped(new SourceField(field.getKey(), List.of(field.getValue()), f.line(field.getKey()),
                        BibFieldNames.isUnknown(field.getKey())));
            }
        }
        return b.build();
    }

    /** The thesis or report kind, from the entry type and {@code type} (writers' "Theses" table, inverted). */
    private static void genre(String entryType, Fields f, BibRecord.Builder b) {
        String type = f.text("type");
        // "techreport" is biblatex's default kind of report, not a genre of its own.
        boolean placeholder = type != null && type.equalsIgnoreCase("techreport") && entryType.equals("report");
        String genre;
        if (placeholder) {
            genre = null;
        } else if (entryType.equals("phdthesis") && type == null || "phdthesis".equalsIgnoreCase(type)) {
            genre = "PhD thesis"; // the entry type, or biblatex's localisation key
        } else if (entryType.equals("mastersthesis") && type == null || "mathesis".equalsIgnoreCase(type)) {
            genre = "Master's thesis";
        } else {
            genre = type;
        }
        b.genre(genre);
    }

    private static final List<String[]> NAME_FIELDS = List.of(
            new String[] {"author", "AUTHOR"}, new String[] {"editor", "EDITOR"},
            new String[] {"translator", "TRANSLATOR"}, new String[] {"editora", null},
            new String[] {"editorb", null}, new String[] {"editorc", null},
            new String[] {"commentator", "CONTRIBUTOR"}, new String[] {"annotator", "CONTRIBUTOR"},
            new String[] {"introduction", "CONTRIBUTOR"}, new String[] {"foreword", "CONTRIBUTOR"},
            new String[] {"afterword", "CONTRIBUTOR"}, new String[] {"holder", "CONTRIBUTOR"});

    private static void contributors(Fields f, BibRecord.Builder b) {
        int n = 1;
        for (String[] nf : NAME_FIELDS) {
            String raw = f.raw(nf[0]);
            if (raw == null) {
                continue;
            }
            ContributorRole role = nf[1] != null ? ContributorRole.valueOf(nf[1]) : editorType(f.text(nf[0] + "type"));
            for (Agent a : BibNames.parse(raw, f.decoder)) {
                b.addContributor(new Contributor(role, a));
                b.provenance("contributors[" + n++ + "]", new Provenance(nf[0], f.line(nf[0]), ""));
            }
        }
    }

    /** biblatex's {@code editoratype} (manual §2.3.6 "editortype"). */
    private static ContributorRole editorType(String type) {
        if (type == null) {
            return ContributorRole.EDITOR;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "editor", "redactor", "reviser" -> ContributorRole.EDITOR;
            case "compiler" -> ContributorRole.COMPILER;
            case "organizer" -> ContributorRole.ORGANIZER;
            case "director" -> ContributorRole.DIRECTOR;
            case "translator" -> ContributorRole.TRANSLATOR;
            default -> ContributorRole.CONTRIBUTOR;
        };
    }

    private static void title(Fields f, BibRecord.Builder b) {
        f.textTo("title", "title", b::title, b);
        String subtitle = f.text("subtitle");
        String addon = f.text("titleaddon");
        String script = addon == null ? null : Scripts.otherThan(addon, f.peek("title"));
        if (script != null) {
            // catconv's BibLaTeX writer puts the original-script title of a romanized record (MARC 880) here.
            b.originalScript(new OriginalScript(script, addon, null, null, null, null, Map.of()));
        } else if (addon != null) {
            subtitle = subtitle == null ? addon : subtitle + ". " + addon;
        }
        b.subtitle(subtitle);
        f.textTo("shorttitle", "shortTitle", b::shortTitle, b);
    }

    private void container(String entryType, RecordType type, Fields f, BibRecord.Builder b) {
        String title = f.text("journaltitle");
        if (title == null) {
            title = f.text("journal");
        }
        if (title == null) {
            title = f.text("booktitle");
        }
        if (title == null) {
            title = f.text("maintitle"); // a part of a multi-volume work (inherited from an @mvbook)
        }
        if (title == null && (entryType.equals("misc") || entryType.equals("online"))) {
            String how = f.peek("howpublished");
            if (how != null && !how.contains("\\url") && !how.strip().startsWith("http")) {
                title = f.text("howpublished");
            }
        }
        String shortTitle = f.text("shortjournal");
        if (shortTitle == null) {
            shortTitle = f.text("journalabbrev");
        }
        Container c = Container.empty().withTitle(title).withShortTitle(shortTitle).withVolume(f.text("volume"));
        boolean serial = type == RecordType.ARTICLE_JOURNAL || type == RecordType.ARTICLE_MAGAZINE
                || type == RecordType.ARTICLE_NEWSPAPER || type == RecordType.PERIODICAL;
        String issue = f.text("issue");
        String number = f.peek("number");
        String series = f.text("series");
        if (number != null && issue == null && (serial || series == null)) {
            issue = f.text("number");
        }
        c = c.withIssue(issue);
        String pages = f.text("pages");
        if (pages != null) {
            c = c.withPages(PageRanges.parse(pages));
        }
        if (!c.isEmpty()) {
            b.container(c);
        }
        if (series != null) {
            b.addSeries(new Series(series, f.peek("number") != null ? f.text("number") : null));
        }
    }

    /** Publisher and place: the degree-granting or issuing body is the publisher of a thesis or report. */
    private static void publication(String entryType, Fields f, BibRecord.Builder b) {
        String publisher = f.text("publisher");
        for (String alt : List.of("school", "institution", "organization")) {
            if (publisher == null && f.peek(alt) != null) {
                publisher = f.text(alt); // the others stay unmapped: a sponsor beside the publisher
            }
        }
        if (publisher == null && entryType.equals("booklet")) {
            publisher = f.text("howpublished");
        }
        b.publisher(publisher);
        String place = f.text("location");
        String address = f.text("address");
        b.place(place != null ? place : address);
    }

    private static void identifiers(Fields f, BibRecord.Builder b) {
        for (String isbn : f.list("isbn")) {
            b.addIdentifier(identifier(IdentifierScheme.ISBN, Identifiers.normalizeIsbn(isbn), isbn));
        }
        for (String issn : f.list("issn")) {
            b.addIdentifier(identifier(IdentifierScheme.ISSN, Identifiers.normalizeIssn(issn), issn));
        }
        String doi = f.verbatim("doi");
        if (doi != null) {
            b.addIdentifier(identifier(IdentifierScheme.DOI, Identifiers.normalizeDoi(doi), doi));
        }
        String eprint = f.verbatim("eprint");
        if (eprint != null) {
            String kind = Optional.ofNullable(f.text("eprinttype")).orElse(f.text("archiveprefix"));
            kind = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
            IdentifierScheme scheme = switch (kind) {
                case "arxiv" -> IdentifierScheme.ARXIV;
                case "pubmed" -> IdentifierScheme.PMID;
                case "hdl", "handle" -> IdentifierScheme.HANDLE;
                case "pmc", "pubmedcentral" -> IdentifierScheme.PMCID;
                default -> null;
            };
            if (scheme != null) {
                b.addIdentifier(Identifier.of(scheme, eprint));
            } else {
                f.unuse("eprint");
            }
        }
        for (String[] plain : List.of(new String[] {"pmid", "PMID"}, new String[] {"pmcid", "PMCID"},
                new String[] {"lccn", "LCCN"}, new String[] {"oclc", "OCLC"}, new String[] {"ismn", "ISMN"})) {
            String v = f.text(plain[0]);
            if (v != null) {
                b.addIdentifier(Identifier.of(IdentifierScheme.valueOf(plain[1]), v));
            }
        }
        String url = f.verbatim("url");
        if (url != null) {
            b.addUrl(url);
        }
        String how = f.peek("howpublished");
        if (how != null && (how.contains("\\url") || how.strip().startsWith("http"))) {
            String u = f.text("howpublished");
            b.addUrl(u);
        }
    }

    private static Identifier identifier(IdentifierScheme scheme, Optional<String> normalized, String raw) {
        return new Identifier(scheme, normalized.orElse(raw.strip()), raw.strip());
    }

    /** Date from {@code date} (EDTF) or {@code year}/{@code month}; notes; other dates as CSL note lines. */
    private void notes(Fields f, BibRecord.Builder b, ReadContext ctx, String id) {
        DateValue date = date(f, ctx, id);
        String note = f.text("note");
        if (note != null && note.startsWith("Date: ")) {
            int end = note.indexOf("; ");
            String raw = end < 0 ? note.substring(6) : note.substring(6, end);
            String rest = end < 0 ? null : note.substring(end + 2);
            DateValue fromNote = fromNote(raw, date);
            if (fromNote != null) {
                date = fromNote;
                note = rest;
            }
        }
        if (date != null) {
            b.issued(date);
            b.provenance("issued", new Provenance(f.peek("date") != null ? "date" : "year",
                    f.line(f.peek("date") != null ? "date" : "year"), ""));
        }
        if (note != null && !note.isEmpty()) {
            b.addNote(note);
        }
        for (String field : NOTE_FIELDS) {
            String v = f.text(field);
            if (v != null) {
                b.addNote(v);
            }
        }
        for (Map.Entry<String, String> other : OTHER_DATES.entrySet()) {
            String v = f.verbatim(other.getKey());
            if (v != null) {
                b.addNote(other.getValue() + ": " + v);
            }
        }
    }

    /**
     * The date a "Date: raw" note stands for, or null when the note is an ordinary one: BibLaTeX
     * writes it only for a date it could not read (so with no {@code date}); BibTeX also for an
     * approximate date or a range with months beside its {@code year}, whose raw text must read
     * back as such a date of that year.
     */
    private DateValue fromNote(String raw, DateValue fromFields) {
        if (fromFields == null) {
            return DateValue.unparsed(raw);
        }
        if (biblatex || fromFields.start() == null) {
            return null;
        }
        DateValue d = DateParser.parse(raw).orElse(null);
        if (d == null || d.start() == null || d.start().year() != fromFields.start().year()) {
            return null;
        }
        boolean inNote = d.approximate() || (d.end() != null && (d.start().hasMonth() || d.end().hasMonth()));
        return inNote ? d : null;
    }

    private static DateValue date(Fields f, ReadContext ctx, String id) {
        String date = f.verbatim("date");
        if (date != null) {
            Optional<DateValue> edtf = EdtfDates.parse(date);
            if (edtf.isPresent()) {
                return edtf.get();
            }
            return DateParser.parse(date).orElse(null);
        }
        String year = f.verbatim("year");
        if (year == null) {
            return null;
        }
        DateValue d = yearRange(year);
        if (d == null) {
            d = DateParser.parse(year).orElse(null);
        }
        String month = f.text("month");
        if (d != null && month != null) {
            int m = month(month);
            if (m > 0 && d.start() != null && d.end() == null && !d.start().hasMonth()) {
                int day = day(f.text("day"));
                PartialDate start = new PartialDate(d.start().year(), m, day);
                d = new DateValue(start, null, d.approximate(), start.toIso());
            } else if (m == 0) {
                ctx.warn(f.line("month"), id, "month '" + month + "' is not a month; kept out of the date");
                f.unuse("month");
            }
        }
        return d;
    }

    /** BibTeX's year range {@code 1998--2003} (the writer's form) or {@code 1998-2003}. */
    private static DateValue yearRange(String year) {
        String t = year.strip();
        if (t.length() < 9 || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        int dash = t.indexOf('–') > 0 ? t.indexOf('–') : t.indexOf('-');
        if (dash != 4) {
            return null;
        }
        int endStart = dash + 1;
        while (endStart < t.length() && (t.charAt(endStart) == '-' || t.charAt(endStart) == '–')) {
            endStart++;
        }
        String a = t.substring(0, 4);
        String z = t.substring(endStart);
        if (z.length() != 4 || !a.chars().allMatch(Character::isDigit) || !z.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int y1 = Integer.parseInt(a);
        int y2 = Integer.parseInt(z);
        if (y1 < 1 || y2 < y1) {
            return null;
        }
        return new DateValue(PartialDate.ofYear(y1), PartialDate.ofYear(y2), false, t);
    }

    private static final List<String> MONTH_NAMES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** 1–12 from "8", "08", "aug", "August", "Aug."; 0 when it is none of them. */
    static int month(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() <= 2) {
            int m = Integer.parseInt(t);
            return m >= 1 && m <= 12 ? m : 0;
        }
        if (t.length() >= 3) {
            int i = MONTH_NAMES.indexOf(t.substring(0, 3));
            if (i >= 0 && (t.length() == 3 || java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT).equals(t))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int day(String text) {
        if (text == null || !text.strip().chars().allMatch(Character::isDigit) || text.isBlank()) {
            return 0;
        }
        int d = Integer.parseInt(text.strip());
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static void language(Fields f, BibRecord.Builder b) {
        String v = f.text("langid");
        if (v == null) {
            v = f.text("language");
        }
        if (v == null) {
            return;
        }
        // biblatex's language is a list ("english and german"): the first is the work's language.
        String first = BibNames.splitAnd(v).get(0).strip();
        String tag = BabelLanguages.tagOf(first).or(() -> Languages.toBcp47(first)).orElse(first);
        b.language(tag);
    }

    /**
     * Keywords split at commas outside braces (the writers brace a subject that holds one), or at
     * semicolons when there is no such comma.
     */
    private static void keywords(Fields f, BibRecord.Builder b) {
        String raw = f.raw("keywords");
        if (raw == null) {
            return;
        }
        List<String> parts = BibNames.splitTopLevel(raw, ',');
        if (parts.size() == 1) {
            parts = BibNames.splitTopLevel(raw, ';'); // JabRef's other keyword separator
        }
        for (String k : parts) {
            String d = f.decoder.decode(k);
            if (!d.isEmpty()) {
                b.addSubject(d);
            }
        }
    }

    /** The entry's fields, with the names the mapping used, so the rest can be kept as unmapped. */
    private static final class Fields {
        private final BibEntry entry;
        private final LatexDecoder decoder;
        final Set<String> used = new HashSet<>();

        Fields(BibEntry entry, LatexDecoder decoder) {
            this.entry = entry;
            this.decoder = decoder;
            for (String name : entry.fields().keySet()) {
                if (IGNORED.contains(name)) {
                    used.add(name);
                }
            }
        }

        /** The raw value, marking the field used; null when absent. */
        String raw(String name) {
            String v = entry.fields().get(name);
            if (v != null) {
                used.add(name);
            }
            return v;
        }

        /** The raw value without marking it used. */
        String peek(String name) {
            return entry.fields().get(name);
        }

        void unuse(String name) {
            used.remove(name);
        }

        /** The decoded value; null when absent or empty. */
        String text(String name) {
            String v = raw(name);
            if (v == null) {
                return null;
            }
            String d = decoder.decode(v);
            return d.isEmpty() ? null : d;
        }

        /** A verbatim field (url, doi, eprint): outer braces gone, nothing decoded, blanks trimmed. */
        String verbatim(String name) {
            String v = raw(name);
            if (v == null) {
                return null;
            }
            String t = v.strip();
            while (t.length() >= 2 && t.charAt(0) == '{' && LatexDecoder.matching(t, 0, t.length()) == t.length() - 1) {
                t = t.substring(1, t.length() - 1).strip();
            }
            if (t.startsWith("\\url{") && t.endsWith("}")) {
                t = t.substring(5, t.length() - 1).strip();
            }
            return t.isEmpty() ? null : t;
        }

        /** A list of numbers (ISBN, ISSN): split at commas, semicolons and blanks between numbers. */
        List<String> list(String name) {
            String v = text(name);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : NUMBER_LIST.split(v)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** Sets a model field from a text field and notes where it came from under {@code modelKey}. */
        void textTo(String name, String modelKey, java.util.function.Function<String, BibRecord.Builder> setter,
                    BibRecord.Builder b) {
            String v = text(name);
            if (v != null) {
                setter.apply(v);
                b.provenance(modelKey, new Provenance(name, line(name), ""));
            }
        }

        int line(String name) {
            Integer l = entry.fieldLines().get(name);
            return l == null ? entry.line() : l;
        }
    }
}
