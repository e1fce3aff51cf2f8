package io.github.catconv.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.vufind.VufindReader;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The bodies of the fuzz targets, shared by the Jazzer {@code @FuzzTest}s and the plain regression
 * test over the committed corpus. Allowed outcomes: records, or our data errors with a location;
 * any other exception, more than 1 s for one input, or output a client cannot parse is a bug.
 */
final class FuzzTargets {

    /** Short line cap so that fuzzed inputs reach the over-long-line path too. */
    static final int MAX_LINE = 4096;
    /** 1 s per input (the hang limit of docs/fuzzing.md) plus 20 µs per byte for the large committed seeds. */
    private static final long MAX_NANOS = 1_000_000_000L;
    private static final long NANOS_PER_BYTE = 20_000L;
    private static final Pattern RIS_LINE = Pattern.compile("[A-Z][A-Z0-9]  - .*|");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Class loading and table set-up (labels in 38 languages) happen once, not per input.
        read(new byte[0]);
    }

    private FuzzTargets() {
    }

    /** Reads {@code data} with the VuFind reader; returns the records, checking every diagnostic. */
    static List<BibRecord> read(byte[] data) {
        return read(data, false);
    }

    /**
     * Like {@link #read(byte[])}; {@code timed} also fails an input that takes over 1 s (plus a
     * per-byte allowance). Only the uninstrumented corpus test is timed: Jazzer's coverage
     * instrumentation makes wall-clock limits meaningless, and in fuzzing mode its own -timeout applies.
     */
    static List<BibRecord> read(byte[] data, boolean timed) {
        List<Diagnostic> diags = new ArrayList<>();
        int[] rejected = {0};
        ReadContext ctx = new ReadContext("fuzz.txt", diags::add, null, MAX_LINE, (f, line, id, raw) -> {
            rejected[0]++;
            check(line > 0, "rejection without a line: " + id);
        });
        List<BibRecord> records = new ArrayList<>();
        long t0 = System.nanoTime();
        try (RecordCursor c = new VufindReader().open(new ByteArrayInputStream(data), ctx)) {
            BibRecord r;
            while ((r = c.next()) != null) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory stream cannot fail", e);
        }
        check(!timed || System.nanoTime() - t0 < MAX_NANOS + NANOS_PER_BYTE * data.length, "reading took over 1 s");
        for (Diagnostic d : diags) {
            check(d.file() != null && !d.message().isBlank(), "diagnostic without a location: " + d);
            check(d.severity() != Severity.ERROR || d.line() > 0, "error without a line: " + d.format());
            check(!d.message().contains("internal error"), "reader bug: " + d.format());
        }
        long errors = diags.stream().filter(d -> d.severity() == Severity.ERROR).count();
        check(errors == rejected[0], "every error rejects exactly one record");
        return records;
    }

    /** Reads {@code data}, writes the records with every registered writer, re-parses each output. */
    static void endToEnd(byte[] data, boolean timed) {
        List<BibRecord> records = read(data, timed);
        for (RecordWriter w : WriterRegistry.installed().all()) {
            String out = write(w, records);
            switch (w.id()) {
                case "csl-json" -> checkCslJson(out, records.size());
                case "csv" -> checkCsv(out, records.size());
                case "ris" -> checkRis(out, records.size());
                case "bibtex", "biblatex" -> checkBibtex(out, records.size());
                case "csl-jsonl" -> checkCslJsonLines(out, records.size());
                case "mods" -> checkXml(out, "mods", records.size());
                case "endnote-xml" -> checkXml(out, "record", records.size());
                default -> { } // no parser for this format (e.g. inspect): writing without an exception is the check
            }
        }
    }

    static String write(RecordWriter w, List<BibRecord> records) {
        StringWriter sw = new StringWriter();
        try {
            RecordSink sink = w.open(sw, new WriteContext(Map.of(), d -> { }));
            for (BibRecord r : records) {
                sink.write(r);
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static void checkCslJson(String out, int n) {
        try {
            JsonNode root = JSON.readTree(out);
            check(root.isArray() && root.size() == n, "CSL-JSON: expected an array of " + n);
        } catch (IOException e) {
            throw new AssertionError("CSL-JSON does not parse: " + e.getMessage(), e);
        }
    }

    static void checkCsv(String out, int n) {
        try (CSVParser p = CSVParser.parse(new StringReader(out), CSVFormat.RFC4180)) {
            List<CSVRecord> rows = p.getRecords();
            check(rows.size() == n + 1, "CSV: expected header + " + n + " rows, got " + rows.size());
            for (CSVRecord row : rows) {
                check(row.size() == rows.get(0).size(), "CSV: ragged row " + row.getRecordNumber());
            }
        } catch (IOException e) {
            throw new AssertionError("CSV does not parse: " + e.getMessage(), e);
        }
    }

    static void checkCslJsonLines(String out, int n) {
        List<String> lines = out.lines().toList();
        check(lines.size() == n, "CSL-JSON lines: " + lines.size() + " lines for " + n + " records");
        for (String line : lines) {
            try {
                check(JSON.readTree(line).isObject(), "CSL-JSON lines: not an object: " + line);
            } catch (IOException e) {
                throw new AssertionError("CSL-JSON line does not parse: " + e.getMessage(), e);
            }
        }
    }

    /** MODS, EndNote XML: well-formed XML 1.0 (the JDK's parser) with one {@code element} per record. */
    static void checkXml(String out, String element, int n) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
            int found = d.getElementsByTagNameNS("*", element).getLength();
            check(found == n, "XML: " + found + " <" + element + "> for " + n + " records");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("XML does not parse: " + e.getMessage(), e);
        }
    }

    /** RIS (RIS spec, Research Information Systems 2011): every line is "XX  - value" or blank. */
    static void checkRis(String out, int n) {
        int ty = 0;
        int er = 0;
        for (String line : out.split("\r?\n", -1)) {
            check(RIS_LINE.matcher(line).matches(), "RIS: not a tag line: " + line);
            ty += line.startsWith("TY  - ") ? 1 : 0;
            er += line.startsWith("ER  - ") ? 1 : 0;
        }
        check(ty == n && er == n, "RIS: " + ty + " TY and " + er + " ER for " + n + " records");
    }

    /** BibTeX: n entries, each "@type{key," with balanced braces ending at its closing brace. */
    static void checkBibtex(String out, int n) {
        int entries = 0;
        int depth = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\\') {
                i++; // an escaped char (\{ \} \%) does not count
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                check(depth >= 0, "BibTeX: unbalanced } at " + i);
            } else if (c == '@' && depth == 0) {
                entries++;
            }
        }
        check(depth == 0, "BibTeX: unclosed brace");
        check(entries == n, "BibTeX: " + entries + " entries for " + n + " records");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
