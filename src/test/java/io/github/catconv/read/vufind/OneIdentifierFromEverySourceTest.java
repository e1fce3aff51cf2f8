package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One VuFind page that gives the same identifiers twice, spelled differently, once in the Solr
 * fields of the staff view and once in the source record (MARC view, MARCXML or Dublin Core
 * {@code fullrecord}): the LCCN "sn84006638" / "sn 84006638", the ISBN 9780822307020 / its
 * ISBN-10 0822307022, the DOI bare / as a doi.org URL. Every writer shows each once, in the Solr
 * spelling (the Solr record comes first in the merge).
 */
class OneIdentifierFromEverySourceTest {

    /** The staff view's Solr fields, with a {@code fullrecord} line when one is given. */
    private static String solrFields(String fullrecord) {
        return "doi_str_mv 10.1000/xyz123\nformat Book\n" + (fullrecord == null ? "" : "fullrecord " + fullrecord + "\n")
                + "id idtest1\nisbn 9780822307020\nlccn sn84006638\nrecord_format marc\n"
                + "title A book with every identifier twice\n";
    }

    /** The three ways a page carries its source record. */
    enum Source {
        MARC_VIEW("""
                Loading…

                A book with every identifier twice

                Staff View
                MARC
                LEADER 01234cam a2200337Ma 4500
                001 idtest1
                010    |a sn 84006638
                020    |a 0822307022
                024 7  |a https://doi.org/10.1000/xyz123 |2 doi
                245 10 |a A book with every identifier twice
                Record in the Search Index
                """ + solrFields(null)),
        MARCXML_FULLRECORD(solrFields("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"
                + "<leader>01234cam a2200337Ma 4500</leader><controlfield tag=\"001\">idtest1</controlfield>"
                + "<datafield tag=\"010\" ind1=\" \" ind2=\" \"><subfield code=\"a\">sn 84006638</subfield></datafield>"
                + "<datafield tag=\"020\" ind1=\" \" ind2=\" \"><subfield code=\"a\">0822307022</subfield></datafield>"
                + "<datafield tag=\"024\" ind1=\"7\" ind2=\" \"><subfield code=\"a\">https://doi.org/10.1000/xyz123</subfield>"
                + "<subfield code=\"2\">doi</subfield></datafield>"
                + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">A book with every identifier twice</subfield>"
                + "</datafield></record>")),
        /** Dublin Core has no LCCN element: it repeats only the ISBN and the DOI. */
        DUBLIN_CORE_FULLRECORD(solrFields("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>A book with every identifier twice</dc:title>"
                + "<dc:identifier>ISBN 0822307022</dc:identifier>"
                + "<dc:identifier>https://doi.org/10.1000/xyz123</dc:identifier></oai_dc:dc>"));

        final String page;

        Source(String page) {
            this.page = page;
        }
    }

    private record Run(String out, String err) {
    }

    private static Run convert(String page, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("convert", "-", "--from", "vufind"));
        args.addAll(Arrays.asList(options));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err),
                () -> new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), args.toArray(String[]::new));
        assertEquals(0, code, err::toString);
        return new Run(out.toString(), err.toString());
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The source record's spellings appear nowhere; Dublin Core's doi.org link stays a URL (the lines {@code urlLine} matches). */
    private static void assertNoSecondSpelling(String output, String urlLine) {
        assertEquals(0, count(output.replaceAll("(?m)" + urlLine, ""), "0822307022|sn 84006638|doi\\.org"),
                "no second spelling: " + output);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void theSourceRecordIsReadAndMerged(Source source) {
        // Without this the other tests would pass on a page whose source record was never read.
        String inspect = convert(source.page, "--to", "inspect").out();
        assertTrue(inspect.contains(source == Source.DUBLIN_CORE_FULLRECORD ? "https://doi.org/10.1000/xyz123" : "marc:"),
                inspect);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void csvCellsHoldEachIdentifierOnce(Source source) throws IOException {
        Run run = convert(source.page, "--to", "csv", "--columns", "id,lccn,isbn,doi");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(1, rows.size(), run.out());
        assertEquals("sn84006638", rows.get(0).get("lccn"));
        assertEquals("9780822307020", rows.get(0).get("isbn"));
        assertEquals("10.1000/xyz123", rows.get(0).get("doi"));
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void risHasOneLineForEachIdentifier(Source source) {
        String ris = convert(source.page, "--to", "ris").out();
        assertEquals(1, count(ris, "^N1  - LCCN: "), ris);
        assertEquals(1, count(ris, "^N1  - LCCN: sn84006638\r?$"), ris);
        assertEquals(1, count(ris, "^SN  - "), ris);
        assertEquals(1, count(ris, "^SN  - 9780822307020\r?$"), ris);
        assertEquals(1, count(ris, "^DO  - "), ris);
        assertEquals(1, count(ris, "^DO  - 10\\.1000/xyz123\r?$"), ris);
        assertNoSecondSpelling(ris, "^UR  - .*$");
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void bibtexAndBiblatexHoldOneValueEach(Source source) {
        for (String writer : new String[] {"bibtex", "biblatex"}) {
            String bib = convert(source.page, "--to", writer).out();
            assertEquals(1, count(bib, "^\\s*isbn\\s*=\\s*\\{9780822307020\\},?$"), bib);
            assertEquals(1, count(bib, "^\\s*doi\\s*=\\s*\\{10\\.1000/xyz123\\},?$"), bib);
            assertNoSecondSpelling(bib, "^\\s*url\\s*=.*$");
        }
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void cslJsonHasOneValueEach(Source source) throws IOException {
        JsonNode item = new ObjectMapper().readTree(convert(source.page, "--to", "csl-json").out()).get(0);
        assertEquals("9780822307020", item.get("ISBN").asText());
        assertEquals("10.1000/xyz123", item.get("DOI").asText());
        String note = item.path("note").asText();
        assertEquals(1, count(note, "^lccn: "), note);
        assertEquals(1, count(note, "^lccn: sn84006638$"), note);
        assertFalse(note.contains("doi:") || note.contains("isbn:"), "a second DOI or ISBN went to the note: " + note);
    }

    /** A bad ISBN in the Solr field and in MARC 020: one value in the record, and the same warning from each side. */
    @Test
    void aBadIsbnWarnsTheSameWayFromSolrAndFromMarc() throws IOException {
        String page = """
                Loading…

                A book with bad ISBNs

                Staff View
                MARC
                LEADER 01234cam a2200337Ma 4500
                001 idtest2
                020    |a 0-19-852663-7
                020    |a invalid-isbn
                245 10 |a A book with bad ISBNs
                Record in the Search Index
                format Book
                id idtest2
                isbn 0-19-852663-7
                invalid-isbn
                title A book with bad ISBNs
                """;
        Run run = convert(page, "--to", "csv", "--columns", "id,isbn");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals("0198526637", rows.get(0).get("isbn"), "kept as catalogued, once");
        List<String> warnings = run.err().lines().toList();
        assertEquals(Set.of(
                "warning -:15: [idtest2] isbn '0-19-852663-7' is an ISBN with a wrong check digit; kept as catalogued",
                "warning -:15: [idtest2] isbn 'invalid-isbn' is not an ISBN; ignored",
                "warning -:9: [idtest2] marc:020$a '0-19-852663-7' is an ISBN with a wrong check digit; kept as catalogued",
                "warning -:10: [idtest2] marc:020$a 'invalid-isbn' is not an ISBN; ignored"), Set.copyOf(warnings));
        assertEquals(4, warnings.size(), run.err());
    }
}
