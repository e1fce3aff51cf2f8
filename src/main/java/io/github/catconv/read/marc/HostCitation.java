package io.github.catconv.read.marc;

import io.github.catconv.model.PageRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where a part sits in its host from a citation string: MARC 773 $g ("Vol. 1, no. 1 (Apr.
 * 2023)", "Bd. 12, H. 3 (2001), S. 45-67", German ZDB "12(2001)3, S. 45-67") and Dublin Core
 * {@code source} tails ("15(3):45-67", "Vol 3, No 2 (2010); 45-67").
 *
 * @param volume the volume, or null
 * @param issue the issue, or null
 * @param pages the pages, or null
 */
public record HostCitation(String volume, String issue, PageRange pages) {

    /** Labelled volume: English, German, French, Italian, Scandinavian abbreviations. */
    private static final Pattern VOLUME = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:vol|v|bd|band|jg|jahrg|t|tome|anno|årg|année)\\.?\\s*([0-9][0-9A-Za-z/]*|[ivxlcdm]+\\b)");
    /** Labelled issue. */
    private static final Pattern ISSUE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:no|nr|n°|h|heft|iss|issue|fasc|num|número|numéro)\\.?\\s*([0-9][0-9A-Za-z/-]*)");
    /** Labelled pages. */
    private static final Pattern PAGES = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:p|pp|s|pages?|seiten|pág)\\.?\\s*([0-9A-Za-z]*[0-9][0-9A-Za-z]*)(?:\\s*[-–]\\s*([0-9A-Za-z]+))?");
    /** ZDB style: volume(year)issue. */
    private static final Pattern ZDB = Pattern.compile("^\\s*(\\d+)\\s*\\((\\d{4})\\)\\s*,?\\s*(\\d+)?");
    /** Compact citation: volume(issue):pages, or volume:pages. */
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![\\w.])(\\d+)\\s*(?:\\(([^)]+)\\))?\\s*:\\s*([A-Za-z]?\\d+)(?:\\s*[-–]\\s*([A-Za-z]?\\d+))?");

    /**
     * Reads a citation string; never throws.
     *
     * @param g the text; null gives all-null
     * @return what could be read; each part null when absent
     */
    public static HostCitation parse(String g) {
        if (g == null || g.isBlank()) {
            return new HostCitation(null, null, null);
        }
        String vol = group(VOLUME, g);
        String iss = group(ISSUE, g);
        PageRange pages = pages(g);
        if (vol == null) {
            Matcher z = ZDB.matcher(g);
            Matcher c = COMPACT.matcher(g);
            // "171(4356):737" is volume(issue):pages, so the compact form is tried before ZDB's volume(year)issue.
            if (c.find()) {
                vol = c.group(1);
                iss = iss == null ? c.group(2) : iss;
                if (pages == null) {
                    pages = new PageRange(c.group(3), c.group(4), c.group(3) + (c.group(4) == null ? "" : "-" + c.group(4)));
                }
            } else if (z.find()) {
                vol = z.group(1);
                iss = iss == null ? z.group(3) : iss;
            }
        }
        return new HostCitation(vol, iss, pages);
    }

    private static PageRange pages(String g) {
        Matcher m = PAGES.matcher(g);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
        return new PageRange(m.group(1), m.group(2), raw);
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
