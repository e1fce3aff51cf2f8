package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecordIdMapperTest {

    @Test
    void idsLoseInvisibleCharacters() {
        assertEquals("abc 1", RecordIdMapper.cleanId("\u200Babc\u00A01\uFEFF"));
        assertNull( RecordIdMapper.cleanId("\u200B"));
    }
}
