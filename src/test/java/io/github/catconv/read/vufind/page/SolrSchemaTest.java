package io.github.catconv.read.vufind.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolrSchemaTest {

    /** The pattern isPlausibleName was first written with: the reference. */
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z_][A-Za-z0-9_.\\-]*");

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "title", "_version_", "callnumber-first", "dewey.raw", "x", "Title", "1abc", "-a",
        "author2-role", "a b", "a:b", "ä", "aé", "a\u0660", "url_str_mv", "topic\t",
        "a123456789012345678901234567890123456789012345678901234567890123",
        "a1234567890123456789012345678901234567890123456789012345678901234"})
    void plausibleNameIsTheReferencePattern(String name) {
        assertEquals(name.length() <= 64 && LOCAL_NAME.matcher(name).matches(), SolrSchema.isPlausibleName(name));
    }

    @Test
    void everySchemaFieldIsKnownWithItsMultiplicity() {
        SolrSchema schema = SolrSchema.get();
        for (String[] c : Labels.rows("solr-fields.tsv")) {
            String name = c[2].equals("dynamic") ? "local" + c[0].substring(1) : c[0];
            assertTrue(schema.isKnown(name), name);
        }
        assertFalse(schema.isMultiValued("title"));
        assertTrue(schema.isMultiValued("topic"));
        assertTrue(schema.isKnown("score"));
        assertTrue(schema.isKnown("doi_str_mv"));
        assertFalse(schema.isKnown("no_such_field_x"));
    }
}
