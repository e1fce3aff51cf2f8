package io.github.catconv.read.fullrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Solr {@code fullrecord} shapes: detection, and what each one adds. */
class FullRecordsTest {

    private final List<Diagnostic> diags = new ArrayList<>();

    private Optional<BibRecord> read(String text) {
        return FullRecords.read(text, "solr-id", ReadContext.of("t", diags::add), 9);
    }

    /** The fullrecord line of a staff-view sample. */
    static String fullrecordOf(String sample) throws IOException {
        for (String l : Files.readAllLines(Path.of("samples").resolve(sample), StandardCharsets.UTF_8)) {
            if (l.startsWith("fullrecord ")) {
                return l.substring("fullrecord ".length());
            }
        }
        throw new AssertionError("no fullrecord in " + sample);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "¦", value = {
        "<?xml version='1.0'?><collection xmlns='http://www.loc.gov/MARC21/slim'><record><leader>¦MARCXML",
        "<marc:record xmlns:marc='http://www.loc.gov/MARC21/slim'><marc:controlfield tag='001'>¦MARCXML",
        "<oai_dc:dc xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>¦DUBLIN_CORE",
        "<mods xmlns='http://www.loc.gov/mods/v3'><titleInfo>¦MODS",
        "{'leader':'01234cam','fields':[]}¦MARC_JSON",
        "00846nam a2200229 c 4500001001000000¦ISO2709",
        "plain text¦UNKNOWN"})
    void detect(String text, FullRecords.Kind kind) {
        assertEquals(kind, FullRecords.detect(text.replace('\'', '"')));
    }

