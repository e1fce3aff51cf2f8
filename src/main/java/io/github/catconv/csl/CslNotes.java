package io.github.catconv.csl;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the CSL {@code note}: the record's own notes, then one {@code "key: value"} line per fact
 * that CSL 1.0.2 has no variable for, so nothing the catalog said is lost.
 *
 * <p>The {@code "key: value"} form is the one Zotero's Extra field and citeproc-js read back
 * ("cheater syntax"); where CSL 1.0.2 names a variable that the CSL-JSON schema does not allow
 * ({@code license}) the key is that variable's name, so a processor that knows it picks it up.
 * Other keys are catconv's own and stable; {@code docs/mapping-csl.md} lists them.
 */
public final class CslNotes {

    /**
     * The note sections in output order. Each returns finished lines; the record's notes come
     * first, verbatim, because they are the catalog's free text rather than a keyed fact.
     */
    private static final List<Function<BibRecord, List<String>>> SECTIONS = List.of(
            BibRecord::notes,
            CslNotes::thesisAdvisors,
            CslNotes::furtherSeries,
            CslIdentifiers::leftovers,
            CslNotes::furtherUrls,
            r -> r.rights().map(v -> List.of(line("license", v))).orElse(List.of()));

    private CslNotes() {
    }

    /**
     * The note text for a record written under the given item id.
     *
     * @param record the record, not null
     * @param itemId the CSL {@code id} the item is written with; when the catalog's record id
     *               differs from it, a {@code catalog-record-id} line keeps the catalog id
     * @return the lines joined by {@code "\n"}, or empty when there is nothing to note
     */
    public static Optional<String> note(BibRecord record, String itemId) {
        List<String> lines = new ArrayList<>();
        for (Function<BibRecord, List<String>> section : SECTIONS) {
            lines.addAll(section.apply(record));
        }
        String catalogId = record.source().recordId();
        if (catalogId != null && !catalogId.equals(itemId)) {
            lines.add(line("catalog-record-id", catalogId));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /**
     * One {@code "key: value"} line; line breaks inside the value become single spaces so that
     * the line stays one line.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return the line
     */
    static String line(String key, String value) {
        return key + ": " + value.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** CSL has no thesis-advisor variable (CSL 1.0.2 Appendix IV), so the advisor is noted. */
    private static List<String> thesisAdvisors(BibRecord record) {
        List<String> out = new ArrayList<>();
        record.contributors(ContributorRole.THESIS_ADVISOR)
                .forEach(a -> out.add(line("thesis-advisor", a.displayName())));
        return out;
    }

    /** CSL has one collection-title; the second and later series are noted ISBD-style. */
    private static List<String> furtherSeries(BibRecord record) {
        List<String> out = new ArrayList<>();
        List<Series> series = record.series();
        for (int i = 1; i < series.size(); i++) {
            Series s = series.get(i);
            out.add(line("series", s.title() + (s.number() == null ? "" : " ; " + s.number())));
        }
        return out;
    }

    /** CSL has one URL; the others are noted. */
    private static List<String> furtherUrls(BibRecord record) {
        List<String> out = new ArrayList<>();
        List<String> urls = record.urls();
        for (int i = 1; i < urls.size(); i++) {
            out.add(line("url", urls.get(i)));
        }
        return out;
    }
}
