package io.github.catconv.read.marc;

import io.github.catconv.catalog.Identifiers;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.read.ReadContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Maps the identifier fields: 020 $a ISBN, 022 $a ISSN, 024 standard identifiers (first
 * indicator 7 with the scheme in $2: doi, hdl/handle, urn; first indicator 2: ISMN), 010 LCCN,
 * 035 system control numbers ("(OCoLC)…" → OCLC), and DOIs/PMIDs/handles found in 856 $u.
 * Normalised as in {@link Identifiers}; a bad ISBN/ISSN checksum is kept with a warning.
 */
final class MarcIdentifiers {

    private final ReadContext ctx;
    private final String id;
    private final Set<String> seen = new LinkedHashSet<>();

    MarcIdentifiers(ReadContext ctx, String id) {
        this.ctx = ctx;
        this.id = id;
    }

    void addTo(MarcRecord m, BibRecord.Builder b) {
        for (MarcRecord.Field f : m.fields("020")) {
            for (String raw : f.values('a')) {
                Identifiers.normalizeIsbn(raw).ifPresent(v -> checked(b, IdentifierScheme.ISBN, v, raw,
                        Identifiers.isValidIsbn(v), f));
            }
        }
        for (MarcRecord.Field f : m.fields("022")) {
            for (String raw : f.values('a')) {
                Identifiers.normalizeIssn(raw).ifPresent(v -> checked(b, IdentifierScheme.ISSN, v, raw,
                        Identifiers.isValidIssn(v), f));
            }
        }
        m.fields("024").forEach(f -> standard(f, b));
        m.fields("010").forEach(f -> {
            String v = f.first('a');
            if (v != null && !v.isBlank()) {
                add(b, new Identifier(IdentifierScheme.LCCN, v.strip(), v));
            }
        });
        m.fields("035").forEach(f -> f.values('a').forEach(v -> Identifiers.fromControlNumber(v).ifPresent(i -> add(b, i))));
        m.fields("856").forEach(f -> f.values('u').forEach(u -> Identifiers.fromUrl(u).forEach(i -> add(b, i))));
    }

    private void standard(MarcRecord.Field f, BibRecord.Builder b) {
        String raw = f.first('a');
        if (raw == null || raw.isBlank()) {
            return;
        }
        String source = f.first('2') == null ? "" : f.first('2').strip().toLowerCase(java.util.Locale.ROOT);
        if (f.ind1() == '7' && source.equals("doi")) {
            Identifiers.normalizeDoi(raw).ifPresent(v -> add(b, new Identifier(IdentifierScheme.DOI, v, raw)));
        } else if (f.ind1() == '7' && (source.equals("hdl") || source.equals("handle"))) {
            add(b, new Identifier(IdentifierScheme.HANDLE, raw.strip(), raw));
        } else if (f.ind1() == '7' && source.startsWith("urn")) {
            add(b, new Identifier(IdentifierScheme.URN, raw.strip(), raw));
        } else if (f.ind1() == '2') {
            add(b, new Identifier(IdentifierScheme.ISMN, raw.strip(), raw));
        }
    }

    private void checked(BibRecord.Builder b, IdentifierScheme s, String value, String raw, boolean valid,
                         MarcRecord.Field f) {
        if (!valid) {
            ctx.warn(f.line(), id, s.id().toUpperCase(java.util.Locale.ROOT) + " " + raw.strip()
                    + " has a wrong check digit; kept as catalogued");
        }
        add(b, new Identifier(s, value, raw.strip()));
    }

    private void add(BibRecord.Builder b, Identifier i) {
        if (seen.add(i.scheme() + "|" + i.value())) {
            b.addIdentifier(i);
        }
    }
}