    @Test
    void dublinCoreOfThePubmedSeed() throws IOException {
        BibRecord r = read(fullrecordOf("solr-fullrecord-dc-es-pubmed-6092784.txt")).orElseThrow();
        assertEquals(RecordType.ARTICLE_JOURNAL, r.type(), "a journal citation in dc:source");
        assertEquals("Harm Reduct J", r.container().orElseThrow().title());
        assertEquals("2018-08-14", r.issued().orElseThrow().start().toIso());
        assertEquals("10.1186/s12954-018-0245-7", r.identifier(IdentifierScheme.DOI).orElseThrow());
        assertEquals(6, r.contributors(ContributorRole.AUTHOR).size());
        assertEquals("Tookey, Paula", r.contributors(ContributorRole.AUTHOR).get(0).displayName());
        assertEquals("BioMed Central", r.publisher().orElseThrow());
        assertEquals("en", r.language().orElseThrow());
        assertEquals(List.of("Research"), r.subjects());
        assertTrue(r.rights().orElseThrow().startsWith("© The Author(s). 2018"));
        assertTrue(r.abstractText().orElseThrow().startsWith("BACKGROUND: Despite the integration"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "¦", value = {
        "Harm Reduct J. 2018 Aug 14;15:44¦Harm Reduct J¦15¦¦44",
        "Journal of Digital Information; Vol 3, No 2 (2002)¦Journal of Digital Information¦3¦2¦",
        "Nature 171(4356):737-738¦Nature¦171¦4356¦737-738"})
    void dublinCoreSourceCitation(String source, String title, String volume, String issue, String pages) {
        BibRecord r = read("<dc xmlns='http://purl.org/dc/elements/1.1/'><title>T</title><source>" + source + "</source></dc>")
                .orElseThrow();
        assertEquals(title, r.container().orElseThrow().title());
        assertEquals(volume, r.container().orElseThrow().volume());
        assertEquals(issue, r.container().orElseThrow().issue());
        assertEquals(pages, r.container().orElseThrow().pages() == null ? null : r.container().orElseThrow().pages().format("-"));
    }

    @Test
    void marcXmlSampleMapsTheSameAsTheStaffView() throws IOException {
        BibRecord xml = read(fullrecordOf("solr-fullrecord-marcxml-en-690250223.txt")).orElseThrow();
        assertEquals("690250223", xml.id());
        assertEquals("Politics otherwise", xml.title().orElseThrow());
        assertEquals("Amsterdam", xml.place().orElseThrow());
        assertEquals("marc", xml.source().recordFormat());
    }

    @Test
    void modsBasics() {
        String mods = """
                <mods xmlns="http://www.loc.gov/mods/v3">
                  <titleInfo><nonSort>The</nonSort><title>forms of capital</title></titleInfo>
                  <name type="personal"><namePart type="family">Bourdieu</namePart><namePart type="given">Pierre</namePart>
                    <role><roleTerm type="code" authority="marcrelator">aut</roleTerm></role></name>
                  <name type="personal"><namePart>Nice, Richard</namePart><role><roleTerm type="text">translator</roleTerm></role></name>
                  <genre>bookPart</genre>
                  <originInfo><place><placeTerm type="text">New York</placeTerm></place><publisher>Greenwood</publisher>
                    <dateIssued>1986</dateIssued></originInfo>
                  <relatedItem type="host"><titleInfo><title>Handbook of theory and research for the sociology of education</title></titleInfo>
                    <part><extent unit="pages"><start>241</start><end>258</end></extent></part></relatedItem>
                </mods>""";
        BibRecord r = read(mods).orElseThrow();
        assertEquals("The forms of capital", r.title().orElseThrow());
        assertEquals(RecordType.CHAPTER, r.type());
        assertEquals("Bourdieu, Pierre", r.contributors(ContributorRole.AUTHOR).get(0).displayName());
        assertEquals("Nice, Richard", r.contributors(ContributorRole.TRANSLATOR).get(0).displayName());
        assertEquals("New York", r.place().orElseThrow());
        assertEquals("241-258", r.container().orElseThrow().pages().format("-"));
    }

    /** MODS identifier types go through the intake: each scheme by its type, a URL as a URL, one value once. */
    @Test
    void modsIdentifiersByType() {
        String mods = """
                <mods xmlns="http://www.loc.gov/mods/v3">
                  <titleInfo><title>T</title></titleInfo>
                  <identifier type="doi">https://doi.org/10.1000/xyz123</identifier>
                  <identifier type="doi">10.1000/XYZ123</identifier>
                  <identifier type="isbn">0-8223-0702-2 (pbk.)</identifier>
                  <identifier type="isbn">9780822307020</identifier>
                  <identifier type="lccn">sn 84006638</identifier>
                  <identifier type="hdl">hdl:2027/mdp.39015012345678</identifier>
                  <identifier type="oclc">ocm00012345</identifier>
                  <identifier type="uri">urn:nbn:de:bvb:19-146642</identifier>
                  <identifier type="local">shelf 12</identifier>
                  <identifier type="issn">0041-708</identifier>
                </mods>""";
        BibRecord r = read(mods).orElseThrow();
        assertEquals(List.of("doi 10.1000/xyz123", "isbn 0822307022", "lccn sn84006638", "handle 2027/mdp.39015012345678",
                        "oclc 12345", "urn urn:nbn:de:bvb:19-146642"),
                r.identifiers().stream().map(i -> i.scheme().id() + " " + i.value()).toList());
        assertEquals(List.of("https://doi.org/10.1000/xyz123"), r.urls(), "a URL is a URL whatever the type says");
        assertEquals(List.of("mods:identifier '0041-708' is not an ISSN; ignored"),
                diags.stream().map(Diagnostic::message).toList());
        assertEquals("solr-id", diags.get(0).recordId());
    }

    @Test
    void dublinCoreIdentifiersWarnLikeEveryOtherSource() {
        BibRecord r = read("<dc xmlns='http://purl.org/dc/elements/1.1/'><title>T</title>"
                + "<identifier>ISBN 0-19-852663-7</identifier><identifier>ISSN 0041-708</identifier>"
                + "<identifier>doi:10.1000/xyz123</identifier><identifier>https://doi.org/10.1000/xyz123</identifier>"
                + "<identifier>local-42</identifier></dc>").orElseThrow();
        assertEquals(List.of("isbn 0198526637", "doi 10.1000/xyz123"),
                r.identifiers().stream().map(i -> i.scheme().id() + " " + i.value()).toList());
        assertEquals(List.of("dc:identifier 'ISBN 0-19-852663-7' is an ISBN with a wrong check digit; kept as catalogued",
                "dc:identifier 'ISSN 0041-708' is not an ISSN; ignored"), diags.stream().map(Diagnostic::message).toList());
        assertEquals(9, diags.get(0).line(), "the fullrecord field's line");
    }

    @Test
    void hostileOrBrokenFullrecordIsAWarningNotAFailure() {
        assertTrue(read("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><dc><title>&e;</title></dc>").isEmpty());
        assertTrue(read("<collection><record><leader>x</leader><datafield tag='245'>").isEmpty());
        assertEquals(2, diags.size(), diags.toString());
        assertTrue(diags.get(0).message().contains("DOCTYPE"), diags.get(0).message());
    }
}
