package io.github.catconv.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SortOrder} gives exactly the order and citation numbers of citeproc-java's own sorted
 * registration, for every sample item twice over (many ties), and steps aside where it must.
 */
class SortOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "apa, true",
        "chicago-author-date, true",
        "modern-language-association, true",
        "elsevier-harvard, true",
        // Numbered entries sorted by author: the keys never read the number, so the fast path.
        "acm-sig-proceedings, true",
        // A sort key on citation-number: citeproc-java's own path.
        "acta-polytechnica, false",
        // No bibliography sort: citeproc-java appends in input order, linear already.
        "ieee, false",
    })
    void sameOrderAndNumbersAsCiteproc(String style, boolean fast) {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samplesTwice());
        CSL plain = items.processor(style);
        plain.registerCitationItems(items.ids());

        CSL quick = items.processor(style);
        Optional<List<String>> order = order(items, quick, style, true);
        assertEquals(fast, order.isPresent());
        if (order.isPresent()) {
            quick.registerCitationItems(order.get(), true);
        } else {
            quick.registerCitationItems(items.ids());
        }
        assertEquals(numbered(plain), numbered(quick));
        assertEquals(plain.makeBibliography().makeString(), quick.makeBibliography().makeString());
    }

    @Test
    void oneCoreGivesTheSameOrderAsTwo() {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samplesTwice());
        Optional<List<String>> one = order(items, items.processor("apa"), "apa", false);
        Optional<List<String>> two = order(items, items.processor("apa"), "apa", true);
        assertTrue(one.isPresent());
        assertEquals(one, two);
    }

    @Test
    void oneItemIsLeftToCiteproc() {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samples().subList(0, 1));
        assertEquals(Optional.empty(), order(items, items.processor("apa"), "apa", false));
    }

    private static Optional<List<String>> order(CiteprocItems items, CSL processor, String style, boolean split) {
        try (ProcessorPair work = ProcessorPair.start(processor, () -> items.processor(style), split)) {
            return SortOrder.of(work, processor, items.abbreviations, items.items(),
                    StyleCatalog.load(style).xml().contains("citation-number"));
        }
    }

    private static List<String> numbered(CSL processor) {
        return processor.getRegisteredItems().stream().map(SortOrderTest::numbered).toList();
    }

    private static String numbered(CSLItemData item) {
        return item.getCitationNumber() + " " + item.getId();
    }
}
