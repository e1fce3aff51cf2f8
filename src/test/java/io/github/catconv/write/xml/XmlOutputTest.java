package io.github.catconv.write.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The shared XML output: escaping by the library, no character XML 1.0 cannot hold, stable layout. */
class XmlOutputTest {

    @Test
    void legalKeepsWhatXml10AllowsOnly() {
        assertEquals("ab", XmlOutput.legal("a\u0001b"));
        assertEquals("ab", XmlOutput.legal("a\uFFFEb\uFFFF"));
        assertEquals("ab", XmlOutput.legal("a\uD800b"), "lone high surrogate");
        assertEquals("ab", XmlOutput.legal("a\uDC00b"), "lone low surrogate");
        assertEquals("a\uD83D\uDE00b", XmlOutput.legal("a\uD83D\uDE00b"), "a surrogate pair is one legal character");
        assertEquals("a\tb\nc\rd", XmlOutput.legal("a\tb\nc\rd"));
        assertEquals("\uFFFD\u00A0\uE000x", XmlOutput.legal("\uFFFD\u00A0\uE000x"));
        assertNull(XmlOutput.legal("\u0001 \u0002"), "nothing but blanks left");
        assertNull(XmlOutput.legal(null));
        String plain = "no change";
        assertEquals(plain, XmlOutput.legal(plain));
    }

    @Test
    void documentLayoutAndEscaping() throws Exception {
        StringWriter w = new StringWriter();
        XmlOutput x = XmlOutput.open(w, "urn:test", "root");
        x.start("item").attribute("kind", "a\"b<c&d").attribute("empty", " ").element("v", "1 < 2 & ]]> \u0007!")
                .element("skipped", null).element("w", "lang", "de", "Grüße").end();
        x.finish();
        String expected = "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<root xmlns=\"urn:test\">\n"
                + "  <item kind=\"a&quot;b&lt;c&amp;d\">\n"
                + "    <v>1 &lt; 2 &amp; ]]&gt; !</v>\n"
                + "    <w lang=\"de\">Grüße</w>\n"
                + "  </item>\n"
                + "</root>\n";
        assertEquals(expected, w.toString());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("a\"b<c&d", ((Element) root.getElementsByTagName("item").item(0)).getAttribute("kind"));
        assertEquals("1 < 2 & ]]> !", root.getElementsByTagName("v").item(0).getTextContent());
    }
}
