package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceField;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.vufind.page.Labels;
import io.github.catconv.read.vufind.page.PageField;
import io.github.catconv.read.vufind.page.RecordPageParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MappingTable} against the two things it claims to be: the field table of docs/mapping.md,
 * and the complete list of the fields the VuFind mapping consumes.
 */
class MappingTableTest {

    private static final Path DOCS = Path.of("docs/mapping.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row of the docs table: the backticked names of its first three columns and its rule text. */
    private record DocRow(int line, List<String> solr, List<String> labels, List<String> model, String rule) {
        @Override
        public String toString() {
            return "docs/mapping.md:" + line + " (Solr " + solr + ", header " + labels + ", model " + model + ")";
        }
    }

    /**
     * Every table row is in the docs table and every docs row is in the table. A copy or consumed row
     * is one docs row with the same Solr fields (in priority order), header labels, model field and
     * rule text; a mapper row may be spread over several docs rows whose rule column starts with the
     * mapper's name, and then their fields, labels and model fields together are the row's. The docs
     * row "anything else" names no field of the table.
     */
    @Test
    void docsFieldTableIsTheMappingTable() throws IOException {
        List<DocRow> docs = docsFieldTable();
        List<String> problems = new ArrayList<>();
        Map<MappingTable, List<DocRow>> matched = new LinkedHashMap<>();
        for (MappingTable row : MappingTable.ROWS) {
            matched.put(row, new ArrayList<>());
        }
        Set<String> tableFields = allSolrFields();
        int unmappedRows = 0;
        for (DocRow d : docs) {
            if (d.rule.startsWith("unmapped")) {
                unmappedRows++;
                for (String f : d.solr) {
                    if (tableFields.contains(f)) {
                        problems.add(d + ": lists " + f + " as unmapped, but MappingTable consumes it");
                    }
                }
                continue;
            }
            MappingTable row = mapperNamed(d.rule);
            if (row == null) {
                row = copyOrConsumedRow(d);
            }
            if (row == null) {
                problems.add(d + ": no MappingTable row has these fields, labels and model field, and its rule '"
                        + d.rule + "' names no mapper");
                continue;
            }
            matched.get(row).add(d);
            if (!(row.rule instanceof MappingTable.Mapper) && !startsWithRule(d.rule, row.rule.describe())) {
                problems.add(d + ": rule should start with '" + row.rule.describe() + "' (MappingTable." + row
                        + "), is '" + d.rule + "'");
            }
            if (row.rule instanceof MappingTable.Copy && !d.solr.equals(row.solrFields)) {
                problems.add(d + ": Solr fields should be in the priority order of MappingTable." + row + ": "
                        + row.solrFields);
            }
            if (row.rule instanceof MappingTable.Copy && !d.labels.equals(row.headerLabels)) {
                problems.add(d + ": header labels should be in the priority order of MappingTable." + row + ": "
                        + row.headerLabels);
            }
        }
        for (Map.Entry<MappingTable, List<DocRow>> e : matched.entrySet()) {
            MappingTable row = e.getKey();
            List<DocRow> rows = e.getValue();
            if (rows.isEmpty()) {
                problems.add("MappingTable." + row + " (Solr " + row.solrFields + ", header " + row.headerLabels
                        + ", model " + row.modelFields + ", rule " + row.rule.describe() + ") has no row in docs/mapping.md");
                continue;
            }
            if (!(row.rule instanceof MappingTable.Mapper) && rows.size() > 1) {
                problems.add("MappingTable." + row + " is in docs/mapping.md " + rows.size() + " times: " + rows);
            }
            compare(problems, row, "Solr fields", row.solrFields, rows, DocRow::solr);
            compare(problems, row, "header labels", row.headerLabels, rows, DocRow::labels);
            compare(problems, row, "model fields", row.modelFields, rows, DocRow::model);
        }
        assertEquals(1, unmappedRows, "docs/mapping.md has one 'anything else' row, whose rule starts with 'unmapped'");
        assertEquals(List.of(), problems, "docs/mapping.md's field table and MappingTable differ");
    }

    private static void compare(List<String> problems, MappingTable row, String what, List<String> expected,
                                List<DocRow> rows, java.util.function.Function<DocRow, List<String>> column) {
        Set<String> docs = new TreeSet<>();
        rows.forEach(d -> docs.addAll(column.apply(d)));
        Set<String> code = new TreeSet<>(expected);
        if (!docs.equals(code)) {
            Set<String> missing = new TreeSet<>(code);
            missing.removeAll(docs);
            Set<String> extra = new TreeSet<>(docs);
            extra.removeAll(code);
            problems.add("MappingTable." + row + ": " + what + " missing from docs/mapping.md " + missing
                    + ", in the docs but not in the table " + extra + " (" + rows + ")");
        }
    }

    /** The rule text is the row's rule, alone or followed by ";", ":" or "," and more words. */
    private static boolean startsWithRule(String text, String rule) {
        return text.equals(rule) || text.startsWith(rule + ";") || text.startsWith(rule + ":")
                || text.startsWith(rule + ",");
    }

    private static MappingTable mapperNamed(String ruleText) {
        for (MappingTable row : MappingTable.ROWS) {
            if (row.rule instanceof MappingTable.Mapper && startsWithRule(ruleText, row.rule.describe())) {
                return row;
            }
        }
        return null;
    }

    private static MappingTable copyOrConsumedRow(DocRow d) {
        for (MappingTable row : MappingTable.ROWS) {
            if (!(row.rule instanceof MappingTable.Mapper) && row.modelFields.equals(d.model)
                    && Set.copyOf(row.solrFields).equals(Set.copyOf(d.solr))
                    && Set.copyOf(row.headerLabels).equals(Set.copyOf(d.labels))) {
                return row;
            }
        }
        return null;
    }

    /** The rows of the first table after the heading "## Field table". */
    private static List<DocRow> docsFieldTable() throws IOException {
        List<String> lines = Files.readAllLines(DOCS, StandardCharsets.UTF_8);
        int i = lines.indexOf("## Field table");
        assertTrue(i >= 0, "docs/mapping.md has a '## Field table' section");
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        assertEquals("| Solr fields, by priority | header label (key; any UI language) | model | rule | CSL |", lines.get(i),
                "the columns of the field table");
        List<DocRow> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            assertEquals(7, cells.length, "docs/mapping.md:" + (i + 1) + " has five columns");
            rows.add(new DocRow(i + 1, names(cells[1]), names(cells[2]), names(cells[3]), cells[4].strip()));
        }
        assertTrue(rows.size() > 10, "the field table has rows");
        return rows;
    }

