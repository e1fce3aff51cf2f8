package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "978-90-420-3464-8          | 9789042034648 | true",
        "9789042034649              | 9789042034649 | false",
        "0-19-852663-6 (pbk.)       | 0198526636    | true",
        "ISBN 0-19-852663-6         | 0198526636    | true",
        "ISBN-13: 978-90-420-3464-8 | 9789042034648 | true",
        "0-8044-2957-x              | 080442957X    | true",
        "0-8044-2957-5              | 0804429575    | false",
        "978 3 16 148410 0 : 12 EUR | 9783161484100 | true",
        "12345                      | -             | false",
        "1234567890123              | -             | false",
        "(pbk.)                     | -             | false",
        "X123456789                 | -             | false",
    })
    void normalizesAndChecksIsbn(String raw, String normalized, boolean valid) {
        assertEquals(normalized, Identifiers.normalizeIsbn(raw).orElse(null));
        assertEquals(valid, Identifiers.isValidIsbn(normalized));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "00417084          | 0041-7084 | true",
        "0041-7084         | 0041-7084 | true",
        "ISSN 1477-7517    | 1477-7517 | true",
        "0317-8471         | 0317-8471 | true",
        "2049-369x         | 2049-369X | true",
        "2049-3690         | 2049-3690 | false",
        "0378-5955 (Print) | 0378-5955 | true",
        "0041-708          | -         | false",
        "0041-70844        | -         | false",
    })
    void normalizesAndChecksIssn(String raw, String normalized, boolean valid) {
        assertEquals(normalized, Identifiers.normalizeIssn(raw).orElse(null));
        assertEquals(valid, Identifiers.isValidIssn(normalized));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "10.1186/s12954-018-0245-7                         | 10.1186/s12954-018-0245-7",
        "https://doi.org/10.1186/s12954-018-0245-7         | 10.1186/s12954-018-0245-7",
        "http://dx.doi.org/10.1186/s12954-018-0245-7       | 10.1186/s12954-018-0245-7",
        "HTTPS://DX.DOI.ORG/10.1186/S12954-018-0245-7      | 10.1186/S12954-018-0245-7",
        "doi:10.1000/xyz123.                               | 10.1000/xyz123",
        "DOI 10.1000/xyz123,                               | 10.1000/xyz123",
        "doi: 10.1000/xyz123;                              | 10.1000/xyz123",
        "https://doi.org/10.1000%2Fxyz123                  | 10.1000/xyz123",
        "10.1000%2fxyz123                                  | 10.1000/xyz123",
        "10.1016/0006-2952(75)90184-X                      | 10.1016/0006-2952(75)90184-X",
        "10.1016/0006-2952(75)90184-X)                     | 10.1016/0006-2952(75)90184-X",
        "10.1002/(SICI)1097-4636(199905)45:2<123::AID-JBM7>3.0.CO;2-1 | 10.1002/(SICI)1097-4636(199905)45:2<123::AID-JBM7>3.0.CO;2-1",
        "info:doi/10.1000.10/abc                           | 10.1000.10/abc",
        "10.1000/                                          | -",
        "11.1000/xyz                                       | -",
        "10.10/xyz                                         | -",
        "https://example.org/10.1000/xyz                   | -",
        "see 10.1000/xyz                                   | -",
        "dx.doi.org/10.1000/xyz123                         | 10.1000/xyz123",
        "www.doi.org/10.1000/xyz123                        | 10.1000/xyz123",
        "https://hdl.handle.net/10.1000/xyz123             | 10.1000/xyz123",
        "hdl.handle.net/10.1000%2Fxyz123                   | 10.1000/xyz123",
        "https://doi.org/10.1000/xyz123.                   | 10.1000/xyz123",
    })
    void normalizesDoi(String raw, String expected) {
        assertEquals(expected, Identifiers.normalizeDoi(raw).orElse(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // the seed record's three links
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/  | PMCID  | PMC6092784",
        "https://www.ncbi.nlm.nih.gov/pubmed/30107808           | PMID   | 30107808",
        "http://dx.doi.org/10.1186/s12954-018-0245-7            | DOI    | 10.1186/s12954-018-0245-7",
        "https://pubmed.ncbi.nlm.nih.gov/30107808/              | PMID   | 30107808",
        "https://pmc.ncbi.nlm.nih.gov/articles/pmc6092784/      | PMCID  | PMC6092784",
        "https://doi.org/10.1002%2F(SICI)1097-4636(199905)45%3A2%3C123%3A%3AAID-JBM7%3E3.0.CO%3B2-1 | DOI | 10.1002/(SICI)1097-4636(199905)45:2<123::AID-JBM7>3.0.CO;2-1",
        "https://onlinelibrary.wiley.com/doi/abs/10.1111/j.1365-2648.2010.05323.x/abstract | DOI | 10.1111/j.1365-2648.2010.05323.x",
        "https://www.tandfonline.com/doi/full/10.1080/09540121.2018.1500010 | DOI | 10.1080/09540121.2018.1500010",
        "https://hdl.handle.net/2027/mdp.39015012345678?urlappend=x | HANDLE | 2027/mdp.39015012345678",
        "http://hdl.handle.net/10.1000/182                      | DOI    | 10.1000/182",
        "https://arxiv.org/abs/2101.00001v2                     | ARXIV  | 2101.00001v2",
        "https://arxiv.org/pdf/hep-th/9901001.pdf               | ARXIV  | hep-th/9901001",
        "https://nbn-resolving.org/urn:nbn:de:bvb:19-146642     | URN    | urn:nbn:de:bvb:19-146642",
        "http://nbn-resolving.de/urn/resolver.pl?urn=urn:nbn:de:gbv:7-1234&x=1 | URN | urn:nbn:de:gbv:7-1234",
        "https://pubmed.ncbi.nlm.nih.gov/123/                   | PMID   | 123",
        "https://pubmed.ncbi.nlm.nih.gov/123456789              | PMID   | 123456789",
        "http://www.ncbi.nlm.nih.gov/pubmed/123                 | PMID   | 123",
        "https://www.ncbi.nlm.nih.gov/pubmed/?term=123          | PMID   | 123",
        "https://www.ncbi.nlm.nih.gov/pubmed?term=30107808%5Buid%5D | PMID | 30107808",
        "https://pubmed.ncbi.nlm.nih.gov/?term=30107808&sort=date | PMID | 30107808",
        "https://europepmc.org/article/MED/30107808             | PMID   | 30107808",
        "https://europepmc.org/abstract/MED/30107808            | PMID   | 30107808",
        "https://europepmc.org/article/PMC/PMC6092784           | PMCID  | PMC6092784",
        "https://arxiv.org/abs/hep-th/9901001v2                 | ARXIV  | hep-th/9901001v2",
    })
    void findsIdentifiersInUrls(String url, IdentifierScheme scheme, String value) {
        assertEquals(List.of(new Identifier(scheme, value, url)), Identifiers.fromUrl(url));
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @NullAndEmptySource
    @ValueSource(strings = {
        "http://example.org/v10.2/page/10.5",            // "10." but no DOI
        "https://www.example.org/reports/10.1000.pdf",
        "https://example.org/pubmed/30107808",            // PMID-looking number elsewhere
        "https://www.ncbi.nlm.nih.gov/books/NBK30107808/",
        "https://pubmed.ncbi.nlm.nih.gov/?term=smith",
        "https://pubmed.ncbi.nlm.nih.gov/?term=123+smith",
        "https://www.ncbi.nlm.nih.gov/pubmed/1234567890",
        "https://pubmed.ncbi.nlm.nih.gov/clinical/?term=123",
        "https://arxiv.org/list/hep-th/new2",
        "ftp://doi.org/10.1000/xyz",
        "not a url 10.1000/xyz"})
    void firesOnNothingElse(String url) {
        assertTrue(Identifiers.fromUrl(url).isEmpty(), () -> String.valueOf(Identifiers.fromUrl(url)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "(OCoLC)12345                | OCLC           | 12345",
        "(OCoLC)ocm00012345          | OCLC           | 12345",
        "ocm12345678                 | OCLC           | 12345678",
        "ocn123456789                | OCLC           | 123456789",
        "on1234567890                | OCLC           | 1234567890",
        "(DE-599)GBV690250223        | CONTROL_NUMBER | (DE-599)GBV690250223",
        "12345                       | CONTROL_NUMBER | 12345",
        "(OCoLC)abc                  | CONTROL_NUMBER | (OCoLC)abc",
    })
    void readsControlNumbers(String raw, IdentifierScheme scheme, String value) {
        Identifier id = Identifiers.fromControlNumber(raw).orElseThrow();
        assertEquals(scheme, id.scheme());
        assertEquals(value, id.value());
        assertEquals(raw, id.raw());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankControlNumberIsEmpty(String raw) {
        assertTrue(Identifiers.fromControlNumber(raw).isEmpty());
    }

    @Test
    void controlNumberWithAnEntryDateIsTheOclcNumber() {
        Identifier id = Identifiers.fromControlNumber("ocm05831268 820113").orElseThrow();
        assertEquals(new Identifier(IdentifierScheme.OCLC, "5831268", "ocm05831268 820113"), id);
    }

    /** The examples of LC's "LCCN normalization" (MARC LCCN namespace page), and shapes that are no LCCN. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, value = {
        "n78-890351|n78890351",
        "n78-89035|n78089035",
        "n 78890351 |n78890351",
        " 85000002 |85000002",
        "85-2 |85000002",
        "2001-000002|2001000002",
        "75-425165//r75|75425165",
        " 79139101 /AC/r932|79139101",
        "sn 84006638|sn84006638",
        "sn84006638|sn84006638",
        "SN 84006638|sn84006638",
        "   84643014 //r88|84643014",
        "agr15-1234|agr15001234",
        "n78-1234567|-",
        "n78-12a|-",
        "12345|-",
        "abcd12345678|-",
        "abc2001000002|-",
        "n/a|-",
    })
    void normalizesLccn(String raw, String expected) {
        assertEquals(expected, Identifiers.normalizeLccn(raw).orElse(null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "PMID   | 30107808                  | 30107808",
        "PMID   | PMID: 30107808            | 30107808",
        "PMID   | 030107808                 | 30107808",
        "PMID   | 0                         | -",
        "PMID   | 123456789                 | 123456789",
        "PMID   | 1234567890                | -",
        "PMID   | pmid:123                  | 123",
        "PMID   | PMID 7                    | 7",
        "ARXIV  | arXiv:2101.00001v2 [hep-th] | 2101.00001v2",
        "ARXIV  | arXiv:hep-th/9901001v3    | hep-th/9901001v3",
        "PMCID  | PMC123456789              | PMC123456789",
        "PMID   | PMC6092784                | -",
        "PMCID  | PMC6092784                | PMC6092784",
        "PMCID  | pmc6092784                | PMC6092784",
        "PMCID  | PMCID: PMC6092784         | PMC6092784",
        "PMCID  | 6092784                   | -",
        "OCLC   | 10945712                  | 10945712",
        "OCLC   | (OCoLC)ocm00012345        | 12345",
        "OCLC   | ocm05831268 820113        | 5831268",
        "OCLC   | on1234567890              | 1234567890",
        "OCLC   | (OCoLC)                   | -",
        "OCLC   | abc                       | -",
        "HANDLE | 2027/mdp.39015012345678   | 2027/mdp.39015012345678",
        "HANDLE | hdl:2027/mdp.39015012345678 | 2027/mdp.39015012345678",
        "HANDLE | https://hdl.handle.net/2027/mdp.39015012345678?urlappend=x | 2027/mdp.39015012345678",
        "HANDLE | 2027                      | -",
        "HANDLE | 2027/                     | -",
        "ARXIV  | 2101.00001v2              | 2101.00001v2",
        "ARXIV  | arXiv:2101.00001          | 2101.00001",
        "ARXIV  | hep-th/9901001            | hep-th/9901001",
        "ARXIV  | math.GT/0309136           | math.GT/0309136",
        "ARXIV  | 2101.001                  | -",
        "ARXIV  | hep-th/990100             | -",
        "URN    | urn:nbn:de:bvb:19-146642  | urn:nbn:de:bvb:19-146642",
        "URN    | URN:NBN:de:bvb:19-146642  | urn:nbn:de:bvb:19-146642",
        "URN    | urn:isbn:0451450523       | urn:isbn:0451450523",
        "URN    | urn:                      | -",
        "URN    | nbn:de:bvb:19-146642      | -",
        "ISMN   | M-2306-7118-7             | M230671187",
        "ISMN   | ISMN 979-0-2306-7118-7    | 9790230671187",
        "ISMN   | m 2306 7118 7             | M230671187",
        "ISMN   | ' M-2306-7118-7'          | M230671187",
        "ISMN   | 979-1-2306-7118-7         | -",
        "ISMN   | M-2306-7118               | -",
        "CONTROL_NUMBER | ' (DE-599)GBV690250223 ' | (DE-599)GBV690250223",
        "CONTROL_NUMBER | ' '                   | -",
        "DOI    | https://doi.org/10.1000/xyz123 | 10.1000/xyz123",
        "ISBN   | 0-19-852663-6 (pbk.)      | 0198526636",
        "ISSN   | ISSN 1477-7517            | 1477-7517",
    })
    void normalizesEveryScheme(IdentifierScheme scheme, String raw, String expected) {
        assertEquals(expected, Identifiers.normalize(scheme, raw).orElse(null));
    }

    /** Check digits: ISBN-10 mod 11, ISBN-13 and ISMN EAN-13, ISSN mod 11; schemes without one always hold. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "ISBN  | 0198526636     | true",
        "ISBN  | 0198526637     | false",
        "ISBN  | 080442957X     | true",
        "ISBN  | 9780198526636  | true",
        "ISBN  | 9780198526635  | false",
        "ISSN  | 0378-5955      | true",
        "ISSN  | 2049-3690      | false",
        "ISMN  | M230671187     | true",
        "ISMN  | 9790230671187  | true",
        "ISMN  | M230671188     | false",
        "ISMN  | 9790230671180  | false",
        "LCCN  | sn84006638     | true",
        "DOI   | 10.1000/xyz123 | true",
        "OCLC  | 12345          | true",
    })
    void checksCheckDigits(IdentifierScheme scheme, String normalized, boolean holds) {
        assertEquals(holds, Identifiers.checkDigitHolds(scheme, normalized));
    }

    /** One identifier written two ways has one key; different ones, or the same digits in two schemes, do not. */
    @ParameterizedTest(name = "{0} {1} ~ {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "ISBN   | 0822307022       | 9780822307020    | true",
        "ISBN   | 080442957X       | 9780804429573    | true",
        "ISBN   | 0822307022       | 9790822307020    | false",
        "ISBN   | 0822307023       | 9780822307020    | false",
        "ISBN   | 9789042034648    | 9789042034648    | true",
        "ISMN   | M230671187       | 9790230671187    | true",
        "DOI    | 10.1000/ABC      | 10.1000/abc      | true",
        "DOI    | 10.1000/abc      | 10.1000/abd      | false",
        "LCCN   | sn84006638       | sn84006638       | true",
        "HANDLE | 2027/MDP.1       | 2027/mdp.1       | true",
    })
    void matchKeyJoinsOneIdentifierWrittenTwoWays(IdentifierScheme scheme, String a, String b, boolean same) {
        assertEquals(same, Identifiers.matchKey(scheme, a).equals(Identifiers.matchKey(scheme, b)));
    }

    @Test
    void matchKeyKeepsSchemesApart() {
        assertNotEquals(Identifiers.matchKey(IdentifierScheme.PMID, "12345"), Identifiers.matchKey(IdentifierScheme.OCLC, "12345"));
    }
}
