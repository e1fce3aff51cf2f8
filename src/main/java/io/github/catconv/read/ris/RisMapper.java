package io.github.catconv.read.ris;

import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.Identifiers;
import io.github.catconv.catalog.Languages;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.catalog.Organizations;
import io.github.catconv.catalog.PageRanges;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One RIS record → one record: the inverse of catconv's RIS writer ({@code docs/ris.md}) and the
 * tags of the 2011 specification and the exporters' dialects. Tag meanings that depend on the type
 * are in {@link RisTypes}; the full table is in {@code docs/readers.md}.
 *
 * <ul>
 * <li>Titles: {@code TI}, else {@code T1}, {@code CT}, or {@code BT} of a book; short title {@code ST}.
 * <li>Names: {@code AU}/{@code A1} (repeated), {@code A2}–{@code A4}, {@code ED}, {@code TA}, each
 *     "Last, First[, Suffix]" read with the catalog name parser (particles, organisations).
 * <li>Container: {@code T2} (or {@code C3} of a conference paper), {@code JF}, {@code JO},
 *     {@code BT}; abbreviation {@code J2}, {@code JA}, {@code J1} (and {@code JO} beside a full
 *     title); {@code VL}, {@code IS}, {@code SP}/{@code EP} (a range in {@code SP} alone too).
 * <li>Dates: {@code DA}, else {@code PY}/{@code Y1}, in {@code YYYY/MM/DD/other} form or any date
 *     text the catalog parser reads; the "other" part that catconv writes for approximate dates
 *     and ranges ({@code 1998///ca. 1998}) gives that date back.
 * <li>{@code N1} lines that catconv writes for facts RIS has no tag for ("PMID: …", "Type: …",
 *     "Rights: …", "Series: …", "Illustrator: …") give those facts back; other {@code N1} lines are notes.
 * <li>{@code UR} (several per line allowed), {@code L1}/{@code L2}/{@code L4} when they are web
 *     addresses (EndNote's local file links are not); {@code KW} one subject per line.
 * <li>Tags without a model field that CSL names ({@code Y2} accessed, {@code NV}, {@code SE}) are
 *     note lines "variable: value"; the rest are unmapped fields ({@code inspect}).
 * </ul>
 */
final class RisMapper {

    /** The labels catconv's RIS writer puts before identifiers in {@code N1} ("PMID: 30107808"). */
    private static final Map<String, IdentifierScheme> ID_LABELS = Map.ofEntries(
            Map.entry("DOI", IdentifierScheme.DOI), Map.entry("PMID", IdentifierScheme.PMID),
            Map.entry("PMCID", IdentifierScheme.PMCID), Map.entry("ISBN", IdentifierScheme.ISBN),
            Map.entry("ISSN", IdentifierScheme.ISSN), Map.entry("OCLC", IdentifierScheme.OCLC),
            Map.entry("LCCN", IdentifierScheme.LCCN), Map.entry("Handle", IdentifierScheme.HANDLE),
            Map.entry("arXiv", IdentifierScheme.ARXIV), Map.entry("URN", IdentifierScheme.URN),
            Map.entry("ISMN", IdentifierScheme.ISMN), Map.entry("Control number", IdentifierScheme.CONTROL_NUMBER));

    /** The labels of contributors written to {@code N1} ("Illustrator: Last, First"), from the role names. */
    private static final Map<String, ContributorRole> ROLE_LABELS = new LinkedHashMap<>();

    static {
        for (ContributorRole r : ContributorRole.values()) {
            String s = r.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            ROLE_LABELS.put(Character.toUpperCase(s.charAt(0)) + s.substring(1), r);
        }
    }

    /** The tags of the RIS specification (2011); any other tag is an unknown field (catalogue B19). */
    private static final java.util.Set<String> SPEC_TAGS = java.util.Set.of("TY", "A1", "A2", "A3", "A4", "AB", "AD",
            "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA",
            "DB", "DO", "DP", "ED", "EP", "ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4",
            "LA", "LB", "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN",
            "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2",
            "ER");

    /** Tags kept as CSL note lines ("cheater syntax"), which CSL processors and Zotero read back. */
    private static final Map<String, String> CSL_NOTES = Map.of("Y2", "accessed", "NV", "number-of-volumes",
            "SE", "section", "OP", "original-title", "RN", "annote", "TT", "original-title");

    private static final Pattern PMCID = Pattern.compile("PMC\\d+");
    private static final Pattern SN_SEPARATOR = Pattern.compile("\\s*[;,]\\s*|\\s+(?=\\d)");
    private static final Pattern EPUB_DATE = Pattern.compile("\\d{4}(/\\d{1,2}(/\\d{1,2})?/?|\\d{4})?");
    private static final Pattern URL_SEPARATOR = Pattern.compile("\\s*;\\s*|\\s+(?=https?://)");

    /** Maps the tag lines of one record (the TY line first); never null. */
    BibRecord map(List<RisReader.Line> lines, int index, ReadContext ctx) {
        RisReader.Line ty = lines.get(0);
        String code = ty.value().isEmpty() ? "" : ty.value().split("\\s", 2)[0];
        RisTypes.Type type = RisTypes.of(code);
        Tags t = new Tags(lines);
        // ID is the reference id (catconv writes it only when the id is not the AN); AN the
        // accession number, the id of PubMed's and the catalogs' exports.
        String id = firstOf(t, "ID", "AN");
        if (id == null) {
            id = "ris-" + index;
        }
        if (type == null) {
            ctx.warn(ty.number(), id, "unknown reference type TY  - " + code + ": read as a generic document");
            type = RisTypes.GENERIC;
        }
        RisTypes.Profile p = type.profile();
        BibRecord.Builder b = BibRecord.builder().id(id).type(type.recordType());
        b.provenance("type", new Provenance("TY", ty.number(), ""));

        String title = firstOf(t, "TI", "T1", "CT");
        if (title == null && p == RisTypes.Profile.BOOK) {
            title = t.first("BT");
        }
        b.title(title);
        b.shortTitle(t.first("ST"));
        contributors(lines, type, b);
        container(t, type, b);
        series(t, p, b);
        DateValue date = date(t);
        if (date != null) {
            b.issued(date);
        }
        identifiers(t, p, b);
        notes(t, p, type, b);
        String abstractText = t.first("AB");
        String n2 = t.first("N2");
        b.abstractText(abstractText != null ? abstractText : n2);
        if (abstractText != null && n2 != null && !n2.equals(abstractText)) {
            b.addNote(n2);
        }
        b.publisher(t.first("PB"));
        b.place(firstOf(t, "CY", "PP"));
        String edition = t.peek("ET");
        if (edition != null && !(p == RisTypes.Profile.SERIAL && looksLikeDate(edition))) {
            b.edition(t.first("ET")); // EndNote puts a journal article's e-publication date in ET
        }
        b.callNumber(t.first("CN"));
        String lang = t.first("LA");
        if (lang != null) {
            b.language(Languages.toBcp47(lang).orElse(lang)); // "eng", "English" → en; a tag stays as it is
        }
        for (String kw : t.all("KW")) {
            b.addSubject(kw);
        }
        urls(t, b);
        b.source(new SourceInfo(t.first("AN"), t.first("DP"), t.first("DB"), "ris", List.of(), ctx.fileName(),
                ty.number()));
        for (Map.Entry<String, String> note : CSL_NOTES.entrySet()) {
            for (String v : t.all(note.getKey())) {
                DateValue d = note.getKey().equals("Y2") ? risDate(v, true) : null;
                b.addNote(note.getValue() + ": " + (d != null && d.isParsed() ? d.toEdtf().orElse(v) : v));
            }
        }
        for (RisReader.Line l : lines) {
            if (!t.used(l.tag()) && !l.value().isEmpty()) {
                b.addUnmapped(new SourceField(l.tag(), List.of(l.value()), l.number(), !SPEC_TAGS.contains(l.tag())));
            }
        }
        return b.build();
    }

    private static void contributors(List<RisReader.Line> lines, RisTypes.Type type, BibRecord.Builder b) {
        int n = 1;
        for (RisReader.Line l : lines) {
            ContributorRole role = RisTypes.role(l.tag(), type);
            if (role == null || l.value().isEmpty()) {
                continue;
            }
            Agent a = agent(l.value());
            if (a != null) {
                b.addContributor(new Contributor(role, a));
                b.provenance("contributors[" + n++ + "]", new Provenance(l.tag(), l.number(), ""));
            }
        }
    }

    /**
     * "Last, First[, Suffix]" through the catalog name parser; a name without a comma is not split
     * (as Zotero reads it: all of it is the last name), so it is an organisation or a literal name.
     */
    private static Agent agent(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return null;
        }
        if (n.indexOf(',') < 0) {
            return Organizations.looksLikeOrganization(n) ? new Organization(n) : Person.literal(n);
        }
        return NameParser.parse(n).agent();
    }

    private static void container(Tags t, RisTypes.Type type, BibRecord.Builder b) {
        RisTypes.Profile p = type.profile();
        String title = null;
        if (p == RisTypes.Profile.CONFERENCE) {
            title = firstOf(t, "C3", "T2");
            t.all("T2"); // the conference name; catconv writes the proceedings title to both
        } else if (!RisTypes.seriesInT2(p)) {
            title = t.first("T2");
        }
        if (title == null) {
            title = t.first("JF");
        }
        String jo = t.first("JO");
        String shortTitle = firstOf(t, "J2", "JA", "J1");
        if (title == null) {
            title = jo;
        } else if (shortTitle == null && jo != null && !jo.equals(title)) {
            shortTitle = jo;
        }
        if (title == null && p != RisTypes.Profile.BOOK) {
            title = t.first("BT");
        }
        if (title == null && RisTypes.seriesInT2(p)) {
            // catconv writes a book's container after its series as N1 "In: …" (one T2 per record)
            title = t.peekAll("N1").stream().filter(n -> n.startsWith("In: ")).map(n -> n.substring(4).strip())
                    .filter(n -> !n.isEmpty()).findFirst().orElse(null);
        }
        Container c = Container.empty().withTitle(title).withShortTitle(shortTitle)
                .withVolume(t.first("VL")).withIssue(t.first("IS"));
        String sp = t.first("SP");
        String ep = t.first("EP");
        if (sp != null && ep == null && RisTypes.pageCountInSp(p, type.recordType())) {
            b.numberOfPages(sp);
        } else if (sp != null) {
            c = c.withPages(PageRanges.of(sp, ep));
        } else if (ep != null) {
            c = c.withPages(PageRanges.parse(ep));
        }
        if (!c.isEmpty()) {
            b.container(c);
        }
    }

    /** T3 (or T2 where it is the series), with the number from M1/SV or after " ; " (ISBD). */
    private static void series(Tags t, RisTypes.Profile p, BibRecord.Builder b) {
        String tag = RisTypes.seriesInT2(p) ? "T2" : "T3";
        String numberTag = RisTypes.seriesNumberTag(p);
        String number = numberTag == null ? null : t.first(numberTag);
        boolean first = true;
        for (String s : t.all(tag)) {
            if (first && numberTag != null) {
                b.addSeries(new Series(s, number));
            } else {
                b.addSeries(isbdSeries(s));
            }
            first = false;
        }
    }

    /** "Title ; number" (ISBD) as a series. */
    private static Series isbdSeries(String s) {
        int sep = s.lastIndexOf(" ; ");
        return sep > 0 ? new Series(s.substring(0, sep), s.substring(sep + 3)) : new Series(s, null);
    }

    /** DA, else PY, else Y1. */
    private static DateValue date(Tags t) {
        String da = t.first("DA");
        String py = firstOf(t, "PY", "Y1");
        DateValue fromDa = da == null ? null : risDate(da, py == null);
        if (fromDa != null && (fromDa.isParsed() || py == null)) {
            return fromDa;
        }
        DateValue year = py == null ? fromDa : risDate(py, true);
        if (da != null && year != null && year.start() != null && !year.start().hasMonth() && year.end() == null) {
            // "PY  - 1948" with "DA  - July" (the spec's own example): the month of that year
            DateValue both = DateParser.parse(da.strip() + " " + year.start().year()).orElse(null);
            if (both != null && both.start() != null && both.start().hasMonth() && both.start().year() == year.start().year()) {
                return both;
            }
        }
        return year;
    }

    /**
     * {@code YYYY/MM/DD/other} (2011 spec, "DA"; the fields may be empty), or any date text.
     * {@code other} is catconv's source text of an approximate date or a range, read back when it
     * agrees with the year; otherwise it is kept as the raw text.
     */
    static DateValue risDate(String text, boolean alone) {
        String v = text.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.indexOf('/') < 0) {
            DateValue d = DateParser.parse(v).orElse(DateValue.unparsed(v));
            return d.isParsed() || alone ? d : null;
        }
        String[] parts = v.split("/", 4);
        String y = parts[0].strip();
        if (y.length() != 4 || !y.chars().allMatch(Character::isDigit) || Integer.parseInt(y) < 1) {
            return DateParser.parse(v).orElse(DateValue.unparsed(v));
        }
        int year = Integer.parseInt(y);
        int month = parts.length > 1 ? number(parts[1]) : 0;
        int day = parts.length > 2 ? number(parts[2]) : 0;
        String other = parts.length > 3 ? parts[3].strip() : "";
        if (month < 1 || month > 12) {
            month = 0;
            day = 0;
        }
        if (day < 1 || month == 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            day = 0;
        }
        PartialDate start = new PartialDate(year, month, day);
        if (!other.isEmpty()) {
            DateValue d = DateParser.parse(other).orElse(null);
            if (d != null && d.start() != null && d.start().year() == year && (d.approximate() || d.end() != null)) {
                return d;
            }
            return new DateValue(start, null, false, v);
        }
        return DateValue.of(start);
    }

    private static int number(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(t);
    }

    private static void identifiers(Tags t, RisTypes.Profile p, BibRecord.Builder b) {
        for (String doi : t.all("DO")) {
            b.addIdentifier(new Identifier(IdentifierScheme.DOI, Identifiers.normalizeDoi(doi).orElse(doi), doi));
        }
        IdentifierScheme sn = RisTypes.serialNumber(p);
        for (String line : t.all("SN")) {
            for (String v : SN_SEPARATOR.split(line)) {
                if (v.isBlank()) {
                    continue;
                }
                if (p == RisTypes.Profile.REPORT) {
                    b.addNote("number: " + v); // Zotero's reportNumber, CSL "number"
                    continue;
                }
                IdentifierScheme scheme = sn;
                if (scheme == null) {
                    scheme = Identifiers.normalizeIssn(v).filter(Identifiers::isValidIssn).isPresent()
                            ? IdentifierScheme.ISSN : IdentifierScheme.ISBN;
                }
                String norm = (scheme == IdentifierScheme.ISSN ? Identifiers.normalizeIssn(v)
                        : Identifiers.normalizeIsbn(v)).orElse(v);
                b.addIdentifier(new Identifier(scheme, norm, v));
            }
        }
        pubmed(t, b);
        // M3 of a journal article: Zotero reads it as a DOI (EndNote puts the DOI there).
        String m3 = t.peek("M3");
        if (m3 != null && p == RisTypes.Profile.SERIAL && Identifiers.normalizeDoi(m3).isPresent()) {
            t.first("M3");
            b.addIdentifier(new Identifier(IdentifierScheme.DOI, Identifiers.normalizeDoi(m3).get(), m3));
        }
    }

    /**
     * What EndNote writes for a record it took from PubMed: the PMID as accession number (with
     * PubMed or NLM as database) and the PMCID in a custom field.
     */
    private static void pubmed(Tags t, BibRecord.Builder b) {
        String an = t.peek("AN");
        String db = (t.peek("DB") == null ? "" : t.peek("DB")) + " " + (t.peek("DP") == null ? "" : t.peek("DP"));
        if (an != null && an.chars().allMatch(Character::isDigit) && an.length() <= 9
                && (db.contains("PubMed") || db.contains("NLM") || db.contains("MEDLINE"))) {
            b.addIdentifier(Identifier.of(IdentifierScheme.PMID, an));
        }
        for (String custom : List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8")) {
            String v = t.peek(custom);
            if (v != null && PMCID.matcher(v).matches()) {
                t.first(custom);
                b.addIdentifier(Identifier.of(IdentifierScheme.PMCID, v));
            }
        }
    }

    private static boolean looksLikeDate(String s) {
        return EPUB_DATE.matcher(s).matches();
    }

    /**
     * N1 lines: catconv's labelled facts, then notes. The genre is {@code M3} where the type holds
     * its kind there, else the "Type: …" note line.
     */
    private static void notes(Tags t, RisTypes.Profile p, RisTypes.Type type, BibRecord.Builder b) {
        String genre = RisTypes.genreInM3(p, type.recordType()) ? t.first("M3") : null;
        for (String n1 : t.all("N1")) {
            int colon = n1.indexOf(": ");
            String label = colon > 0 ? n1.substring(0, colon) : "";
            String value = colon > 0 ? n1.substring(colon + 2).strip() : "";
            IdentifierScheme scheme = ID_LABELS.get(label);
            ContributorRole role = ROLE_LABELS.get(label);
            if (scheme != null && !value.isEmpty()) {
                b.addIdentifier(Identifier.of(scheme, value));
            } else if (label.equals("Type") && genre == null && !value.isEmpty()) {
                genre = value;
            } else if (label.equals("Rights") && !value.isEmpty()) {
                b.rights(value);
            } else if (label.equals("In") && RisTypes.seriesInT2(p) && !value.isEmpty()) {
                continue; // the container title (see container)
            } else if (label.equals("Series") && !value.isEmpty()) {
                b.addSeries(isbdSeries(value)); // a further series: catconv writes one per T2/T3
            } else if (role != null && !value.isEmpty() && agent(value) != null) {
                b.addContributor(new Contributor(role, agent(value)));
            } else {
                b.addNote(n1);
            }
        }
        b.genre(genre);
        for (String m2 : t.all("M2")) {
            b.addNote(m2);
        }
    }

    private static void urls(Tags t, BibRecord.Builder b) {
        for (String tag : List.of("UR", "L1", "L2", "L4")) {
            for (String line : t.peekAll(tag)) {
                boolean web = false;
                for (String u : URL_SEPARATOR.split(line)) {
                    if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("ftp://")
                            || (tag.equals("UR") && !u.isBlank())) {
                        b.addUrl(u.strip());
                        web = true;
                    }
                }
                if (web) {
                    t.markUsed(tag);
                }
            }
        }
    }

    private static String firstOf(Tags t, String... tags) {
        for (String tag : tags) {
            String v = t.first(tag);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The values of one record by tag, in order, and which tags the mapping read. */
    private static final class Tags {
        private final Map<String, List<String>> byTag = new LinkedHashMap<>();
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Tags(List<RisReader.Line> lines) {
            used.add("TY");
            used.add("ER");
            for (RisReader.Line l : lines.subList(1, lines.size())) {
                if (!l.value().isEmpty()) {
                    byTag.computeIfAbsent(l.tag(), k -> new ArrayList<>()).add(l.value());
                }
                if (RisTypes.role(l.tag(), RisTypes.GENERIC) != null) {
                    used.add(l.tag());
                }
            }
        }

        String first(String tag) {
            used.add(tag);
            return peek(tag);
        }

        String peek(String tag) {
            List<String> v = byTag.get(tag);
            return v == null ? null : v.get(0);
        }

        List<String> all(String tag) {
            used.add(tag);
            return byTag.getOrDefault(tag, List.of());
        }

        List<String> peekAll(String tag) {
            return byTag.getOrDefault(tag, List.of());
        }

        void markUsed(String tag) {
            used.add(tag);
        }

        boolean used(String tag) {
            return used.contains(tag);
        }
    }
}
