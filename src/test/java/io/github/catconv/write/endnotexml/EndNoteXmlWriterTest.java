package io.github.catconv.write.endnotexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.csl.CslTestRecords;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PageRange;
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
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * EndNote XML read back by parsers that are not ours: the JDK's DOM parser, field by field, and
 * bibutils' endx2xml (an EndNote XML importer) on every sample. citation-js has no EndNote XML
 * plugin on npm (only plugin-enw, the tagged format), so it is not used here.
 */
class EndNoteXmlWriterTest {

    static String write(List<BibRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new EndNoteXmlWriter().open(out, WriteContext.defaults());
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    static List<Element> records(String xml) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = d.getDocumentElement();
        assertEquals("xml", root.getTagName());
        return children(first(root, "records"), "record");
    }

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    @Test
    void journalArticleReadsBackFieldByField() throws Exception {
        BibRecord rec = CslTestRecords.full("a1", RecordType.ARTICLE_JOURNAL);
        Element r = records(write(List.of(rec))).get(0);
        Element type = first(r, "ref-type");
        assertEquals("17", type.getTextContent());
        assertEquals("Journal Article", type.getAttribute("name"));
        Element contributors = first(r, "contributors");
        assertEquals(List.of("Tookey, Paula", "van Gogh, Vincent de, Jr.", "Deutsche Forschungsgemeinschaft"),
                texts(first(contributors, "authors"), "author"));
        assertEquals(List.of("Ibn Sīnā"), texts(first(contributors, "secondary-authors"), "author"));
        assertEquals(List.of("Ng, A."), texts(first(contributors, "tertiary-authors"), "author"));
        Element titles = first(r, "titles");
        assertEquals("Über „Zeichen“ – ein Versuch: Ελληνικά, 日本語 and \"quotes\"", text(titles, "title"));
        assertEquals("Harm Reduction Journal", text(titles, "secondary-title"));
        assertEquals("Lecture notes", text(titles, "tertiary-title"));
        assertEquals("Über Zeichen", text(titles, "short-title"));
        Element periodical = first(r, "periodical");
        assertEquals("Harm Reduction Journal", text(periodical, "full-title"));
        assertEquals("Harm Reduct J", text(periodical, "abbr-1"));
        assertEquals("123-145", text(r, "pages"));
        assertEquals("15", text(r, "volume"));
        assertEquals("1", text(r, "number"), "a journal article's issue is EndNote's Number field");
        assertTrue(children(r, "issue").isEmpty());
        assertEquals("2. Aufl.", text(r, "edition"));
        assertEquals(List.of("Research", "Peer work"), texts(first(r, "keywords"), "keyword"));
        Element dates = first(r, "dates");
        assertEquals("2018", text(dates, "year"));
        assertEquals("2018-08-14~", text(first(dates, "pub-dates"), "date"));
        assertEquals("London", text(r, "pub-location"));
        assertEquals("BioMed Central", text(r, "publisher"));
        assertEquals("1477-7517", text(r, "isbn"), "an article's ISBN/ISSN field holds its journal's ISSN");
        assertEquals("30107808", text(r, "accession-num"));
        assertEquals("QA76 .T66 2018", text(r, "call-num"));
        assertEquals("10.1186/s12954-018-0245-7", text(r, "electronic-resource-num"));
        assertEquals("Line one.\nLine two with \t tab and \\ backslash.", text(r, "abstract"));
        assertEquals("a1", text(r, "label"));
        List<String> notes = text(r, "notes").lines().toList();
        assertEquals("Includes bibliographical references.", notes.get(0));
        assertTrue(notes.contains("thesis-advisor: Smith, Jane"), notes.toString());
        assertTrue(notes.contains("series: Reihe B"), notes.toString());
        assertTrue(notes.contains("series-number: 242"), notes.toString());
        assertTrue(notes.contains("oclc: 44162561"), notes.toString());
        assertTrue(notes.contains("rights: CC BY 4.0"), notes.toString());
        assertEquals("Dissertation", text(r, "work-type"));
        assertEquals("PubMed", text(r, "remote-database-name"));
        assertEquals("de", text(r, "language"));
        assertEquals(List.of("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/", "https://www.ncbi.nlm.nih.gov/pubmed/30107808"),
                texts(first(first(r, "urls"), "related-urls"), "url"));
        assertEquals("PMC6092784", text(r, "custom2"));
    }

