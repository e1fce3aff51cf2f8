package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 2709, MARCXML and MARC-in-JSON give the same record, on VuFind's own test files. */
class MarcParsersTest {

    /** VuFind's own test records, copied into the repository (see SOURCES.md there). */
    static final Path FIXTURES = Path.of("src/test/resources/vufind");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<MarcRecord> iso(String file) throws IOException {
        List<MarcRecord> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FIXTURES.resolve("marc").resolve(file))) {
            Iso2709Parser p = new Iso2709Parser(in, io.github.catconv.read.ReadContext.of("test", io.github.catconv.diag.DiagnosticSink.discard()));
            for (MarcRecord m = p.next(); m != null; m = p.next()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The record without line numbers, as text, for comparing shapes. */
    static String flat(MarcRecord m) {
        StringBuilder sb = new StringBuilder(m.leader()).append('\n');
        for (MarcRecord.Field f : m.fields()) {
            sb.append(f.tag()).append(f.isControl() ? " " + f.data() : "[" + f.ind1() + f.ind2() + "]");
            for (MarcRecord.Subfield s : f.subfields()) {
                sb.append('$').append(s.code()).append(s.value());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"testbug2.mrc, 1, testbug2", "author_relators.mrc, 20, 0000183626-0", "journals.mrc, 10, testsample1",
        "fakedoi.mrc, 3, fakedoi1", "heb.mrc, 1, testbug1"})
    void isoFixtures(String file, int records, String firstId) throws IOException {
        List<MarcRecord> recs = iso(file);
        assertEquals(records, recs.size());
        assertEquals(firstId, recs.get(0).control("001").orElseThrow());
    }

    @Test
    void testbug2Fields() throws IOException {
        MarcRecord m = iso("testbug2.mrc").get(0);
        MarcRecord.Field f100 = m.field("100").orElseThrow();
        assertEquals('1', f100.ind1());
        assertEquals("Vico, Giambattista,", f100.first('a'));
        assertEquals("1668-1744.", f100.first('d'));
        assertEquals(List.of("ita", "lat"), m.field("041").orElseThrow().values('a'));
    }

    @Test
    void separatorsWrittenAsTextAreRestored() throws IOException {
        // VuFind's fixture 12345 stores raw MARC in fullrecord with "#30;"/"#31;" for 0x1E/0x1F.
        String full = JSON.readTree(FIXTURES.resolve("solr/10-12345.json").toFile()).get("fullrecord").asText();
        assertTrue(full.contains("#30;"));
        MarcRecord m = Iso2709Parser.parse(full);
        assertEquals("12345", m.control("001").orElseThrow());
        assertEquals("Nawaz, Tawfique.", m.field("100").orElseThrow().first('a'));
    }

    @ParameterizedTest
    @CsvSource({"\u241E, \u241F, \u241D", "^, $, #"})
    void replacedSeparatorsAreFoundByPosition(char ft, char sd, char rt) throws IOException {
        String raw = new String(Files.readAllBytes(FIXTURES.resolve("marc/testbug2.mrc")), java.nio.charset.StandardCharsets.UTF_8);
        String scraped = raw.replace('\u001E', ft).replace('\u001F', sd).replace('\u001D', rt);
        assertEquals(flat(iso("testbug2.mrc").get(0)), flat(Iso2709Parser.parse(scraped)));
    }

    @Test
    void lostSeparatorsAreAnError() throws IOException {
        String raw = new String(Files.readAllBytes(FIXTURES.resolve("marc/testbug2.mrc")), java.nio.charset.StandardCharsets.UTF_8);
        String lost = raw.replace("\u001E", "").replace("\u001F", "").replace("\u001D", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iso2709Parser.parse(lost));
        assertTrue(e.getMessage().contains("separators"), e.getMessage());
    }

    @Test
    void marcXmlAndMarcInJsonGiveTheSameRecordAsIso() throws Exception {
        MarcRecord iso = iso("testbug2.mrc").get(0);
        assertEquals(flat(iso), flat(MarcXmlParser.parseAll(toXml(iso)).get(0)));
        assertEquals(flat(iso), flat(MarcJsonParser.parseAll(toJson(iso)).get(0)));
    }

    @Test
    void marcXmlFixtureWithTwoRecords() throws Exception {
        List<MarcRecord> recs = MarcXmlParser.parseAll(Files.readString(FIXTURES.resolve("marc/journal_article.xml")));
        assertEquals(2, recs.size());
        assertEquals("Vol. 1, no. 1 (Apr. 2023)", recs.get(1).field("773").orElseThrow().first('g'));
        assertEquals(23, recs.get(1).field("773").orElseThrow().line());
    }

    @Test
    void brokenIsoRecordInAStreamDoesNotStopTheNext() throws IOException {
        byte[] good = Files.readAllBytes(FIXTURES.resolve("marc/testbug2.mrc"));
        byte[] bad = "not a marc record\u001D".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] both = new byte[bad.length + good.length];
        System.arraycopy(bad, 0, both, 0, bad.length);
        System.arraycopy(good, 0, both, bad.length, good.length);
        Iso2709Parser p = new Iso2709Parser(new ByteArrayInputStream(both),
                io.github.catconv.read.ReadContext.of("test", io.github.catconv.diag.DiagnosticSink.discard()));
        assertThrows(IllegalArgumentException.class, p::next);
        assertEquals("testbug2", p.next().control("001").orElseThrow());
    }

    static String toXml(MarcRecord m) {
        StringBuilder sb = new StringBuilder("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>")
                .append(m.leader()).append("</leader>");
        for (MarcRecord.Field f : m.fields()) {
            if (f.isControl()) {
                sb.append("<controlfield tag=\"").append(f.tag()).append("\">").append(esc(f.data())).append("</controlfield>");
                continue;
            }
            sb.append("<datafield tag=\"").append(f.tag()).append("\" ind1=\"").append(f.ind1()).append("\" ind2=\"")
                    .append(f.ind2()).append("\">");
            for (MarcRecord.Subfield s : f.subfields()) {
                sb.append("<subfield code=\"").append(s.code()).append("\">").append(esc(s.value())).append("</subfield>");
            }
            sb.append("</datafield>");
        }
        return sb.append("</record></collection>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String toJson(MarcRecord m) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("leader", m.leader());
        ArrayNode fields = root.putArray("fields");
        for (MarcRecord.Field f : m.fields()) {
            if (f.isControl()) {
                fields.addObject().put(f.tag(), f.data());
                continue;
            }
            ObjectNode df = fields.addObject().putObject(f.tag());
            df.put("ind1", String.valueOf(f.ind1())).put("ind2", String.valueOf(f.ind2()));
            ArrayNode subs = df.putArray("subfields");
            for (MarcRecord.Subfield s : f.subfields()) {
                subs.addObject().put(String.valueOf(s.code()), s.value());
            }
        }
        return JSON.writeValueAsString(root);
    }
}
