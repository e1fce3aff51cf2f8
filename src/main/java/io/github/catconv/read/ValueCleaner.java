package io.github.catconv.read;

import io.github.catconv.internal.Printable;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.Person;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where values are made clean on their way into the model, for every reader.
 *
 * <p>Clean means: NFC; C0 and C1 control characters, DEL and byte order marks removed, but tab and
 * line feed (a carriage return becomes a line feed); the bidi embeddings, overrides and isolates
 * U+202A-U+202E and U+2066-U+2069 removed, the letters around them kept; a lone surrogate is no
 * text at all, so its record is rejected. With {@code --fix-mojibake}, UTF-8 that was decoded as
 * Windows-1252 and encoded again ("BibliogrÃ¡ficos") is repaired where the Windows-1252 bytes of
 * the text are valid UTF-8.
 *
 * <p>Readers of text lines clean each line with {@link #line} before they parse it (so a stray
 * control character cannot hide a field name or a label); every reader hands each finished record
 * to {@link #record}, which cleans every string of the model (values that markup decoding or a
 * {@code fullrecord} produced included) and says what it changed.
 */
public final class ValueCleaner {

    private ValueCleaner() {
    }

    // ---- one string ----

    /**
     * One line of text: removable characters dropped (tab kept), NFC.
     *
     * @param s the line; not null
     * @return the same instance when it was clean
     */
    public static String line(String s) {
        int i = 0;
        boolean high = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Printable.isRemovable(c)) {
                break;
            }
            high |= c >= 0x300;
        }
        if (i == s.length()) {
            return high ? nfc(s) : s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Printable.isRemovable(c)) {
                sb.append(c);
            }
        }
        return nfc(sb.toString());
    }

    /** True when {@link #line} removes characters from {@code s} (not only normalises it). */
    public static boolean hasRemovable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Printable.isRemovable(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String nfc(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x300) {
            i++;
        }
        if (i == s.length()) {
            return s; // nothing below U+0300 decomposes or composes
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** What cleaning found in one string. */
    static final int CONTROL = 1;
    static final int BIDI = 2;
    static final int SURROGATE = 4;
    static final int MOJIBAKE = 8;
    /** Set by {@link #scan}: a character NFC could change (from U+0300 on). */
    private static final int HIGH = 16;
    /** Set by {@link #scan}: a Windows-1252 lead and continuation pair, where mojibake may be. */
    private static final int LEAD = 32;

    /**
     * One pass over a string: its problems ({@link #CONTROL}, {@link #BIDI}, {@link #SURROGATE})
     * and whether it needs the dearer checks ({@link #HIGH}: NFC, {@link #LEAD}: mojibake); 0 for
     * the usual value, which is then left alone.
     */
    static int scan(String s) {
        int found = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Printable.isControl(c) || c == '\uFEFF') {
                found |= CONTROL;
            } else if (c >= 0xC2 && c <= 0xF4) {
                if (i + 1 < n && (byteOf(s.charAt(i + 1)) & 0xC0) == 0x80) {
                    found |= LEAD;
                }
            } else if (c >= 0x300) {
                if (Printable.isBidiControl(c)) {
                    found |= BIDI;
                } else if (Character.isSurrogate(c) && Printable.isLoneSurrogate(s, i)) {
                    found |= SURROGATE;
                } else {
                    found |= HIGH;
                }
            }
        }
        return found;
    }

    /** The problems of one string, as {@link #CONTROL} | {@link #BIDI} | …; 0 when it is clean and NFC. */
    static int problems(String s) {
        int found = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (Printable.isControl(c) || c == '\uFEFF') {
                found |= CONTROL;
            } else if (Printable.isBidiControl(c)) {
                found |= BIDI;
            } else if (Printable.isLoneSurrogate(s, i)) {
                found |= SURROGATE;
            }
        }
        return found;
    }

    /**
     * A value cleaned: carriage returns as line feeds, removable characters dropped, NFC.
     *
     * @param s the value; not null; must hold no lone surrogate
     * @return the same instance when it was clean
     */
    static String value(String s) {
        if (problems(s) == 0) {
            return nfc(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    sb.append('\n');
                }
            } else if (!Printable.isRemovable(c)) {
                sb.append(c);
            }
        }
        return nfc(sb.toString());
    }

    // ---- mojibake ----

    /** Windows-1252 characters of bytes 0x80-0x9F, by byte; U+0000 where Windows-1252 defines none. */
    private static final String CP1252_HIGH = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
            + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /** The Windows-1252 (or Latin-1) byte of a character, or -1 when it has none at 0x80 or above. */
    private static int byteOf(char c) {
        if (c >= 0xA0 && c <= 0xFF || c >= 0x80 && c <= 0x9F) {
            return c;
        }
        if (c < 0x2000 && c != '\u0152' && c != '\u0153' && c != '\u0160' && c != '\u0161' && c != '\u0178'
                && c != '\u017D' && c != '\u017E' && c != '\u0192' && c != '\u02C6' && c != '\u02DC') {
            return -1;
        }
        int i = CP1252_HIGH.indexOf(c);
        return i < 0 || c == 0 ? -1 : 0x80 + i;
    }

    /**
     * True when the text holds a sequence of Windows-1252 characters whose bytes are one valid
     * UTF-8 character of two to four bytes: UTF-8 read as Windows-1252 ("Ã¡" for "á", "Ã±" for "ñ",
     * "â€™" for "’").
     *
     * @param s text; not null
     */
    public static boolean looksDoubleEncoded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && sequenceAt(s, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every such sequence replaced by the character it encodes; everything else
     * stays as it is.
     *
     * @param s text; not null
     * @return the same instance when nothing was double-encoded
     */
    public static String repairDoubleEncoding(String s) {
        StringBuilder sb = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String decoded = c >= 0xC2 && c <= 0xF4 ? sequenceAt(s, i) : null;
            if (decoded == null) {
                if (sb != null) {
                    sb.append(c);
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            sb.append(decoded);
            i += utf8Length(c);
        }
        return sb == null ? s : sb.toString();
    }

    private static int utf8Length(char lead) {
        return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    /** The character that the bytes of {@code s[i..]} encode as UTF-8, or null when they are not one. */
    private static String sequenceAt(String s, int i) {
        int lead = s.charAt(i);
        int n = utf8Length((char) lead);
        if (i + n > s.length()) {
            return null;
        }
        int cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            int b = byteOf(s.charAt(i + k));
            if (b < 0 || (b & 0xC0) != 0x80) {
                return null;
            }
            cp = cp << 6 | (b & 0x3F);
        }
        // Shortest form only, no surrogates, nothing past U+10FFFF (RFC 3629): what a strict decoder accepts.
        boolean shortest = n == 2 ? cp >= 0x80 : n == 3 ? cp >= 0x800 : cp >= 0x10000;
        if (!shortest || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return null;
        }
        return new String(Character.toChars(cp));
    }

    // ---- a whole record ----

    /**
     * What {@link #record} made of a record.
     *
     * @param record the clean record, or null when it must be rejected
     * @param id the record's id as read
     * @param rejection why it must be rejected, or null
     * @param removed the fields that lost control or bidi characters, in model order (a warning)
     * @param mojibakeField the first field that looks double-encoded, or null
     * @param mojibakeLine the source line of that field, 0 when unknown
     * @param mojibakeValue that value (before any repair), or null
     */
    public record Cleaned(BibRecord record, String id, String rejection, List<String> removed, int removedLine,
                          String mojibakeField, int mojibakeLine, String mojibakeValue) {

        /** Reports what was removed (a warning) or the rejection; the clean record, or null when rejected. */
        public BibRecord report(ReadContext ctx, int line, Supplier<String> rawText) {
            return report(ctx, line, rawText, List.of(), 0);
        }

        /**
         * Like {@link #report(ReadContext, int, Supplier)}, adding fields whose lines lost characters
         * before the record was built (one warning names them all).
         */
        public BibRecord report(ReadContext ctx, int line, Supplier<String> rawText, List<String> removedBefore,
                                int removedBeforeLine) {
            if (record == null) {
                ctx.reject(line, id, rawText.get(), rejection);
                return null;
            }
            List<String> all = new ArrayList<>(removedBefore);
            for (String f : removed) {
                if (!all.contains(f)) {
                    all.add(f);
                }
            }
            if (!all.isEmpty()) {
                int at = removedBeforeLine > 0 ? removedBeforeLine : removedLine > 0 ? removedLine : line;
                ctx.warn(at, record.id(), "control or bidi characters removed (" + String.join(", ", all) + ")");
            }
            return record;
        }
    }

    /**
     * Cleans every string of a record.
     *
     * @param r the record as mapped; not null
     * @param fixMojibake repair double-encoded text
     * @return the clean record (the same instance when nothing changed) and what was done
     */
    public static Cleaned record(BibRecord r, boolean fixMojibake) {
        Walk w = new Walk(r, fixMojibake);
        BibRecord out = w.run();
        if (w.surrogateIn != null) {
            return new Cleaned(null, r.id(), "field " + w.surrogateIn + " holds a lone surrogate, which is no Unicode"
                    + " text; record rejected", List.of(), 0, null, 0, null);
        }
        if (out == null) {
            return new Cleaned(null, r.id(), "the record id holds nothing but control characters; record rejected",
                    List.of(), 0, null, 0, null);
        }
        return new Cleaned(out, out.id(), null, List.copyOf(w.removed.keySet()), w.removedLine, w.mojibakeField,
                w.mojibakeLine, w.mojibakeValue);
    }

    /** One pass over a record; builds new parts only where a string changed. */
    private static final class Walk {
        private final BibRecord r;
        private final boolean fix;
        private final Map<String, Provenance> provenance;
        final Map<String, Boolean> removed = new LinkedHashMap<>();
        int removedLine;
        String surrogateIn;
        String mojibakeField;
        int mojibakeLine;
        String mojibakeValue;
        private boolean changed;

        Walk(BibRecord r, boolean fix) {
            this.r = r;
            this.fix = fix;
            this.provenance = r.provenance();
        }

        /** The clean form of one string of model field {@code field} (a provenance key). */
        private String s(String v, String field) {
            if (v == null) {
                return null;
            }
            int scanned = scan(v);
            if (scanned == 0) {
                return v; // the usual value: printable, NFC, nothing double-encoded
            }
            int p = scanned & (CONTROL | BIDI | SURROGATE);
            String out = v;
            if ((scanned & LEAD) != 0 && looksDoubleEncoded(v)) {
                p |= MOJIBAKE;
                if (mojibakeField == null) {
                    mojibakeField = sourceName(field);
                    mojibakeLine = line(field);
                    mojibakeValue = v;
                }
                if (fix) {
                    out = repairDoubleEncoding(out);
                }
            }
            if ((p & SURROGATE) != 0) {
                if (surrogateIn == null) {
                    surrogateIn = sourceName(field);
                }
                return v;
            }
            if ((p & (CONTROL | BIDI)) != 0) {
                if (removed.putIfAbsent(sourceName(field), Boolean.TRUE) == null && removedLine == 0) {
                    removedLine = line(field);
                }
            }
            out = (p & (CONTROL | BIDI)) == 0 ? nfc(out) : value(out);
            if (!out.equals(v)) {
                changed = true;
            }
            return out.equals(v) ? v : out;
        }

        private String sourceName(String field) {
            Provenance p = provenance.get(field);
            return p == null || p.field().equals(field) ? field : field + " (from " + Printable.escape(p.field()) + ")";
        }

        private int line(String field) {
            Provenance p = provenance.get(field);
            return p == null ? 0 : p.line();
        }

        /** The clean record: {@code r} itself, with nothing allocated, when every string was clean. */
        BibRecord run() {
            String id = s(r.id(), "id");
            String title = s(r.title().orElse(null), "title");
            String subtitle = s(r.subtitle().orElse(null), "subtitle");
            String shortTitle = s(r.shortTitle().orElse(null), "shortTitle");
            List<Contributor> cs = r.contributors();
            for (int i = 0; i < r.contributors().size(); i++) {
                Contributor c = r.contributors().get(i);
                Agent a = isClean(c.agent()) ? c.agent() : agent(c.agent(), "contributors[" + (i + 1) + "]");
                if (a != c.agent()) {
                    if (cs == r.contributors()) {
                        cs = new ArrayList<>(r.contributors().subList(0, i));
                    }
                } 
                if (cs != r.contributors() && a != null) {
                    cs.add(a == c.agent() ? c : new Contributor(c.role(), a));
                }
            }
            Container container = r.container().map(this::container).orElse(null);
            String publisher = s(r.publisher().orElse(null), "publisher");
            String place = s(r.place().orElse(null), "place");
            DateValue issued = r.issued().map(this::date).orElse(null);
            String edition = s(r.edition().orElse(null), "edition");
            List<Series> series = list(r.series(), this::series);
            String physical = s(r.physicalDescription().orElse(null), "physicalDescription");
            String pages = s(r.numberOfPages().orElse(null), "numberOfPages");
            String language = s(r.language().orElse(null), "language");
            String abstractText = s(r.abstractText().orElse(null), "abstract");
            List<String> subjects = strings(r.subjects(), "subjects");
            List<Identifier> identifiers = list(r.identifiers(), this::identifier);
            List<String> urls = strings(r.urls(), "urls");
            List<String> notes = strings(r.notes(), "notes");
            String rights = s(r.rights().orElse(null), "rights");
            String genre = s(r.genre().orElse(null), "genre");
            String callNumber = s(r.callNumber().orElse(null), "callNumber");
            SourceInfo source = source(r.source());
            List<SourceField> unmapped = list(r.unmapped(), this::sourceField);
            Map<String, Provenance> prov = null;
            for (Map.Entry<String, Provenance> e : r.provenance().entrySet()) {
                Provenance p = e.getValue();
                String field = s(p.field(), e.getKey());
                String rule = s(p.rule(), e.getKey());
                if (field != p.field() || rule != p.rule()) {
                    prov = prov == null ? new LinkedHashMap<>(r.provenance()) : prov;
                    prov.put(e.getKey(), new Provenance(field, p.line(), rule));
                }
            }
            if (!changed) {
                return r;
            }
            if (id.isBlank()) {
                return null;
            }
            BibRecord.Builder b = r.toBuilder().id(id).title(title).subtitle(subtitle).shortTitle(shortTitle)
                    .contributors(cs).container(container).publisher(publisher).place(place).issued(issued)
                    .edition(edition).series(series).physicalDescription(physical).numberOfPages(pages)
                    .language(language).abstractText(abstractText).subjects(subjects).identifiers(identifiers)
                    .urls(urls).notes(notes).rights(rights).genre(genre).callNumber(callNumber).source(source)
                    .unmapped(unmapped);
            if (prov != null) {
                for (Map.Entry<String, Provenance> e : prov.entrySet()) {
                    b.provenance(e.getKey(), e.getValue());
                }
            }
            return b.build();
        }

        /** The list itself when no element changed; else a copy without the elements that became empty. */
        private List<String> strings(List<String> in, String field) {
            return list(in, v -> {
                String c = s(v, field);
                return c.isBlank() ? null : c;
            });
        }

        /** The list itself when {@code clean} changed no element; else the changed list (nulls dropped). */
        private <T> List<T> list(List<T> in, Function<T, T> clean) {
            List<T> out = null;
            for (int i = 0; i < in.size(); i++) {
                T v = in.get(i);
                T c = clean.apply(v);
                if (c != v && out == null) {
                    out = new ArrayList<>(in.subList(0, i));
                }
                if (out != null && c != null) {
                    out.add(c);
                }
            }
            return out == null ? in : out;
        }

        private static boolean isClean(Agent a) {
            if (a instanceof Organization o) {
                return scan(o.name()) == 0;
            }
            Person p = (Person) a;
            return clean(p.family()) && clean(p.given()) && clean(p.droppingParticle()) && clean(p.nonDroppingParticle())
                    && clean(p.suffix()) && clean(p.literal());
        }

        private static boolean clean(String s) {
            return s == null || scan(s) == 0;
        }

        private Agent agent(Agent a, String field) {
            if (a instanceof Organization o) {
                String name = s(o.name(), field);
                return name == o.name() ? o : name.isBlank() ? null : new Organization(name);
            }
            Person p = (Person) a;
            String family = s(p.family(), field);
            String given = s(p.given(), field);
            String dropping = s(p.droppingParticle(), field);
            String nonDropping = s(p.nonDroppingParticle(), field);
            String suffix = s(p.suffix(), field);
            String literal = s(p.literal(), field);
            if (family == p.family() && given == p.given() && dropping == p.droppingParticle()
                    && nonDropping == p.nonDroppingParticle() && suffix == p.suffix() && literal == p.literal()) {
                return p;
            }
            boolean noFamily = family == null || family.isBlank();
            boolean noLiteral = literal == null || literal.isBlank();
            if (noFamily && noLiteral) {
                return null;
            }
            return new Person(family, given, dropping, nonDropping, suffix, literal);
        }

        private Container container(Container c) {
            String title = s(c.title(), "container.title");
            String shortTitle = s(c.shortTitle(), "container.shortTitle");
            String volume = s(c.volume(), "container.volume");
            String issue = s(c.issue(), "container.issue");
            PageRange pages = c.pages() == null ? null : pages(c.pages());
            List<Identifier> ids = list(c.identifiers(), this::identifier);
            if (title == c.title() && shortTitle == c.shortTitle() && volume == c.volume() && issue == c.issue()
                    && pages == c.pages() && ids == c.identifiers()) {
                return c;
            }
            return new Container(title, shortTitle, volume, issue, pages, ids);
        }

        private PageRange pages(PageRange p) {
            String first = s(p.first(), "container.pages");
            String last = s(p.last(), "container.pages");
            String raw = s(p.raw(), "container.pages");
            if (first == p.first() && last == p.last() && raw == p.raw()) {
                return p;
            }
            boolean noFirst = first == null || first.isBlank();
            return new PageRange(noFirst ? null : first, noFirst ? null : last, raw);
        }

        private DateValue date(DateValue d) {
            String raw = s(d.raw(), "issued");
            return raw == d.raw() ? d : new DateValue(d.start(), d.end(), d.approximate(), raw);
        }

        private Series series(Series v) {
            String title = s(v.title(), "series");
            String number = s(v.number(), "series");
            if (title == v.title() && number == v.number()) {
                return v;
            }
            return title.isBlank() ? null : new Series(title, number);
        }

        private Identifier identifier(Identifier i) {
            String field = "identifier." + i.scheme().id();
            String value = s(i.value(), field);
            String raw = s(i.raw(), field);
            if (value == i.value() && raw == i.raw()) {
                return i;
            }
            return value.isBlank() ? null : new Identifier(i.scheme(), value, raw);
        }

        private SourceInfo source(SourceInfo si) {
            String recordId = s(si.recordId(), "source");
            String institution = s(si.institution(), "source");
            String collection = s(si.collection(), "source");
            String format = s(si.recordFormat(), "source");
            List<String> formats = strings(si.formats(), "type");
            if (recordId == si.recordId() && institution == si.institution() && collection == si.collection()
                    && format == si.recordFormat() && formats == si.formats()) {
                return si;
            }
            return new SourceInfo(recordId, institution, collection, format, formats, si.file(), si.line());
        }

        private SourceField sourceField(SourceField f) {
            String name = s(f.name(), f.name());
            List<String> values = strings(f.values(), f.name());
            if (name == f.name() && values == f.values()) {
                return f;
            }
            return name.isBlank() || values.isEmpty() ? null : new SourceField(name, values, f.line(), f.unknown());
        }
    }
}
