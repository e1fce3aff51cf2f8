package io.github.catconv.write.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.RecordType;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Debian bibutils' {@code ris2xml} reads our RIS: one MODS record per input record, with the
 * title intact. Skipped only when ris2xml is absent and the environment is not CI.
 */
class RisBibutilsTest {

    private static Path ris2xml() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "ris2xml");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void ris2xmlReadsEveryRecordAndTitle(@TempDir Path tmp) throws Exception {
        Path exe = ris2xml();
        Assumptions.assumeTrue(exe != null || "true".equals(System.getenv("CI")),
                "ris2xml (Debian package bibutils) not installed");
        BibRecord tricky = SampleRecords.ofType(RecordType.BOOK).toBuilder()
                .title("Über & <Sonder>\nzeichen").build();
        List<BibRecord> records = List.of(SampleRecords.seedArticle(), SampleRecords.book(), tricky);
        Path in = tmp.resolve("in.ris");
        Files.writeString(in, RisWriterTest.write(records.toArray(new BibRecord[0])), StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(exe.toString(), in.toString()).redirectError(tmp.resolve("err.txt").toFile())
                .start();
        byte[] xml = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());

        List<String> titles = modsTitles(xml);
        assertEquals(List.of("From client to co-worker: a case study of the transition to peer work",
                "Die Briefe", "Über & <Sonder> zeichen"), titles);
        assertTrue(Files.readString(tmp.resolve("err.txt")).contains("Processed 3 references"));
    }

    /**
     * The title of every top-level mods element: the first title, plus ": " and the subTitle
     * when bibutils split one off at the colon (MODS keeps them apart).
     */
    private static List<String> modsTitles(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(stripBom(xml)));
        NodeList mods = doc.getDocumentElement().getChildNodes();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < mods.getLength(); i++) {
            if (mods.item(i) instanceof Element m && m.getTagName().equals("mods")) {
                Element info = (Element) m.getElementsByTagName("titleInfo").item(0);
                String title = info.getElementsByTagName("title").item(0).getTextContent();
                NodeList sub = info.getElementsByTagName("subTitle");
                titles.add(sub.getLength() == 0 ? title : title + ": " + sub.item(0).getTextContent());
            }
        }
        return titles;
    }

    private static byte[] stripBom(byte[] b) {
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
    }
}
