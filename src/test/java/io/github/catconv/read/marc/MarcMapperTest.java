package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.RecordType;
import io.github.catconv.read.ReadContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MARC table of docs/marc-mapping.md, on staff-view rows (so each case reads like the MARC
 * it tests) and on VuFind's fixture 690250223 (fullrecord of solr/13-690250223.json).
 */
class MarcMapperTest {

    private final List<Diagnostic> diags = new ArrayList<>();

    private BibRecord map(String... rows) {
        List<String> lines = new ArrayList<>(List.of(rows));
        return new MarcMapper(ReadContext.of("t", diags::add)).map(MarcStaffView.parse(lines, 1), "fallback", 1);
    }

    private static String names(BibRecord r) {
        StringBuilder sb = new StringBuilder();
        for (Contributor c : r.contributors()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(c.role()).append(' ').append(c.agent().displayName());
        }
        return sb.toString();
    }

    @Test
    void fixture690250223() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/marc-staffview-de-690250223.txt"), StandardCharsets.UTF_8);
        BibRecord r = new MarcMapper(ReadContext.of("t", diags::add)).map(MarcStaffView.parse(lines, 1), null, 1);
        assertEquals("690250223", r.id());
        assertEquals(RecordType.BOOK, r.type());
        assertEquals("Politics otherwise", r.title().orElseThrow());
        assertEquals("Shakespeare as social and political critique", r.subtitle().orElseThrow());
        assertEquals("EDITOR Donskis, Leonidas", names(r), "700 without relator, named in 245$c 'ed. by'");
        assertEquals("Amsterdam", r.place().orElseThrow());
        assertEquals("Rodopi", r.publisher().orElseThrow());
        assertEquals("2012", r.issued().orElseThrow().raw());
        assertEquals("XIV, 180 S. 23 cm", r.physicalDescription().orElseThrow());
        assertEquals("180", r.numberOfPages().orElseThrow());
        assertEquals("9789042034648", r.identifier(IdentifierScheme.ISBN).orElseThrow());
        assertEquals("(DE-599)GBV690250223", r.identifier(IdentifierScheme.CONTROL_NUMBER).orElseThrow());
        assertEquals("en", r.language().orElseThrow());
        assertEquals("Value inquiry book series", r.series().get(0).title());
        assertEquals("242", r.series().get(0).number());
        assertEquals(1, r.series().size(), "830 repeats the 490 series");
        assertEquals(24, r.provenance().get("title").line(), "provenance points at the 245 row");
        assertTrue(diags.isEmpty(), diags.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "¦", value = {
        "relator code $4¦700 1  |a Nice, Richard, |4 trl¦TRANSLATOR Nice, Richard",
        "relator term $e¦700 1  |a Richardson, John G., |e editor.¦EDITOR Richardson, John G.",
        "main entry without relator¦100 1  |a Vico, Giambattista, |d 1668-1744.¦AUTHOR Vico, Giambattista",
        "added entry without relator¦700 1  |a Pandolfi, Claudia¦CONTRIBUTOR Pandolfi, Claudia",
        "corporate body with subordinate unit¦110 2  |a United States. |b Congress.¦AUTHOR United States. Congress",
        "meeting: $e is a unit, $j the relator¦711 2  |a Joint Conference on Digital Libraries |n (1st : |d 2001 : |c Roanoke, Va.) |j host¦CONTRIBUTOR Joint Conference on Digital Libraries (1st : 2001 : Roanoke, Va.)"})
    void names(String name, String row, String expected) {
        assertEquals(expected, names(map("245 10 |a T", row)));
    }

    @ParameterizedTest(name = "leader {0}")
    @CsvSource({
        "00000nam a2200000 a 4500, BOOK", "00000naa a2200000 a 4500, CHAPTER", "00000nab a2200000 a 4500, ARTICLE_JOURNAL",
        "00000nas a2200000 a 4500, PERIODICAL", "00000ncm a2200000 a 4500, MUSICAL_SCORE", "00000nem a2200000 a 4500, MAP",
        "00000ngm a2200000 a 4500, MOTION_PICTURE", "00000njm a2200000 a 4500, SONG", "00000nkm a2200000 a 4500, GRAPHIC",
        "00000ntm a2200000 a 4500, MANUSCRIPT"})
    void typeFromLeader(String leader, RecordType expected) {
        assertEquals(expected, map("LEADER " + leader, "245 10 |a T").type());
    }

    @Test
    void thesisFrom502() {
        assertEquals(RecordType.THESIS, map("LEADER 00000nam a2200000 a 4500", "245 10 |a T", "502    |a Thèse--Paris, 1924.").type());
    }

    @Test
    void publicationStatementOf264Wins() {
        BibRecord r = map("245 10 |a T", "264  4 |c ©1987", "264  1 |a New York : |b Viking, |c [1988]");
        assertEquals("New York", r.place().orElseThrow());
        assertEquals("Viking", r.publisher().orElseThrow());
        assertEquals(1988, r.issued().orElseThrow().year().orElseThrow());
    }

    @Test
    void dateFrom008WhenNoImprintDate() {
        BibRecord r = map("008 120419s2012    ne            000 0 eng d", "245 10 |a T");
        assertEquals("2012", r.issued().orElseThrow().raw());
        assertEquals("en", r.language().orElseThrow(), "008/35-37");
    }

