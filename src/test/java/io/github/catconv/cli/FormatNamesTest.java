package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatNamesTest {

    @Test
    void anAliasNamesItsWriterOnlyWhenThatWriterIsInstalled() {
        assertEquals("endnote-xml", FormatNames.writerId("EndNote", List.of("bibtex", "endnote-xml")));
        assertEquals("endnote", FormatNames.writerId("endnote", List.of("bibtex")));
        assertEquals("bibtex", FormatNames.writerId("BIB", List.of("bibtex")));
    }

    @Test
    void theExtensionIsTheLastDotOfTheFileName() {
        assertEquals(".ris", FormatNames.extension("out.d/items.ris"));
        assertEquals("", FormatNames.extension("out.d/items"));
        assertEquals("", FormatNames.extension(".hidden"));
    }
}