    private static List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> allSolrFields() {
        Set<String> out = new LinkedHashSet<>();
        for (MappingTable row : MappingTable.ROWS) {
            out.addAll(row.solrFields);
        }
        return out;
    }

    private static Set<String> allHeaderLabels(boolean withMirrors) {
        Set<String> out = new LinkedHashSet<>();
        for (MappingTable row : MappingTable.ROWS) {
            if (withMirrors || row.rule != MappingTable.Consumed.WITH_STAFF_VIEW) {
                out.addAll(row.headerLabels);
            }
        }
        return out;
    }

    /** Names that the rows' field and label lists are written in: schema fields and label keys. */
    @Test
    void tableNamesOnlySchemaFieldsAndLabelKeys() {
        Set<String> schema = new TreeSet<>();
        List<String> dynamicSuffixes = new ArrayList<>();
        for (String[] c : Labels.rows("solr-fields.tsv")) {
            if (c[2].equals("dynamic")) {
                dynamicSuffixes.add(c[0].substring(1));
            } else {
                schema.add(c[0]);
            }
        }
        Set<String> unknown = new TreeSet<>();
        for (String f : allSolrFields()) {
            if (!schema.contains(f) && dynamicSuffixes.stream().noneMatch(f::endsWith)) {
                unknown.add(f);
            }
        }
        // Fields VuFind adds outside schema.xml (SolrSchema knows them too).
        assertEquals(Set.of("score"), unknown, "Solr fields of the table that VuFind's schema does not have");
        Set<String> unknownLabels = new TreeSet<>(allHeaderLabels(true));
        unknownLabels.removeAll(labelKeys());
        assertEquals(Set.of(), unknownLabels, "header labels of the table that are no label key");
    }

