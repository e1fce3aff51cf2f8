package io.github.catconv.write.bibtex;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a container's volume goes in BibLaTeX. biber's default data model makes {@code volume} an
 * integer: {@code biber --validate-datamodel} drops any other value with a warning (biber 2.18
 * drops Roman numerals too). So that no fact is lost, each shape goes where biblatex reads it
 * (docs/bibtex.md, "BibLaTeX volumes"):
 * <ul>
 *   <li>digits: {@code volume} as is;</li>
 *   <li>a Roman numeral ({@code XLV}): {@code volume} as its value in digits (45);</li>
 *   <li>a label and digits ({@code Vol. 12}, {@code Bd. 3}): the digits;</li>
 *   <li>digits and a series abbreviation ({@code 8586 LNCS}, {@code LNCS 8586}): the digits, and the
 *       abbreviation as {@code series} when the record names no series;</li>
 *   <li>a publication state ({@code In press}, {@code Forthcoming}): {@code pubstate} with biblatex's
 *       localised key ({@code inpress}, {@code forthcoming}, …), no volume;</li>
 *   <li>month or season names ({@code July–September}, {@code Spring}): {@code issue}, biblatex's field for
 *       issues named that way (article and periodical only; elsewhere the note);</li>
 *   <li>anything else ({@code 12A}, {@code Suppl. 2}): {@code note} as "Volume: …".</li>
 * </ul>
 *
 * @param volume the integer volume, or null
 * @param series a series abbreviation that came with the number, or null
 * @param pubstate a biblatex pubstate key, or null
 * @param issue a month or season designation, or null
 * @param other the value when none of the above fits, or null
 */
record BiblatexVolume(String volume, String series, String pubstate, String issue, String other) {

    private static final BiblatexVolume NONE = new BiblatexVolume(null, null, null, null, null);

    /** Publication states, lower-cased, to biblatex's pubstate keys (biblatex manual §4.9.2.11). */
    private static final Map<String, String> PUBSTATES = Map.ofEntries(
            Map.entry("in press", "inpress"), Map.entry("inpress", "inpress"), Map.entry("in print", "inpress"),
            Map.entry("ahead of print", "inpress"), Map.entry("epub ahead of print", "inpress"),
            Map.entry("early view", "inpress"), Map.entry("early access", "inpress"),
            Map.entry("online first", "inpress"), Map.entry("forthcoming", "forthcoming"),
            Map.entry("to appear", "forthcoming"), Map.entry("accepted", "forthcoming"),
            Map.entry("submitted", "submitted"), Map.entry("under review", "submitted"),
            Map.entry("in preparation", "inpreparation"), Map.entry("preprint", "prepublished"),
            Map.entry("im druck", "inpress"), Map.entry("sous presse", "inpress"), Map.entry("en prensa", "inpress"),
            Map.entry("in stampa", "inpress"), Map.entry("no prelo", "inpress"), Map.entry("w druku", "inpress"));

    /** Labels that may precede the number ("Vol. 12"), lower-cased, without the full stop. */
    private static final Set<String> LABELS = Set.of("vol", "volume", "vols", "v", "bd", "band", "jg", "jahrg",
            "jahrgang", "t", "tome", "tomo", "tom", "deel", "dl", "roč", "ročník", "évf", "årg", "årgång", "cilt");

    /** Month and season names (English, German, French, Spanish, Italian), lower-cased, unaccented where usual. */
    private static final Set<String> ISSUE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "spring", "summer", "autumn", "fall", "winter",
            "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "frühjahr", "frühling",
            "sommer", "herbst",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "printemps", "été", "automne", "hiver",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "primavera", "verano", "otoño", "invierno",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "estate", "autunno", "inverno");

    /** The shape of {@code raw} (null or blank: no volume). */
    static BiblatexVolume of(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        String v = raw.strip();
        if (isDigits(v)) {
            return new BiblatexVolume(v, null, null, null, null);
        }
        int roman = romanValue(v);
        if (roman > 0) {
            return new BiblatexVolume(Integer.toString(roman), null, null, null, null);
        }
        String state = PUBSTATES.get(v.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""));
        if (state == null && v.toLowerCase(Locale.ROOT).startsWith("forthcomin")) {
            state = "forthcoming"; // "Forthcomin": a field cut at ten characters by some exporters
        }
        if (state != null) {
            return new BiblatexVolume(null, null, state, null, null);
        }
        int space = v.lastIndexOf(' ');
        int first = v.indexOf(' ');
        if (first > 0 && first == space) {
            String a = v.substring(0, first);
            String b = v.substring(first + 1);
            String label = a.toLowerCase(Locale.ROOT).replace(".", "");
            if (isDigits(b) && LABELS.contains(label)) {
                return new BiblatexVolume(b, null, null, null, null);
            }
            if (isDigits(a) && isSeriesAbbreviation(b)) {
                return new BiblatexVolume(a, b, null, null, null);
            }
            if (isDigits(b) && isSeriesAbbreviation(a)) {
                return new BiblatexVolume(b, a, null, null, null);
            }
        }
        if (isIssueWords(v)) {
            return new BiblatexVolume(null, null, null, v, null);
        }
        return new BiblatexVolume(null, null, null, null, v);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An upper-case abbreviation of 2 to 10 letters ("LNCS", "LNAI", "CCIS"), as series names are cited. */
    private static boolean isSeriesAbbreviation(String s) {
        if (s.length() < 2 || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return romanValue(s) == 0;
    }

    /** Month or season names, with digits (a year), spaces and the separators / - – only. */
    private static boolean isIssueWords(String s) {
        boolean word = false;
        for (String token : s.toLowerCase(Locale.ROOT).split("[\\s/\\-–—,.&]+")) {
            if (token.isEmpty() || isDigits(token)) {
                continue;
            }
            if (!ISSUE_WORDS.contains(token)) {
                return false;
            }
            word = true;
        }
        return word;
    }

    /** The value of a well-formed Roman numeral (I to MMMMCMXCIX), else 0. */
    static int romanValue(String s) {
        if (s.isEmpty() || s.length() > 15) {
            return 0;
        }
        String u = s.toUpperCase(Locale.ROOT);
        if (!u.equals(s) && !s.toLowerCase(Locale.ROOT).equals(s)) {
            return 0; // mixed case ("Vi") is a word, not a numeral
        }
        int total = 0;
        for (int i = 0; i < u.length(); i++) {
            int v = switch (u.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> -1;
            };
            if (v < 0) {
                return 0;
            }
            int next = i + 1 < u.length() ? "IVXLCDM".indexOf(u.charAt(i + 1)) : -1;
            int nv = next < 0 ? 0 : new int[] {1, 5, 10, 50, 100, 500, 1000}[next];
            total += v < nv ? -v : v;
        }
        return toRoman(total).equals(u) ? total : 0; // only the canonical spelling ("IIII" is not one)
    }

    private static String toRoman(int n) {
        if (n <= 0 || n >= 5000) {
            return "";
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
