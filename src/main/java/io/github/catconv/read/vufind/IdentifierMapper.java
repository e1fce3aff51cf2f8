package io.github.catconv.read.vufind;

import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.List;
import java.util.Map;

/**
 * Identifiers from {@code isbn}, {@code issn}, {@code doi_str_mv}, {@code oclc_num}, {@code lccn},
 * {@code ctrlnum}, the header's ISBN/ISSN/DOI rows, and the ones that URLs reveal (DOI, PMID,
 * PMCID, handle, arXiv, URN), all through {@link IdentifierIntake}.
 */
final class IdentifierMapper {

    /** The fields that hold one scheme each, in the order their identifiers are listed. */
    private static final List<Map.Entry<String, IdentifierScheme>> SCHEME_FIELDS = List.of(
            Map.entry("isbn", IdentifierScheme.ISBN),
            Map.entry(PageFields.HEADER + "ISBN", IdentifierScheme.ISBN),
            Map.entry("issn", IdentifierScheme.ISSN),
            Map.entry(PageFields.HEADER + "ISSN", IdentifierScheme.ISSN),
            Map.entry("doi_str_mv", IdentifierScheme.DOI),
            Map.entry(PageFields.HEADER + "DOI", IdentifierScheme.DOI),
            Map.entry("oclc_num", IdentifierScheme.OCLC),
            Map.entry("lccn", IdentifierScheme.LCCN));

    /** Which field each scheme comes from when not from a URL. */
    private static final Map<IdentifierScheme, String> SOURCE_FIELD = Map.of(
            IdentifierScheme.ISBN, "isbn", IdentifierScheme.ISSN, "issn", IdentifierScheme.LCCN, "lccn");

    private IdentifierMapper() {
    }

    static void map(PageFields f, BibRecord.Builder b, ReadContext ctx, String id) {
        IdentifierIntake intake = new IdentifierIntake(id, ctx::warn);
        for (Map.Entry<String, IdentifierScheme> field : SCHEME_FIELDS) {
            for (String v : f.values(field.getKey())) {
                intake.add(field.getValue(), v, field.getKey(), f.line(field.getKey()));
            }
        }
        f.values("ctrlnum").forEach(intake::addControlNumber);
        List<String> urls = f.values("url");
        if (urls.isEmpty()) {
            urls = f.values(PageFields.HEADER + "Online Access");
        }
        urls.forEach(intake::addFromUrl);
        List<Identifier> out = intake.identifiers();
        b.identifiers(out);
        for (Identifier i : out) {
            String field = SOURCE_FIELD.getOrDefault(i.scheme(), i.raw().contains("://") ? "url" : "ctrlnum");
            b.provenance("identifier." + i.scheme().id(), f.from(f.has(field) ? field : "url"));
        }
    }
}
