package io.github.catconv.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.testsupport.Samples;
import io.github.catconv.testsupport.ExternalTools;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's output read back by the real clients: pandoc reads as many BibTeX, BibLaTeX and
 * CSL-JSON entries as we wrote, bibutils' ris2xml as many RIS records with the titles we wrote,
 * and a strict RFC 4180 parse finds the same number of columns in every CSV row.
 */
class ClientInteropTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TI = Pattern.compile("(?m)^TI  - (.*)\r?$");

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    private static int cslCount(String sample) throws IOException {
        return JSON.readTree(Samples.convert("csl-json", sample)).size();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pandocReadsEveryEntry(String sample, @TempDir Path dir) throws Exception {
        ExternalTools.require("pandoc");
        int expected = cslCount(sample);
        for (String[] fmt : new String[][] {{"bibtex", "bibtex"}, {"biblatex", "biblatex"}, {"csl-json", "csljson"}}) {
            String out = Samples.convert(fmt[0], sample);
            ExternalTools.Result r = ExternalTools.run(dir, out, "pandoc", "-f", fmt[1], "-t", "csljson");
            assertEquals(0, r.code(), fmt[0] + ": " + r.output());
            JsonNode items = JSON.readTree(r.output().substring(r.output().indexOf('[')));
            assertEquals(expected, items.size(), fmt[0] + " entries read by pandoc");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ris2xmlReadsEveryRecordAndTitle(String sample, @TempDir Path dir) throws Exception {
        ExternalTools.require("ris2xml");
        String ris = Samples.convert("ris", sample);
        List<String> titles = new ArrayList<>();
        Matcher m = TI.matcher(ris);
        while (m.find()) {
            titles.add(m.group(1));
        }
        ExternalTools.Result r = ExternalTools.run(dir, ris, "ris2xml", "-i", "utf8", "-o", "utf8");
        assertEquals(0, r.code(), r.output());
        int records = r.output().split("<mods ID=", -1).length - 1;
        assertEquals(cslCount(sample), records, "records read by ris2xml:\n" + r.output());
        String mods = r.output().replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        for (String t : titles) {
            // MODS splits "Title: subtitle" into <title> and <subTitle>: compare the title proper.
            String proper = t.contains(": ") ? t.substring(0, t.indexOf(": ")) : t;
            String firstWords = proper.length() > 20 ? proper.substring(0, 20) : proper;
            assertTrue(mods.contains(firstWords), "title '" + t + "' in ris2xml output");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void csvIsStrictRfc4180WithOneRowPerRecord(String sample) throws Exception {
        String csv = Samples.convert("csv", sample);
        CSVFormat strict = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), strict)) {
            int columns = p.getHeaderNames().size();
            List<CSVRecord> rows = p.getRecords();
            assertEquals(cslCount(sample), rows.size());
            for (CSVRecord row : rows) {
                assertEquals(columns, row.size(), "columns in row " + row.getRecordNumber());
            }
        }
        assertTrue(csv.endsWith("\r\n"), "rows end in CRLF");
    }
}
