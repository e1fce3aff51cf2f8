package io.github.catconv.write.bibtex.keys;

import java.text.Normalizer;
import java.util.Map;

/**
 * Folds text to ASCII letters and digits for citation keys.
 *
 * <p>Latin letters lose their diacritics (Unicode canonical decomposition, marks dropped); letters
 * that do not decompose come from a table (ß→ss, æ→ae, ø→o, ł→l, đ→d, þ→th, œ→oe, ı→i).
 * Cyrillic follows the BGN/PCGN romanisation of Russian extended with the Ukrainian and Serbian
 * letters (ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya, signs dropped); Greek follows
 * ELOT 743 / ISO 843 type 2 (β→v, η→i, υ→y, φ→f, χ→ch, ψ→ps, θ→th). Scripts without a table
 * (CJK, Hebrew, Arabic, …) are dropped; the caller falls back when nothing is left. Stateless.
 */
public final class AsciiFolder {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"), Map.entry('ł', "l"),
            Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"), Map.entry('œ', "oe"),
            Map.entry('ı', "i"), Map.entry('ĳ', "ij"), Map.entry('ŋ', "ng"), Map.entry('ħ', "h"));

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"), Map.entry('ў', "u"), Map.entry('ђ', "dj"), Map.entry('ј', "j"),
            Map.entry('љ', "lj"), Map.entry('њ', "nj"), Map.entry('ћ', "c"), Map.entry('џ', "dz"));

    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"),
            Map.entry('ε', "e"), Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"),
            Map.entry('ι', "i"), Map.entry('κ', "k"), Map.entry('λ', "l"), Map.entry('μ', "m"),
            Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"), Map.entry('π', "p"),
            Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"),
            Map.entry('ω', "o"));

    private AsciiFolder() {
    }

    /** Appends an ASCII letter or digit, or a table romanisation; false when {@code c} is neither. */
    private static boolean append(StringBuilder sb, char c) {
        if (c < 0x80) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
            return true;
        }
        String t = table(c);
        if (t == null) {
            return false;
        }
        sb.append(c != Character.toLowerCase(c) && !t.isEmpty() ? Character.toUpperCase(t.charAt(0)) + t.substring(1) : t);
        return true;
    }

    /** The romanisation of one composed character, or null when no table has it. */
    private static String table(char c) {
        char lower = Character.toLowerCase(c);
        String t = LATIN.get(lower);
        if (t == null) {
            t = CYRILLIC.get(lower);
        }
        return t != null ? t : GREEK.get(lower);
    }

    /**
     * The ASCII letters and digits of {@code text}, transliterated; everything else is dropped.
     *
     * @param text any text, not null
     * @return only {@code [A-Za-z0-9]}, possibly empty, never null
     */
    public static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            // Tables first, on composed letters: й, ї, ё are letters of their own, not и/і/е + mark.
            if (!append(sb, nfc.charAt(i))) {
                String d = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
                for (int k = 0; k < d.length(); k++) {
                    append(sb, d.charAt(k));
                }
            }
        }
        return sb.toString();
    }
}
