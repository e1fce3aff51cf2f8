package io.github.catconv.read.limits;

import io.github.catconv.read.solr.GeneratedInput;
import io.github.catconv.read.solr.SolrXmlReader;
import io.github.catconv.read.solr.SolrXmlReaderTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile XML is refused with one clear error, fast, in flat memory (OWASP XML Security Cheat
 * Sheet cases); and the limits themselves are pinned so that loosening them fails here.
 */
class XmlLimitsTest {

    private static final String DOC = "<response><result name=\"response\"><doc><str name=\"id\">";
    private static final String END = "</str></doc></result></response>";

    static Stream<Arguments> hostile() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + DOC + "&lol3;" + END;
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + DOC + "&xxe;" + END;
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE response SYSTEM \"http://example.org/solr.dtd\">" + DOC + "1" + END;
        return Stream.of(
                Arguments.of("DOCTYPE", (InputSupplier) () -> bytes(doctype), "DOCTYPE"),
                Arguments.of("XXE", (InputSupplier) () -> bytes(xxe), "DOCTYPE"),
                Arguments.of("billion laughs", (InputSupplier) () -> bytes(laughs), "DOCTYPE"),
                Arguments.of("100,000-deep nesting", (InputSupplier) () -> new GeneratedInput(
                        "<response>", "<a>", 300_000, ""), "depth"),
                Arguments.of("200 MB text node", (InputSupplier) () -> new GeneratedInput(
                        DOC, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                        200_000_000L, END), "limit"),
                Arguments.of("undeclared entity", (InputSupplier) () -> bytes(DOC + "&nbsp;" + END), "nbsp"));
    }

    /** Makes the input of one case. */
    @FunctionalInterface
    interface InputSupplier {
        InputStream get();
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileInputGivesOneErrorFast(String name, InputSupplier input, String messagePart) {
        List<Diagnostic> diags = new ArrayList<>();
        ReadContext ctx = ReadContext.of("hostile.xml", diags::add);
        long heapBefore = usedHeap();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RecordCursor c = new SolrXmlReader(SolrXmlReaderTest.ID_ONLY).open(input.get(), ctx)) {
                assertNull(c.next(), "no record from hostile input");
                assertNull(c.next(), "and nothing after it");
            }
        });
        assertEquals(1, diags.size(), "exactly one diagnostic: " + diags);
        Diagnostic d = diags.get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().toLowerCase().contains(messagePart.toLowerCase()), d.message());
        // Flat memory: far below the 200 MB the text node would take as a Java string (400 MB).
        assertTrue(usedHeap() - heapBefore < 150_000_000L, "memory grew by " + (usedHeap() - heapBefore));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void limitsAreNotLoosened() throws XMLStreamException {
        assertTrue(XmlLimits.MAX_DEPTH <= 100, "depth limit");
        assertTrue(XmlLimits.MAX_TEXT_LENGTH <= 16 << 20, "text node limit");
        assertTrue(XmlLimits.MAX_ATTRIBUTE_SIZE <= 64 << 10, "attribute limit");
        XMLStreamReader r = XmlLimits.open(bytes("<a/>"));
        assertEquals(Boolean.FALSE, r.getProperty("javax.xml.stream.supportDTD"));
        assertEquals(Boolean.FALSE, r.getProperty("javax.xml.stream.isSupportingExternalEntities"));
        assertEquals(XMLStreamConstants.START_ELEMENT, r.next());
    }

    @Test
    void depthJustUnderTheLimitIsRead() throws XMLStreamException {
        String deep = "<a>".repeat(XmlLimits.MAX_DEPTH - 1) + "x" + "</a>".repeat(XmlLimits.MAX_DEPTH - 1);
        XMLStreamReader r = XmlLimits.open(bytes(deep));
        int starts = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                starts++;
            }
        }
        assertEquals(XmlLimits.MAX_DEPTH - 1, starts);
    }
}
