package io.github.catconv.write.mods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.csl.CslTestRecords;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.testsupport.ExternalTools;
import io.github.catconv.testsupport.Samples;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** MODS output: schema-valid for every sample, read back field by field, and by bibutils. */
class ModsWriterTest {

    private static final String NS = ModsWriter.NAMESPACE;

    static String write(List<BibRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new ModsWriter().open(out, WriteContext.defaults());
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValidMods(String sample) throws Exception {
        ModsSchema.Result r = ModsSchema.validate(Samples.convert("mods", sample));
        assertTrue(r.valid(), r.output());
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws Exception {
        String bad = "<modsCollection xmlns=\"http://www.loc.gov/mods/v3\"><mods><typeOfResource>novel</typeOfResource>"
                + "<titleInfo><bogus/></titleInfo></mods></modsCollection>";
        ModsSchema.Result r = ModsSchema.validate(bad);
        assertFalse(r.valid(), r.output());
        assertTrue(r.output().contains("typeOfResource") || r.output().contains("bogus"), r.output());
    }

    @Test
    void everyRecordTypeAndEdgeCaseIsValidMods() throws Exception {
        ModsSchema.Result r = ModsSchema.validate(write(CslTestRecords.many()));
        assertTrue(r.valid(), r.output());
    }

    @Test
    void fullArticleReadsBackFieldByField() throws Exception {
        BibRecord rec = CslTestRecords.full("a1", RecordType.ARTICLE_JOURNAL);
        Element mods = first(parse(write(List.of(rec))).getDocumentElement(), "mods");
        assertEquals("3.8", mods.getAttribute("version"));
        Element title = first(mods, "titleInfo");
        assertEquals("Über „Zeichen“ – ein Versuch", text(title, "title"));
        assertEquals("Ελληνικά, 日本語 and \"quotes\"", text(title, "subTitle"));
        List<Element> names = children(mods, "name");
        assertEquals(6, names.size());
        Element gogh = names.get(1);
        assertEquals("personal", gogh.getAttribute("type"));
        assertEquals(List.of("van Gogh", "Vincent de", "Jr."), texts(gogh, "namePart"));
        assertEquals(List.of("aut", "author"), texts(first(gogh, "role"), "roleTerm"));
        assertEquals("corporate", names.get(3).getAttribute("type"));
        assertEquals(List.of("ths", "thesis advisor"), texts(first(names.get(4), "role"), "roleTerm"));
        assertEquals("text", text(mods, "typeOfResource"));
        Element origin = first(mods, "originInfo");
        assertEquals("London", text(first(origin, "place"), "placeTerm"));
        assertEquals("BioMed Central", text(origin, "publisher"));
        Element issued = first(origin, "dateIssued");
        assertEquals("2018-08-14", issued.getTextContent());
        assertEquals("approximate", issued.getAttribute("qualifier"));
        assertEquals("w3cdtf", issued.getAttribute("encoding"));
        assertEquals("2. Aufl.", text(origin, "edition"));
        assertEquals("de", text(first(mods, "language"), "languageTerm"));
        assertEquals("XIV, 180 S. 23 cm", text(first(mods, "physicalDescription"), "extent"));
        Element host = relatedItem(mods, "host");
        assertEquals("Harm Reduction Journal", text(first(host, "titleInfo"), "title"));
        assertEquals(List.of("1477-7517"), texts(host, "identifier"));
        Element part = first(host, "part");
        assertEquals(List.of("volume 15", "issue 1"), children(part, "detail").stream()
                .map(d -> d.getAttribute("type") + " " + text(d, "number")).toList());
        Element extent = first(part, "extent");
        assertEquals("pages", extent.getAttribute("unit"));
        assertEquals("123", text(extent, "start"));
        assertEquals("145", text(extent, "end"));
        Element series = relatedItem(mods, "series");
        assertEquals("Lecture notes", text(first(series, "titleInfo"), "title"));
        assertEquals("242", text(first(first(series, "part"), "detail"), "number"));
        assertEquals(List.of("10.1186/s12954-018-0245-7", "30107808", "PMC6092784", "9783161484100", "44162561"),
                texts(mods, "identifier"));
        assertEquals(List.of("doi", "pmid", "pmcid", "isbn", "oclc"),
                children(mods, "identifier").stream().map(e -> e.getAttribute("type")).toList());
        Element location = first(mods, "location");
        assertEquals("QA76 .T66 2018", text(location, "shelfLocator"));
        assertEquals(2, children(location, "url").size());
        assertEquals("CC BY 4.0", text(mods, "accessCondition"));
        assertEquals("cat-a1", text(first(mods, "recordInfo"), "recordIdentifier"));
    }

    @Test
    void dateRangesAndUnreadDates() throws Exception {
        BibRecord range = CslTestRecords.base().id("r").issued(new DateValue(PartialDate.ofYear(1998),
                PartialDate.ofYear(2003), false, "1998-2003")).build();
        BibRecord raw = CslTestRecords.base().id("u").issued(DateValue.unparsed("19--")).build();
        Document d = parse(write(List.of(range, raw)));
        List<Element> mods = children(d.getDocumentElement(), "mods");
        List<Element> dates = children(first(mods.get(0), "originInfo"), "dateIssued");
        assertEquals(List.of("1998", "2003"), dates.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("start", "end"), dates.stream().map(e -> e.getAttribute("point")).toList());
        Element unread = first(first(mods.get(1), "originInfo"), "dateIssued");
        assertEquals("19--", unread.getTextContent());
        assertFalse(unread.hasAttribute("encoding"));
    }

    @Test
    void originalScriptIsAnAlternativeRepresentation() throws Exception {
        Person romanized = Person.of("Gorelov", "Al");
        BibRecord rec = CslTestRecords.base().title("Russkaâ narodnaâ poèziâ").subtitle("liričeskaâ poèziâ")
                .addContributor(new Contributor(ContributorRole.EDITOR, romanized))
                .publisher("Hudožestvennaâ literatura").place("Leningrad")
                .originalScript(new OriginalScript("Cyrl", "Русская народная поэзия", "лирическая поэзия",
                        "Художественная литература", "Ленинград", null, Map.of(romanized.displayName(), "Горелов, Ал")))
                .build();
        String xml = write(List.of(rec));
        assertTrue(ModsSchema.validate(xml).valid());
        Element mods = first(parse(xml).getDocumentElement(), "mods");
        List<Element> titles = children(mods, "titleInfo");
        assertEquals(2, titles.size());
        assertEquals("Cyrl", titles.get(1).getAttribute("script"));
        assertEquals("Русская народная поэзия", text(titles.get(1), "title"));
        assertEquals("лирическая поэзия", text(titles.get(1), "subTitle"));
        assertEquals(titles.get(0).getAttribute("altRepGroup"), titles.get(1).getAttribute("altRepGroup"));
        List<Element> names = children(mods, "name");
        assertEquals("Горелов, Ал", text(names.get(1), "namePart"));
        assertEquals(names.get(0).getAttribute("altRepGroup"), names.get(1).getAttribute("altRepGroup"));
        assertFalse(names.get(0).getAttribute("altRepGroup").equals(titles.get(0).getAttribute("altRepGroup")));
        List<Element> origins = children(mods, "originInfo");
        assertEquals("Художественная литература", text(origins.get(1), "publisher"));
        assertEquals("Ленинград", text(first(origins.get(1), "place"), "placeTerm"));
    }

    @Test
    void the880SampleKeepsItsCyrillicTitle() throws Exception {
        Element mods = first(parse(Samples.convert("mods", "book-ru-altscript-cyrillic-880.txt")).getDocumentElement(), "mods");
        Element cyrillic = children(mods, "titleInfo").stream().filter(t -> t.getAttribute("script").equals("Cyrl"))
                .findFirst().orElseThrow();
        assertEquals("Русская народная поэзия", text(cyrillic, "title"));
    }

    @Test
    void charactersXmlCannotHoldAreLeftOut() throws Exception {
        BibRecord rec = CslTestRecords.base().title("a\u0001b\uFFFEc\uD800d\uDC00e \uD83D\uDE00 f\u001Fg")
                .addNote("tab\there & <there> ]]>").build();
        String xml = write(List.of(rec));
        Element mods = first(parse(xml).getDocumentElement(), "mods");
        assertEquals("abcde \uD83D\uDE00 fg", text(first(mods, "titleInfo"), "title"));
        assertEquals("tab\there & <there> ]]>", text(mods, "note"));
        assertTrue(ModsSchema.validate(xml).valid());
    }

    @Test
    void noRecordsIsAnEmptyValidCollection() throws Exception {
        String xml = write(List.of());
        assertEquals(0, children(parse(xml).getDocumentElement(), "mods").size());
        assertTrue(xml.endsWith("\n"));
    }

    /** bibutils reads MODS as its own intermediate format: xml2bib finds every record. */
    @ParameterizedTest
    @MethodSource("samples")
    void bibutilsReadsEveryRecord(String sample, @TempDir Path dir) throws Exception {
        ExternalTools.require("xml2bib");
        String mods = Samples.convert("mods", sample);
        int expected = new ObjectMapper().readTree(Samples.convert("csl-json", sample)).size();
        ExternalTools.Result r = ExternalTools.run(dir, mods, "xml2bib", "-i", "utf8", "-o", "utf8");
        assertEquals(0, r.code(), r.output());
        // xml2bib starts its output with a byte order mark
        assertEquals(expected, r.output().replace("\uFEFF", "").split("(?m)^@", -1).length - 1, r.output());
    }

    static Element first(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertFalse(c.isEmpty(), "no <" + name + "> in <" + parent.getLocalName() + ">");
        return c.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        return first(parent, name).getTextContent();
    }

    static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    private static Element relatedItem(Element mods, String type) {
        return children(mods, "relatedItem").stream().filter(e -> e.getAttribute("type").equals(type)).findFirst()
                .orElseThrow();
    }
}
