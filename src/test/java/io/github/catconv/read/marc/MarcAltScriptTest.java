package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MARC 880: the original-script forms of the fields they are linked to through $6. */
class MarcAltScriptTest {

    private static MarcRecord.Field field(String tag, char ind1, char ind2, String... codesAndValues) {
        List<MarcRecord.Subfield> subs = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            subs.add(new MarcRecord.Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        return new MarcRecord.Field(tag, ind1, ind2, subs, null, 0);
    }

    @Test
    void vufindsAltscriptFixtureKeepsTitleNamePlaceAndPublisher() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("samples/marc-altscript-ru-cyrillic-880.xml"));
             RecordCursor c = new MarcReader().open(in, ReadContext.of("altscript.xml", DiagnosticSink.discard()))) {
            BibRecord r = c.next();
            OriginalScript o = r.originalScript().orElseThrow();
            assertEquals("Cyrl", o.script());
            assertEquals("Русская народная поэзия. 1", o.title(), "245 $a $n as the romanized title has them");
            assertEquals("Russkaâ narodnaâ poèziâ. 1", r.title().orElseThrow());
            assertEquals("лирическая поэзия", o.subtitle());
            assertEquals("Ленинград", o.place());
            assertEquals("Художественная литература", o.publisher());
            // Both names as NameParser reads the headings: it keeps the Latin "Al." as an initial, not "Ал."
            assertEquals(Map.of("Gorelov, Al.", "Горелов, Ал"), o.names());
            assertEquals("Горелов, Ал", o.name(r.contributors().get(0).agent()));
            assertEquals("marc:880", r.provenance().get("originalScript").field());
        }
    }

    @Test
    void recordWithout880HasNoOriginalScript() {
        MarcRecord m = new MarcRecord("", List.of(MarcRecord.Field.control("001", "x", 0),
                field("245", '1', '0', "a", "Plain title")));
        assertTrue(MarcAltScript.of(m).isEmpty());
    }

    @Test
    void publicationFollowsTheStatementTheMapperReads() {
        MarcRecord m = new MarcRecord("", List.of(
                field("880", ' ', '4', "6", "264-01/(N", "c", "©1990"),
                field("880", ' ', '1', "6", "264-02/(N", "a", "Москва :", "b", "Наука,"),
                field("880", ' ', ' ', "6", "260-03/(N", "a", "Ленинград :", "b", "Другое,")));
        OriginalScript o = MarcAltScript.of(m).orElseThrow();
        assertEquals("Москва", o.place());
        assertEquals("Наука", o.publisher());
    }

    @Test
    void anUnlinkedNameHasNoRomanizedPartnerAndIsNotPaired() {
        MarcRecord m = new MarcRecord("", List.of(
                field("700", '1', ' ', "a", "Tolstoĭ, Lev."),
                field("880", '1', ' ', "6", "700-00/(N", "a", "Толстой, Лев."),
                field("880", '1', '0', "6", "245-00/(N", "a", "Война и мир.")));
        OriginalScript o = MarcAltScript.of(m).orElseThrow();
        assertEquals(Map.of(), o.names());
        assertEquals("Война и мир", o.title(), "an unlinked 245 880 still is the title in its script");
    }

    @Test
    void cjkScriptIsDecidedByTheLanguage() {
        assertEquals("Jpan", MarcAltScript.iso15924("$1", "jpn"));
        assertEquals("Kore", MarcAltScript.iso15924("$1", "kor"));
        assertEquals("Hani", MarcAltScript.iso15924("$1", "chi"));
        assertEquals("Hebr", MarcAltScript.iso15924("(2", ""));
        assertEquals("Arab", MarcAltScript.iso15924("(3", ""));
        assertEquals("Grek", MarcAltScript.iso15924("(S", ""));
        assertEquals(null, MarcAltScript.iso15924("(Q", ""));
    }
}
