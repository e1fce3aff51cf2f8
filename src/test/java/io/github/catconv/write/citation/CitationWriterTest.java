package io.github.catconv.write.citation;

import io.github.catconv.cite.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cite.CitationSettings;
import io.github.catconv.write.WriterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code convert --to citation} end to end: styles, locales, formats, modes and usage errors. */
class CitationWriterTest {

    @Test
    void isRegisteredOnceAndSaysItBuffers() {
        assertEquals(1, WriterRegistry.installed().ids().stream().filter("citation"::equals).count());
        assertTrue(WriterRegistry.installed().find("citation").orElseThrow().description().contains("buffers"));
    }

    /** The declared --format values are what citeproc-java renders, so help and the parser say the same. */
    @Test
    void declaredFormatsAreCiteprocJavasOutputFormats() {
        assertEquals(Set.copyOf(de.undercouch.citeproc.CSL.getSupportedOutputFormats()), Set.copyOf(CitationSettings.FORMAT.values()));
        assertEquals(CitationSettings.OPTIONS, WriterRegistry.installed().find("citation").orElseThrow().options());
    }

    /**
     * APA 7 (Publication Manual 7th ed., 10.1 "Periodicals"): Author, A. A., … & Author, F. (Year).
     * Title. Journal. https://doi.org/… — the seed names its journal only by abbreviation.
     */
    @Test
    void seedInApaIsAnApa7JournalReference() {
        Cli.Result r = Cli.run("convert", Cli.SEED, "--to", "citation");
        assertEquals(0, r.code(), r.err());
        assertEquals("Tookey, P., Mason, K., Broad, J., Behm, M., Bondy, L., & Powis, J. (2018). From client to"
                + " co-worker: a case study of the transition to peer work within a multi-disciplinary hepatitis c"
                + " treatment team in Toronto, Canada. Harm Reduct J. https://doi.org/10.1186/s12954-018-0245-7\n",
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void vancouverInSpanishUsesTheSpanishLocale() {
        Cli.Result r = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", "vancouver", "--locale", "es-ES");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1. Tookey P, Mason K, Broad J, Behm M, Bondy L, Powis J. From client"), r.out());
        assertTrue(r.out().endsWith("Disponible en: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/\n"), r.out());
        assertTrue(r.out().contains("Harm Reduct J [Internet]. 14 de agosto de 2018"), r.out());
    }

    @Test
    void bibliographyIsSortedAsTheStyleSays() {
        Cli.Result r = Cli.run("convert", "samples/names-particles-suffix-es-3-records.txt", "--to", "citation");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        // Input order is King, Beauvoir, De la Mare; APA sorts by author. citeproc-java prints the
        // dropping particle first and the suffix before the initials (docs/citations.md, "Engine
        // differences"; citeproc-js: "Beauvoir, S. de", "King, M. L., Jr."), and sorts by that.
        assertTrue(lines[0].startsWith("de Beauvoir, S. (1949)"), lines[0]);
        assertTrue(lines[1].startsWith("De la Mare, W. (1921)"), lines[1]);
        assertTrue(lines[2].startsWith("King Jr., M. L. (1964)"), lines[2]);
    }

    @Test
    void citationModeGivesOneInTextCitationPerRecordInInputOrder() {
        Cli.Result r = Cli.run("convert", "samples/names-particles-suffix-es-3-records.txt", "--to", "citation",
                "--style", "chicago-author-date", "--mode", "citation");
        assertEquals(0, r.code(), r.err());
        assertEquals("(King 1964)\n(Beauvoir 1949)\n(De la Mare 1921)\n", r.out());
    }

    @Test
    void dependentStyleRendersWithItsParent() {
        Cli.Result jama = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", "jama");
        Cli.Result ama = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", "american-medical-association");
        assertEquals(0, jama.code(), jama.err());
        assertEquals(ama.out(), jama.out());
        // AMA 11th ed. lists up to six authors, and prints the DOI as "doi:".
        assertTrue(ama.out().startsWith("1. Tookey P, Mason K, Broad J, Behm M, Bondy L, Powis J. From client"), ama.out());
        assertTrue(ama.out().endsWith(" Harm Reduct J. Published online August 14, 2018. doi:10.1186/s12954-018-0245-7\n"),
                ama.out());
    }

    @Test
    void styleFileOfOnesOwn(@TempDir Path dir) throws Exception {
        Path csl = dir.resolve("my-journal.csl");
        Files.writeString(csl, """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Mine</title><id>mine</id><updated>2024-01-01T00:00:00+00:00</updated></info>
                  <citation><layout><text variable="title"/></layout></citation>
                  <bibliography><layout><names variable="author"><name/></names>
                    <text variable="DOI" prefix=" | "/></layout></bibliography>
                </style>
                """);
        Cli.Result r = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", csl.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Paula Tookey, Kate Mason, Jennifer Broad, Marty Behm, Lise Bondy, Jeff Powis"
                + " | 10.1186/s12954-018-0245-7\n", r.out());
    }

    @ParameterizedTest(name = "{0} {1} → exit 64 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            --style  | chicgo       | chicago-author-date
            --style  | ./missing.csl | no such file
            --locale | en-UK        | en-GB
            --locale | xx-YY        | unknown locale 'xx-YY'
            --format | rtf          | invalid value 'rtf' for --format: valid values: text, html, asciidoc, markdown, markdown-pure, fo
            --mode   | notes        | invalid value 'notes' for --mode: valid values: bibliography, citation
            --style  | ' '          | invalid value '' for --style: must not be empty
            """)
    void unknownOptionValueIsUsageErrorWithCloseMatches(String option, String value, String expected) {
        Cli.Result r = Cli.run("convert", Cli.SEED, "--to", "citation", option, value);
        assertEquals(64, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void styleWithoutBibliographyNeedsCitationMode() {
        // agora.csl is a note style without a bibliography element.
        Cli.Result bib = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", "agora");
        assertEquals(64, bib.code(), bib.err());
        assertTrue(bib.err().contains("defines no bibliography; use --mode citation"), bib.err());
        Cli.Result cit = Cli.run("convert", Cli.SEED, "--to", "citation", "--style", "agora", "--mode", "citation");
        assertEquals(0, cit.code(), cit.err());
        assertTrue(cit.out().contains("Tookey"), cit.out());
    }

    @Test
    void noRecordsGiveEmptyOutput() {
        Cli.Result r = Cli.run("convert", "-", "--to", "citation"); // standard input is empty
        assertEquals("", r.out());
    }
}
