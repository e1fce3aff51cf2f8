package io.github.catconv.read.frame;

import io.github.catconv.read.limits.XmlLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One framed record element as a document of its own for the hardened parser: the input's
 * encoding declared again, and the element wrapped in an element that declares the namespaces in
 * scope where it stood (a MARCXML {@code marc:} prefix is bound on the collection). Locations are
 * turned back into lines of the input.
 */
public final class FramedXml {

    /** The wrapping element: not a name any catalog format uses. */
    private static final String WRAPPER = "catconv-frame";
    /** Woodstox's "at [row,col …]: [r,c]" and the hardened factory's "(line r, column c)". */
    private static final Pattern LOCATION = Pattern.compile(
            "\\s*(?:at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]|\\(line \\d+, column \\d+\\))");

    private FramedXml() {
    }

    /**
     * Opens a hardened parser over the frame, positioned before the wrapper.
     *
     * @param f a DOCUMENT or BROKEN frame with bytes
     * @param encoding the input's declared encoding, or null for UTF-8
     * @throws XMLStreamException when the parser cannot start
     */
    public static XMLStreamReader open(XmlFramer.Frame f, String encoding) throws XMLStreamException {
        String enc = encoding == null ? "UTF-8" : encoding;
        byte[] head = ("<?xml version=\"1.0\" encoding=\"" + enc + "\"?><" + WRAPPER + f.namespaces() + ">")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("</" + WRAPPER + ">").getBytes(StandardCharsets.US_ASCII);
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                new ByteArrayInputStream(f.bytes()), new ByteArrayInputStream(tail))));
        return XmlLimits.open(in);
    }

    /** Moves the parser from the start of the framed document onto the record element's start tag. */
    public static void toRecordElement(XMLStreamReader x) throws XMLStreamException {
        if (x.nextTag() != XMLStreamConstants.START_ELEMENT || x.nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw new XMLStreamException("the framed record holds no element", x.getLocation());
        }
    }

    /** The input line of a parser error in a frame that starts on {@code frameLine}. */
    public static int line(XMLStreamException e, int frameLine) {
        return e.getLocation() == null || e.getLocation().getLineNumber() < 1 ? frameLine
                : frameLine + e.getLocation().getLineNumber() - 1;
    }

    /** The parser's message without its location (which counts from the frame, not the input). */
    public static String describe(XMLStreamException e) {
        return LOCATION.matcher(XmlLimits.describe(e)).replaceAll("").strip();
    }
}
