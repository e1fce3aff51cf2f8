package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one intake: what it keeps, what it warns about and in which words, and what it takes as the same. */
class IdentifierIntakeTest {

    private final List<String> warnings = new ArrayList<>();
    private final IdentifierIntake intake = new IdentifierIntake("rec-1",
            (line, recordId, message) -> warnings.add(line + " [" + recordId + "] " + message));

    @Test
    void wrongCheckDigitIsKeptAsCataloguedWithAWarning() {
        intake.add(IdentifierScheme.ISBN, " 0-19-852663-7 ", "isbn", 12);
        assertEquals(List.of(new Identifier(IdentifierScheme.ISBN, "0198526637", "0-19-852663-7")), intake.identifiers());
        assertEquals(List.of("12 [rec-1] isbn '0-19-852663-7' is an ISBN with a wrong check digit; kept as catalogued"),
                warnings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "ISBN  | invalid-isbn  | marc:020$a    | marc:020$a 'invalid-isbn' is not an ISBN; ignored",
        "ISSN  | 0041-708      | issn          | issn '0041-708' is not an ISSN; ignored",
        "DOI   | 11.1000/xyz   | doi_str_mv    | doi_str_mv '11.1000/xyz' is not a DOI; ignored",
        "LCCN  | n/a           | lccn          | lccn 'n/a' is not an LCCN; ignored",
        "OCLC  | unknown       | oclc_num      | oclc_num 'unknown' is not an OCLC number; ignored",
        "URN   | nbn:de:1-2    | marc:024$a    | marc:024$a 'nbn:de:1-2' is not a URN; ignored",
        "ISMN  | M-2306-7118-8 | marc:024$a    | marc:024$a 'M-2306-7118-8' is an ISMN with a wrong check digit; kept as catalogued",
        "ISSN  | 2049-3690     | marc:022$a    | marc:022$a '2049-3690' is an ISSN with a wrong check digit; kept as catalogued",
    })
    void warnsInOneShapeNamingTheField(IdentifierScheme scheme, String raw, String field, String message) {
        intake.add(scheme, raw, field, 3);
        assertEquals(List.of("3 [rec-1] " + message), warnings);
        assertEquals(message.endsWith("kept as catalogued") ? 1 : 0, intake.identifiers().size());
    }

    @Test
    void blankValuesAreNothingAndPassSilently() {
        intake.add(IdentifierScheme.ISBN, "  ", "isbn", 1);
        intake.add(IdentifierScheme.LCCN, null, "lccn", 1);
        intake.addControlNumber(" ");
        assertTrue(intake.identifiers().isEmpty());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    /** Each pair is one identifier spelled two ways: the first spelling stays, the second is not added. */
    @ParameterizedTest(name = "{0} {1} ~ {2}")
    @CsvSource(delimiter = '|', value = {
        "LCCN | sn 84006638                    | sn84006638                 | sn84006638",
        "LCCN | 84643014 //r88                 | 84643014                   | 84643014",
        "ISBN | 0822307022                     | 978-0-8223-0702-0          | 0822307022",
        "ISBN | 978-0-8223-0702-0              | 0-8223-0702-2              | 9780822307020",
        "DOI  | https://doi.org/10.1000/XYZ123 | 10.1000/xyz123             | 10.1000/XYZ123",
        "DOI  | doi:10.1000/xyz123.            | http://dx.doi.org/10.1000/xyz123 | 10.1000/xyz123",
        "ISSN | 00417084                       | ISSN 0041-7084             | 0041-7084",
        "ISMN | M-2306-7118-7                  | 979-0-2306-7118-7          | M230671187",
        "OCLC | (OCoLC)ocm00012345             | 12345                      | 12345",
    })
    void oneIdentifierSpelledTwoWaysIsTakenOnce(IdentifierScheme scheme, String first, String second, String value) {
        Identifier kept = intake.add(scheme, first, "a", 1).orElseThrow();
        assertEquals(kept, intake.add(scheme, second, "b", 2).orElseThrow(), "the second spelling gives the first back");
        assertEquals(List.of(new Identifier(scheme, value, first.strip())), intake.identifiers());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void anIsbn10WithAWrongCheckDigitIsNotTheIsbn13OfItsDigits() {
        intake.add(IdentifierScheme.ISBN, "0822307023", "isbn", 1);
        intake.add(IdentifierScheme.ISBN, "9780822307020", "isbn", 1);
        assertEquals(2, intake.identifiers().size());
    }

    @Test
    void differentSchemesDoNotMeet() {
        intake.add(IdentifierScheme.PMID, "12345", "a", 1);
        intake.add(IdentifierScheme.OCLC, "12345", "b", 1);
        assertEquals(List.of(IdentifierScheme.PMID, IdentifierScheme.OCLC),
                intake.identifiers().stream().map(Identifier::scheme).toList());
    }

    @Test
    void controlNumbersAndUrlsGoThroughTheSameDedupe() {
        intake.add(IdentifierScheme.OCLC, "5831268", "oclc_num", 1);
        intake.addControlNumber("ocm05831268 820113");
        intake.addControlNumber("(DE-599)GBV690250223");
        intake.add(IdentifierScheme.DOI, "10.1186/S12954-018-0245-7", "doi_str_mv", 2);
        intake.addFromUrl("http://dx.doi.org/10.1186/s12954-018-0245-7");
        intake.addFromUrl("https://example.org/no/identifier/here");
        assertEquals(List.of(new Identifier(IdentifierScheme.OCLC, "5831268", "5831268"),
                new Identifier(IdentifierScheme.CONTROL_NUMBER, "(DE-599)GBV690250223", "(DE-599)GBV690250223"),
                new Identifier(IdentifierScheme.DOI, "10.1186/S12954-018-0245-7", "10.1186/S12954-018-0245-7")),
                intake.identifiers());
        assertTrue(warnings.isEmpty(), "a URL without an identifier is no fault: " + warnings);
    }

    @Test
    void unionKeepsTheFirstListsSpellingAndOrder() {
        List<Identifier> solr = List.of(Identifier.of(IdentifierScheme.LCCN, "sn84006638"),
                Identifier.of(IdentifierScheme.ISBN, "9780822307020"));
        List<Identifier> marc = List.of(Identifier.of(IdentifierScheme.ISBN, "0822307022"),
                Identifier.of(IdentifierScheme.DOI, "10.1000/xyz"), Identifier.of(IdentifierScheme.LCCN, "sn84006638"));
        assertEquals(List.of(solr.get(0), solr.get(1), marc.get(1)), IdentifierIntake.union(solr, marc));
    }
}
