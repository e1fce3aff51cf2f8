package io.github.catconv.read.vufind;

import io.github.catconv.internal.Chars;
import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.read.vufind.page.RecordPageParser;
import io.github.catconv.internal.HtmlText;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.Languages;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.fullrecord.FullRecords;
import io.github.catconv.read.fullrecord.RecordMerger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps one parsed page onto a {@link BibRecord}: staff-view fields first, header values where the
 * staff view is silent. Each group of fields has its own small method; the simple one-to-one
 * copies are the tables in {@link FieldTables}.
 */
final class PageMapper {

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)(https?|ftp)://\\S+");

    /** {@link FieldTables#HEADER_MIRRORS} under their field names, built once (was per record). */
    private static final java.util.Set<String> HEADER_MIRROR_NAMES = FieldTables.HEADER_MIRRORS.stream()
            .map(k -> PageFields.HEADER + k).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ReadContext ctx;

    PageMapper(ReadContext ctx) {
        this.ctx = ctx;
    }

    BibRecord map(RecordPageParser.Parsed page, int startLine) {
        PageFields f = new PageFields(page);
        BibRecord.Builder b = BibRecord.builder();
        String id = mapId(f, b, page, startLine);
        mapType(f, b);
        mapTitle(f, b, page);
        ContributorMapper.map(f, b);
        new PublicationMapper(f, b, ctx, id).map();
        IdentifierMapper.map(f, b, ctx, id);
        ContainerMapper.map(f, b);
        SpellingStep.apply(f, b);
        mapDescriptive(f, b, page);
        mapSource(f, b, id, startLine);
        f.ignore(FieldTables.DERIVED);
        if (!page.staff.isEmpty()) {
            f.ignore(HEADER_MIRROR_NAMES);
        }
        String full = f.has("fullrecord") ? f.first("fullrecord") : null;
        b.unmapped(f.unused());
        BibRecord rec = AltScriptSpelling.apply(f, b.build());
        final BibRecord base = rec;
        if (full != null) {
            // The source record VuFind indexed (MARCXML, MARC-in-JSON, raw MARC, Dublin Core, MODS)
            // adds what the Solr fields lost: exact dates, journal titles, identifiers.
            rec = FullRecords.read(full, id, ctx, f.line("fullrecord")).map(src -> RecordMerger.merge(base, src))
                    .orElse(rec);
        }
        return rec;
    }

    private String mapId(PageFields f, BibRecord.Builder b, RecordPageParser.Parsed page, int startLine) {
        String id = cleanId(f.first("id"));
        if (id != null) {
            b.id(id).provenance("id", f.from("id"));
            return id;
        }
        String basis = page.title + "|" + f.first("publishDate") + "|" + f.first("author") + "|" + page.summary;
        id = "catconv-" + UUID.nameUUIDFromBytes(basis.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
        ctx.warn(startLine, id, "record has no id; using generated id " + id + " (from title, year and author)");
        b.id(id).provenance("id", new io.github.catconv.model.Provenance("(generated)", startLine, "hash of title, year, author"));
        return id;
    }

    /**
     * Record ids lose zero-width characters, soft hyphens and byte order marks, and no-break spaces
     * become spaces (catalogue B31): invisible characters must not make two ids differ.
     */
    static String cleanId(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                sb.append(' ');
            } else if (!(c >= '\u200B' && c <= '\u200D') && c != '\u2060' && c != '\uFEFF' && c != '\u00AD') {
                sb.append(c);
            }
        }
        String id = sb.toString().strip();
        return id.isEmpty() ? null : id;
    }

    private void mapType(PageFields f, BibRecord.Builder b) {
        List<String> formats = f.values("format");
        String field = "format";
        if (formats.isEmpty()) {
            formats = new ArrayList<>();
            for (String line : f.values(PageFields.HEADER + "Format")) {
                formats.addAll(FormatTable.splitHeaderFormats(line));
            }
            field = PageFields.HEADER + "Format";
        }
        Optional<RecordType> t = FormatTable.typeOf(formats);
        if (t.equals(Optional.of(RecordType.PAPER_CONFERENCE)) && !f.has("container_title")
                && !f.has("hierarchy_parent_title") && !f.has(PageFields.HEADER + "Published in")) {
            // VuFind calls a whole proceedings volume "Conference Proceeding": without a host it is a book.
            b.type(RecordType.BOOK).provenance("type", f.from(field, "conference proceedings volume (no host)"));
            return;
        }
        if (t.isPresent()) {
            b.type(t.get()).provenance("type", f.from(field));
        } else if (f.has("isbn")) {
            b.type(RecordType.BOOK).provenance("type", f.from("isbn", "has an ISBN, no format"));
        } else if (f.has("container_title")) {
            b.type(RecordType.ARTICLE_JOURNAL).provenance("type", f.from("container_title", "part of a container, no format"));
        }
    }

    private void mapTitle(PageFields f, BibRecord.Builder b, RecordPageParser.Parsed page) {
        String sub = withoutResponsibility(f.first("title_sub"));
        String shortT = withoutResponsibility(f.first("title_short"));
        String title = withoutResponsibility(f.first("title"));
        if (sub != null && shortT != null) {
            b.title(Isbd.clean(shortT)).provenance("title", f.from("title_short"));
            b.subtitle(Isbd.clean(sub)).provenance("subtitle", f.from("title_sub"));
        } else if (title != null) {
            splitIsbdTitle(b, title, f.from("title"));
        } else if (page.title != null) {
            String t = withoutResponsibility(HtmlText.hasEntities(page.title) ? HtmlText.decodeEntities(page.title) : page.title);
            splitIsbdTitle(b, t, new io.github.catconv.model.Provenance("header:title", page.titleLine, ""));
        }
        String fullShort = shortT == null ? null : Isbd.clean(shortT);
        if (fullShort != null && sub == null && title != null && !fullShort.equals(Isbd.clean(title))) {
            b.shortTitle(fullShort).provenance("shortTitle", f.from("title_short"));
        }
    }

    /** Title and subtitle from one catalogued title, split at the ISBD " : " (MARC 245 $a : $b). */
    private static void splitIsbdTitle(BibRecord.Builder b, String title, io.github.catconv.model.Provenance from) {
        int colon = title.indexOf(" : ");
        if (colon > 0) {
            io.github.catconv.model.Provenance split = new io.github.catconv.model.Provenance(from.field(), from.line(),
                    "split at ISBD ' : '");
            b.title(Isbd.clean(title.substring(0, colon))).provenance("title", split);
            b.subtitle(Isbd.clean(title.substring(colon + 3))).provenance("subtitle", split);
        } else {
            b.title(Isbd.clean(title)).provenance("title", from);
        }
    }

    /** Cuts a statement of responsibility (" / by …", MARC 245 $c) that leaked into a title field. */
    private static String withoutResponsibility(String t) {
        if (t == null) {
            return null;
        }
        int slash = t.indexOf(" / ");
        return slash > 0 ? t.substring(0, slash) : t;
    }

    private void mapDescriptive(PageFields f, BibRecord.Builder b, RecordPageParser.Parsed page) {
        copy(f, "edition", PageFields.HEADER + "Edition", v -> b.edition(Isbd.clean(v)), b, "edition");
        String physical = firstOf(f, "physical", PageFields.HEADER + "Physical Description");
        if (physical != null) {
            Optional<PageRange> part = FieldTables.partPages(physical);
            RecordType t = b.currentType();
            boolean isPart = t == RecordType.CHAPTER || t == RecordType.ARTICLE_JOURNAL || t == RecordType.ARTICLE
                    || t == RecordType.PAPER_CONFERENCE || t == RecordType.ARTICLE_MAGAZINE || t == RecordType.ARTICLE_NEWSPAPER;
            if (part.isPresent() && isPart) {
                // "p. 241-258." in 300 $a is where a part sits in its host, not an extent.
                Container c = b.containerOrEmpty();
                if (c.pages() == null) {
                    b.container(c.withPages(part.get()));
                    b.provenance("container.pages", f.from("physical", "part pages from the physical description"));
                } else if (!c.pages().format("-").equals(part.get().format("-"))) {
                    b.physicalDescription(physical);
                }
            } else {
                b.physicalDescription(physical);
                FieldTables.pageCount(physical).ifPresent(b::numberOfPages);
            }
        }
        for (String field : LANGUAGE_FIELDS) {
            String lang = firstLanguage(f.values(field));
            if (lang != null) {
                b.language(lang).provenance("language", f.from(field, "language name to BCP 47"));
                break;
            }
        }
        mapAbstract(f, b, page);
        List<String> subjects = FieldTables.subjects(f);
        b.subjects(subjects);
        if (!subjects.isEmpty()) {
            String from = PageFields.HEADER + "Subjects";
            for (String[] group : FieldTables.SUBJECT_FIELDS) {
                if (f.has(group[0]) || f.has(group[1])) {
                    from = f.has(group[0]) ? group[0] : group[1];
                    break;
                }
            }
            b.provenance("subjects", f.from(from));
        }
        for (String url : firstNonEmpty(f, "url", PageFields.HEADER + "Online Access")) {
            if (URL.matcher(url).matches()) {
                b.addUrl(url);
            }
        }
        for (String[] note : FieldTables.NOTE_FIELDS) {
            for (String v : f.values(note[0])) {
                b.addNote((note[1].isEmpty() ? "" : note[1] + ": ") + HtmlText.stripTags(v));
            }
        }
        String call = firstOf(f, "callnumber-raw", "callnumber", "callnumber-label");
        if (call != null) {
            b.callNumber(call);
        }
    }

    private void mapAbstract(PageFields f, BibRecord.Builder b, RecordPageParser.Parsed page) {
        String d = f.first("description");
        if (d != null) {
            b.abstractText(HtmlText.stripTags(d)).provenance("abstract", f.from("description"));
            return;
        }
        for (String key : new String[] {"Summary", "Abstract"}) {
            String v = f.first(PageFields.HEADER + key);
            if (v != null) {
                b.abstractText(HtmlText.stripTags(v)).provenance("abstract", f.from(PageFields.HEADER + key));
                return;
            }
        }
        // The header summary is cut at 300 characters and ends in "...": a cut text is not the abstract.
        // VuFind 9+ shows an original-script title (MARC 880) on the same place: ISBD title shape is no summary.
        String s = page.summary;
        if (s != null && !s.endsWith("...") && !s.endsWith("…") && !s.endsWith(" /")
                && !(s.contains(" : ") && s.contains(" / "))) {
            b.abstractText(page.summary).provenance("abstract",
                    new io.github.catconv.model.Provenance("header:summary", page.summaryLine, ""));
        }
    }

    private void mapSource(PageFields f, BibRecord.Builder b, String id, int startLine) {
        List<String> inst = f.values("institution");
        List<String> coll = f.values("collection");
        List<String> formats = f.values("format");
        b.source(new SourceInfo(f.has("id") ? id : null, inst.isEmpty() ? null : String.join("; ", inst),
                coll.isEmpty() ? null : String.join("; ", coll), f.first("record_format"), formats,
                ctx.fileName(), startLine));
    }

    private static void copy(PageFields f, String field, String headerKey, java.util.function.Consumer<String> set,
                             BibRecord.Builder b, String modelField) {
        for (String name : new String[] {field, headerKey}) {
            String v = f.first(name);
            if (v != null) {
                set.accept(v);
                b.provenance(modelField, f.from(name));
                return;
            }
        }
    }

    private static String firstOf(PageFields f, String... names) {
        for (String n : names) {
            String v = f.first(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> firstNonEmpty(PageFields f, String... names) {
        for (String n : names) {
            List<String> v = f.values(n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return List.of();
    }

    private static final String[] LANGUAGE_FIELDS = {"language", PageFields.HEADER + "Language"};

    /** The first value part that names a language, as BCP 47; null when none does. */
    private static String firstLanguage(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            for (String part : splitList(values.get(i))) {
                Optional<String> tag = Languages.toBcp47(part);
                if (tag.isPresent()) {
                    return tag.get();
                }
            }
        }
        return null;
    }

    /** Header values may join several items with ", " or "; ". */
    private static List<String> splitList(String v) {
        return Chars.splitList(v);
    }
}
