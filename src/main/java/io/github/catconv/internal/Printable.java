package io.github.catconv.internal;

/**
 * Which characters must not reach an output or a terminal, and a visible form of text that may
 * hold them: the character classes that value cleaning ({@code read.ValueCleaner}), diagnostics
 * and {@code inspect} share.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * C0 controls but tab and line feed, DEL and C1 controls (U+0080-U+009F): the characters that
     * move a terminal's cursor, change its colours or end a C string.
     */
    public static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && c <= 0x9F;
    }

    /** The bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that reorder text. */
    public static boolean isBidiControl(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** A control, a bidi control or a byte order mark: what cleaning removes from a value. */
    public static boolean isRemovable(char c) {
        return isControl(c) || isBidiControl(c) || c == '\uFEFF';
    }

    /**
     * The text with every removable character, line feed and lone surrogate written as
     * {@code \}{@code uXXXX}, so that a diagnostic or a listing shows it instead of obeying it.
     *
     * @param s text; null gives null
     * @return the same instance when nothing needed escaping
     */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(s, i)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        return c == '\n' || isRemovable(c) || isLoneSurrogate(s, i);
    }

    /**
     * What an exception says, for a diagnostic: its message, or its kind when it has none, so that
     * no diagnostic ever reads "null".
     */
    public static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** True when the char at {@code i} is a surrogate without its partner. */
    public static boolean isLoneSurrogate(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
