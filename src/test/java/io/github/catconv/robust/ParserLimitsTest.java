package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.catconv.read.limits.JsonLimits;
import io.github.catconv.read.limits.XmlLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hardened JSON and XML parser factories ({@code read.limits.JsonLimits},
 * {@code read.limits.XmlLimits}; bad-input cases B33–B40, B55 in docs/errors.md): every hostile
 * document fails with one parse error, fast, and the limits cannot be loosened without a test failing.
 */
class ParserLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    // ---- JSON ----------------------------------------------------------------------------

    @Test
    void jsonLimitsAreExplicitAndTight() {
        StreamReadConstraints c;
        try (JsonParser p = JsonLimits.open("[]")) {
            c = p.streamReadConstraints();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // Bounds of the bad-input cases: B38 nesting ≤ 1000 (we use 100), B39 string ≤ 20,000,000 chars,
        // number far below 100,000 digits, name far below 100,000 chars.
        assertTrue(c.getMaxNestingDepth() <= 100, "nesting " + c.getMaxNestingDepth());
        assertTrue(c.getMaxStringLength() <= 20_000_000, "string " + c.getMaxStringLength());
        assertTrue(c.getMaxNumberLength() <= 1000, "number " + c.getMaxNumberLength());
        assertTrue(c.getMaxNameLength() <= 50_000, "name " + c.getMaxNameLength());
    }

    static void drain(String json) throws IOException {
        try (JsonParser p = JsonLimits.open(json)) {
            while (p.nextToken() != null) {
                // Jackson checks string length when the text is materialised, as a reader would.
                p.getText();
            }
        }
    }

    @Test
    void deepJsonNestingFailsFastWithDepthMessage() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        IOException e = assertThrows(IOException.class,
                () -> assertTimeoutPreemptively(FAST, () -> drain(deep)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void justInsideTheDepthLimitIsAccepted() throws IOException {
        int d = JsonLimits.MAX_DEPTH;
        drain("[".repeat(d) + "]".repeat(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "long number, number",
        "long name, name",
        "long string, String value length"})
    void oversizedJsonTokensAreRejected(String what, String messagePart) {
        String json = switch (what) {
            case "long number" -> "[" + "9".repeat(100_000) + "]";
            case "long name" -> "{\"" + "n".repeat(100_000) + "\":1}";
            default -> "[\"" + "s".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\"]";
        };
        IOException e = assertThrows(IOException.class, () -> drain(json));
        assertTrue(e.getMessage().toLowerCase().contains(messagePart.toLowerCase()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment|[1 /* x */]",
        "trailing comma|[1,2,]",
        "NaN|[NaN]",
        "single quotes|['a']"})
    void nonStandardJsonIsRejected(String what, String json) {
        assertThrows(IOException.class, () -> drain(json), what);
    }

    // ---- XML -----------------------------------------------------------------------------

    @Test
    void xmlLimitsAreExplicitAndTight() {
        // Bounds of the bad-input cases: B35 depth lowered from Woodstox's 1000 to at most 200; B36 text
        // and attribute caps far below the 200 MB of the hostile case.
        assertTrue(XmlLimits.MAX_DEPTH <= 200, "depth " + XmlLimits.MAX_DEPTH);
        assertTrue(XmlLimits.MAX_TEXT_LENGTH <= 16 << 20, "text " + XmlLimits.MAX_TEXT_LENGTH);
        assertTrue(XmlLimits.MAX_ATTRIBUTE_SIZE <= 512 << 10, "attribute " + XmlLimits.MAX_ATTRIBUTE_SIZE);
    }

    static void drainXml(String xml) throws XMLStreamException {
        drainXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static void drainXml(InputStream in) throws XMLStreamException {
        XMLStreamReader r = XmlLimits.open(in);
        while (r.hasNext()) {
            r.next();
        }
        r.close();
    }

    @Test
    void xxeIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<doc>&x;</doc>";
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> drainXml(xml));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRefusedFast() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        sb.append("]>\n<lolz>&lol9;</lolz>");
        long t0 = System.nanoTime();
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> drainXml(sb.toString()));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1000, "took too long");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void deepXmlNestingIsRejectedWithoutStackOverflow() {
        String xml = "<a>".repeat(100_000) + "</a>".repeat(100_000);
        XMLStreamException e = assertThrows(XMLStreamException.class,
                () -> assertTimeoutPreemptively(FAST, () -> drainXml(xml)));
        assertTrue(e.getMessage().toLowerCase().contains("depth"), e.getMessage());
    }

    @Test
    void hugeTextNodeIsRejected() {
        InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream("<a>".getBytes(StandardCharsets.US_ASCII)),
                new RepeatingStream((byte) 'x', XmlLimits.MAX_TEXT_LENGTH + 10_000L),
                new ByteArrayInputStream("</a>".getBytes(StandardCharsets.US_ASCII)))));
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> drainXml(in));
        assertTrue(e.getMessage().toLowerCase().contains("text"), e.getMessage());
    }

    @Test
    void hugeAttributeIsRejected() {
        String xml = "<a b=\"" + "x".repeat(XmlLimits.MAX_ATTRIBUTE_SIZE + 1) + "\"/>";
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> drainXml(xml));
        assertTrue(e.getMessage().toLowerCase().contains("attribute"), e.getMessage());
    }

    @Test
    void declaredLatin1EncodingIsHonoured() throws XMLStreamException {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Bibliogr\u00e1ficos</t>"
                .getBytes(StandardCharsets.ISO_8859_1);
        XMLStreamReader r = XmlLimits.open(new ByteArrayInputStream(doc));
        r.nextTag();
        assertEquals("Bibliogr\u00e1ficos", r.getElementText());
    }

    @Test
    void latin1BytesInDeclaredUtf8AreAnErrorWithLocation() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>Bibliogr\u00e1ficos</t>"
                .getBytes(StandardCharsets.ISO_8859_1);
        XMLStreamException e = assertThrows(XMLStreamException.class,
                () -> drainXml(new ByteArrayInputStream(doc)));
        assertTrue(e.getLocation() != null || e.getMessage().contains("line"), e.getMessage());
    }

    /** {@code length} copies of one byte, generated, never held in memory. */
    static final class RepeatingStream extends InputStream {
        private final byte b;
        private long left;

        RepeatingStream(byte b, long length) {
            this.b = b;
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(buf, off, off + n, b);
            left -= n;
            return n;
        }
    }
}
