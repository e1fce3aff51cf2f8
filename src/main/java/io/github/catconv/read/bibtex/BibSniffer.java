package io.github.catconv.read.bibtex;

/**
 * Recognises a {@code .bib} file from its first few KiB, and tells BibLaTeX from BibTeX.
 *
 * <p>A {@code .bib} file is entries, {@code @type{key,} or {@code @string{…}}, at the start of
 * lines, with only comments before the first. The dialect: BibLaTeX when any of its own entry
 * types or fields appears ({@code @online}, {@code @thesis}, {@code @report}, {@code @mvbook},
 * {@code date =}, {@code journaltitle =}, {@code location =}, {@code langid =} …; biblatex manual
 * §2.1 and §2.2), otherwise BibTeX. Exactly one of the two readers is sure about a file, so a
 * {@code .bib} is never ambiguous between them; a file that also holds RIS or another format is,
 * and the registry says so. More than five lines of text before the first entry make it unsure:
 * page text with a BibTeX snippet in it rather than a {@code .bib}.
 */
final class BibSniffer {

    /** What the sample looks like. */
    enum Verdict { NONE, BIBTEX, BIBLATEX, UNSURE }

    private static final String[] BIBLATEX_TYPES = {"online", "thesis", "report", "mvbook", "mvcollection",
        "mvproceedings", "mvreference", "bookinbook", "suppbook", "suppcollection", "suppperiodical",
        "inreference", "dataset", "software", "xdata", "set", "reference", "periodical", "collection"};
    private static final String[] BIBLATEX_FIELDS = {"date", "journaltitle", "location", "langid", "urldate",
        "eprinttype", "pagetotal", "origdate", "eventdate", "shortjournal", "maintitle", "booksubtitle",
        "entrysubtype", "xdata", "subtitle", "titleaddon", "editortype", "bookauthor", "translator"};

    private BibSniffer() {
    }

    static Verdict sniff(String sample) {
        String s = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        int entries = 0;
        int textBefore = 0;
        boolean biblatex = false;
        boolean beforeFirst = true;
        for (String line : s.split("\\R", 400)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (isEntryHead(t)) {
                entries++;
                beforeFirst = false;
                String type = t.substring(1, firstOf(t, "{(")).strip().toLowerCase(java.util.Locale.ROOT);
                for (String b : BIBLATEX_TYPES) {
                    biblatex |= type.equals(b);
                }
                continue;
            }
            if (beforeFirst && !t.startsWith("%") && (t.startsWith("{") || t.startsWith("[") || t.startsWith("<"))) {
                return Verdict.NONE; // JSON and XML open with their own marks; a .bib never does
            }
            if (beforeFirst && !t.startsWith("%")) {
                textBefore++;
            }
            if (!biblatex && !beforeFirst) {
                int eq = t.indexOf('=');
                if (eq > 0) {
                    String field = t.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                    for (String b : BIBLATEX_FIELDS) {
                        biblatex |= field.equals(b);
                    }
                }
            }
        }
        if (entries == 0) {
            return Verdict.NONE;
        }
        if (textBefore > 5) {
            return Verdict.UNSURE; // page text with a BibTeX snippet in it, rather than a .bib
        }
        return biblatex ? Verdict.BIBLATEX : Verdict.BIBTEX;
    }

    /**
     * {@code @type{key,} (or with a parenthesis, or a key alone on the line), or
     * {@code @string{}, {@code @preamble{}, {@code @comment{}: an entry head, not an {@code @} in text
     * ("@media (max-width: 600px)" in a page dump is none).
     */
    static boolean isEntryHead(String t) {
        if (!BibSource.startsEntry(t)) {
            return false;
        }
        int open = firstOf(t, "{(");
        String type = t.substring(1, open).strip().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
            return true;
        }
        int i = open + 1;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        while (i < t.length() && " \t,{}()\"=#%".indexOf(t.charAt(i)) < 0) {
            i++;
        }
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i == t.length() || t.charAt(i) == ',';
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
