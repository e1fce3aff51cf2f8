package io.github.catconv.write.csljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.catconv.csl.CslTestRecords;
import io.github.catconv.model.BibRecord;
import io.github.catconv.testsupport.CslSchema;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item the writer produces is valid against the official CSL-JSON schema (csl-data.json). */
class CslJsonSchemaTest {

    static Stream<BibRecord> records() {
        return CslTestRecords.many().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void eachRecordIsValid(BibRecord record) throws IOException {
        String json = CslJsonWriterTest.write(List.of(record));
        assertEquals(List.of(), CslSchema.validate(json), json);
    }

    @Test
    void wholeArrayIsValid() throws IOException {
        assertEquals(List.of(), CslSchema.validate(CslJsonWriterTest.write(CslTestRecords.many())));
    }

    @Test
    void emptyArrayIsValid() throws IOException {
        assertEquals(List.of(), CslSchema.validate(CslJsonWriterTest.write(List.of())));
    }

    /** The validator itself must reject what the schema forbids, or the tests above prove nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"id\": \"x\", \"type\": \"book\", \"license\": \"CC BY\"}]",
        "[{\"id\": \"x\", \"type\": \"journal-article\"}]",
        "[{\"type\": \"book\"}]",
        "[{\"id\": \"x\", \"type\": \"book\", \"author\": [{\"family\": \"A\", \"role\": \"x\"}]}]",
        "[{\"id\": \"x\", \"type\": \"book\", \"issued\": {\"date-parts\": [[2018], [2019], [2020]]}}]",
        "{\"id\": \"x\", \"type\": \"book\"}",
        "[{\"id\": \"x\", ",
    })
    void validatorRejectsInvalidCslJson(String json) {
        assertFalse(CslSchema.validate(json).isEmpty(), json);
    }
}
