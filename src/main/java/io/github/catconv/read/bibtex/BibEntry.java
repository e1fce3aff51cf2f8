package io.github.catconv.read.bibtex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry as parsed: its type, key and fields, with {@code @string} macros expanded and
 * {@code #} concatenations joined, but LaTeX not yet decoded (name lists and keywords are split on
 * the raw text, where braces still protect).
 *
 * @param type the entry type in lower case ({@code article}, {@code xdata})
 * @param key the citation key as written, or null when the entry has none
 * @param line the line of the {@code @}
 * @param fields field name in lower case → raw value, in source order; the first of duplicates
 * @param fieldLines field name → line of the field
 * @param cleanedFields the fields whose lines lost control or bidi characters before parsing
 */
record BibEntry(String type, String key, int line, Map<String, String> fields, Map<String, Integer> fieldLines,
                List<String> cleanedFields) {

    /** A copy with {@code fields} replaced (after crossref / xdata inheritance). */
    BibEntry withFields(Map<String, String> newFields) {
        return new BibEntry(type, key, line, newFields, fieldLines, cleanedFields);
    }

    /** The entry written out again, for {@code --rejects} (values as read, macros expanded). */
    String text() {
        StringBuilder sb = new StringBuilder("@").append(type).append('{').append(key == null ? "" : key);
        fields.forEach((k, v) -> sb.append(",\n  ").append(k).append(" = {").append(v).append('}'));
        return sb.append("\n}\n").toString();
    }

    /** An estimate of the bytes the entry holds (strings, map nodes), for the inheritance buffer's budgets. */
    long size() {
        long n = 256;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            n += f.getKey().length() + f.getValue().length() + 160;
        }
        return n;
    }

    static Map<String, String> newFields() {
        return new LinkedHashMap<>();
    }
}