    @Test
    void titleWithPartNumberAndName() {
        BibRecord r = map("245 04 |a The Foo: |b Bar! / |c Test Author. |n 2. |p Return");
        assertEquals("The Foo. 2. Return", r.title().orElseThrow());
        assertEquals("Bar!", r.subtitle().orElseThrow());
    }

    @Test
    void hostItem773() {
        BibRecord r = map("LEADER 00000nab a2200000 a 4500", "245 10 |a Adding is Commutative",
                "773 0  |t Arithmetic Facts |g Vol. 1, no. 1 (Apr. 2023), p. 5-9 |x 0028-0836");
        assertEquals("Arithmetic Facts", r.container().orElseThrow().title());
        assertEquals("1", r.container().orElseThrow().volume());
        assertEquals("1", r.container().orElseThrow().issue());
        assertEquals("5-9", r.container().orElseThrow().pages().format("-"));
        assertEquals("0028-0836", r.container().orElseThrow().identifiers().get(0).value());
    }

    @Test
    void identifiersNotesSubjectsUrls() {
        BibRecord r = map("245 10 |a T", "020    |a 0-19-852663-6 (pbk.)", "024 7  |a 10.1186/s12954-018-0245-7 |2 doi",
                "035    |a (OCoLC)ocm30585539", "500    |a Italian and Latin.", "520    |a Sample abstract.",
                "520 1  |a A review.", "650  0 |a Naples (Kingdom) |x History |y Spanish rule, 1442-1707 |v Sources.",
                "856 40 |u https://doi.org/10.1038/171737a0");
        assertEquals("0198526636", r.identifier(IdentifierScheme.ISBN).orElseThrow());
        assertEquals("10.1186/s12954-018-0245-7", r.identifier(IdentifierScheme.DOI).orElseThrow());
        assertEquals("30585539", r.identifier(IdentifierScheme.OCLC).orElseThrow());
        assertEquals(List.of("Italian and Latin."), r.notes());
        assertEquals("Sample abstract.", r.abstractText().orElseThrow(), "520 ind1 1 is a review, not the abstract");
        assertEquals(List.of("Naples (Kingdom) -- History -- Spanish rule, 1442-1707 -- Sources"), r.subjects());
        assertEquals(List.of("https://doi.org/10.1038/171737a0"), r.urls());
        assertEquals(2, r.identifiers(IdentifierScheme.DOI).size(), "the URL's DOI is a second, different DOI");
    }

    @Test
    void badIsbnIsKeptWithAWarning() {
        BibRecord r = map("001 x1", "245 10 |a T", "020    |a 0-19-852663-7");
        assertEquals("0198526637", r.identifier(IdentifierScheme.ISBN).orElseThrow());
        assertEquals(1, diags.size());
        assertEquals("marc:020$a '0-19-852663-7' is an ISBN with a wrong check digit; kept as catalogued",
                diags.get(0).message());
        assertEquals(3, diags.get(0).line(), "the 020 row");
    }

    /** Each identifier field through the one intake: normalised, warned about in one shape, taken once. */
    @Test
    void identifierFieldsGoThroughTheIntake() {
        BibRecord r = map("001 x1", "010    |a sn 84006638 ", "020    |a 0822307022", "020    |a 978-0-8223-0702-0",
                "020    |a invalid-isbn", "022    |a 2049-3690", "024 2  |a M-2306-7118-7", "024 7  |a hdl:2027/mdp.1 |2 hdl",
                "024 7  |a urn:nbn:de:bvb:19-146642 |2 urn", "024 7  |a 10.1000/xyz |2 doi",
                "035    |a ocm05831268 820113", "035    |a (OCoLC)5831268", "035    |a (DE-599)GBV690250223",
                "245 10 |a T", "773 0  |t Host |x 0041-708", "856 40 |u https://doi.org/10.1000/XYZ");
        assertEquals(List.of("isbn 0822307022", "issn 2049-3690", "ismn M230671187", "handle 2027/mdp.1",
                        "urn urn:nbn:de:bvb:19-146642", "doi 10.1000/xyz", "lccn sn84006638", "oclc 5831268",
                        "ctrlnum (DE-599)GBV690250223"),
                r.identifiers().stream().map(i -> i.scheme().id() + " " + i.value()).toList(), "020, 022, 024, 010, 035, 856");
        assertTrue(r.container().orElseThrow().identifiers().isEmpty(), "773 $x is no ISSN");
        assertEquals(List.of("marc:020$a 'invalid-isbn' is not an ISBN; ignored",
                "marc:022$a '2049-3690' is an ISSN with a wrong check digit; kept as catalogued",
                "marc:773$x '0041-708' is not an ISSN; ignored"), diags.stream().map(Diagnostic::message).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "¦", value = {
        "Vol. 1, no. 1 (Apr. 2023)¦1¦1¦",
        "Bd. 12, H. 3 (2001), S. 45-67¦12¦3¦45-67",
        "12(2001)3, S. 45-67¦12¦3¦45-67",
        "v. 27, no. 3 (July 1948), p. 379-423¦27¦3¦379-423",
        "171(4356):737-738¦171¦4356¦737-738",
        "2018 Aug 14; 15:44¦15¦¦44"})
    void hostCitation(String g, String volume, String issue, String pages) {
        HostCitation h = HostCitation.parse(g);
        assertEquals(volume, h.volume());
        assertEquals(issue, h.issue());
        assertEquals(pages, h.pages() == null ? null : h.pages().format("-"));
    }
}
