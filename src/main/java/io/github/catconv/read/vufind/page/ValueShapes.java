package io.github.catconv.read.vufind.page;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the values of common Solr fields look like. In an unsorted (pre-9) staff view, where the
 * order of the names cannot tell a field line from a value line that begins with a field name
 * ("author Smith in context" inside a title), a line starts a field only when its value has the
 * field's shape. Fields not listed here accept any value.
 */
final class ValueShapes {

    private ValueShapes() {
    }

    /** A name heading: "Family, Given", one or a few capitalised words, or a non-Latin name. */
    private static final Pattern NAME = Pattern.compile(
            "[^,]+,.*|(?:[\\p{Lu}\\p{Lo}][\\p{L}.'\\-]*\\s?){1,4}\\.?|[^\\p{IsLatin}]+");

    private static final Map<String, Pattern> SHAPES = Map.ofEntries(
            Map.entry("_version_", Pattern.compile("\\d+")),
            Map.entry("id", Pattern.compile("\\S+")),
            Map.entry("author", NAME),
            Map.entry("author2", NAME),
            Map.entry("author_facet", NAME),
            Map.entry("author_sort", NAME),
            Map.entry("publishDate", Pattern.compile(".*\\d.*|.{0,12}")),
            Map.entry("publishDateSort", Pattern.compile(".*\\d.*")),
            Map.entry("isbn", Pattern.compile(".*\\d.*")),
            Map.entry("issn", Pattern.compile(".*\\d.*")),
            Map.entry("oclc_num", Pattern.compile(".*\\d.*")),
            Map.entry("lccn", Pattern.compile(".*\\d.*")),
            Map.entry("url", Pattern.compile("(?i)(?:https?|ftp)://\\S+")),
            Map.entry("format", Pattern.compile(".{1,40}")),
            Map.entry("language", Pattern.compile(".{1,40}")),
            Map.entry("record_format", Pattern.compile("\\S{1,40}")),
            Map.entry("first_indexed", Pattern.compile("\\d{4}-.*")),
            Map.entry("last_indexed", Pattern.compile("\\d{4}-.*")));

    /** True when {@code value} could be a value of field {@code name}; true for fields without a shape. */
    static boolean fits(String name, String value) {
        Pattern p = SHAPES.get(name);
        return p == null || value.isEmpty() || p.matcher(value).matches()
                || (p == NAME && io.github.catconv.catalog.Organizations.looksLikeOrganization(value));
    }
}
