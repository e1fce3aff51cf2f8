package io.github.catconv.write.bibtex.keys;

import io.github.catconv.model.BibRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A citation key pattern such as {@code [auth:lower][year][shorttitle:1:lower]}, parsed once and
 * applied to many records.
 *
 * <p>Language (in the spirit of JabRef's and Better BibTeX's patterns): text outside brackets is
 * literal; {@code [field]} inserts a field of {@link KeyFields}; modifiers follow the field name,
 * each after a colon, and apply left to right: {@code :lower}, {@code :upper}, {@code :abbr}
 * (first letter of each word) and {@code :N} (first N words). The result is folded to ASCII by
 * {@link AsciiFolder} per word and reduced to the characters BibTeX and biber both accept in keys,
 * {@code [A-Za-z0-9_:.-]}, and cut to {@link #MAX_LENGTH} characters. The result may be empty;
 * {@link KeyAssigner} then falls back to the record id. Immutable and thread-safe.
 */
public final class KeyPattern {

    /**
     * Longest key a pattern gives (docs/bibtex.md): a 500,000-letter title word must not become a
     * 500,000-letter key. Disambiguation ({@link KeyAssigner}) may add a suffix after it.
     */
    public static final int MAX_LENGTH = 64;

    /** The default pattern: {@code tookey2018client} for the seed record. */
    public static final String DEFAULT = "[auth:lower][year][shorttitle:1:lower]";

    private sealed interface Part permits Literal, FieldRef {
    }

    private record Literal(String text) implements Part {
    }

    private record FieldRef(String name, List<String> modifiers) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private KeyPattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a pattern.
     *
     * @param pattern the pattern text, not null
     * @return the parsed pattern
     * @throws IllegalArgumentException on an unclosed bracket, an unknown field or modifier, naming it
     */
    public static KeyPattern parse(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('[', i);
            if (open < 0) {
                parts.add(new Literal(pattern.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(pattern.substring(i, open)));
            }
            int close = pattern.indexOf(']', open);
            if (close < 0) {
                throw new IllegalArgumentException("key pattern: '[' at position " + (open + 1) + " is not closed");
            }
            parts.add(field(pattern.substring(open + 1, close)));
            i = close + 1;
        }
        return new KeyPattern(pattern, parts);
    }

    private static FieldRef field(String body) {
        String[] bits = body.split(":", -1);
        if (!KeyFields.exists(bits[0])) {
            throw new IllegalArgumentException("key pattern: unknown field [" + bits[0] + "]; known: "
                    + KeyFields.fieldList());
        }
        List<String> mods = new ArrayList<>();
        for (int k = 1; k < bits.length; k++) {
            String m = bits[k].toLowerCase(Locale.ROOT);
            if (!m.matches("lower|upper|abbr|[1-9][0-9]*")) {
                throw new IllegalArgumentException("key pattern: unknown modifier :" + bits[k]
                        + " in [" + body + "]; known: lower, upper, abbr, N");
            }
            mods.add(m);
        }
        return new FieldRef(bits[0], mods);
    }

    /** The pattern text as given. */
    public String source() {
        return source;
    }

    /**
     * Applies the pattern to a record.
     *
     * @param record not null
     * @return the key, only {@code [A-Za-z0-9_:.-]}, at most {@link #MAX_LENGTH} characters, possibly
     *         empty; never null
     */
    public String apply(BibRecord record) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.text());
            } else {
                sb.append(render((FieldRef) p, record));
            }
        }
        String key = clean(sb.toString());
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }

    private static String render(FieldRef f, BibRecord record) {
        KeyFields.Element e = KeyFields.evaluate(f.name(), record);
        List<String> words = new ArrayList<>();
        for (String w : e.words()) {
            String folded = f.name().equalsIgnoreCase("auth.etal") || f.name().equalsIgnoreCase("id")
                    ? foldKeepingKeyPunctuation(w) : AsciiFolder.fold(w);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        int limit = e.limit();
        for (String m : f.modifiers()) {
            switch (m) {
                case "lower" -> words.replaceAll(w -> w.toLowerCase(Locale.ROOT));
                case "upper" -> words.replaceAll(w -> w.toUpperCase(Locale.ROOT));
                case "abbr" -> words.replaceAll(w -> w.substring(0, 1));
                default -> limit = Integer.parseInt(m);
            }
        }
        return String.join("", words.subList(0, Math.min(limit, words.size())));
    }

    /** Folds a value that may legitimately hold key punctuation (record ids, "A.etal"). */
    private static String foldKeepingKeyPunctuation(String s) {
        StringBuilder sb = new StringBuilder();
        for (String piece : s.split("(?<=[_:.-])|(?=[_:.-])")) {
            sb.append(piece.matches("[_:.-]") ? piece : AsciiFolder.fold(piece));
        }
        return sb.toString();
    }

    /** Keeps only characters that BibTeX and biber accept in keys. */
    static String clean(String key) {
        return key.replaceAll("[^A-Za-z0-9_:.-]", "");
    }

    @Override
    public String toString() {
        return source;
    }
}
