package io.github.catconv.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.csl.internal.SSort;
import de.undercouch.citeproc.csl.internal.SStyle;
import de.undercouch.citeproc.csl.internal.locale.LLocale;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * Reads the parsed style, the merged locale and the sort keys that citeproc-java 3.5 keeps in
 * private fields ({@code CSL.style}, {@code CSL.locale}, {@code SSort.keys}), so that catconv can
 * render each sort key once per item instead of once per comparison ({@link SortOrder}).
 *
 * <p>Everything here is an optimisation: when a field is missing (another citeproc-java version)
 * or not accessible, the methods return empty and the caller takes citeproc-java's own, slower
 * path, which gives the same output.
 */
final class CiteprocAccess {

    /** The style and locale a processor renders with. */
    record Parts(SStyle style, LLocale locale) {
    }

    private CiteprocAccess() {
    }

    /**
     * The parsed style and merged locale of a processor.
     *
     * @param processor the processor, not null
     * @return the parts, or empty when citeproc-java does not let them be read
     */
    static Optional<Parts> parts(CSL processor) {
        Object style = field(CSL.class, "style", processor);
        Object locale = field(CSL.class, "locale", processor);
        if (style instanceof SStyle s && locale instanceof LLocale l) {
            return Optional.of(new Parts(s, l));
        }
        return Optional.empty();
    }

    /**
     * The keys of a sort element, in the style's order.
     *
     * @param sort the sort element, not null
     * @return the keys, or empty when citeproc-java does not let them be read
     */
    static Optional<List<SKey>> keys(SSort sort) {
        if (field(SSort.class, "keys", sort) instanceof List<?> list
                && list.stream().allMatch(SKey.class::isInstance)) {
            return Optional.of(list.stream().map(SKey.class::cast).toList());
        }
        return Optional.empty();
    }

    private static Object field(Class<?> type, String name, Object owner) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // Not this citeproc-java, or access denied: the caller takes the plain path.
        }
    }
}
