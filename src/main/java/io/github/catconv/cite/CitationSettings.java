package io.github.catconv.cite;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;

import java.util.List;
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

    public static final WriterOption STYLE = WriterOption.value("style", "STYLE",
            "Citation style: an id (find one with 'catconv styles WORDS') or a .csl file.", DEFAULT_STYLE);
    public static final WriterOption LOCALE = WriterOption.value("locale", "TAG",
            "Citation locale, e.g. en-US, de, es-ES (default: the style's, else en-US).");
    /** citeproc-java's output formats ({@code CSL.getSupportedOutputFormats()}, which a test compares). */
    public static final WriterOption FORMAT = WriterOption.oneOf("format", "FORMAT", "Citation output format.",
            DEFAULT_FORMAT, "text", "html", "asciidoc", "markdown", "markdown-pure", "fo");
    public static final WriterOption MODE = WriterOption.oneOf("mode", "MODE",
            "bibliography: sorted as the style says; citation: one in-text citation per record.",
            "bibliography", "bibliography", "citation");
    public static final WriterOption STANDALONE = WriterOption.flag("standalone",
            "With --format html: a complete HTML document.");
    /** The options of the citation writer, as it declares them. */
    public static final List<WriterOption> OPTIONS = List.of(STYLE, LOCALE, FORMAT, MODE, STANDALONE);

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

        static Mode of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
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
     * @throws CatconvException (usage) for an unknown {@code format} or {@code mode} or an empty
     *         style or locale
     */
    public static CitationSettings from(WriteContext context) {
        String style = nonBlank(context, STYLE).orElseThrow();
        String locale = nonBlank(context, LOCALE).orElse(null);
        String format = context.choice(FORMAT);
        Mode mode = Mode.of(context.choice(MODE));
        return new CitationSettings(style, locale, format, mode, context.flag(STANDALONE));
    }

    /** The locale asked for, if any. */
    public Optional<String> requestedLocale() {
        return Optional.ofNullable(locale);
    }

    private static Optional<String> nonBlank(WriteContext context, WriterOption option) {
        Optional<String> value = context.option(option).map(String::strip);
        if (value.isPresent() && value.get().isEmpty()) {
            throw context.invalidValue(option, "", "must not be empty");
        }
        return value;
    }
}
