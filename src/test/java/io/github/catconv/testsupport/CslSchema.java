package io.github.catconv.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates CSL-JSON text against the official CSL-JSON schema ({@code csl-data.json}, a copy in
 * {@code src/test/resources/schemas/}), for writer tests and golden tests over samples.
 */
public final class CslSchema {

    private static final String RESOURCE = "/schemas/csl-data.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private CslSchema() {
    }

    /**
     * Validates one CSL-JSON document (the whole array).
     *
     * @param json the document text, not null
     * @return one message per violation (JSON pointer of the offending node and the reason), or a
     *         single message when the text is not JSON at all; empty when valid
     */
    public static List<String> validate(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return List.of("not JSON: empty document");
        }
        List<String> out = new ArrayList<>();
        for (Error e : SCHEMA.validate(node)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    private static Schema load() {
        try (InputStream in = CslSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
