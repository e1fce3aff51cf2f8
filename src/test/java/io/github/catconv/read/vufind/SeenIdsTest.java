package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bounded duplicate-id table: first lines come back, new ids give 0, across table growth. */
class SeenIdsTest {

    @Test
    void reportsTheFirstLineOfARepeatedIdAcrossGrowth() {
        SeenIds s = new SeenIds();
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, s.add("id-" + i, i + 1));
        }
        assertEquals(1, s.add("id-0", 99_999));
        assertEquals(5_000, s.add("id-4999", 99_999));
        assertEquals(0, s.add("id-10000", 10_001));
        assertEquals(0, s.add("", 7));
        assertEquals(7, s.add("", 8));
    }
}
