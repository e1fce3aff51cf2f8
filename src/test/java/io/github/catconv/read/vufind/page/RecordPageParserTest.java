package io.github.catconv.read.vufind.page;

import io.github.catconv.cli.Main;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.internal.LineReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record boundaries, header labels and staff-view field lines. */
class RecordPageParserTest {

    static List<RecordPage> pages(String text) throws IOException {
        DumpScanner s = new DumpScanner(new LineReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null, 1 << 20));
        List<RecordPage> out = new ArrayList<>();
        RecordPage p;
        while ((p = s.next()) != null) {
            out.add(p);
        }
        return out;
    }

    static RecordPageParser.Parsed parse(String text) throws IOException {
        List<RecordPage> ps = pages(text);
        assertEquals(1, ps.size(), "pages");
        return new RecordPageParser().parse(ps.get(0));
    }

    @Test
    void valueLineStartingWithFieldNameStaysInSortedView() throws IOException {
        RecordPageParser.Parsed p = parse("_version_ 1\nauthor Smith, John\nformat Book\nid r1\n"
                + "title A study of\nauthor Smith in context\ntitle_full A study\ntopic X\n");
        assertTrue(p.sorted);
        List<String> names = p.staff.stream().map(f -> f.name).toList();
        assertEquals(List.of("_version_", "author", "format", "id", "title", "title_full", "topic"), names);
        assertEquals("A study of\nauthor Smith in context", p.staff.get(4).first());
    }

    @Test
    void multiValuedContinuationLines() throws IOException {
        RecordPageParser.Parsed p = parse("_version_ 1\nauthor Tookey, Paula\nMason, Kate\nformat Online\nArticle\nid x\ntitle T\n");
        assertEquals(List.of("Tookey, Paula", "Mason, Kate"), p.staff.get(1).values);
        assertEquals(List.of("Online", "Article"), p.staff.get(2).values);
    }

    @Test
    void unsortedViewTakesFirstOccurrenceOnly() throws IOException {
        RecordPageParser.Parsed p = parse("title T\nid r1\nformat Book\nauthor A, B\ncontents part one\ntitle of part two\n");
        assertFalse(p.sorted);
        assertEquals(List.of("part one", "title of part two"), p.staff.get(4).values);
    }

    @Test
    void headerLabelsInAnyLanguageWithValueOnNextLineAndEmptyLabels() throws IOException {
        RecordPageParser.Parsed p = parse("Cargando…\n\nMi título\n\nDetalles Bibliográficos\nAutores principales: Pérez, Ana\n"
                + "Materias:\nPublicado:\nMadrid : Cátedra, 1998.\nAcceso en línea:http://a.example/1\nhttp://a.example/2\n");
        assertEquals("Mi título", p.title);
        assertEquals(List.of("Main Authors", "Subjects", "Published", "Online Access"),
                p.header.stream().map(f -> f.name).toList());
        assertTrue(p.header.get(1).values.isEmpty());
        assertEquals(List.of("Madrid : Cátedra, 1998."), p.header.get(2).values);
        assertEquals(2, p.header.get(3).values.size());
        assertTrue(p.staff.isEmpty());
    }

    @Test
    void boundariesAtLoadingLineRepeatedVersionAndBlankThenHeader() throws IOException {
        String rec = "Loading...\n\nTitle one\n\nBibliographic Details\nFormat: Book\n_version_ 1\nid a\ntitle One\n";
        String rec2 = "_version_ 2\nid b\ntitle Two\n";
        String rec3 = "\nTitle three\n\nBibliographic Details\nFormat: Book\n_version_ 3\nid c\ntitle Three\n";
        List<RecordPage> ps = pages(rec + rec2 + rec3);
        assertEquals(3, ps.size());
        assertEquals(1, ps.get(0).startLine());
        assertEquals(10, ps.get(1).startLine());
    }

    @Test
    void lineEndingsGiveIdenticalPages() throws IOException {
        String lf = "_version_ 1\nid a\ntitle One\nauthor X, Y\nZ, W\n";
        String crlf = lf.replace("\n", "\r\n");
        String cr = lf.replace("\n", "\r");
        String bom = "\uFEFF" + lf;
        for (String v : new String[] {crlf, cr, bom}) {
            assertEquals(parse(lf).staff.toString(), parse(v).staff.toString());
        }
    }

    @Test
    void longestIncreasingSubsequence() {
        assertArrayEquals(new int[] {0, 1, 3, 4}, RecordPageParser.longestIncreasing(new String[] {"a", "b", "a", "c", "d"}, 5));
        assertEquals(0, RecordPageParser.longestIncreasing(new String[0], 0).length);
    }

    @Test
    void unsortedViewKeepsValueLineWhoseWordIsAFieldOfTheWrongShape() throws IOException {
        RecordPageParser.Parsed p = parse("id r1\ntitle A study of\nauthor Smith in context\nformat Book\nauthor Smith, John\n");
        assertFalse(p.sorted);
        assertEquals(List.of("id", "title", "format", "author"), p.staff.stream().map(f -> f.name).toList());
        assertEquals("A study of\nauthor Smith in context", p.staff.get(1).first());
        assertEquals("Smith, John", p.staff.get(3).first());
    }

    @Test
    void repeatedSingleValuedFieldKeepsFirstAndNotesTheDroppedValue() throws IOException {
        RecordPageParser.Parsed p = parse("_version_ 1\nauthor A, B\nformat Book\nid r1\ntitle First title\ntitle Second title\ntopic X\n");
        assertEquals("First title", p.staff.get(4).first());
        assertEquals(1, p.notes.size());
        assertTrue(((String) p.notes.get(0)[1]).contains("dropped 'Second title'"));
    }

    @Test
    void fieldShapesMustNotRejectRealValues() {
        assertTrue(ValueShapes.fits("author", "Tookey, Paula"));
        assertTrue(ValueShapes.fits("author", "Plato"));
        assertTrue(ValueShapes.fits("author", "村上春樹"));
        assertFalse(ValueShapes.fits("author", "Smith in context"));
        assertTrue(ValueShapes.fits("publishDate", "s.f."));
        assertFalse(ValueShapes.fits("url", "of the world"));
        assertTrue(ValueShapes.fits("title", "anything at all"));
    }

    @Test
    void markupIsStrippedOnlyWhenItIsClearlyMarkup() {
        assertEquals("<HTML> The Basics", PageFields.withoutMarkup("<HTML> The Basics"));
        assertEquals("A bold title", PageFields.withoutMarkup("A <b>bold</b> title"));
        assertFalse(PageFields.withoutMarkup("Title<script>alert(1)</script>").contains("script"));
        assertEquals("&lt;i&gt;", PageFields.withoutMarkup("&lt;i&gt;"));
    }

    @Test
    void staffViewsWithoutVersionSeparatedByABlankLineAreTwoRecords() throws IOException {
        String one = "author A, B\nformat Book\nid r1\ntitle One\n";
        String two = "author C, D\nformat Book\nid r2\ntitle Two\n";
        assertEquals(2, pages(one + "\n" + two).size());
        // A blank line inside one sorted view, before a later field, does not split it.
        assertEquals(1, pages("author A, B\nformat Book\n\nid r1\ntitle One\n").size());
    }
}
