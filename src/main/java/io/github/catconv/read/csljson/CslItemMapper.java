package io.github.catconv.read.csljson;

import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.EdtfDates;
import io.github.catconv.catalog.Identifiers;
import io.github.catconv.catalog.Organizations;
import io.github.catconv.catalog.PageRanges;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One CSL-JSON item → one record: the inverse of {@code csl.CslMapping} ({@code docs/mapping-csl.md}),
 * for every variable of CSL 1.0.2 and of the CSL-JSON schema ({@code csl-data.json}).
 *
 * <ul>
 * <li>Variables with a model field go to it: names by role, {@code issued} (date-parts, literal,
 *     raw, circa, ranges, EDTF strings), numbers given as JSON numbers or text, the type.
 * <li>catconv's own {@code "key: value"} note lines go back to their facts ({@link CslNoteLines}).
 * <li>Variables the model has no field for ({@code accessed}, {@code archive}, {@code number},
 *     {@code medium}, {@code version} …) become note lines {@code "variable: value"}, the form
 *     citeproc-js and Zotero read back as that variable ("cheater syntax"), so nothing is lost on
 *     the way to BibTeX or RIS and a CSL processor still finds them.
 * <li>{@code original-title}, {@code original-publisher}, {@code original-publisher-place} are the
 *     record's original-script forms (what catconv writes from MARC 880).
 * <li>The fields of {@code custom}, and keys that are no CSL variable, are unknown fields (which
 *     catconv's CSL-JSON writer puts back into {@code custom}); processor-only variables
 *     ({@code citation-number}, {@code locator} …) and {@code citation-key} are kept as unmapped
 *     fields ({@code inspect}).
 * </ul>
 * A value of the wrong JSON shape (a name that is not an object, date-parts that are not numbers)
 * makes the whole item bad: {@link BadItem} names the variable. Stateless.
 */
final class CslItemMapper {

    /** A value that cannot be read; the reader rejects the item with this message. */
    static final class BadItem extends Exception {
        private static final long serialVersionUID = 1L;

        BadItem(String variable, String problem) {
            super("variable \"" + variable + "\": " + problem, null, false, false);
        }
    }

    /** Name variables with a model role (CSL 1.0.2 Appendix IV, "Name variables"). */
    private static final Map<String, ContributorRole> ROLES = new LinkedHashMap<>();

    static {
        for (ContributorRole r : ContributorRole.values()) {
            if (r != ContributorRole.THESIS_ADVISOR) {
                ROLES.put(r.cslVariable(), r);
            }
        }
        ROLES.put("editorial-director", ContributorRole.EDITOR);
        ROLES.put("executive-producer", ContributorRole.PRODUCER);
    }

    /** Name variables the model has no role for: kept as note lines. */
    private static final Set<String> OTHER_NAMES = Set.of("container-author", "guest", "host", "reviewed-author",
            "script-writer", "series-creator");

    /** Date variables besides {@code issued}: kept as note lines in EDTF. */
    private static final Set<String> OTHER_DATES = Set.of("accessed", "available-date", "event-date", "original-date",
            "submitted");

    /** Text and number variables without a model field: kept as note lines. */
    private static final Set<String> OTHER_TEXT = Set.of("annote", "archive", "archive_collection", "archive_location",
            "archive-place", "authority", "chapter-number", "division", "event", "event-title", "event-place",
            "jurisdiction", "medium", "number", "number-of-volumes", "part", "part-title", "printing", "references", "reviewed-genre", "reviewed-title",
            "scale", "section", "status", "supplement", "version", "volume-title", "volume-title-short");

    /** Set by processors or by citing documents, not facts of the work. */
    private static final Set<String> PROCESSOR = Set.of("citation-number", "citation-label", "first-reference-note-number",
            "locator", "year-suffix");

    /** CSL types that the model's closed set lacks → the closest model type (table in docs/readers.md). */
    private static final Map<String, RecordType> OTHER_TYPES = Map.ofEntries(
            Map.entry("bill", RecordType.LEGISLATION), Map.entry("regulation", RecordType.LEGISLATION),
            Map.entry("treaty", RecordType.LEGISLATION), Map.entry("hearing", RecordType.LEGISLATION),
            Map.entry("legal_case", RecordType.LEGISLATION),
            Map.entry("broadcast", RecordType.MOTION_PICTURE),
            Map.entry("classic", RecordType.BOOK), Map.entry("collection", RecordType.BOOK),
            Map.entry("pamphlet", RecordType.BOOK),
            Map.entry("entry", RecordType.ENTRY_ENCYCLOPEDIA), Map.entry("entry-dictionary", RecordType.ENTRY_ENCYCLOPEDIA),
            Map.entry("figure", RecordType.GRAPHIC),
            Map.entry("post", RecordType.WEBPAGE), Map.entry("post-weblog", RecordType.WEBPAGE),
            Map.entry("review", RecordType.ARTICLE_JOURNAL), Map.entry("review-book", RecordType.ARTICLE_JOURNAL),
            Map.entry("standard", RecordType.REPORT), Map.entry("patent", RecordType.DOCUMENT),
            Map.entry("interview", RecordType.DOCUMENT), Map.entry("personal_communication", RecordType.DOCUMENT),
            Map.entry("speech", RecordType.DOCUMENT), Map.entry("event", RecordType.DOCUMENT),
            Map.entry("performance", RecordType.DOCUMENT));

    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile(", ");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,;]+");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private CslItemMapper() {
    }

    /** What a mapping gave: the record and the warnings it has for the caller to report. */
    record Result(BibRecord record, List<String> warnings) {
    }

    /**
     * Maps one item.
     *
     * @param item the item object
     * @param index its 1-based position in the input, for an item without id
     * @param file the input name, for {@link SourceInfo}
     * @param line the line of its opening brace
     */
    static Result map(Map<String, Object> item, int index, String file, int line) throws BadItem {
        List<String> warnings = new ArrayList<>();
        Set<String> used = new HashSet<>(64);
        BibRecord.Builder b = BibRecord.builder();
        List<String> extraNotes = new ArrayList<>();
        b.id(id(item, index, warnings));
        used.add("id");
        b.type(type(item, warnings));
        used.add("type");
        b.provenance("type", new Provenance("type", line, ""));

        int n = 1;
        for (Map.Entry<String, Object> v : item.entrySet()) {
            String name = v.getKey();
            ContributorRole role = ROLES.get(name);
            if (role != null) {
                for (Agent a : names(name, v.getValue())) {
                    b.addContributor(new Contributor(role, a));
                    b.provenance("contributors[" + n++ + "]", new Provenance(name, line, ""));
                }
                used.add(name);
            } else if (OTHER_NAMES.contains(name)) {
                List<String> shown = new ArrayList<>();
                for (Agent a : names(name, v.getValue())) {
                    shown.add(cheaterName(a));
                }
                if (!shown.isEmpty()) {
                    extraNotes.add(name + ": " + String.join(" && ", shown));
                }
                used.add(name);
            }
        }

        Text t = new Text(item, used);
        t.to("title", b::title, b, "title", line);
        String shortTitle = t.get("title-short");
        b.shortTitle(shortTitle != null ? shortTitle : t.get("shortTitle"));
        container(t, b);
        t.to("publisher", b::publisher, b, "publisher", line);
        t.to("publisher-place", b::place, b, "place", line);
        t.to("edition", b::edition, b, "edition", line);
        t.to("number-of-pages", b::numberOfPages, b, "physical", line);
        t.to("dimensions", b::physicalDescription, b, "physical", line);
        t.to("language", b::language, b, "language", line);
        t.to("abstract", b::abstractText, b, "abstract", line);
        t.to("call-number", b::callNumber, b, "callNumber", line);
        t.to("genre", b::genre, b, "genre", line);
        String seriesTitle = t.get("collection-title");
        String seriesNumber = t.get("collection-number");
        if (seriesTitle != null) {
            b.addSeries(new Series(seriesTitle, seriesNumber));
        } else if (seriesNumber != null) {
            extraNotes.add("collection-number: " + seriesNumber);
        }
        String keywords = t.get("keyword");
        if (keywords != null) {
            for (String k : KEYWORD_SEPARATOR.split(keywords)) {
                if (!k.isBlank()) {
                    b.addSubject(k.strip());
                }
            }
        }
        identifiers(t, b);
        String url = t.get("URL");
        if (url != null) {
            b.addUrl(url);
        }
        Object issued = item.get("issued");
        if (issued != null) {
            b.issued(date("issued", issued));
            b.provenance("issued", new Provenance("issued", line, ""));
        }
        used.add("issued");
        for (String name : OTHER_DATES) {
            Object d = item.get(name);
            if (d != null) {
                DateValue v = date(name, d);
                extraNotes.add(name + ": " + v.toEdtf().orElse(v.raw()));
                used.add(name);
            }
        }
        for (Map.Entry<String, Object> v : item.entrySet()) {
            if (OTHER_TEXT.contains(v.getKey())) {
                String s = t.get(v.getKey());
                if (s != null) {
                    extraNotes.add(v.getKey() + ": " + LINE_BREAK.matcher(s.strip()).replaceAll(" "));
                }
            }
        }

        // The original-script forms of a romanized record (catconv writes MARC 880 there).
        String originalTitle = t.get("original-title");
        String originalPublisher = t.get("original-publisher");
        String originalPlace = t.get("original-publisher-place");
        if (originalTitle != null || originalPublisher != null || originalPlace != null) {
            b.originalScript(new OriginalScript(null, originalTitle, null, originalPublisher, originalPlace, null, Map.of()));
        }
        Object custom = item.get("custom");
        if (custom instanceof Map<?, ?> fields) {
            // CSL-JSON's place for fields it has no variable for: catconv writes a reader's unknown fields there.
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                b.addUnmapped(new SourceField(String.valueOf(f.getKey()), customValues(f.getValue()), line, true));
            }
            used.add("custom");
        }
        String source = t.get("source");
        String note = t.get("note");
        String catalogId = null;
        if (note != null) {
            CslNoteLines.Parsed p = CslNoteLines.parse(note);
            p.notes.forEach(b::addNote);
            p.advisors.forEach(b::addContributor);
            p.series.forEach(b::addSeries);
            p.identifiers.forEach(b::addIdentifier);
            if (!p.containerIdentifiers.isEmpty()) {
                Container c = b.containerOrEmpty();
                List<Identifier> ids = new ArrayList<>(c.identifiers());
                ids.addAll(p.containerIdentifiers);
                b.container(c.withIdentifiers(ids));
            }
            p.urls.forEach(b::addUrl);
            b.rights(p.license);
            catalogId = p.catalogRecordId;
        }
        extraNotes.forEach(b::addNote);
        b.source(new SourceInfo(catalogId, null, source, "csl-json", List.of(), file, line));

        for (Map.Entry<String, Object> v : item.entrySet()) {
            if (!used.contains(v.getKey())) {
                // CSL's own processor variables are known; any other key is no CSL variable at all.
                boolean unknown = !PROCESSOR.contains(v.getKey()) && !v.getKey().equals("citation-key");
                b.addUnmapped(new SourceField(v.getKey(), customValues(v.getValue()), line, unknown));
            }
        }
        return new Result(b.build(), warnings);
    }

    /** A JSON value as field values: a string or number as itself, an array element by element, else JSON text. */
    private static List<String> customValues(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(o -> o instanceof String || o instanceof JsonTree.Num)) {
            return list.stream().map(CslItemMapper::scalar).toList();
        }
        return List.of(value instanceof String || value instanceof JsonTree.Num ? scalar(value) : JsonTree.write(value));
    }

    private static String scalar(Object o) {
        return o instanceof JsonTree.Num n ? n.text() : String.valueOf(o);
    }

    private static String id(Map<String, Object> item, int index, List<String> warnings) throws BadItem {
        Object id = item.get("id");
        if (id instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        if (id instanceof JsonTree.Num d) {
            return d.text();
        }
        if (id != null && !(id instanceof String)) {
            throw new BadItem("id", "expected a string or a number, found " + JsonTree.kind(id));
        }
        String made = "item-" + index;
        warnings.add("item has no id; its id is " + made);
        return made;
    }

    private static RecordType type(Map<String, Object> item, List<String> warnings) throws BadItem {
        Object type = item.get("type");
        if (type == null) {
            warnings.add("item has no type: read as document");
            return RecordType.DOCUMENT;
        }
        if (!(type instanceof String s)) {
            throw new BadItem("type", "expected a string, found " + JsonTree.kind(type));
        }
        Optional<RecordType> known = RecordType.fromCslType(s);
        if (known.isPresent()) {
            return known.get();
        }
        RecordType other = OTHER_TYPES.get(s.strip());
        if (other != null) {
            return other;
        }
        warnings.add("type \"" + s + "\" is not a CSL 1.0.2 type: read as document");
        return RecordType.DOCUMENT;
    }

    private static void container(Text t, BibRecord.Builder b) throws BadItem {
        String title = t.get("container-title");
        String shortTitle = t.get("container-title-short");
        if (shortTitle == null) {
            shortTitle = t.get("journalAbbreviation");
        }
        Container c = b.containerOrEmpty().withTitle(title).withShortTitle(shortTitle)
                .withVolume(t.get("volume")).withIssue(t.get("issue"));
        String page = t.get("page");
        String first = t.get("page-first");
        if (page != null) {
            c = c.withPages(PageRanges.parse(page));
        } else if (first != null) {
            c = c.withPages(PageRanges.parse(first));
        }
        b.container(c);
    }

    /** DOI, PMID, PMCID and the space-separated ISBN and ISSN lists. */
    private static void identifiers(Text t, BibRecord.Builder b) throws BadItem {
        String doi = t.get("DOI");
        if (doi != null) {
            b.addIdentifier(new Identifier(IdentifierScheme.DOI, Identifiers.normalizeDoi(doi).orElse(doi.strip()), doi));
        }
        String pmid = t.get("PMID");
        if (pmid != null) {
            b.addIdentifier(Identifier.of(IdentifierScheme.PMID, pmid.strip()));
        }
        String pmcid = t.get("PMCID");
        if (pmcid != null) {
            b.addIdentifier(Identifier.of(IdentifierScheme.PMCID, pmcid.strip()));
        }
        String isbn = t.get("ISBN");
        if (isbn != null) {
            for (String v : LIST_SEPARATOR.split(isbn)) {
                if (!v.isBlank()) {
                    b.addIdentifier(new Identifier(IdentifierScheme.ISBN, Identifiers.normalizeIsbn(v).orElse(v), v));
                }
            }
        }
        String issn = t.get("ISSN");
        if (issn != null) {
            for (String v : LIST_SEPARATOR.split(issn)) {
                if (!v.isBlank()) {
                    b.addIdentifier(new Identifier(IdentifierScheme.ISSN, Identifiers.normalizeIssn(v).orElse(v), v));
                }
            }
        }
    }

    /** A name variable: an array of name objects (schema {@code name-variable}). */
    private static List<Agent> names(String variable, Object value) throws BadItem {
        if (!(value instanceof List<?> list)) {
            throw new BadItem(variable, "expected an array of names, found " + JsonTree.kind(value));
        }
        List<Agent> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (!(o instanceof Map<?, ?> name)) {
                throw new BadItem(variable, "name " + (i + 1) + " is " + JsonTree.kind(o) + ", not an object");
            }
            Agent a = name(variable, i + 1, name);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static Agent name(String variable, int index, Map<?, ?> name) throws BadItem {
        String literal = part(variable, index, name, "literal");
        String family = part(variable, index, name, "family");
        String given = part(variable, index, name, "given");
        if (literal != null) {
            return Organizations.looksLikeOrganization(literal) ? new Organization(literal) : Person.literal(literal);
        }
        if (family == null) {
            return given == null ? null : Person.literal(given);
        }
        return new Person(family, given, part(variable, index, name, "dropping-particle"),
                part(variable, index, name, "non-dropping-particle"), part(variable, index, name, "suffix"), null);
    }

    private static String part(String variable, int index, Map<?, ?> name, String key) throws BadItem {
        Object v = name.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (v instanceof JsonTree.Num d) {
            return d.text();
        }
        throw new BadItem(variable, "name " + index + ": " + key + " is " + JsonTree.kind(v) + ", not a string");
    }

    /** citeproc-js's note syntax for a name: "Family || Given", or the literal. */
    private static String cheaterName(Agent a) {
        if (a instanceof Person p && !p.isLiteral()) {
            String family = p.nonDroppingParticle() == null ? p.family() : p.nonDroppingParticle() + " " + p.family();
            return p.given() == null ? family : family + " || " + p.given();
        }
        return a.displayName();
    }

    /**
     * A date variable: an object with {@code date-parts} (one or two arrays of year, month, day as
     * numbers or digit strings), {@code circa}, {@code literal}, {@code raw}, {@code season}; or an
     * EDTF string.
     */
    static DateValue date(String variable, Object value) throws BadItem {
        if (value instanceof String s) {
            return text(s);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new BadItem(variable, "expected a date object, found " + JsonTree.kind(value));
        }
        Object circaValue = map.get("circa");
        boolean circa = circaValue instanceof Boolean bool ? bool
                : circaValue instanceof String cs ? !cs.isBlank() && !cs.equals("0") && !cs.equalsIgnoreCase("false")
                : circaValue instanceof JsonTree.Num cd && cd.nonZero();
        Object parts = map.get("date-parts");
        if (parts != null) {
            if (!(parts instanceof List<?> ranges) || ranges.isEmpty() || ranges.size() > 2) {
                throw new BadItem(variable, "date-parts must be an array of one or two dates, found "
                        + JsonTree.write(parts));
            }
            List<int[]> dates = new ArrayList<>(2);
            for (Object r : ranges) {
                dates.add(dateParts(variable, r));
            }
            if (dates.get(0).length == 0) {
                return literalOrRaw(variable, map, circa);
            }
            PartialDate start = partial(dates.get(0));
            PartialDate end = dates.size() > 1 && dates.get(1).length > 0 ? partial(dates.get(1)) : null;
            if (start == null || (dates.size() > 1 && dates.get(1).length > 0 && end == null)) {
                // A year the model cannot hold (0, BC, beyond 9999): kept as its text.
                return DateValue.unparsed(JsonTree.write(parts));
            }
            if (end != null && (end.equals(start) || end.compareTo(start) < 0)) {
                end = end.equals(start) ? null : end;
                if (end != null) {
                    throw new BadItem(variable, "the range ends before it starts: " + JsonTree.write(parts));
                }
            }
            String raw = start.toIso() + (end == null ? "" : "/" + end.toIso());
            return new DateValue(start, end, circa, raw);
        }
        return literalOrRaw(variable, map, circa);
    }

    private static DateValue literalOrRaw(String variable, Map<?, ?> map, boolean circa) throws BadItem {
        Object literal = map.get("literal");
        if (literal instanceof String s && !s.isBlank()) {
            return DateValue.unparsed(s.strip());
        }
        Object raw = map.get("raw");
        if (raw instanceof String s && !s.isBlank()) {
            DateValue d = text(s);
            return circa && d.isParsed() ? new DateValue(d.start(), d.end(), true, d.raw()) : d;
        }
        if (literal != null || raw != null) {
            throw new BadItem(variable, "literal and raw must be strings");
        }
        throw new BadItem(variable, "a date needs date-parts, literal or raw");
    }

    /** An EDTF string, else the catalog date rules, else the text as it is. */
    private static DateValue text(String s) {
        return EdtfDates.parse(s).or(() -> DateParser.parse(s)).orElse(DateValue.unparsed(s.strip()));
    }

    private static int[] dateParts(String variable, Object value) throws BadItem {
        if (!(value instanceof List<?> parts) || parts.size() > 3) {
            throw new BadItem(variable, "each date in date-parts must be an array of year, month and day, found "
                    + JsonTree.write(value));
        }
        int[] out = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Object p = parts.get(i);
            Integer v = null;
            if (p instanceof JsonTree.Num d) {
                v = d.intValue();
            } else if (p instanceof String s && INTEGER.matcher(s.strip()).matches()) {
                v = Integer.parseInt(s.strip());
            } else if (p instanceof String s && s.isBlank() && i > 0) {
                return java.util.Arrays.copyOf(out, i); // "2018", "" : citeproc-js reads only the year
            }
            if (v == null) {
                throw new BadItem(variable, "date-parts hold " + JsonTree.write(p) + ", not a number");
            }
            out[i] = v;
        }
        return out;
    }

    /** A model date at the precision given, or null when the model cannot hold it. */
    private static PartialDate partial(int[] p) {
        int year = p[0];
        if (year < 1 || year > 9999) {
            return null;
        }
        int month = p.length > 1 ? p[1] : 0;
        int day = p.length > 2 ? p[2] : 0;
        if (month < 1 || month > 12) {
            // 13–16 (and 21–24) are seasons in CSL; any other month is not one: the year stays.
            return PartialDate.ofYear(year);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new PartialDate(year, month, 0);
        }
        return new PartialDate(year, month, day);
    }

    /** String and number variables, marking each one read. */
    private static final class Text {
        private final Map<String, Object> item;
        private final Set<String> used;

        Text(Map<String, Object> item, Set<String> used) {
            this.item = item;
            this.used = used;
        }

        /** The value as text (numbers as written); null when absent or empty. */
        String get(String name) throws BadItem {
            Object v = item.get(name);
            used.add(name);
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                return s.isBlank() ? null : s;
            }
            if (v instanceof JsonTree.Num d) {
                return d.text();
            }
            throw new BadItem(name, "expected a string or a number, found " + JsonTree.kind(v));
        }

        void to(String name, Consumer<String> setter, BibRecord.Builder b, String modelKey, int line) throws BadItem {
            String v = get(name);
            if (v != null) {
                setter.accept(v);
                b.provenance(modelKey, new Provenance(name, line, ""));
            }
        }
    }
}
