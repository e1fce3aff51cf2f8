package io.github.catconv.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * BCP 47 language tags ↔ babel/polyglossia language names, as BibTeX's {@code language} and
 * biblatex's {@code langid} hold them (biblatex manual §2.2.3 "langid" and §4.11.8 language support;
 * babel manual language list). The BibTeX writer uses the tag → name direction, the BibTeX reader
 * the name → tag one, so both read the same table.
 *
 * <p>Region-specific names come first ({@code en-US} → american, {@code pt-BR} → brazil), then the
 * primary subtag; a tag that already is a babel name ("English") is kept. Unknown tags have no
 * name.
 */
public final class BabelLanguages {

    /** Full tag (lower case) → name, for variants babel distinguishes. */
    private static final Map<String, String> REGIONAL = Map.of(
            "en-us", "american", "en-gb", "british", "en-ca", "canadian", "en-au", "australian",
            "en-nz", "newzealand", "de-at", "naustrian", "de-ch", "nswissgerman", "pt-br", "brazil",
            "fr-ca", "canadien");

    /** Primary subtag (ISO 639-1, or 639-2/3 when there is no 639-1 code) → name. */
    private static final Map<String, String> PRIMARY = Map.ofEntries(
            Map.entry("en", "english"), Map.entry("de", "ngerman"), Map.entry("fr", "french"),
            Map.entry("es", "spanish"), Map.entry("it", "italian"), Map.entry("pt", "portuguese"),
            Map.entry("ru", "russian"), Map.entry("nl", "dutch"), Map.entry("sv", "swedish"),
            Map.entry("da", "danish"), Map.entry("no", "norsk"), Map.entry("nb", "norsk"),
            Map.entry("nn", "nynorsk"), Map.entry("fi", "finnish"), Map.entry("pl", "polish"),
            Map.entry("cs", "czech"), Map.entry("sk", "slovak"), Map.entry("hu", "magyar"),
            Map.entry("ro", "romanian"), Map.entry("hr", "croatian"), Map.entry("sr", "serbian"),
            Map.entry("sl", "slovene"), Map.entry("bg", "bulgarian"), Map.entry("uk", "ukrainian"),
            Map.entry("el", "greek"), Map.entry("grc", "greek"), Map.entry("tr", "turkish"),
            Map.entry("ca", "catalan"), Map.entry("eu", "basque"), Map.entry("gl", "galician"),
            Map.entry("is", "icelandic"), Map.entry("et", "estonian"), Map.entry("lv", "latvian"),
            Map.entry("lt", "lithuanian"), Map.entry("he", "hebrew"), Map.entry("ar", "arabic"),
            Map.entry("la", "latin"), Map.entry("ga", "irish"), Map.entry("cy", "welsh"),
            Map.entry("af", "afrikaans"), Map.entry("id", "indonesian"), Map.entry("ms", "malay"),
            Map.entry("fa", "persian"), Map.entry("hi", "hindi"), Map.entry("th", "thai"),
            Map.entry("vi", "vietnamese"), Map.entry("ko", "korean"), Map.entry("ja", "japanese"),
            Map.entry("zh", "chinese"), Map.entry("eo", "esperanto"), Map.entry("sq", "albanian"),
            Map.entry("hy", "armenian"), Map.entry("be", "belarusian"), Map.entry("mk", "macedonian"));

    /**
     * Babel name → BCP 47 tag; where two tags share a name (no/nb, el/grc) the shorter code wins,
     * then the one that sorts first.
     */
    private static final Map<String, String> TAGS = new HashMap<>();

    static {
        PRIMARY.forEach((tag, name) -> TAGS.merge(name, tag, BabelLanguages::preferred));
        REGIONAL.forEach((tag, name) -> TAGS.put(name, tag.substring(0, 3) + tag.substring(3).toUpperCase(Locale.ROOT)));
        // Older babel names that BibTeX files still carry.
        TAGS.putIfAbsent("german", "de");
        TAGS.putIfAbsent("austrian", "de-AT");
        TAGS.putIfAbsent("swissgerman", "de-CH");
        TAGS.putIfAbsent("usenglish", "en-US");
        TAGS.putIfAbsent("ukenglish", "en-GB");
        TAGS.putIfAbsent("francais", "fr");
        TAGS.putIfAbsent("brazilian", "pt-BR");
        TAGS.putIfAbsent("hungarian", "hu");
        TAGS.putIfAbsent("norwegian", "no");
        TAGS.putIfAbsent("slovenian", "sl");
        TAGS.putIfAbsent("portuges", "pt");
    }

    private BabelLanguages() {
    }

    private static String preferred(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The babel/polyglossia name for a BCP 47 tag such as {@code en}, {@code pt-BR} or {@code grc}.
     *
     * @param tag the tag, may be null or malformed
     * @return the name, or empty when the tag is null or not in the table
     */
    public static Optional<String> babelName(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        String regional = REGIONAL.get(t);
        if (regional != null) {
            return Optional.of(regional);
        }
        int dash = t.indexOf('-');
        String name = PRIMARY.get(dash < 0 ? t : t.substring(0, dash));
        if (name == null && PRIMARY.containsValue(t)) {
            // Some catalogs give the English language name ("English") instead of a code.
            name = t;
        }
        return Optional.ofNullable(name);
    }

    /**
     * The BCP 47 tag for a babel/polyglossia name ({@code ngerman} → de, {@code brazil} → pt-BR),
     * case-insensitive.
     *
     * @param name the name, may be null
     * @return the tag, or empty when the name is not in the table
     */
    public static Optional<String> tagOf(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(TAGS.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
