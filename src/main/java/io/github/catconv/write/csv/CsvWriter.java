package io.github.catconv.write.csv;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV ({@code --to csv}): RFC 4180 through Apache Commons CSV (CRLF, quotes only where
 * needed), a header row, one row per record, multi-values joined with "; ".
 *
 * <p>Options: {@code columns} (comma list choosing and ordering the columns of the profile),
 * {@code profile} ({@code default} or {@code zotero}: the columns of Zotero's CSV export),
 * flag {@code bom} (write a UTF-8 byte order mark first, for Excel), {@code csv-formulas}
 * ({@code escape}, the default: a cell starting with {@code = + - @}, tab or CR gets a leading
 * {@code '} so spreadsheets do not run it as a formula; {@code keep}: leave it). Line breaks
 * inside values are kept; the cell is then quoted, as RFC 4180 allows.
 *
 * <p>Commons CSV is loaded by {@link #open} only: the class is instantiated on every run.
 */
public final class CsvWriter implements RecordWriter {

    static final WriterOption COLUMNS = WriterOption.value("columns", "LIST",
            "Columns, comma-separated, in order (default: those of the profile; docs/csv.md).");
    static final WriterOption PROFILE = WriterOption.oneOf("profile", "NAME",
            "Column set: zotero has the columns of Zotero's CSV export.", "default", "default", "zotero");
    static final WriterOption BOM = WriterOption.flag("bom", "Start with a UTF-8 byte order mark (for Excel).");
    static final WriterOption CSV_FORMULAS = WriterOption.oneOf("csv-formulas", "MODE",
            "Cells starting with = + - @, tab or CR: escape prefixes ' so spreadsheets do not run them as"
                    + " formulas; keep writes them unchanged.", "escape", "escape", "keep");

    /** Needed by {@link java.util.ServiceLoader}. */
    public CsvWriter() {
        // options come through the WriteContext
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV, RFC 4180, one row per record; options columns, profile=zotero, bom, csv-formulas=keep";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public List<WriterOption> options() {
        return List.of(COLUMNS, PROFILE, BOM, CSV_FORMULAS);
    }

    /**
     * Opens a CSV output on {@code out} (never closed) and writes the header row (and the BOM
     * when asked), so even an empty input gives a valid file.
     *
     * @throws io.github.catconv.diag.CatconvException (usage) on an unknown profile, column or
     *     csv-formulas value; the message lists the valid values
     * @throws IOException when the header cannot be written
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(out, "out");
        List<CsvField> columns = columns(context);
        boolean escape = escapeFormulas(context);
        if (context.flag(BOM)) {
            out.write('\uFEFF');
        }
        // RFC 4180: comma, double quote, CRLF; Commons CSV quotes a cell only when it must.
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(columns.size());
        columns.forEach(c -> header.add(c.header()));
        printer.printRecord(header);
        return new Sink(printer, columns, escape);
    }

    /** The columns chosen by options {@code profile} and {@code columns}. */
    static List<CsvField> columns(WriteContext context) {
        String profile = context.choice(PROFILE);
        Map<String, CsvField> available = new LinkedHashMap<>();
        List<CsvField> defaults = new ArrayList<>();
        switch (profile) {
            case "default" -> {
                Arrays.stream(CsvColumn.values()).forEach(c -> available.put(c.header(), c));
                defaults.addAll(CsvColumn.defaults());
            }
            case "zotero" -> {
                Arrays.stream(ZoteroColumn.values()).forEach(c -> available.put(c.header(), c));
                defaults.addAll(available.values());
            }
            default -> throw new IllegalStateException("profile without columns: " + profile);
        }
        String chosen = context.option(COLUMNS).orElse("").trim();
        if (chosen.isEmpty()) {
            return defaults;
        }
        List<CsvField> out = new ArrayList<>();
        for (String name : chosen.split(",")) {
            CsvField f = available.get(name.trim());
            if (f == null) {
                throw context.invalidValue(COLUMNS, name.trim(), "valid columns of profile " + profile + ": "
                        + String.join(",", available.keySet()));
            }
            out.add(f);
        }
        return out;
    }

    private static boolean escapeFormulas(WriteContext context) {
        return context.choice(CSV_FORMULAS).equals("escape");
    }

    /**
     * The cell with a leading {@code '} when a spreadsheet would run it as a formula (it starts
     * with {@code = + - @}, tab or CR; OWASP "CSV injection" advice), else unchanged.
     */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + cell : cell;
    }

    /** One open CSV output. */
    private static final class Sink implements RecordSink {
        private final CSVPrinter printer;
        private final List<CsvField> columns;
        private final boolean escape;

        Sink(CSVPrinter printer, List<CsvField> columns, boolean escape) {
            this.printer = printer;
            this.columns = columns;
            this.escape = escape;
        }

        @Override
        public void write(BibRecord record) throws IOException {
            Objects.requireNonNull(record, "record");
            List<String> row = new ArrayList<>(columns.size());
            for (CsvField c : columns) {
                String v = c.value(record);
                row.add(escape ? neutralise(v) : v);
            }
            printer.printRecord(row);
        }

        @Override
        public void finish() throws IOException {
            // flush, never close: the caller owns the stream
            printer.flush();
        }
    }
}
