package io.github.catconv.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bibliography rendered in chunks on two processors is the one a single
 * {@code makeBibliography()} gives, entry for entry, in every output format; and a helper that
 * fails costs nothing but time.
 */
class ParallelBibliographyTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"apa, text", "apa, html", "ieee, text", "vancouver, markdown", "acm-sig-proceedings, fo"})
    void chunksJoinToTheWholeBibliography(String style, String format) {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samplesTwice());
        assertTrue(items.ids().size() >= ParallelBibliography.MIN_ITEMS, "enough items to split");
        Consumer<CSL> register = p -> {
            p.setOutputFormat(format);
            p.registerCitationItems(items.ids());
        };
        CSL whole = items.processor(style);
        register.accept(whole);
        Bibliography expected = whole.makeBibliography();

        assertSame(expected, render(items, style, register, () -> items.processor(style)));
    }

    @Test
    void aTwinThatCannotBeBuiltLeavesTheWorkToTheFirstProcessor() {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samplesTwice());
        Consumer<CSL> register = p -> p.registerCitationItems(items.ids());
        CSL whole = items.processor("apa");
        register.accept(whole);

        assertSame(whole.makeBibliography(), render(items, "apa", register, () -> {
            throw new IllegalStateException("no twin");
        }));
    }

    @Test
    void aTwinThatFailsWhileRenderingLeavesItsChunksToTheFirstProcessor() {
        CiteprocItems items = new CiteprocItems(CiteprocItems.samplesTwice());
        Consumer<CSL> register = p -> p.registerCitationItems(items.ids());
        CSL whole = items.processor("apa");
        register.accept(whole);
        // The twin takes chunks and fails on each: the first processor renders them afterwards.
        assertSame(whole.makeBibliography(), render(items, "apa", register, () -> failing(items)));
    }

    private static CSL failing(CiteprocItems items) {
        try {
            return new CSL(items, new DefaultLocaleProvider(), items.abbreviations,
                    StyleCatalog.load("apa").xml(), "en-US") {
                @Override
                public Bibliography makeBibliography(Predicate<CSLItemData> filter) {
                    throw new IllegalStateException("twin fails");
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bibliography render(CiteprocItems items, String style, Consumer<CSL> register,
                                       Supplier<CSL> twin) {
        CSL first = items.processor(style);
        register.accept(first);
        try (ProcessorPair work = ProcessorPair.start(first, twin, true)) {
            return ParallelBibliography.make(work, first, register, true);
        }
    }

    private static void assertSame(Bibliography expected, Bibliography actual) {
        assertArrayEquals(expected.getEntries(), actual.getEntries());
        assertEquals(expected.makeString(), actual.makeString());
        assertEquals(expected.getSecondFieldAlign(), actual.getSecondFieldAlign());
    }
}
