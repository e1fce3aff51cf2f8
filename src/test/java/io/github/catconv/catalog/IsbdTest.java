package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IsbdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Title /'                      | Title",
        "'From client to co-worker :'   | From client to co-worker",
        "'London ;'                     | London",
        "'Main title ='                 | Main title",
        "'Penguin,'                     | Penguin",
        "'2005.'                        | 2005",
        "'A history of Rome.'           | A history of Rome",
        "'Title : subtitle /'           | Title : subtitle",
        "'Title. --'                    | Title",
        "'Title / :'                    | Title",
        "'  Too   many \t spaces  '     | Too many spaces",
        "'Smith, J.'                    | Smith, J.",
        "'Edited by A.B.'               | Edited by A.B.",
        "'Washington, D.C.'             | Washington, D.C.",
        "'U.S.A.'                       | U.S.A.",
        "'Penguin Books Ltd.'           | Penguin Books Ltd.",
        "'Acme Inc.'                    | Acme Inc.",
        "'2nd ed.'                      | 2nd ed.",
        "'Fruits, vegetables, etc.'     | Fruits, vegetables, etc.",
        "'Smith, John, Jr.'             | Smith, John, Jr.",
        "'And then...'                  | And then...",
        "'Title:'                       | Title:",
        "'a/b'                          | a/b",
    })
    void removesTrailingIsbdPunctuation(String in, String expected) {
        assertEquals(expected, Isbd.clean(in));
    }

    @Test
    void cleanOfNullIsEmpty() {
        assertEquals("", Isbd.clean(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'London :'               | London",
        "'[London]'               | London",
        "'[London] :'             | London",
        "'[London?]'              | London?",
        "'Cambridge [Mass.] :'    | Cambridge, Mass.",
        "'London [etc.]'          | London",
        "'Berlin [u.a.]'          | Berlin",
        "'[London :'              | London",
        "'Penguin]'               | Penguin",
        "'BioMed Central'         | BioMed Central",
        "'Penguin Books,'         | Penguin Books",
        "'Oxford University Press.' | Oxford University Press",
    })
    void cleansPlaceOrPublisher(String in, String expected) {
        assertEquals(expected, Isbd.cleanPlaceOrPublisher(in).orElse(null));
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "[S.l.]", "[s.l.]", "S.l.", "s.n.", "[s.n.] ,", "[S.l. : s.n.]", "o.O.", "[o.V.]",
        "s.e.", "[n.p.]", "sine loco", "[place of publication not identified]", "[publisher not identified]",
        "[Verlag nicht ermittelbar]", "[ ]", ","})
    void unknownPlaceOrPublisherIsEmpty(String in) {
        assertTrue(Isbd.cleanPlaceOrPublisher(in).isEmpty(), () -> String.valueOf(Isbd.cleanPlaceOrPublisher(in)));
    }
}
