package io.github.catconv.cite;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds CSL locales in the {@code org.citationstyles:locales} artifact, whose files are named
 * {@code locales-<tag>.xml} ({@code locales-en-US.xml}, {@code locales-ar.xml}).
 *
 * <p>A tag is matched case-insensitively and with {@code _} read as {@code -} ("en_gb" is
 * {@code en-GB}). A bare language ("de", as styles write it in {@code default-locale}) means the
 * language's primary dialect, from the {@code primary-dialects} table of the CSL locales
 * repository's {@code locales.json}; that is also what citeproc-js does.
 */
final class LocaleCatalog {

    /** The locale when neither the user nor the style names one (CSL 1.0.2, "Locale Fallback"). */
    static final String FALLBACK = "en-US";

    private static final String KNOWN = "locales-en-US.xml";

    /** {@code primary-dialects} of the CSL locales repository's {@code locales.json}. */
    private static final Map<String, String> PRIMARY_DIALECTS = Map.ofEntries(
            Map.entry("af", "af-ZA"), Map.entry("bg", "bg-BG"), Map.entry("ca", "ca-AD"),
            Map.entry("cs", "cs-CZ"), Map.entry("cy", "cy-GB"), Map.entry("da", "da-DK"),
            Map.entry("de", "de-DE"), Map.entry("el", "el-GR"), Map.entry("en", "en-US"),
            Map.entry("es", "es-ES"), Map.entry("et", "et-EE"), Map.entry("fa", "fa-IR"),
            Map.entry("fi", "fi-FI"), Map.entry("fr", "fr-FR"), Map.entry("gl", "gl-ES"),
            Map.entry("he", "he-IL"), Map.entry("hi", "hi-IN"), Map.entry("hr", "hr-HR"),
            Map.entry("hu", "hu-HU"), Map.entry("id", "id-ID"), Map.entry("is", "is-IS"),
            Map.entry("it", "it-IT"), Map.entry("ja", "ja-JP"), Map.entry("km", "km-KH"),
            Map.entry("ko", "ko-KR"), Map.entry("lt", "lt-LT"), Map.entry("lv", "lv-LV"),
            Map.entry("mn", "mn-MN"), Map.entry("nb", "nb-NO"), Map.entry("nl", "nl-NL"),
            Map.entry("nn", "nn-NO"), Map.entry("pa", "pa-PK"), Map.entry("pl", "pl-PL"),
            Map.entry("pt", "pt-PT"), Map.entry("ro", "ro-RO"), Map.entry("ru", "ru-RU"),
            Map.entry("sk", "sk-SK"), Map.entry("sl", "sl-SI"), Map.entry("sr", "sr-RS"),
            Map.entry("sv", "sv-SE"), Map.entry("th", "th-TH"), Map.entry("tr", "tr-TR"),
            Map.entry("uk", "uk-UA"), Map.entry("vi", "vi-VN"), Map.entry("zh", "zh-CN"));

    private LocaleCatalog() {
    }

    /**
     * The installed locale for a tag the user gave.
     *
     * @param requested a tag such as {@code es-ES}, {@code en_gb} or {@code de}, not null
     * @return the installed tag in its file's spelling, e.g. {@code en-GB}
     * @throws CatconvException with {@link ExitStatus#USAGE} when no installed locale matches,
     *         naming close matches
     */
    static String resolve(String requested) {
        return find(requested).orElseThrow(() -> new CatconvException(ExitStatus.USAGE,
                "citation: unknown locale '" + requested + "'" + Suggestions.phrase(requested, tags())));
    }

    /**
     * The locale to render with: the one asked for, else the style's default locale when it is
     * installed, else {@link #FALLBACK}.
     *
     * @param requested the user's tag, or empty
     * @param styleDefault the style's {@code default-locale}, or empty
     * @return an installed tag, never null
     * @throws CatconvException with {@link ExitStatus#USAGE} when {@code requested} is not installed
     */
    static String choose(Optional<String> requested, Optional<String> styleDefault) {
        if (requested.isPresent()) {
            return resolve(requested.get());
        }
        return styleDefault.flatMap(LocaleCatalog::find).orElse(FALLBACK);
    }

    /** The installed tags, e.g. {@code en-US}, {@code ar}. */
    static List<String> tags() {
        return ClasspathJar.list(KNOWN, "", ".xml").stream()
                .filter(n -> n.startsWith("locales-"))
                .map(n -> n.substring("locales-".length(), n.length() - ".xml".length()))
                .sorted()
                .toList();
    }

    private static Optional<String> find(String requested) {
        String wanted = requested.strip().replace('_', '-');
        List<String> tags = tags();
        Optional<String> exact = tags.stream().filter(t -> t.equalsIgnoreCase(wanted)).findFirst();
        if (exact.isPresent() || wanted.contains("-")) {
            return exact;
        }
        String primary = PRIMARY_DIALECTS.get(wanted.toLowerCase(Locale.ROOT));
        return primary != null && tags.contains(primary) ? Optional.of(primary) : Optional.empty();
    }
}
