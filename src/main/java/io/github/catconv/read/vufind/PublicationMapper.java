package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.Series;
import io.github.catconv.read.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publisher, place, date and series, from {@code publisher}, {@code publishDate}, {@code series},
 * {@code series2}, the header's "Published" statement, and what {@code spelling} adds (the exact
 * date, the place before " : publisher", the number after a series title).
 */
final class PublicationMapper {

    /** Catalog ways of saying the date is unknown or only partly known: kept as text without a warning. */
    private static final java.util.regex.Pattern NO_DATE = java.util.regex.Pattern.compile(
            "(?i)\\[?(?:\\d{2,3}[-Xxu?]{1,2}\\??|s\\.\\s?[fda]\\.?|n\\.\\s?d\\.?|o\\.\\s?J\\.?|sine anno|sin fecha|sans date)\\]?\\.?");

    private final PageFields f;
    private final BibRecord.Builder b;
    private final ReadContext ctx;
    private final String id;

    private PublicationMapper(PageMapping m) {
        this.f = m.fields;
        this.b = m.record;
        this.ctx = m.context;
        this.id = m.id;
    }

    static void map(PageMapping m) {
        new PublicationMapper(m).mapAll();
    }

    private void mapAll() {
        PublishedStatement header = null;
        String headerKey = PageFields.HEADER + "Published";
        String published = f.first(headerKey);
        if (published != null) {
            header = PublishedStatement.parse(published);
        }
        String publisher = f.first("publisher");
        if (publisher != null) {
            Isbd.cleanPlaceOrPublisher(publisher).ifPresent(p -> b.publisher(p).provenance("publisher", f.from("publisher")));
        } else if (header != null && header.publisher() != null) {
            Isbd.cleanPlaceOrPublisher(header.publisher()).ifPresent(p ->
                    b.publisher(p).provenance("publisher", f.from(headerKey, "publication statement split")));
        }
        mapPlace(header, publisher, headerKey);
        mapDate(header, publisher, headerKey);
        mapSeries();
    }

    private void mapPlace(PublishedStatement header, String publisher, String headerKey) {
        if (header != null && header.place() != null) {
            Isbd.cleanPlaceOrPublisher(header.place()).ifPresent(p ->
                    b.place(p).provenance("place", f.from(headerKey, "publication statement split")));
            return;
        }
        String pub = publisher == null ? null : PublishedStatement.trimTrailingSeparators(publisher).strip();
        SpellingMiner.place(f.values("spelling"), pub).flatMap(Isbd::cleanPlaceOrPublisher).ifPresent(p ->
                b.place(p).provenance("place", f.from("spelling", "place before ' : publisher'")));
    }

    private void mapDate(PublishedStatement header, String publisher, String headerKey) {
        String raw = f.first("publishDate");
        String field = "publishDate";
        if (raw == null && header != null && header.date() != null) {
            raw = header.date();
            field = headerKey;
        }
        if (raw == null) {
            return;
        }
        Optional<DateValue> parsed = DateParser.parse(raw);
        if (parsed.isEmpty()) {
            return;
        }
        DateValue d = parsed.get();
        if (!d.isParsed() && !NO_DATE.matcher(raw.strip()).matches()) {
            ctx.warn(f.line(field), id, "date '" + raw + "' is not a calendar date; kept as text");
        }
        b.issued(d).provenance("issued", f.from(field));
        if (d.isParsed() && field.equals("publishDate")) {
            if (richerStatementDate(d, header, publisher, headerKey).isPresent()) {
                return; // the catalogued statement said more than publishDate's digits
            }
        }
        if (d.isParsed() && !d.start().hasMonth() && d.end() == null && f.has("spelling")) {
            String pub = publisher == null ? null : publisher.strip();
            Optional<PartialDate> exact = SpellingMiner.of(f).exactDate(d.start().year(), pub, id);
            if (exact.isPresent()) {
                b.issued(new DateValue(exact.get(), null, d.approximate(), exact.get().toIso()));
                b.provenance("issued", new Provenance("spelling", f.line("spelling"),
                        "full date whose year equals publishDate " + raw));
            }
        }
    }

    /**
     * For MARC records {@code publishDate} holds only the digits of 260/264 $c; the date as
     * catalogued ("[1998?]", "1983-1987.") stands in the header's "Published" row and in
     * {@code spelling} after the publisher. It wins when its first year is the same and it says
     * more (a range or an approximation).
     */
    private Optional<DateValue> richerStatementDate(DateValue base, PublishedStatement header, String publisher,
                                                    String headerKey) {
        List<String[]> candidates = new ArrayList<>();
        if (header != null && header.date() != null) {
            candidates.add(new String[] {header.date(), headerKey, "date as in the publication statement"});
        }
        String pub = publisher == null ? null : PublishedStatement.trimTrailingSeparators(publisher).strip();
        if (pub != null && !pub.isEmpty()) {
            for (String v : f.values("spelling")) {
                int at = v.indexOf(pub);
                if (at >= 0) {
                    PublishedStatement st = PublishedStatement.parse(v.substring(at));
                    if (st.date() != null) {
                        candidates.add(new String[] {st.date(), "spelling", "date after the publisher in spelling"});
                    }
                }
            }
        }
        for (String[] c : candidates) {
            Optional<DateValue> cd = DateParser.parse(c[0]);
            if (cd.isPresent() && cd.get().isParsed() && cd.get().start().year() == base.start().year()
                    && (cd.get().end() != null || cd.get().approximate()) && base.end() == null && !base.approximate()) {
                b.issued(cd.get()).provenance("issued", f.from(c[1], c[2]));
                return cd;
            }
        }
        return Optional.empty();
    }

    private void mapSeries() {
        List<String> titles = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        String[] fields = f.has("series") || f.has("series2") ? new String[] {"series", "series2"}
                : new String[] {PageFields.HEADER + "Series"};
        for (String field : fields) {
            for (String v : f.values(field)) {
                // "Title ; 12" carries the number after the ISBD " ; ".
                int semi = v.lastIndexOf(" ; ");
                String number = semi > 0 ? Isbd.clean(v.substring(semi + 3)) : null;
                String t = Isbd.clean(semi > 0 ? v.substring(0, semi) : v);
                if (!t.isEmpty() && !PageMapping.containsIgnoreCase(titles, t)) {
                    titles.add(t);
                    numbers.add(number == null || number.isEmpty() ? null : number);
                }
            }
        }
        SpellingMiner miner = SpellingMiner.of(f);
        for (int i = 0; i < titles.size(); i++) {
            String number = numbers.get(i);
            if (number == null && f.has("spelling")) {
                number = miner.seriesNumber(titles.get(i)).orElse(null);
            }
            b.addSeries(new Series(titles.get(i), number));
        }
        if (!titles.isEmpty()) {
            b.provenance("series", f.from(f.has("series") ? "series" : "series2"));
        }
    }
}
