package io.github.catconv.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VuFind's UI strings in its 38 UI languages: record-page labels ({@code vufind/labels.tsv}),
 * format names and creator roles ({@code fidelity/vufind-*.tsv}). An empty cell is printed as the
 * English key, as VuFind does for a missing translation.
 */
final class VufindStrings {

    final List<String> languages;
    private final Map<String, Map<String, String>> labels;
    private final Map<String, Map<String, String>> formats;
    private final Map<String, Map<String, String>> roles;

    private VufindStrings(List<String> languages, Map<String, Map<String, String>> labels,
            Map<String, Map<String, String>> formats, Map<String, Map<String, String>> roles) {
        this.languages = languages;
        this.labels = labels;
        this.formats = formats;
        this.roles = roles;
    }

    static VufindStrings load() {
        Path labels = Path.of("src/test/resources/vufind/labels.tsv");
        List<String> header = List.of(firstLine(labels).split("\t", -1));
        return new VufindStrings(header.subList(2, header.size()), table(labels, 2),
                table(BibCorpus.DIR.resolve("vufind-formats.tsv"), 1), table(BibCorpus.DIR.resolve("vufind-creator-roles.tsv"), 1));
    }

    String label(String key, String lang) {
        return pick(labels, key, lang, key);
    }

    String format(String value, String lang) {
        return pick(formats, value, lang, value);
    }

    /** Role label for a relator code; a language without the table falls back to English. */
    String role(String code, String lang) {
        return pick(roles, code, lang, pick(roles, code, "en", code));
    }

    private static String pick(Map<String, Map<String, String>> table, String key, String lang, String fallback) {
        String t = table.getOrDefault(key, Map.of()).get(lang);
        return t == null || t.isEmpty() ? fallback : t;
    }

    private static String firstLine(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** key → language → text; the key is column 0, languages start at column {@code firstLang}. */
    private static Map<String, Map<String, String>> table(Path p, int firstLang) {
        try {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            String[] head = lines.get(0).split("\t", -1);
            Map<String, Map<String, String>> out = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                Map<String, String> row = out.computeIfAbsent(c[0], k -> new HashMap<>());
                for (int i = firstLang; i < c.length && i < head.length; i++) {
                    row.put(head[i], c[i]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
