package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.Identifiers;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.read.ReadContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifiers from {@code isbn}, {@code issn}, {@code doi_str_mv}, {@code oclc_num}, {@code lccn},
 * {@code ctrlnum}, the header's ISBN/ISSN/DOI rows, and the ones that URLs reveal (DOI, PMID,
 * PMCID, handle, arXiv, URN). Normalised; a bad checksum is kept as catalogued, with a warning.
 */
final class IdentifierMapper {

    /** Which field each scheme comes from when not from a URL. */
    private static final java.util.Map<IdentifierScheme, String> SOURCE_FIELD = java.util.Map.of(
            IdentifierScheme.ISBN, "isbn", IdentifierScheme.ISSN, "issn", IdentifierScheme.LCCN, "lccn");

    private static final java.util.regex.Pattern NON_DIGITS = java.util.regex.Pattern.compile("\\D");
    private static final java.util.regex.Pattern OCLC_WITH_DATE = java.util.regex.Pattern.compile("(?i)(ocm|ocn|on)\\d+\\s.*");

    private IdentifierMapper() {
    }

    static void map(PageFields f, BibRecord.Builder b, ReadContext ctx, String id) {
        List<Identifier> out = new ArrayList<>();
        for (String field : new String[] {"isbn", PageFields.HEADER + "ISBN"}) {
            for (String v : f.values(field)) {
                Identifiers.normalizeIsbn(v).ifPresentOrElse(n -> {
                    if (!Identifiers.isValidIsbn(n)) {
                        ctx.warn(f.line(field), id, "ISBN " + v + " has a wrong check digit; kept as catalogued");
                    }
                    add(out, new Identifier(IdentifierScheme.ISBN, n, v));
                }, () -> ctx.warn(f.line(field), id, "'" + v + "' in " + field + " is not an ISBN; ignored"));
            }
        }
        for (String field : new String[] {"issn", PageFields.HEADER + "ISSN"}) {
            for (String v : f.values(field)) {
                Identifiers.normalizeIssn(v).ifPresentOrElse(n -> {
                    if (!Identifiers.isValidIssn(n)) {
                        ctx.warn(f.line(field), id, "ISSN " + v + " has a wrong check digit; kept as catalogued");
                    }
                    add(out, new Identifier(IdentifierScheme.ISSN, n, v));
                }, () -> ctx.warn(f.line(field), id, "'" + v + "' in " + field + " is not an ISSN; ignored"));
            }
        }
        for (String field : new String[] {"doi_str_mv", PageFields.HEADER + "DOI"}) {
            for (String v : f.values(field)) {
                Identifiers.normalizeDoi(v).ifPresent(n -> add(out, new Identifier(IdentifierScheme.DOI, n, v)));
            }
        }
        for (String v : f.values("oclc_num")) {
            String digits = NON_DIGITS.matcher(v).replaceAll("");
            add(out, new Identifier(IdentifierScheme.OCLC, digits.isEmpty() ? v : digits, v));
        }
        for (String v : f.values("lccn")) {
            String n = normalizeLccn(v);
            if (!n.isEmpty()) {
                add(out, new Identifier(IdentifierScheme.LCCN, n, v));
            }
        }
        for (String v : f.values("ctrlnum")) {
            // "ocm05831268 820113": an OCLC number with the date it was entered.
            String c = OCLC_WITH_DATE.matcher(v).matches() ? v.substring(0, v.indexOf(' ')) : v;
            Identifiers.fromControlNumber(c).ifPresent(i -> add(out, new Identifier(i.scheme(), i.value(), v)));
        }
        List<String> urls = f.values("url");
        if (urls.isEmpty()) {
            urls = f.values(PageFields.HEADER + "Online Access");
        }
        for (String u : urls) {
            for (Identifier i : Identifiers.fromUrl(u)) {
                add(out, i);
            }
        }
        b.identifiers(out);
        for (Identifier i : out) {
            String field = SOURCE_FIELD.getOrDefault(i.scheme(), i.raw().contains("://") ? "url" : "ctrlnum");
            b.provenance("identifier." + i.scheme().id(), f.from(f.has(field) ? field : "url"));
        }
    }

    /**
     * LCCN normalisation as the Library of Congress defines it: no blanks, no revision suffix
     * ("84643014 //r88" → "84643014", "sn 84006638" → "sn84006638").
     */
    static String normalizeLccn(String raw) {
        String t = raw.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            t = t.substring(0, slash);
        }
        return t.replace(" ", "");
    }

    /** Adds an identifier unless the same scheme and value is already there. */
    private static void add(List<Identifier> out, Identifier id) {
        for (Identifier i : out) {
            if (i.scheme() == id.scheme() && i.value().equalsIgnoreCase(id.value())) {
                return;
            }
        }
        out.add(id);
    }
}
