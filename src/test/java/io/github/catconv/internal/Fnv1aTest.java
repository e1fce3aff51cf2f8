package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class Fnv1aTest {

    @Test
    void isFnv1a64OverCodeUnits() {
        // Published FNV-1a 64 test vectors (offset basis; "a" and "foobar" as ASCII bytes, whose
        // UTF-16 code units have the same values).
        assertEquals(0xcbf29ce484222325L, Fnv1a.hash64(""));
        assertEquals(0xaf63dc4c8601ec8cL, Fnv1a.hash64("a"));
        assertEquals(0x85944171f73967e8L, Fnv1a.hash64("foobar"));
    }

    @Test
    void distinguishesCaseAndNonAscii() {
        assertNotEquals(Fnv1a.hash64("Smith2020"), Fnv1a.hash64("smith2020"));
        assertNotEquals(Fnv1a.hash64("é"), Fnv1a.hash64("e"));
    }
}
