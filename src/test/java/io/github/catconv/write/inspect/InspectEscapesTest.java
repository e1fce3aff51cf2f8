package io.github.catconv.write.inspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code inspect} shows values on a terminal: whatever it is given (a record built around the
 * readers' cleaning, a model bug), it never writes a control character, a bidi control or a lone
 * surrogate, but their escaped form.
 */
class InspectEscapesTest {

    @Test
    void controlAndBidiCharactersAreShownEscaped() throws IOException {
        BibRecord r = BibRecord.builder().id("id\u001B[2J").title("Red \u001B[31mtitle\u0007 \u202Eevil")
                .publisher("NUL\u0000 DEL\u007F C1\u0085 \uD800")
                .provenance("title", new Provenance("ti\u0008tle", 3, "rule\u001B"))
                .addUnmapped(new SourceField("loc\u0001al", List.of("v\u001Bal"), 4))
                .source(new SourceInfo(null, null, null, null, List.of(), "f\u001B.txt", 1)).build();
        StringWriter out = new StringWriter();
        RecordSink sink = new InspectWriter().open(out, WriteContext.defaults());
        sink.write(r);
        sink.finish();
        String text = out.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F;
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            assertFalse(control || bidi || Character.isSurrogate(c), "raw U+" + Integer.toHexString(c) + " at " + i);
        }
        assertTrue(text.contains("Red \\u001B[31mtitle\\u0007 \\u202Eevil"), text);
        assertTrue(text.contains("record id\\u001B[2J"), text);
        assertTrue(text.contains("\\uD800"), text);
        assertTrue(text.contains("unmapped       loc\\u0001al (line 4): v\\u001Bal"), text);
    }
}
