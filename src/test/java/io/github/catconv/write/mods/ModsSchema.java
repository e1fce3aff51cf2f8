package io.github.catconv.write.mods;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.testsupport.ExternalTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Validates MODS with xmllint (libxml2) against the MODS 3.8 schema kept in the test resources
 * ({@code schemas/mods/}, sources and licences in its README), offline: an XML catalog maps the
 * two schemas it imports to the copies beside it and xmllint runs with {@code --nonet}.
 *
 * <p>The published mods-3-8.xsd does not compile in libxml2: {@code accessConditionDefinition}
 * extends {@code extensionDefinition}, which already has the {@code ID}/{@code IDREF} attribute
 * group, and adds that group again (XSD 1.0, ct-props-correct.4: "Duplicate attribute use").
 * The copy validated against drops that one repeated reference, which leaves every constraint as
 * it was; the committed file stays byte for byte as published.
 */
final class ModsSchema {

    private static final Path SOURCE = Path.of("src/test/resources/schemas/mods");
    private static final String REPEATED = "<xs:attributeGroup ref=\"IDAttributeGroup\"/>";
    private static Path dir;

    private ModsSchema() {
    }

    /** The directory with the compilable schema copy and the catalog, made once per test run. */
    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("mods-schema");
                for (String f : new String[] {"xml.xsd", "xlink.xsd", "catalog.xml"}) {
                    Files.copy(SOURCE.resolve(f), d.resolve(f));
                }
                String xsd = Files.readString(SOURCE.resolve("mods-3-8.xsd"), StandardCharsets.UTF_8);
                int type = xsd.indexOf("<xs:complexType name=\"accessConditionDefinition\"");
                int end = xsd.indexOf("</xs:complexType>", type);
                int repeated = xsd.indexOf(REPEATED, type);
                assertTrue(type > 0 && repeated > type && repeated < end, "the repeated attribute group is where the note says");
                xsd = xsd.substring(0, repeated) + xsd.substring(repeated + REPEATED.length());
                Files.writeString(d.resolve("mods-3-8.xsd"), xsd, StandardCharsets.UTF_8);
                dir = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Result of one validation: xmllint's exit code and what it printed. */
    record Result(int code, String output) {
        boolean valid() {
            return code == 0;
        }
    }

    /** Runs {@code xmllint --noout --nonet --schema mods-3-8.xsd} on one document. */
    static Result validate(String xml) throws IOException, InterruptedException {
        ExternalTools.require("xmllint");
        Path d = dir();
        Path doc = Files.createTempFile(d, "doc", ".xml");
        try {
            Files.writeString(doc, xml, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema",
                    d.resolve("mods-3-8.xsd").toString(), doc.toString()).redirectErrorStream(true);
            pb.environment().put("XML_CATALOG_FILES", d.resolve("catalog.xml").toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "xmllint timed out");
            return new Result(p.exitValue(), out);
        } finally {
            Files.deleteIfExists(doc);
        }
    }
}
