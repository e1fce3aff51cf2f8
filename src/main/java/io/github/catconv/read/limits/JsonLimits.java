package io.github.catconv.read.limits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The one place where JSON parsers are made: Jackson streaming with its read limits set
 * explicitly rather than left to the library default, so a deep nesting or a huge string fails
 * fast with one message instead of using memory.
 */
public final class JsonLimits {

    /** Deepest nesting accepted: a Solr response is 4 deep, MARC-in-JSON 6. */
    public static final int MAX_DEPTH = 100;
    /** Longest string value in characters (16 Mi). */
    public static final int MAX_STRING_LENGTH = 16 << 20;
    /** Longest number literal. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest field name. */
    public static final int MAX_NAME_LENGTH = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();

    private JsonLimits() {
    }

    /**
     * Opens a limited streaming parser over bytes (UTF-8/16/32 detected by Jackson).
     *
     * @param in the input; not null; closed when the parser is closed
     * @return the parser
     * @throws IOException when the input cannot be read
     */
    public static JsonParser open(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /**
     * Opens a limited streaming parser over text.
     *
     * @param in the text; not null
     * @return the parser
     * @throws IOException when the input cannot be read
     */
    public static JsonParser open(Reader in) throws IOException {
        return FACTORY.createParser(in);
    }

    /**
     * Opens a limited parser over a string (e.g. a {@code fullrecord} value).
     *
     * @param text the JSON text; not null
     * @return the parser
     * @throws IOException never in practice
     */
    public static JsonParser open(String text) throws IOException {
        return FACTORY.createParser(text);
    }
}