    @Test
    void elementsComeInTheOrderOfEndNotesDtd() throws Exception {
        List<String> dtd = List.of("source-app", "ref-type", "contributors", "titles", "periodical", "pages", "volume",
                "number", "issue", "edition", "keywords", "dates", "pub-location", "publisher", "isbn", "accession-num",
                "call-num", "electronic-resource-num", "abstract", "label", "notes", "work-type", "remote-database-name",
                "language", "urls", "custom2");
        for (Element r : records(write(CslTestRecords.many()))) {
            List<String> order = new ArrayList<>();
            NodeList nodes = r.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e) {
                    order.add(e.getTagName());
                }
            }
            List<String> sorted = new ArrayList<>(order);
            sorted.sort((a, b) -> Integer.compare(dtd.indexOf(a), dtd.indexOf(b)));
            assertFalse(order.stream().anyMatch(t -> !dtd.contains(t)), order.toString());
            assertEquals(sorted, order);
        }
    }

    @Test
    void bookEditorsAndChapterEditorsGoWhereEndNoteLabelsThemEditor() throws Exception {
        Person editor = Person.of("Richardson", "John G.");
        BibRecord book = CslTestRecords.base().id("b").title("Handbook")
                .addContributor(new Contributor(ContributorRole.EDITOR, editor)).numberOfPages("377")
                .addSeries(new io.github.catconv.model.Series("Studies", "3")).build();
        BibRecord chapter = CslTestRecords.base().id("c").type(RecordType.CHAPTER).title("The forms of capital")
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Bourdieu", "Pierre")))
                .addContributor(new Contributor(ContributorRole.EDITOR, editor))
                .addContributor(new Contributor(ContributorRole.TRANSLATOR, Person.of("Nice", "Richard")))
                .container(Container.empty().withTitle("Handbook").withPages(new PageRange("241", "258", "241-258")))
                .build();
        List<Element> rs = records(write(List.of(book, chapter)));
        Element b = rs.get(0);
        assertEquals("6", text(b, "ref-type"));
        assertEquals(List.of("Richardson, John G."), texts(first(first(b, "contributors"), "tertiary-authors"), "author"));
        assertEquals("377", text(b, "pages"), "a book's Pages field is its number of pages");
        assertEquals("Studies", text(first(b, "titles"), "secondary-title"), "a book's series is its secondary title");
        Element c = rs.get(1);
        assertEquals("5", text(c, "ref-type"));
        assertEquals("Book Section", first(c, "ref-type").getAttribute("name"));
        assertEquals(List.of("Richardson, John G."), texts(first(first(c, "contributors"), "secondary-authors"), "author"));
        assertEquals(List.of("Nice, Richard"), texts(first(first(c, "contributors"), "subsidiary-authors"), "author"));
        assertEquals("Handbook", text(first(c, "titles"), "secondary-title"));
        assertEquals("241-258", text(c, "pages"));
    }

    @Test
    void unreadDateIsKeptAsText() throws Exception {
        Element r = records(write(List.of(CslTestRecords.base().issued(DateValue.unparsed("19--")).build()))).get(0);
        Element dates = first(r, "dates");
        assertTrue(children(dates, "year").isEmpty());
        assertEquals("19--", text(first(dates, "pub-dates"), "date"));
    }

    @Test
    void the880SampleKeepsItsOriginalScriptInNotes() throws Exception {
        Element r = records(Samples.convert("endnote-xml", "book-ru-altscript-cyrillic-880.txt")).get(0);
        List<String> notes = text(r, "notes").lines().toList();
        assertTrue(notes.contains("original-script title (Cyrl): Русская народная поэзия: лирическая поэзия"), notes.toString());
        assertTrue(notes.contains("original-script name (Cyrl): Горелов, Ал"), notes.toString());
    }

    @Test
    void charactersXmlCannotHoldAreLeftOut() throws Exception {
        BibRecord rec = CslTestRecords.base().title("a\u0001b\uFFFEc\uD800d\uDC00e \uD83D\uDE00").publisher("x\u0000y").build();
        Element r = records(write(List.of(rec))).get(0);
        assertEquals("abcde \uD83D\uDE00", text(first(r, "titles"), "title"));
        assertEquals("xy", text(r, "publisher"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleParsesWithOneRecordPerItem(String sample) throws Exception {
        JsonNode csl = new ObjectMapper().readTree(Samples.convert("csl-json", sample));
        List<Element> rs = records(Samples.convert("endnote-xml", sample));
        assertEquals(csl.size(), rs.size());
        for (int i = 0; i < rs.size(); i++) {
            assertEquals(csl.get(i).path("id").asText(), text(rs.get(i), "label"));
            assertEquals(csl.get(i).path("title").asText(null), children(first(rs.get(i), "titles"), "title").stream()
                    .map(Element::getTextContent).findFirst().orElse(null));
        }
    }

    /** bibutils' EndNote XML importer reads every record and its title. */
    @ParameterizedTest
    @MethodSource("samples")
    void endx2xmlReadsEveryRecord(String sample, @TempDir Path dir) throws Exception {
        ExternalTools.require("endx2xml");
        String xml = Samples.convert("endnote-xml", sample);
        ExternalTools.Result r = ExternalTools.run(dir, xml, "endx2xml", "-i", "utf8", "-o", "utf8");
        assertEquals(0, r.code(), r.output());
        int expected = records(xml).size();
        assertEquals(expected, r.output().split("<mods[ >]", -1).length - 1, r.output());
    }

    static Element first(Element parent, String name) {
        List<Element> c = children(parent, name);
        assertFalse(c.isEmpty(), "no <" + name + "> in <" + parent.getTagName() + ">");
        return c.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
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
}
