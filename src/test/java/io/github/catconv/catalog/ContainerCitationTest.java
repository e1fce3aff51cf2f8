package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.catconv.model.PageRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerCitationTest {

    /** text | title | volume | issue | pages | year; empty cells are absent parts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "J 6(ICFP):679-710|J|6|ICFP|679-710|",
        "Proc. ACM Program. Lang. 6(ICFP):679-710|Proc. ACM Program. Lang.|6|ICFP|679-710|",
        "Vol. 134, no. 3 (2005), p. 42-51||134|3|42-51|2005",
        "Journal of Fluid Mechanics, Vol. 134, no. 3 (2005), p. 42-51|Journal of Fluid Mechanics|134|3|42-51|2005",
        "IEEE Trans. Softw. Eng., vol. 7, iss. 4, pp. 616-636|IEEE Trans. Softw. Eng.|7|4|616-636|",
        "134:12-28||134||12-28|",
        "Nature 134:12-28|Nature|134||12-28|",
        "(2015), p. 279-288||||279-288|2015",
        "Zeitschrift für Physik. - Bd. 12, H. 3, S. 5-9|Zeitschrift für Physik.|12|3|5-9|",
        "Annales de l'Institut Fourier, t. 4, n° 2, p. 10-20|Annales de l'Institut Fourier|4|2|10-20|",
        "Archiv für Kulturgeschichte, Jg. 5 (1999) Nr. 2|Archiv für Kulturgeschichte|5|2||1999",
        "Revista de Filología, vol. 3, núm. 1, pág. 7-19|Revista de Filología|3|1|7-19|",
        "Вопросы истории, Т. 30, № 4 (1941), С. 299-303|Вопросы истории|30|4|299-303|1941",
        "Rivista di storia, anno 12, fasc. 3, pp. 45–67|Rivista di storia|12|3|45–67|",
        "Tijdschrift voor Geschiedenis, deel 88, afl. 2, blz. 100 - 120|Tijdschrift voor Geschiedenis|88|2|100 - 120|",
        "Historisk tidskrift, årg. 101, h. 2, s. 33--40|Historisk tidskrift|101|2|33--40|",
        "Český časopis historický, roč. 9, č. 1, s. 1-20|Český časopis historický|9|1|1-20|",
        "Kwartalnik Historyczny, R. 5, zesz. 3, s. 7-9|Kwartalnik Historyczny|5|3|7-9|",
        "Int. J. Mod. Phys. A, vol. 30, p. 1540017:1-1540017:16|Int. J. Mod. Phys. A|30||1540017:1-1540017:16|",
        "PLoS ONE, vol. 5, no. 2, e1234|PLoS ONE|5|2|e1234|",
        "Sci. Rep. 12, Article 4711 (2022)|Sci. Rep.|12||Article 4711|2022",
        "Chem. Ber., Bd. 3, Artikel-Nr. 17|Chem. Ber.|3||Artikel-Nr. 17|",
        "Nature 12(3)|Nature|12|3||",
    })
    void splitsTitleAndNumbering(String text, String title, String volume, String issue, String pages, String year) {
        ContainerCitation c = ContainerCitation.parse(text);
        assertEquals(title, c.title(), "title");
        assertEquals(volume, c.volume(), "volume");
        assertEquals(issue, c.issue(), "issue");
        assertEquals(pages, c.pages(), "pages");
        assertEquals(year, c.year(), "year");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Journal of Physics A", "Nature", "Science 2.0: a review", "Proceedings of the 2001 workshop",
        "Notes and Queries", "Anno Domini studies", "Studies in 1848"})
    void aTitleWithoutNumberingStaysWhole(String text) {
        ContainerCitation c = ContainerCitation.parse(text);
        assertEquals(text, c.title());
        assertFalse(c.hasNumbering());
    }

    /** text | first | last */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "679-710|679|710",
        "679–710|679|710",
        "679 – 710|679|710",
        "679--710|679|710",
        "S12-S19|S12|S19",
        "1540017:1-1540017:16|1540017:1|1540017:16",
        "e1234|e1234|",
        "xii-xx|xii|xx",
        "42.|42|",
    })
    void keepsRangesAsRanges(String text, String first, String last) {
        PageRange p = ContainerCitation.pageRange(text);
        assertEquals(first, p.first());
        assertEquals(last, p.last());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", " ", ".", " ., ;"})
    void punctuationIsNoPageRange(String text) {
        assertNull(ContainerCitation.pageRange(text));
        assertNull(ContainerCitation.pageRange(null));
    }

    /** Texts with no numbering, or only its words, stay all title (none for only separators). */
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, value = {
        "|-", " |-", ":|-", " : ; |-", "(|(", "p.|p.", "vol.|vol.", "12(|12(", "((((((((((((((((((((|((((((((((((((((((((",
    })
    void oddTextsAreNoNumbering(String text, String title) {
        ContainerCitation c = ContainerCitation.parse(text);
        assertFalse(c.hasNumbering());
        assertEquals(title, c.title());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Article 12", "Art. 12", "Artikel-Nr. 12", "12, 15-18"})
    void keepsArticleNumbersWhole(String text) {
        PageRange p = ContainerCitation.pageRange(text);
        assertNull(p.first());
        assertEquals(text, p.format("--"));
    }
}
