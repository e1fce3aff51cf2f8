package io.github.catconv.cite;

import io.github.catconv.write.citation.CitationWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.diag.DiagnosticSink;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --format html}: every value escaped, links only for http(s) and DOI, {@code --standalone} documents. */
class HtmlOutputTest {

    private static String render(Map<String, String> options, BibRecord... records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new CitationWriter().open(out, new WriteContext(options, DiagnosticSink.discard()));
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    private static BibRecord hostile(String id, String url) {
        return BibRecord.builder().id(id).type(RecordType.WEBPAGE)
                .title("<script>alert(1)</script> & \"quotes\"")
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("O'Brien <b>", "Ann")))
                .addUrl(url)
                .build();
    }

    @Test
    void recordMarkupIsEscapedNeverPassedThrough() throws IOException {
        String html = render(Map.of("format", "html"), hostile("h1", "https://example.org/?a=1&b=\"2\""));
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"), html);
        assertTrue(html.contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">"), html);
    }

    @Test
    void onlyHttpUrlsBecomeLinks() throws IOException {
        String html = render(Map.of("format", "html"), hostile("h2", "javascript:alert(1)"));
        assertFalse(html.contains("<a "), html);
        assertTrue(html.contains("javascript:alert(1)"), html);
    }

    @Test
    void doiIsLinkedUnderDoiOrg() throws IOException {
        BibRecord r = BibRecord.builder().id("d1").type(RecordType.ARTICLE_JOURNAL).title("T")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/x<y"))
                .build();
        String html = render(Map.of("format", "html"), r);
        assertTrue(html.contains("<a href=\"https://doi.org/10.1000/x&lt;y\">https://doi.org/10.1000/x&lt;y</a>"), html);
    }

    @Test
    void fragmentByDefaultCompleteDocumentWithStandalone() throws IOException {
        BibRecord r = hostile("h3", "https://example.org/");
        String fragment = render(Map.of("format", "html", "locale", "de"), r);
        assertTrue(fragment.startsWith("<div class=\"csl-bib-body\">"), fragment);
        String doc = render(Map.of("format", "html", "standalone", "true", "locale", "de"), r);
        assertTrue(doc.startsWith("<!DOCTYPE html>\n<html lang=\"de-DE\">\n<head>\n<meta charset=\"utf-8\">\n"), doc);
        assertTrue(doc.endsWith("</div>\n</body>\n</html>\n"), doc);
        assertTrue(doc.contains(fragment), doc);
    }

    @Test
    void standaloneWithEmptyInputIsStillAValidDocument() throws IOException {
        String doc = render(Map.of("format", "html", "standalone", "true"));
        assertEquals("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Bibliography</title>\n</head>\n<body>\n</body>\n</html>\n", doc);
    }

    @Test
    void duplicateIdsStayTwoReferences() throws IOException {
        BibRecord a = BibRecord.builder().id("same").type(RecordType.BOOK).title("First").build();
        BibRecord b = BibRecord.builder().id("same").type(RecordType.BOOK).title("Second").build();
        List<String> lines = render(Map.of(), a, b).lines().toList();
        assertEquals(List.of("First. (n.d.).", "Second. (n.d.)."), lines);
    }
}
