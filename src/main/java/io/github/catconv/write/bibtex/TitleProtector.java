package io.github.catconv.write.bibtex;

/**
 * Encodes a title and brace-protects each word whose capitals a style would otherwise lower.
 *
 * <p>BibTeX's {@code change.case$} with {@code "t"} (used by plain.bst and most styles for
 * {@code title}) lowers every letter at brace depth 0 except the very first character and the
 * first character after a colon followed by space; biblatex's {@code \MakeSentenceCase} does the
 * same. So a word is wrapped in braces ({@code {NASA}}, {@code {Toronto}}) when it has a capital
 * that would be lowered: any capital in a word that does not start the title or a subtitle, and a
 * capital after the first letter in a word that does ({@code {iPhone}}, {@code {NASA}}). Only the
 * letters of the word are braced, never the whole title, so styles still case the rest; this is
 * what Better BibTeX and JabRef's "protect terms" do per word. Thread-safe and stateless.
 */
public final class TitleProtector {

    private TitleProtector() {
    }

    /**
     * Encodes {@code title} with {@code encoder}, protecting capitalised words.
     *
     * @param title plain text, not null
     * @param encoder the dialect's encoder, not null
     * @return the field value, braces balanced, never null
     */
    public static String protect(String title, LatexEncoder encoder) {
        String s = LatexEncoder.normalizeSpace(title);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        boolean initial = true;
        int n = s.length();
        // Words are the pieces between single spaces, as s.split(" ", -1) gives them.
        for (int start = 0; ; ) {
            int end = s.indexOf(' ', start);
            end = end < 0 ? n : end;
            String word = s.substring(start, end);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            appendWord(sb, word, initial, encoder);
            initial = word.endsWith(":") ? true : initial && !hasLetterOrDigit(word);
            if (end == n) {
                return sb.toString();
            }
            start = end + 1;
        }
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One word: leading and trailing punctuation stay outside the protecting braces. */
    private static void appendWord(StringBuilder sb, String word, boolean initial, LatexEncoder encoder) {
        int start = 0;
        while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        int end = word.length();
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        if (start >= end || !needsProtection(word.substring(start, end), initial)) {
            sb.append(encoder.encode(word));
            return;
        }
        sb.append(encoder.encode(word.substring(0, start))).append('{')
                .append(encoder.encode(word.substring(start, end))).append('}')
                .append(encoder.encode(word.substring(end)));
    }

    /** True when a case-changing style would lower a capital of {@code core}. */
    static boolean needsProtection(String core, boolean initial) {
        int i = initial ? Character.charCount(core.codePointAt(0)) : 0;
        while (i < core.length()) {
            int cp = core.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
