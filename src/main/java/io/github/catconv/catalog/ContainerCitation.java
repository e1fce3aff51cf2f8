package io.github.catconv.catalog;

import io.github.catconv.model.PageRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container string split into its title and numbering: "J. Funct. Program. 6(ICFP):679-710",
 * "Vol. 134, no. 3 (2005), p. 42-51", "Bd. 12, H. 3, S. 5-9", "t. 4, n° 2, p. 10-20",
 * "Jg. 5 (1999) Nr. 2", "vol. 3, núm. 1, pág. 7-19", "134:12-28", "(2015), p. 279-288". The
 * numbering words of many catalog languages are in {@link #VOLUME_WORDS}, {@link #ISSUE_WORDS}
 * and {@link #PAGE_WORDS}. The title is what comes before the first piece of numbering.
 *
 * @param title the text before the numbering, trailing separators removed; null when there is none
 * @param volume the volume, or null
 * @param issue the issue, or null
 * @param pages the page range or article number as written (never cut to its first page), or null
 * @param year a four-digit year found in the numbering, or null
 */
public record ContainerCitation(String title, String volume, String issue, String pages, String year) {

    /** Volume words of many languages (English, German, French, Spanish, Italian, Dutch, Nordic, Slavic, Hungarian, Turkish). */
    static final String VOLUME_WORDS = "vols?|volume|volumen|bd|band|jg|jahrg|jahrgang|tome|tomo|deel|anno|annata|årg|"
            + "årgang|aarg|vuosik|sv|svazek|roč|ročník|rocz|rocznik|god|godište|letnik|letn|évf|cilt|kd|том|vyp";
    /** Volume words of one letter: only with their dot ("t. 4", "v. 12", "т. 30"). */
    static final String VOLUME_LETTERS = "v|t|т|r";
    /** Issue words, in the same languages. */
    static final String ISSUE_WORDS = "no|nos|nr|nº|n°|núm|num|número|numéro|nro|iss|issue|heft|hft|häfte|fasc|fascicolo|"
            + "fascicule|cah|cahier|afl|aflevering|čís|číslo|zesz|zeszyt|sz|szám|sayı|br|broj|št|številka|вып|выпуск|№|"
            + "part|pt|teil|nummer";
    static final String ISSUE_LETTERS = "n|h|č|н|ч";
    /** Page words, in the same languages. */
    static final String PAGE_WORDS = "pp|pages?|pgs?|pg|ss|sid|sidor|sider|str|strony|stran|pág|págs|pag|pagg|blz|bl|old|"
            + "lpp|sayfa|стр";
    static final String PAGE_LETTERS = "p|s|с|o";

    private static final String DASH = "\\s*(?:--|[-\u2010\u2011\u2012\u2013\u2014\u2212])\\s*";
    /** One page: "679", "e1234", "S12", "xii", "1540017:1". */
    private static final String PAGE = "(?:[A-Za-z]{0,2}\\d+[A-Za-z]?(?::\\d+)?|[ivxlcdm]+\\b)";
    private static final String ARTICLE_NUMBER = "(?:article|art|artikel(?:-?nr)?)\\.?\\s*(?:no\\.?\\s*|nr\\.?\\s*)?\\d+[\\w:-]*";
    /** A page range or an article number, whole. */
    private static final String PAGES = "(?:" + ARTICLE_NUMBER + "|" + PAGE + "(?:" + DASH + PAGE + ")?)";
    private static final String VOLUME_NUMBER = "(\\d+[A-Za-z]?(?:\\s*[-/]\\s*\\d+[A-Za-z]?)?|(?-i:[IVXLC]+)\\b)";
    private static final String ISSUE_NUMBER = "(\\d+[A-Za-z]?(?:\\s*[-/]\\s*\\d+[A-Za-z]?)?)";
    private static final String BEFORE = "(?:^|(?<=[\\s,;:.(\\[]))";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern VOLUME = word(VOLUME_WORDS, VOLUME_LETTERS, VOLUME_NUMBER);
    private static final Pattern ISSUE = word(ISSUE_WORDS, ISSUE_LETTERS, ISSUE_NUMBER);
    private static final Pattern PAGE_RUN = word(PAGE_WORDS, PAGE_LETTERS, "(" + PAGES + ")");
    /** An article number without a page word: "Article 12", "Art. 12", "Artikel-Nr. 12". */
    private static final Pattern ARTICLE = Pattern.compile(BEFORE + "(" + ARTICLE_NUMBER + "|(?-i:e)\\d{3,}\\b)", FLAGS);
    /** A bare volume right before the numbering: "Sci. Rep. 12, Article 4711". */
    private static final Pattern BARE_VOLUME = Pattern.compile("(?<=\\s)(\\d{1,4}[A-Za-z]?)[\\s,]*$");
    /** "6(ICFP):679-710", "12(3):45-67", "134:12-28". */
    private static final Pattern COMPACT = Pattern.compile(
            "(?:^|(?<=[\\s,;.]))(\\d+[A-Za-z]?)\\s*(?:\\(([^()]{1,20})\\))?\\s*:\\s*(" + PAGES + ")(?![\\w:])", FLAGS);
    /** "12(3)" at the end or before a separator. */
    private static final Pattern VOLUME_ISSUE = Pattern.compile("(?:^|(?<=[\\s,;.]))(\\d+)\\s*\\(([^()]{1,20})\\)(?=\\s*(?:[,;.]|$))");
    private static final Pattern YEAR = Pattern.compile(
            "\\(((?:1[5-9]|20)\\d\\d)(?:[-/]\\d{2,4})?\\)|(?:^|(?<=[\\s,;]))((?:1[5-9]|20)\\d\\d)(?=\\s*(?:[,;.]|$))");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:1[5-9]|20)\\d\\d");
    /** A label's colon left before the value ("Опубликовано в: Speculum"): no title starts with one. */
    private static final Pattern LEADING = Pattern.compile("^[\\s:;,]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:/=\u2013\u2014-]+$");
    private static final Pattern RANGE = Pattern.compile("(" + PAGE + ")" + DASH + "(" + PAGE + ")", FLAGS);
    private static final Pattern SINGLE = Pattern.compile(PAGE, FLAGS);

    private static Pattern word(String words, String letters, String number) {
        return Pattern.compile(BEFORE + "(?:(?:" + words + ")(?:\\.\\s*|\\s*)|(?:" + letters + ")\\.\\s*)" + number, FLAGS);
    }

    /** Splits a container string. Never throws; a text without numbering is all title. */
    public static ContainerCitation parse(String text) {
        if (text == null || text.isBlank()) {
            return new ContainerCitation(null, null, null, null, null);
        }
        String t = LEADING.matcher(text).replaceAll("").strip();
        if (t.isEmpty()) {
            return new ContainerCitation(null, null, null, null, null);
        }
        int start = t.length();
        String volume = null;
        String issue = null;
        String pages = null;
        String year = null;
        Matcher run = PAGE_RUN.matcher(t);
        boolean hasRun = run.find();
        Matcher m = COMPACT.matcher(t);
        boolean compact = m.find();
        // "p. 1540017:1-1540017:16" is an article number, not volume 1540017.
        while (compact && hasRun && m.start() >= run.start(1) && m.start() < run.end(1)) {
            compact = m.find();
        }
        if (compact) {
            start = m.start();
            volume = m.group(1);
            issue = m.group(2);
            pages = m.group(3);
        } else if ((m = VOLUME_ISSUE.matcher(t)).find() && !VOLUME.matcher(t).find() && !ISSUE.matcher(t).find()
                && !insideArticleNumber(t, m.start())) {
            start = m.start();
            volume = m.group(1);
            issue = m.group(2);
        }
        if (issue != null && YEAR_ONLY.matcher(issue).matches()) {
            year = issue; // "134(2005):12-28": the parenthesis holds the year
            issue = null;
        }
        if (volume == null && (m = VOLUME.matcher(t)).find()) {
            volume = m.group(1).replaceAll("\\s+", "");
            start = Math.min(start, m.start());
        }
        if (issue == null && (m = ISSUE.matcher(t)).find()) {
            issue = m.group(1).replaceAll("\\s+", "");
            start = Math.min(start, m.start());
        }
        if (pages == null && hasRun) {
            pages = run.group(1);
            start = Math.min(start, run.start());
        }
        if (pages == null && (m = ARTICLE.matcher(t)).find()) {
            pages = m.group(1);
            start = Math.min(start, m.start());
        }
        m = YEAR.matcher(t);
        while (year == null && m.find()) {
            if (m.group(1) != null) {
                year = m.group(1);
                start = Math.min(start, m.start());
            } else if (m.start() >= start) {
                year = m.group(2); // a bare year counts only after the numbering began, never in a title
            }
        }
        if (volume == null && issue == null && pages == null && year == null) {
            return new ContainerCitation(t, null, null, null, null);
        }
        if (volume == null && (m = BARE_VOLUME.matcher(t.substring(0, start))).find()
                && !YEAR_ONLY.matcher(m.group(1)).matches()) {
            volume = m.group(1);
            start = m.start();
        }
        String title = TRAILING.matcher(t.substring(0, start)).replaceAll("").strip();
        return new ContainerCitation(title.isEmpty() ? null : title, volume, issue, trimPages(pages), year);
    }

    /** True when there is a piece of numbering. */
    public boolean hasNumbering() {
        return volume != null || issue != null || pages != null || year != null;
    }

    /**
     * The page text as a range: "679-710" → 679 to 710, "1540017:1-1540017:16" → both ends,
     * "e1234" → a single page, "Article 12" or a list of ranges → kept whole as raw text; null
     * for null or a text of only punctuation.
     */
    public static PageRange pageRange(String text) {
        String t = text == null ? null : trimPages(text);
        if (t == null) {
            return null; // only punctuation: no pages
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            return new PageRange(m.group(1), m.group(2), t);
        }
        if (SINGLE.matcher(t).matches()) {
            return new PageRange(t, null, t);
        }
        return new PageRange(null, null, t);
    }

    private static boolean insideArticleNumber(String t, int at) {
        Matcher a = ARTICLE.matcher(t);
        while (a.find()) {
            if (at >= a.start(1) && at < a.end(1)) {
                return true;
            }
        }
        return false;
    }

    private static String trimPages(String p) {
        if (p == null) {
            return null;
        }
        String s = p.strip();
        while (!s.isEmpty() && ".,;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