    /**
     * Each schema field alone on a staff view (beside {@code format: Book Chapter}, so that the
     * fields only a chapter reads are read) is consumed exactly when a table row names it: a row
     * for a field no mapper reads, or a mapper reading a field no row names, fails here.
     */
    @Test
    void theTableNamesExactlyTheSolrFieldsTheMappingConsumes() {
        Set<String> candidates = new TreeSet<>(allSolrFields());
        for (String[] c : Labels.rows("solr-fields.tsv")) {
            if (!c[2].equals("dynamic")) {
                candidates.add(c[0]);
            }
        }
        Set<String> tableFields = allSolrFields();
        Set<String> consumedNotInTable = new TreeSet<>();
        Set<String> inTableNotConsumed = new TreeSet<>();
        for (String field : candidates) {
            RecordPageParser.Parsed page = new RecordPageParser.Parsed();
            if (!field.equals("format")) {
                page.staff.add(field("format", "Book Chapter"));
            }
            page.staff.add(field(field, "x"));
            boolean consumed = !unmappedNames(page).contains(field);
            if (consumed && !tableFields.contains(field)) {
                consumedNotInTable.add(field);
            } else if (!consumed && tableFields.contains(field)) {
                inTableNotConsumed.add(field);
            }
        }
        assertEquals(Map.of(), differences("consumed but no table row names them", consumedNotInTable,
                "named by a table row but left unmapped", inTableNotConsumed), "Solr fields whose handling differs from the table");
        assertTrue(candidates.size() > 100, "the schema was read");
    }

    /**
     * Each label key alone in a header is consumed exactly when a table row names it; beside a staff
     * view, exactly the labels of every row (the header only displays the staff view then).
     */
    @Test
    void theTableNamesExactlyTheHeaderLabelsTheMappingConsumes() {
        Set<String> read = allHeaderLabels(false);
        Set<String> mirrors = allHeaderLabels(true);
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        for (String key : labelKeys()) {
            for (boolean staffView : new boolean[] {false, true}) {
                RecordPageParser.Parsed page = new RecordPageParser.Parsed();
                if (staffView) {
                    page.staff.add(field("id", "t1"));
                }
                page.header.add(field(key, "x"));
                boolean consumed = !unmappedNames(page).contains("header:" + key);
                boolean expected = (staffView ? mirrors : read).contains(key);
                if (consumed != expected) {
                    problems.computeIfAbsent((consumed ? "consumed but not in the table" : "in the table but unmapped")
                            + (staffView ? ", with a staff view" : ", header only"), k -> new TreeSet<>()).add(key);
                }
            }
        }
        assertEquals(Map.of(), problems, "header labels whose handling differs from the table");
        assertTrue(read.contains("Published in") && !read.contains("Contents") && mirrors.contains("Contents"),
                "the label sets were read from the table");
    }

    private static Map<String, Set<String>> differences(String what, Set<String> these, String whatElse, Set<String> those) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (!these.isEmpty()) {
            out.put(what, these);
        }
        if (!those.isEmpty()) {
            out.put(whatElse, those);
        }
        return out;
    }

    private static PageField field(String name, String value) {
        PageField f = new PageField(name, 1);
        f.add(value, 1);
        return f;
    }

    private static Set<String> unmappedNames(RecordPageParser.Parsed page) {
        BibRecord r = new PageMapper(ReadContext.of("t", d -> { })).map(page, 1);
        Set<String> names = new TreeSet<>();
        for (SourceField f : r.unmapped()) {
            names.add(f.name());
        }
        return names;
    }

    private static Set<String> labelKeys() {
        Set<String> keys = new TreeSet<>();
        for (String[] row : Labels.rows("labels-index.tsv")) {
            if (!row[0].equals("*")) {
                keys.add(row[0]);
            }
        }
        assertTrue(keys.contains("Published in"), "the label keys were read");
        return keys;
    }
}
