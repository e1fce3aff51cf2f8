package io.github.catconv.read.vufind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * VuFind's record-page labels in all 38 UI languages and every version since 2.0, so a header is
 * understood without being told its language. Generated from VuFind's language files
 * ({@code tools/gen-vufind-tables.py}).
 */
final class Labels {

    /** The translation keys this reader acts on. */
    static final String LOADING = "Loading";
    static final String LOADING_ELLIPSIS = "loading_ellipsis";
    static final String FULL_DESCRIPTION = "Full description";
    static final String BIBLIOGRAPHIC_DETAILS = "Bibliographic Details";

    private static final Labels INSTANCE = load();

    /** Normalised text → key; for a text that several keys share, the first in table order (core first). */
    private final Map<String, String> keyByText;
    /** Normalised text → every record-page key it stands for, when a language uses one word for two labels. */
    private final Map<String, java.util.Set<String>> sharedTexts;
    private final Map<String, String> contextByKey;

    private Labels(Map<String, String> keyByText, Map<String, String> contextByKey,
                   Map<String, java.util.Set<String>> sharedTexts) {
        this.keyByText = keyByText;
        this.contextByKey = contextByKey;
        this.sharedTexts = sharedTexts;
    }

    static Labels get() {
        return INSTANCE;
    }

    private static Labels load() {
        Map<String, String> byText = new HashMap<>();
        Map<String, String> ctx = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        Map<String, java.util.Set<String>> all = new HashMap<>();
        try (InputStream in = Labels.class.getResourceAsStream("labels.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                String text = normalize(c[2]);
                int rk = contextRank(c[1]);
                if (rk <= 1) {
                    all.computeIfAbsent(text, k -> new java.util.TreeSet<>()).add(c[0]);
                }
                Integer old = rank.get(text);
                if (old == null || rk < old) {
                    byText.put(text, c[0]);
                    rank.put(text, rk);
                }
                ctx.put(c[0], c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.values().removeIf(keys -> keys.size() < 2);
        return new Labels(byText, ctx, all);
    }

    /** Field labels win over tab, toolbar and navigation texts that happen to be spelled alike. */
    private static int contextRank(String context) {
        switch (context) {
            case "core": return 0;
            case "description": return 1;
            case "header": return 2;
            default: return 3;
        }
    }

    /** Case-folded NFC text with "..." read as "…" and without a trailing colon. */
    static String normalize(String s) {
        // ASCII text is already NFC: skipping the normaliser there saves most of the table's load
        // time and of the per-line label look-ups (docs/performance.md), with the same result.
        String t = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC)).strip().replace("...", "…");
        while (t.endsWith(":") || t.endsWith("\uFF1A")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The key of a label text in any language and version. */
    Optional<String> keyOf(String text) {
        return Optional.ofNullable(keyByText.get(normalize(text)));
    }

    /**
     * The record-page keys a label text stands for when one language uses the same word for two
     * labels (Greek "Έκδοση" is both Edition and Published; Dutch "Gepubliceerd in" both Published
     * and Published in); empty for an unambiguous text.
     */
    java.util.Set<String> sharedKeys(String text) {
        return sharedTexts.getOrDefault(normalize(text), java.util.Set.of());
    }

    /** The page area of a key: core, description, header, tab, toolbar, holdings, nav. */
    String contextOf(String key) {
        return contextByKey.getOrDefault(key, "");
    }

    /** True for the "Loading…" text VuFind 9+ shows as the cover spinner at the top of a record page. */
    boolean isLoading(String line) {
        if (line.length() > 40) {
            return false;
        }
        String key = keyByText.get(normalize(line));
        return LOADING.equals(key) || LOADING_ELLIPSIS.equals(key);
    }

    /** True for the "Bibliographic Details" heading in any language. */
    boolean isDetailsHeading(String line) {
        return line.length() <= 60 && BIBLIOGRAPHIC_DETAILS.equals(keyByText.get(normalize(line)));
    }
}
