package io.github.catconv.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of the {@code citation} writer ({@code --to citation}). They reach it as the writer
 * options {@code style}, {@code locale}, {@code format}, {@code mode} and {@code standalone};
 * other writers ignore them. See {@code docs/citations.md}.
 */
public final class CitationOptions {

    @Option(names = "--style", paramLabel = "STYLE",
            description = "Citation style: an id (find one with 'catconv styles WORDS') or a .csl file (default: apa).")
    String style;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Citation locale, e.g. en-US, de, es-ES (default: the style's, else en-US).")
    String locale;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Citation output: text (default), html, asciidoc, markdown, markdown-pure, fo.")
    String format;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "Citation mode: bibliography (default, sorted as the style says) or citation.")
    String mode;

    @Option(names = "--standalone", description = "With --format html: a complete HTML document.")
    boolean standalone;

    /** The options that were given, by writer option name. */
    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "style", style);
        put(m, "locale", locale);
        put(m, "format", format);
        put(m, "mode", mode);
        if (standalone) {
            m.put("standalone", "true");
        }
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
