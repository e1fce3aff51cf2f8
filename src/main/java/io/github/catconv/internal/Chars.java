package io.github.catconv.internal;

/**
 * Character tests that the hand-written scanners share with the regular expressions they replace,
 * so that a scanner accepts exactly what the pattern did.
 */
public final class Chars {

    private Chars() {
    }

    /**
     * Replaces each run of characters that {@code isSpace} accepts by one space and drops such runs
     * at either end (the loop that both name cleaning and LaTeX encoding need, with their own
     * notion of space).
     *
     * @param text not null
     * @param isSpace which characters count as space
     * @return the collapsed text
     */
    public static String collapseRuns(String text, java.util.function.IntPredicate isSpace) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace.test(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The regex class {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The regex class {@code \d} without UNICODE_CHARACTER_CLASS: {@code [0-9]}. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character after which (at the end of input) {@code $} also matches: a line terminator. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** True when {@code s} has {@code count} ASCII digits from {@code from} on. */
    public static boolean digitsAt(CharSequence s, int from, int count) {
        if (from < 0 || from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when every character of {@code s} is an ASCII digit (false for ""). */
    public static boolean allDigits(CharSequence s) {
        return !s.isEmpty() && digitsAt(s, 0, s.length());
    }

    /** True when the text has a letter (any script), as {@code \p{L}} would find one. */
    public static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the text has an ASCII digit. */
    public static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a list joined by ";" or "," with optional {@code \s} around them, exactly as
     * {@code Pattern.compile("\\s*[;,]\\s*").split(v)} gives them: white space is dropped only
     * next to a separator, a leading empty part is kept and trailing empty parts are not.
     */
    public static java.util.List<String> splitList(String v) {
        java.util.List<String> out = new java.util.ArrayList<>(4);
        int n = v.length();
        int index = 0;
        boolean found = false;
        for (int sep = index; sep < n; sep++) {
            char c = v.charAt(sep);
            if (c != ';' && c != ',') {
                continue;
            }
            int start = sep;
            while (start > index && isRegexSpace(v.charAt(start - 1))) {
                start--;
            }
            int end = sep + 1;
            while (end < n && isRegexSpace(v.charAt(end))) {
                end++;
            }
            out.add(v.substring(index, start));
            index = end;
            sep = end - 1;
            found = true;
        }
        if (!found) {
            return java.util.List.of(v);
        }
        out.add(v.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            out.remove(--size);
        }
        return out;
    }
}
