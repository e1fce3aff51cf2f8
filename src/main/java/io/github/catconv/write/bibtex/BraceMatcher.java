package io.github.catconv.write.bibtex;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds which braces of a plain-text value form properly nested pairs.
 *
 * <p>BibTeX and biber count braces without regard to backslashes, so a writer may emit a literal
 * brace as <code>\{</code> only when its partner is emitted too; the others need a brace-free form.
 */
final class BraceMatcher {

    private BraceMatcher() {
    }

    /**
     * Flags, per char index of {@code s}, whether the brace there has a partner. Indexes that are
     * not braces are false.
     *
     * @param s the text, not null
     * @return a new array as long as {@code s}
     */
    static boolean[] matched(String s) {
        boolean[] out = new boolean[s.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                out[open.pop()] = true;
                out[i] = true;
            }
        }
        return out;
    }

    /**
     * True when the braces of an already encoded value are balanced at every prefix, as BibTeX
     * requires of a braced field value.
     */
    static boolean balanced(String encoded) {
        int depth = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
