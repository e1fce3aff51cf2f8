package io.github.catconv.write.xml;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * One XML document streamed through Jackson's {@link ToXmlGenerator} (jackson-dataformat-xml, on
 * Woodstox): elements, unqualified attributes and text as the writer calls them, escaped by the
 * library, indented by two spaces with {@code \n} line ends, the XML declaration first. The MODS
 * and EndNote XML writers share it.
 *
 * <p>Characters that XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF; lone surrogates) are never written: {@link #legal(String)} removes them
 * from every value first, since Woodstox would refuse the whole document. Null or blank values
 * write nothing, so a writer can pass optional facts straight through.
 *
 * <p>Not thread-safe; one instance per output. Never closes the {@link Writer}.
 */
public final class XmlOutput {

    /**
     * Thread-safe once built, and built on first use: a writer plug-in is instantiated at start-up
     * by every run, the XML factory (and Woodstox behind it) only by a run that writes XML.
     */
    private static final class Factory {
        static final XmlFactory XML = XmlFactory.builder()
                .xmlOutputFactory(stax())
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                // Woodstox flushes the caller's Writer on every flush: only finish() does.
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
                .build();

        /**
         * The StAX implementation found on this class's own class path (Woodstox, a dependency),
         * not through the thread's context class loader: under another loader (a plug-in host, a
         * test harness) that would find a Woodstox whose Stax2 interfaces Jackson does not see.
         */
        private static XMLOutputFactory stax() {
            XMLOutputFactory f = XMLOutputFactory.newFactory(XMLOutputFactory.class.getName(),
                    XmlOutput.class.getClassLoader());
            f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
            return f;
        }
    }

    private final ToXmlGenerator gen;
    private final Writer out;
    private final String namespace;

    private XmlOutput(ToXmlGenerator gen, Writer out, String namespace) {
        this.gen = gen;
        this.out = out;
        this.namespace = namespace;
    }

    /**
     * Starts a document: the XML declaration and the root element's start tag.
     *
     * @param out the target; not null, never closed here
     * @param namespace the default namespace of every element ("" for none), declared on the root
     * @param root the root element's local name
     * @return the open document
     * @throws IOException when the start cannot be written
     */
    public static XmlOutput open(Writer out, String namespace, String root) throws IOException {
        Objects.requireNonNull(out, "out");
        ToXmlGenerator gen = (ToXmlGenerator) Factory.XML.createGenerator(out);
        gen.setPrettyPrinter(new DefaultXmlPrettyPrinter().withCustomNewLine("\n"));
        gen.initGenerator(); // writes the XML declaration
        if (!namespace.isEmpty()) {
            try {
                // Bound before the root, so the root declares it as the default namespace (no prefix).
                gen.getStaxWriter().setDefaultNamespace(namespace);
            } catch (XMLStreamException e) {
                throw new IOException("cannot declare namespace " + namespace, e);
            }
        }
        gen.setNextName(new QName(namespace, root));
        gen.writeStartObject();
        return new XmlOutput(gen, out, namespace);
    }

    /** Opens an element; its attributes come next, then its content, then {@link #end()}. */
    public XmlOutput start(String name) throws IOException {
        gen.writeFieldName(name);
        gen.setNextName(new QName(namespace, name));
        gen.writeStartObject();
        return this;
    }

    /** An unqualified attribute of the element just opened; nothing when the value is null or blank. */
    public XmlOutput attribute(String name, String value) throws IOException {
        String v = legal(value);
        if (v == null) {
            return this;
        }
        gen.setNextIsAttribute(true);
        gen.writeFieldName(name);
        gen.setNextName(new QName("", name));
        gen.writeString(v);
        gen.setNextIsAttribute(false);
        return this;
    }

    /** Text directly inside the element just opened (after its attributes); nothing when null or blank. */
    public XmlOutput text(String value) throws IOException {
        String v = legal(value);
        if (v == null) {
            return this;
        }
        gen.setNextIsUnwrapped(true);
        gen.writeFieldName("text");
        gen.writeString(v);
        gen.setNextIsUnwrapped(false);
        return this;
    }

    /** {@code <name>value</name>}; nothing when the value is null or blank. */
    public XmlOutput element(String name, String value) throws IOException {
        String v = legal(value);
        if (v == null) {
            return this;
        }
        gen.writeFieldName(name);
        gen.setNextName(new QName(namespace, name));
        gen.writeString(v);
        return this;
    }

    /** {@code <name attribute="a">value</name>}; nothing when the value is null or blank. */
    public XmlOutput element(String name, String attribute, String attributeValue, String value) throws IOException {
        if (legal(value) == null) {
            return this;
        }
        return start(name).attribute(attribute, attributeValue).text(value).end();
    }

    /** Closes the element opened last. */
    public XmlOutput end() throws IOException {
        gen.writeEndObject();
        return this;
    }

    /** Closes the root element (the pretty printer ends the document with a line feed) and flushes the Writer. */
    public void finish() throws IOException {
        gen.writeEndObject();
        // Closing the generator releases Woodstox's buffers; AUTO_CLOSE_TARGET is off, so `out` stays open.
        gen.close();
        out.flush();
    }

    /**
     * The value without the characters XML 1.0 cannot represent (its {@code Char} production:
     * tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, and surrogate pairs), or null
     * when nothing but blanks is left.
     *
     * @param value any text, may be null
     * @return the legal text, or null
     */
    public static String legal(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = null;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(n).append(value, 0, i);
            } else if (ok && sb != null) {
                sb.append(value, i, i + width);
            }
            i += width - 1;
        }
        String s = sb == null ? value : sb.toString();
        return s.isBlank() ? null : s;
    }
}
