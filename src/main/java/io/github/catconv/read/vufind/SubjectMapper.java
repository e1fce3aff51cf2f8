package io.github.catconv.read.vufind;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.internal.Chars;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Subject headings: {@code topic}, {@code geographic}, {@code genre}, {@code era}; their facet
 * copies only when the record has none of those (facets split headings into pieces); the header's
 * Subjects row when the staff view has neither. ISBD punctuation and trailing source codes
 * (MARC 6XX $2) removed, case-insensitively distinct.
 */
final class SubjectMapper {

    /** Subject fields, each with the facet copy used when the field itself is absent. */
    private static final String[][] SUBJECT_FIELDS = {
        {"topic", "topic_facet"}, {"geographic", "geographic_facet"}, {"genre", "genre_facet"}, {"era", "era_facet"}};

    /** Subject source codes that indexers leave at the end of a heading (MARC 6XX $2). */
    private static final Pattern SOURCE_CODE = Pattern.compile("\\.?\\s+(?:lcsh|lcgft|fast|gnd|mesh|rvk|aat|local|rbgenr|gsafd|sears|rameau|bisacsh)$");

    private static final String[] SOURCE_CODES = {"lcsh", "lcgft", "fast", "gnd", "mesh", "rvk", "aat", "local",
        "rbgenr", "gsafd", "sears", "rameau", "bisacsh"};

    private SubjectMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        List<String> subjects = subjects(f);
        m.record.subjects(subjects);
        if (!subjects.isEmpty()) {
            String from = PageFields.HEADER + "Subjects";
            for (String[] group : SUBJECT_FIELDS) {
                if (f.has(group[0]) || f.has(group[1])) {
                    from = f.has(group[0]) ? group[0] : group[1];
                    break;
                }
            }
            m.record.provenance("subjects", f.from(from));
        }
    }

    private static List<String> subjects(PageFields f) {
        List<String> out = new ArrayList<>();
        boolean base = false;
        for (String[] group : SUBJECT_FIELDS) {
            base |= f.has(group[0]);
        }
        for (String[] group : SUBJECT_FIELDS) {
            addSubjects(out, f.values(base ? group[0] : group[1]));
        }
        if (out.isEmpty()) {
            for (String v : f.values(PageFields.HEADER + "Subjects")) {
                addSubjects(out, List.of(v.replace(" > ", " -- ")));
            }
        }
        return out;
    }

    private static void addSubjects(List<String> out, List<String> values) {
        for (String v : values) {
            String c = Isbd.clean(withoutSourceCode(v.strip()));
            if (!c.isEmpty() && !PageMapping.containsIgnoreCase(out, c)) {
                out.add(c);
            }
        }
    }

    /** {@code SOURCE_CODE.matcher(s).replaceAll("")}, the pattern run only when s ends in a code (or a line end). */
    private static String withoutSourceCode(String s) {
        if (s.isEmpty() || !Chars.isLineTerminator(s.charAt(s.length() - 1))
                && !endsWithSourceCode(s)) {
            return s;
        }
        return SOURCE_CODE.matcher(s).replaceAll("");
    }

    private static boolean endsWithSourceCode(String s) {
        for (String code : SOURCE_CODES) {
            if (s.endsWith(code)) {
                return true;
            }
        }
        return false;
    }
}
