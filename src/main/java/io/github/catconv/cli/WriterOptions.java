package io.github.catconv.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options that only some writers read. They reach the writer through its context as
 * name → value strings; a writer ignores the ones it does not know.
 */
public final class WriterOptions {

    @Option(names = "--key-pattern", paramLabel = "PATTERN",
            description = "BibTeX/BibLaTeX citation key pattern (default: [auth:lower][year][shorttitle:1:lower]).")
    String keyPattern;

    @Option(names = "--key-map", paramLabel = "FILE", description = "Write record-id<TAB>key lines to FILE.")
    String keyMap;

    @Option(names = "--unicode", description = "BibTeX: keep UTF-8 instead of LaTeX escapes.")
    boolean unicode;

    @Option(names = "--name-format", paramLabel = "FORMAT",
            description = "BibLaTeX names: 'classic' (default) or 'extended' (family=..., given=...).")
    String nameFormat;

    @Option(names = "--eol", paramLabel = "EOL", description = "RIS line ends: crlf (default) or lf.")
    String eol;

    @Option(names = "--columns", paramLabel = "LIST", description = "CSV columns, comma-separated, in order.")
    String columns;

    @Option(names = "--profile", paramLabel = "NAME", description = "CSV column profile, e.g. zotero.")
    String profile;

    @Option(names = "--bom", description = "CSV: start with a UTF-8 byte order mark (for Excel).")
    boolean bom;

    @Option(names = "--csv-formulas", paramLabel = "MODE",
            description = "CSV cells starting with = + - @ tab or CR: 'neutralize' (default, prefix ') or 'keep'.")
    String csvFormulas;

    @Option(names = "--csl-id", paramLabel = "SOURCE", description = "CSL-JSON id: 'record' (default) or 'key'.")
    String cslId;

    @Option(names = {"-O", "--writer-option"}, paramLabel = "NAME=VALUE",
            description = "Any other writer option, for third-party writers.")
    Map<String, String> extra = new LinkedHashMap<>();

    /** All options that were given, by long name without dashes. */
    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>(extra);
        put(m, "key-pattern", keyPattern);
        put(m, "key-map", keyMap);
        put(m, "name-format", nameFormat);
        put(m, "eol", eol);
        put(m, "columns", columns);
        put(m, "profile", profile);
        put(m, "csv-formulas", csvFormulas);
        put(m, "csl-id", cslId);
        if (unicode) {
            m.put("unicode", "true");
        }
        if (bom) {
            m.put("bom", "true");
        }
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
