package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameParserTest {

    /**
     * Personal headings. Particles follow CSL 1.0.2: lower-case particle opening the family part
     * is non-dropping, one closing the given part (catalog inversion) is dropping; in natural
     * order BibTeX's "von" rule makes it non-dropping. Empty cells are null.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # heading                                 | family      | given         | dropping | nonDropping | suffix | role        | roleTerm | lifeDates
        Tookey, Paula                              | Tookey      | Paula         |          |             |        |             |          |
        Mason, K. J.                               | Mason       | K. J.         |          |             |        |             |          |
        Smith, John, 1950-2010, editor             | Smith       | John          |          |             |        | EDITOR      | editor   | 1950-2010
        Smith, John, 1950-                         | Smith       | John          |          |             |        |             |          | 1950-
        Smith, John, b. 1950                       | Smith       | John          |          |             |        |             |          | b. 1950
        Smith, John, approximately 1600-1650       | Smith       | John          |          |             |        |             |          | approximately 1600-1650
        Smith, John (Editor)                       | Smith       | John          |          |             |        | EDITOR      | Editor   |
        Smith, John (Herausgeber)                  | Smith       | John          |          |             |        | EDITOR      | Herausgeber |
        Smith, John (Traductor)                    | Smith       | John          |          |             |        | TRANSLATOR  | Traductor |
        Smith, John, editor, translator            | Smith       | John          |          |             |        | EDITOR      | editor   |
        Smith, John (Editor) (Translator)          | Smith       | John          |          |             |        | EDITOR      | Editor   |
        Smith, John, ed.                           | Smith       | John          |          |             |        | EDITOR      | ed.      |
        Smith, editor                              | Smith       |               |          |             |        | EDITOR      | editor   |
        Wilson, Horace H., 1786 - 1860, Übers.     | Wilson      | Horace H.     |          |             |        | TRANSLATOR  | Übers.   | 1786 - 1860
        Jośī, Kanhaiyālāla, Hrsg.                  | Jośī        | Kanhaiyālāla  |          |             |        | EDITOR      | Hrsg.    |
        King, Martin Luther, Jr., 1929-1968        | King        | Martin Luther |          |             | Jr.    |             |          | 1929-1968
        Doe, John, III                             | Doe         | John          |          |             | III    |             |          |
        Martin Luther King, Jr.                    | King        | Martin Luther |          |             | Jr.    |             |          |
        Vico, Giambattista, 1668-1744.             | Vico        | Giambattista  |          |             |        |             |          | 1668-1744
        Bird, Sarah.                               | Bird        | Sarah         |          |             |        |             |          |
        Aristotle, 384-322 B.C.                    | Aristotle   |               |          |             |        |             |          | 384-322 B.C.
        Gogh, Vincent van                          | Gogh        | Vincent       | van      |             |        |             |          |
        van Gogh, Vincent                          | Gogh        | Vincent       |          | van         |        |             |          |
        van der Waals, Johannes Diderik            | Waals       | Johannes Diderik |       | van der     |        |             |          |
        de la Fontaine, Jean                       | Fontaine    | Jean          |          | de la       |        |             |          |
        von Neumann, John                          | Neumann     | John          |          | von         |        |             |          |
        d'Alembert, Jean                           | Alembert    | Jean          |          | d'          |        |             |          |
        Fontaine, Jean de la                       | Fontaine    | Jean          | de la    |             |        |             |          |
        Humboldt, Alexander von                    | Humboldt    | Alexander     | von      |             |        |             |          |
        Beethoven, Ludwig van                      | Beethoven   | Ludwig        | van      |             |        |             |          |
        Beethoven, Ludwig van, 1770-1827           | Beethoven   | Ludwig        | van      |             |        |             |          | 1770-1827
        De Gaulle, Charles                         | De Gaulle   | Charles       |          |             |        |             |          |
        Van Buren, Martin                          | Van Buren   | Martin        |          |             |        |             |          |
        D'Annunzio, Gabriele                       | D'Annunzio  | Gabriele      |          |             |        |             |          |
        Jeff Powis                                 | Powis       | Jeff          |          |             |        |             |          |
        Ken I. Getawitnez                          | Getawitnez  | Ken I.        |          |             |        |             |          |
        Ludwig van Beethoven                       | Beethoven   | Ludwig        |          | van         |        |             |          |
        Jean de La Fontaine                        | La Fontaine | Jean          |          | de          |        |             |          |
        Plato                                      | Plato       |               |          |             |        |             |          |
        Aristoteles                                | Aristoteles |               |          |             |        |             |          |
        Мураками, Харуки                           | Мураками    | Харуки        |          |             |        |             |          |
        Press, John                                | Press       | John          |          |             |        |             |          |
        Church, Alonzo, 1903-1995                  | Church      | Alonzo        |          |             |        |             |          | 1903-1995
        Union, Mary                                | Union       | Mary          |          |             |        |             |          |
        Alonzo Church                              | Church      | Alonzo        |          |             |        |             |          |
        Smith,   John                              | Smith       | John          |          |             |        |             |          |
        """)
    void parsesPersons(String heading, String family, String given, String dropping, String nonDropping,
                       String suffix, ContributorRole role, String roleTerm, String lifeDates) {
        ParsedName parsed = NameParser.parse(heading);
        Person p = assertInstanceOf(Person.class, parsed.agent());
        assertEquals(new Person(family, given, dropping, nonDropping, suffix, null), p);
        assertEquals(role, parsed.role().orElse(null), "role");
        assertEquals(roleTerm, parsed.roleTerm(), "roleTerm");
        assertEquals(lifeDates, parsed.lifeDates(), "lifeDates");
    }

    /** Headings that cannot be split safely stay whole; nothing is guessed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        村上春樹                         | 村上春樹
        村上 春樹                        | 村上 春樹
        ","                            | ","
        ", ,"                          | ", ,"
        (Editor)                       | (Editor)
        1950-2010                      | 1950-2010
        Tookey, Paula, Mason, Kate     | Tookey, Paula, Mason, Kate
        """)
    void keepsUnsplittableHeadingsWhole(String heading, String literal) {
        ParsedName parsed = NameParser.parse(heading);
        Person p = assertInstanceOf(Person.class, parsed.agent());
        assertEquals(Person.literal(literal), p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Unione matematica italiana                       | Unione matematica italiana                 |
        World Health Organization                        | World Health Organization                  |
        World Health Organization.                       | World Health Organization                  |
        World Health Organization (Author)               | World Health Organization                  | AUTHOR
        Harvard University. Department of Physics        | Harvard University. Department of Physics  |
        United States. Congress. Senate                  | United States. Congress. Senate            |
        Germany. Bundestag                               | Germany. Bundestag                         |
        Universität Wien, Institut für Geschichte        | Universität Wien, Institut für Geschichte  |
        Apple Inc.                                       | Apple Inc.                                 |
        UNESCO                                           | UNESCO                                     |
        """)
    void parsesOrganizations(String heading, String name, ContributorRole role) {
        ParsedName parsed = NameParser.parse(heading);
        assertEquals(new Organization(name), parsed.agent());
        assertEquals(role, parsed.role().orElse(null));
        assertNull(parsed.lifeDates());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        World Health Organization, issuing body                          | World Health Organization                          | CONTRIBUTOR
        International Congress of Mathematicians (1998 : Berlin, Germany) | International Congress of Mathematicians (1998 : Berlin, Germany) |
        Smith & Sons                                                     | Smith & Sons                                       |
        Congress, 1990, editor                                           | Congress, 1990                                     | EDITOR
        """)
    void parsesKnownOrganizations(String heading, String name, ContributorRole role) {
        ParsedName parsed = NameParser.parseOrganization(heading);
        assertEquals(new Organization(name), parsed.agent());
        assertEquals(role, parsed.role().orElse(null));
    }

    @Test
    void blankHeadingIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> NameParser.parse("  \u00A0 "));
        assertThrows(IllegalArgumentException.class, () -> NameParser.parseOrganization(""));
        assertThrows(NullPointerException.class, () -> NameParser.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", ")", "((((", "[Editor", "a, (b, c", "., ., .", "'", "d'", "van", "van, ",
        "Smith, John, (Editor)", "-", "Jr.", "III, Jr.", "(1950-2010)", "\u0301", "😀 😀", ", editor"})
    void neverThrowsOnGarbage(String heading) {
        ParsedName parsed = assertDoesNotThrow(() -> NameParser.parse(heading));
        assertTrue(parsed.agent().displayName().length() > 0);
        assertDoesNotThrow(() -> NameParser.parseOrganization(heading));
        assertDoesNotThrow(() -> NameParser.splitJoinedHeadings(heading));
    }

    @Test
    void handlesVeryLongHeadingsInLinearTime() {
        String longName = "Smith, " + "Jo".repeat(200_000) + ", 1950-";
        ParsedName parsed = assertDoesNotThrow(() -> NameParser.parse(longName));
        assertEquals("Smith", ((Person) parsed.agent()).family());
        assertEquals("1950-", parsed.lifeDates());
        assertDoesNotThrow(() -> NameParser.parse("Smith, John, " + "1".repeat(100_000) + "-"));
        String manyCommas = ", a".repeat(50_000);
        assertDoesNotThrow(() -> NameParser.parse(manyCommas));
        assertEquals(25_000, NameParser.splitJoinedHeadings(manyCommas).size()); // "a, a" pairs
    }

    /** Expected headings are separated by " ; " in the second column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Tookey, Paula, Mason, Kate, Broad, Jennifer          | Tookey, Paula ; Mason, Kate ; Broad, Jennifer
        Smith, John, 1950-2010, Doe, Jane                    | Smith, John, 1950-2010 ; Doe, Jane
        King, Martin Luther, Jr., 1929-1968, Doe, Jane       | King, Martin Luther, Jr., 1929-1968 ; Doe, Jane
        Smith, John (Editor), Doe, Jane                      | Smith, John (Editor) ; Doe, Jane
        Smith, John, editor, Doe, Jane, translator           | Smith, John, editor ; Doe, Jane, translator
        World Health Organization                            | World Health Organization
        World Health Organization, Smith, John, Doe, Jane    | World Health Organization ; Smith, John ; Doe, Jane
        Smith, John, World Health Organization               | Smith, John ; World Health Organization
        Plato                                                | Plato
        Tookey, Paula, Plato                                 | Tookey, Paula ; Plato
        Jeff Powis, Jane Doe, Al Lusion                      | Jeff Powis ; Jane Doe ; Al Lusion
        Vico, Giambattista, 1668-1744                        | Vico, Giambattista, 1668-1744
        """)
    void splitsJoinedHeadings(String line, String expected) {
        List<String> want = Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
        assertEquals(want, NameParser.splitJoinedHeadings(line));
    }

    @Test
    void splitOfBlankOrNullIsEmpty() {
        assertEquals(List.of(), NameParser.splitJoinedHeadings(null));
        assertEquals(List.of(), NameParser.splitJoinedHeadings(" , "));
    }

    /** The seed's "Autores principales" line: every heading parses to family + given. */
    @Test
    void seedHeaderLineSplitsIntoSixPersons() {
        List<String> headings = NameParser.splitJoinedHeadings(
                "Tookey, Paula, Mason, Kate, Broad, Jennifer, Behm, Marty, Bondy, Lise, Powis, Jeff");
        assertEquals(List.of("Tookey", "Mason", "Broad", "Behm", "Bondy", "Powis"),
                headings.stream().map(h -> ((Person) NameParser.parse(h).agent()).family()).toList());
    }
}
