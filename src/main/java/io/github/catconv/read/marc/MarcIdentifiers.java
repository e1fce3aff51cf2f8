package io.github.catconv.read.marc;

import io.github.catconv.catalog.IdentifierIntake;
import io.github.catconv.model.IdentifierScheme;
import java.util.Locale;

/**
 * Which MARC fields carry identifiers: 020 $a ISBN, 022 $a ISSN, 024 standard identifiers (first
 * indicator 7 with the scheme in $2: doi, hdl/handle, urn…; first indicator 2: ISMN), 010 $a
 * LCCN, 035 $a system control numbers ("(OCoLC)…" → OCLC), and what 856 $u URLs carry. Every
 * value goes through {@link IdentifierIntake}, which normalises, checks, warns and dedupes.
 */
final class MarcIdentifiers {

    private MarcIdentifiers() {
    }

    static void addTo(MarcRecord m, IdentifierIntake intake) {
        subfields(m, "020", 'a', IdentifierScheme.ISBN, intake);
        subfields(m, "022", 'a', IdentifierScheme.ISSN, intake);
        for (MarcRecord.Field f : m.fields("024")) {
            IdentifierScheme scheme = standardScheme(f);
            if (scheme != null) {
                intake.add(scheme, f.first('a'), "marc:024$a", f.line());
            }
        }
        for (MarcRecord.Field f : m.fields("010")) {
            intake.add(IdentifierScheme.LCCN, f.first('a'), "marc:010$a", f.line());
        }
        m.fields("035").forEach(f -> f.values('a').forEach(intake::addControlNumber));
        m.fields("856").forEach(f -> f.values('u').forEach(intake::addFromUrl));
    }

    private static void subfields(MarcRecord m, String tag, char code, IdentifierScheme scheme, IdentifierIntake intake) {
        for (MarcRecord.Field f : m.fields(tag)) {
            for (String raw : f.values(code)) {
                intake.add(scheme, raw, "marc:" + tag + "$" + code, f.line());
            }
        }
    }

    /** The scheme of a 024 by its first indicator and $2 source code; null for sources not mapped. */
    private static IdentifierScheme standardScheme(MarcRecord.Field f) {
        if (f.ind1() == '2') {
            return IdentifierScheme.ISMN;
        }
        String source = f.first('2') == null ? "" : f.first('2').strip().toLowerCase(Locale.ROOT);
        if (f.ind1() != '7') {
            return null;
        }
        return switch (source) {
            case "doi" -> IdentifierScheme.DOI;
            case "hdl", "handle" -> IdentifierScheme.HANDLE;
            default -> source.startsWith("urn") ? IdentifierScheme.URN : null;
        };
    }
}
