package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.TsvResource;
import io.github.catconv.read.ValueCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * VuFind's record-page labels in all 38 UI languages and every version since 2.0, so a header is
 * understood without being told its language. Generated from VuFind's language files
 * ({@code tools/gen-vufind-tables.py}): labels.tsv as VuFind writes them, labels-index.tsv the same
 * texts in look-up form, which is what is loaded.
 */
public final class Labels {

    /** The translation keys this reader acts on. */
    public static final String LOADING = "Loading";
    public static final String LOADING_ELLIPSIS = "loading_ellipsis";
    static final String FULL_DESCRIPTION = "Full description";
    public static final String BIBLIOGRAPHIC_DETAILS = "Bibliographic Details";

    private static final Labels INSTANCE = load();

    /** Normalised text → key; for a text that several keys share, the first in table order (core first). */
    private final Map<String, String> keyByText;
    /** Normalised text → every record-page key it stands for, when a language uses one word for two labels. */
    private final Map<String, Set<String>> sharedTexts;
    private final Map<String, String> contextByKey;

    /** The first two letters (a-z) of every look-up text that begins with two, as 26 × first + second. */
    private final boolean[] letterPairs = new boolean[26 * 26];

    private Labels(Map<String, String> keyByText, Map<String, String> contextByKey,
                   Map<String, Set<String>> sharedTexts) {
        this.keyByText = keyByText;
        this.contextByKey = contextByKey;
        this.sharedTexts = sharedTexts;
        for (String text : keyByText.keySet()) {
            if (text.length() >= 2 && isLower(text.charAt(0)) && isLower(text.charAt(1))) {
                letterPairs[26 * (text.charAt(0) - 'a') + text.charAt(1) - 'a'] = true;
            }
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * False when no label text can be the {@link #normalize normal form} of {@code s}, found
     * without normalising: when s (after leading whitespace) begins with two ASCII letters and an
     * ASCII character, its normal form begins with those letters in lower case (NFC composes
     * nothing there, stripping and the "..." and colon rules touch other characters), so a pair
     * that begins no label text rules s out. Title and value lines mostly fail so.
     */
    boolean mayBeLabelText(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i + 2 >= n || s.charAt(i + 2) >= 0x80) {
            return true;
        }
        int a = Character.toLowerCase(s.charAt(i)) - 'a';
        int b = Character.toLowerCase(s.charAt(i + 1)) - 'a';
        if (s.charAt(i) >= 0x80 || s.charAt(i + 1) >= 0x80 || a < 0 || a >= 26 || b < 0 || b >= 26) {
            return true;
        }
        return letterPairs[26 * a + b];
    }

    public static Labels get() {
        return INSTANCE;
    }

    /**
     * Reads labels-index.tsv, which {@code tools/gen-vufind-tables.py} makes from labels.tsv with
     * every text already in its {@link #normalize look-up form}, so that start-up only fills maps
     * (LabelsIndexTest recomputes the file). A text that several keys share resolves to the key of
     * its first row in the best context: field labels (core, then description) win over header,
     * tab, toolbar and navigation texts that happen to be spelled alike.
     */
    private static Labels load() {
        Map<String, String> byText = new HashMap<>(4096);
        Map<String, String> ctx = new HashMap<>(256);
        Map<String, Set<String>> shared = new HashMap<>(64);
        for (String[] row : rows("labels-index.tsv")) {
            if (row[0].equals("*")) {
                Set<String> keys = new TreeSet<>(Arrays.asList(row).subList(2, row.length));
                shared.put(row[1], Collections.unmodifiableSet(keys));
                continue;
            }
            ctx.put(row[0], row[1]);
            for (int i = 2; i < row.length; i++) {
                byText.put(row[i], row[0]);
            }
        }
        return new Labels(byText, ctx, shared);
    }

    /** The rows of a tab-separated resource of this package ({@link TsvResource#rows}). */
    public static List<String[]> rows(String resource) {
        return TsvResource.rows(Labels.class, resource);
    }

    /** Case-folded NFC text with "..." read as "…" and without a trailing colon. */
    public static String normalize(String s) {
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
    public Optional<String> keyOf(String text) {
        return mayBeLabelText(text) ? Optional.ofNullable(keyByText.get(normalize(text))) : Optional.empty();
    }

    /** The key of a text already in {@link #normalize look-up form}, or null (no pre-check). */
    String keyOfNormalized(String normalized) {
        return keyByText.get(normalized);
    }

    /**
     * The record-page keys a label text stands for when one language uses the same word for two
     * labels (Greek "Έκδοση" is both Edition and Published; Dutch "Gepubliceerd in" both Published
     * and Published in); empty for an unambiguous text.
     */
    Set<String> sharedKeys(String text) {
        return sharedTexts.getOrDefault(normalize(text), Set.of());
    }

    /** The page area of a key: core, description, header, tab, toolbar, holdings, nav. */
    String contextOf(String key) {
        return contextByKey.getOrDefault(key, "");
    }

    /** The longest stripped line {@link #furniture} looks up (that {@link #isDetailsHeading} does). */
    static final int FURNITURE_MAX = 60;

    /** What {@link #furniture} finds a line to be. */
    enum Furniture { NONE, LOADING, HEADING }

    /**
     * {@link #isLoading} and {@link #isDetailsHeading} of the stripped line in one: a single
     * normalisation and table look-up for the scanner, which asks both of most short lines.
     */
    Furniture furniture(String line) {
        String s = line.strip();
        if (s.length() > FURNITURE_MAX || !mayBeLabelText(s)) {
            return Furniture.NONE;
        }
        String key = keyByText.get(normalize(s));
        if (key == null && ValueCleaner.looksDoubleEncoded(s)) {
            // "Detalles bibliogrÃ¡ficos": a heading in its double-encoded form (B10) still splits pages.
            key = keyByText.get(normalize(ValueCleaner.repairDoubleEncoding(s)));
        }
        if (key == null) {
            return Furniture.NONE;
        }
        if (LOADING.equals(key) || LOADING_ELLIPSIS.equals(key)) {
            return s.length() <= 40 ? Furniture.LOADING : Furniture.NONE;
        }
        return BIBLIOGRAPHIC_DETAILS.equals(key) ? Furniture.HEADING : Furniture.NONE;
    }

    /** True for the "Loading…" text VuFind 9+ shows as the cover spinner at the top of a record page. */
    public boolean isLoading(String line) {
        if (line.length() > 40) {
            return false;
        }
        String key = keyByText.get(normalize(line));
        return LOADING.equals(key) || LOADING_ELLIPSIS.equals(key);
    }

    /** True for the "Bibliographic Details" heading in any language. */
    public boolean isDetailsHeading(String line) {
        return line.length() <= 60 && BIBLIOGRAPHIC_DETAILS.equals(keyByText.get(normalize(line)));
    }
}
