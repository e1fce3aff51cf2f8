package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextScanHashTest {

    @Test
    void isFnv1a64OverCodeUnits() {
        // Published FNV-1a 64 test vectors (offset basis; "a" and "foobar" as ASCII bytes, whose
        // UTF-16 code units have the same values).
        assertEquals(0xcbf29ce484222325L, TextScan.hash64(""));
        assertEquals(0xaf63dc4c8601ec8cL, TextScan.hash64("a"));
        assertEquals(0x85944171f73967e8L, TextScan.hash64("foobar"));
    }

    @Test
    void distinguishesCaseAndNonAscii() {
        assertNotEquals(TextScan.hash64("Smith2020"), TextScan.hash64("smith2020"));
        assertNotEquals(TextScan.hash64("é"), TextScan.hash64("e"));
    }
}
