package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyOwnersTest {

    @Test
    void freeKeyHasNoOwnerAndTakenKeyKeepsItsFirstOwner() {
        KeyOwners owners = new KeyOwners();
        assertNull(owners.owner("smith2020"));
        assertFalse(owners.isTaken("smith2020"));
        owners.put("smith2020", "rec-1");
        owners.put("smith2020", "rec-2");
        assertTrue(owners.isTaken("smith2020"));
        assertEquals("rec-1", owners.owner("smith2020"));
        assertNull(owners.owner("smith2021"));
    }

    @Test
    void ownersSurviveGrowthAndKeepNonAsciiIds() {
        KeyOwners owners = new KeyOwners();
        int n = 200_000; // many times the initial capacity, so the table and the id bytes grow
        for (int i = 0; i < n; i++) {
            owners.put("key" + i, "Ünïcode-id-" + i + (i % 7 == 0 ? "-日本" : ""));
        }
        for (int i = 0; i < n; i += 997) {
            assertEquals("Ünïcode-id-" + i + (i % 7 == 0 ? "-日本" : ""), owners.owner("key" + i));
        }
        assertNull(owners.owner("key" + n));
        assertEquals("Ünïcode-id-0-日本", owners.owner("key0"));
        assertEquals("Ünïcode-id-" + (n - 1), owners.owner("key" + (n - 1)));
    }

    @Test
    void emptyIdIsAnOwnerToo() {
        KeyOwners owners = new KeyOwners();
        owners.put("anon", "");
        assertTrue(owners.isTaken("anon"));
        assertEquals("", owners.owner("anon"));
    }
}
