package io.github.catconv.cite;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.write.WriteContext;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of one citation output, read from the writer options {@code style}, {@code locale},
 * {@code format}, {@code mode} and {@code standalone}.
 *
 * <p>Holds no citeproc-java type, so reading the options costs nothing when another writer runs.
 *
 * @param style a style id of the styles artifact ({@code apa}) or a path to a {@code .csl} file
 * @param locale the locale asked for, or {@code null} for the style's default locale
 * @param format the citeproc-java output format name ({@code text}, {@code html}, …)
 * @param mode a sorted bibliography or one in-text citation per record
 * @param standalone whether html output is a complete document instead of a fragment
 */
public record CitationSettings(String style, String locale, String format, Mode mode, boolean standalone) {

    /** The style used when none is given. */
    public static final String DEFAULT_STYLE = "apa";
    /** The output format used when none is given. */
    public static final String DEFAULT_FORMAT = "text";

    /** What to render. */
    public enum Mode {
        /** The bibliography, sorted as the style says (CSL 1.0.2, "Sorting"). */
        BIBLIOGRAPHY,
        /** One in-text citation (or note) per record, in input order. */
        CITATION;

        /** The option value, e.g. {@code bibliography}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks the parts and applies defaults.
     *
     * @throws NullPointerException when {@code style}, {@code format} or {@code mode} is null
     */
    public CitationSettings {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * Reads the settings from a writer context; absent options take their defaults.
     *
     * @param context the writer context, not null
     * @return the settings, never null
     * @throws CatconvException with {@link ExitStatus#USAGE} for an unknown {@code mode} or an
     *         empty style, format or locale
     */
    public static CitationSettings from(WriteContext context) {
        String style = nonBlank(context, "style").orElse(DEFAULT_STYLE);
        String locale = nonBlank(context, "locale").orElse(null);
        String format = nonBlank(context, "format").orElse(DEFAULT_FORMAT).toLowerCase(Locale.ROOT);
        Mode mode = nonBlank(context, "mode").map(CitationSettings::mode).orElse(Mode.BIBLIOGRAPHY);
        return new CitationSettings(style, locale, format, mode, context.flag("standalone"));
    }

    /** The locale asked for, if any. */
    public Optional<String> requestedLocale() {
        return Optional.ofNullable(locale);
    }

    private static Optional<String> nonBlank(WriteContext context, String name) {
        Optional<String> value = context.option(name).map(String::strip);
        if (value.isPresent() && value.get().isEmpty()) {
            throw new CatconvException(ExitStatus.USAGE, "citation: --" + name + " must not be empty");
        }
        return value;
    }

    private static Mode mode(String value) {
        for (Mode m : Mode.values()) {
            if (m.id().equalsIgnoreCase(value)) {
                return m;
            }
        }
        throw new CatconvException(ExitStatus.USAGE, "citation: unknown --mode '" + value + "'; use one of "
                + String.join(", ", Arrays.stream(Mode.values()).map(Mode::id).toList()));
    }
}
