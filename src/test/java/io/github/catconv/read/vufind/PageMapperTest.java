package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageMapperTest {

    @Test
    void idsLoseInvisibleCharacters() {
        assertEquals("abc 1", PageMapper.cleanId("\u200Babc\u00A01\uFEFF"));
        assertNull( PageMapper.cleanId("\u200B"));
    }
}
