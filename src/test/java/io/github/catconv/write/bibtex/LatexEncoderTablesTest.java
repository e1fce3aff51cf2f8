package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import io.github.catconv.testsupport.RandomText;
import org.junit.jupiter.api.Test;

/**
 * The table-driven {@link LatexEncoder} and {@link TitleProtector} against a copy of their former
 * map-and-stream implementations, over edge cases and random text.
 */
class LatexEncoderTablesTest {

    private static final String ALPHABET = "aZ09 \t\n\r\u000B\u001F\u007F\u0085\u00A0\u2028\u2029\u3000{}{}\\#$%&_~^<>"
            + "éèçñüÅøßıi\u0301j\u030C\u0130ǅ–—‘’“”…€©·Ωж中😀\uD800\uDC00\uDBFF:;.-'\"()";

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", "a  b", "a\tb", "{", "}", "}{",
                "{a}", "{{a}", "a}}", "Café {au} lait", "ı̇", "x\uD83D", "\uDE00y", "NASA: the iPhone", "É",
                "l'Été: À la Recherche", "—", "A  B : C", "😀 Émoji"));
        out.addAll(RandomText.strings(ALPHABET, 5000, 23, 42));
        return out;
    }

    @Test
    void encodeMatchesFormerImplementation() {
        for (String s : samples()) {
            same(Former.encode(s, true), LatexEncoder.ascii().encode(s), s);
            same(Former.encode(s, false), LatexEncoder.unicode().encode(s), s);
        }
    }

    @Test
    void normalizeSpaceMatchesFormerImplementation() {
        for (String s : samples()) {
            same(Former.normalizeSpace(s), LatexEncoder.normalizeSpace(s), s);
        }
    }

    @Test
    void titleProtectionMatchesFormerImplementation() {
        for (String s : samples()) {
            same(Former.protect(s, true), TitleProtector.protect(s, LatexEncoder.ascii()), s);
            same(Former.protect(s, false), TitleProtector.protect(s, LatexEncoder.unicode()), s);
        }
    }

    private static void same(String expected, String actual, String input) {
        assertEquals(expected, actual, () -> "input " + escaped(input) + ": expected " + escaped(expected)
                + " but was " + escaped(actual));
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }

    /** The implementations before the look-up tables, kept as the reference. */
    private static final class Former {

        static String encode(String text, boolean ascii) {
            String s = normalizeSpace(text);
            boolean[] matched = BraceMatcher.matched(s);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (cp == '{' || cp == '}') {
                    sb.append(matched[i] ? (cp == '{' ? "\\{" : "\\}")
                            : (cp == '{' ? "\\textbraceleft{}" : "\\textbraceright{}"));
                } else if (cp < 0x80) {
                    String sp = switch (cp) {
                        case '#' -> "\\#";
                        case '$' -> "\\$";
                        case '%' -> "\\%";
                        case '&' -> "\\&";
                        case '_' -> "\\_";
                        case '~' -> "\\textasciitilde{}";
                        case '^' -> "\\textasciicircum{}";
                        case '\\' -> "\\textbackslash{}";
                        case '<' -> "\\textless{}";
                        case '>' -> "\\textgreater{}";
                        default -> String.valueOf((char) cp);
                    };
                    sb.append(sp);
                } else if (ascii) {
                    appendNonAscii(sb, cp);
                } else {
                    sb.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            return sb.toString();
        }

        private static void appendNonAscii(StringBuilder sb, int cp) {
            String p = switch (cp) {
                case '–' -> "--";
                case '—' -> "---";
                case '‘' -> "`";
                case '’' -> "'";
                case '“' -> "``";
                case '”' -> "''";
                case '\u00A0' -> "~";
                default -> null;
            };
            if (p != null) {
                sb.append(p);
                return;
            }
            String accented = LatexEncoder.accented(new String(Character.toChars(cp)));
            if (cp == '©' || cp == 'Å' || cp == 'ß' || cp == 'ø' || cp == 'ı' || cp == '…' || cp == '€' || cp == '·') {
                sb.append('{').append(switch (cp) {
                    case '©' -> "\\textcopyright";
                    case 'Å' -> "\\AA";
                    case 'ß' -> "\\ss";
                    case 'ø' -> "\\o";
                    case 'ı' -> "\\i";
                    case '…' -> "\\ldots";
                    case '€' -> "\\texteuro";
                    default -> "\\textperiodcentered";
                }).append('}');
            } else if (accented != null) {
                sb.append('{').append(accented).append('}');
            } else {
                sb.appendCodePoint(cp);
            }
        }

        static String normalizeSpace(String text) {
            StringBuilder sb = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ws = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
                if (ws) {
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

        static String protect(String title, boolean ascii) {
            String s = normalizeSpace(title);
            StringBuilder sb = new StringBuilder();
            boolean initial = true;
            for (String word : s.split(" ", -1)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(protectWord(word, initial, ascii));
                initial = word.endsWith(":") ? true : initial && word.chars().noneMatch(Character::isLetterOrDigit);
            }
            return sb.toString();
        }

        private static String protectWord(String word, boolean initial, boolean ascii) {
            int start = 0;
            while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
                start++;
            }
            int end = word.length();
            while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
                end--;
            }
            String core = start < end ? word.substring(start, end) : "";
            if (start >= end || !core.substring(initial ? Character.charCount(core.codePointAt(0)) : 0)
                    .codePoints().anyMatch(Character::isUpperCase)) {
                return encode(word, ascii);
            }
            return encode(word.substring(0, start), ascii) + "{" + encode(core, ascii) + "}"
                    + encode(word.substring(end), ascii);
        }
    }
}
