package io.github.catconv.read.vufind;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.NameParser;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.read.marc.MarcAltScript;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original-script forms (MARC 880) of a MARC record that only VuFind's {@code spelling} field
 * still holds. VuFind copies every subfield into it, $6 included, so an 880 shows as
 * {@code 245-01/(N Русская народная поэзия : …} and the romanized field it belongs to as
 * {@code 880-01 Russkaâ narodnaâ poèziâ : …}: the linkage is explicit, nothing is guessed. Read:
 * the title (245), the publication statement (260/264: place and publisher) and the names
 * (100/110/111/700/710/711, each paired through its occurrence number with a contributor the
 * record already has).
 */
final class AltScriptSpelling {

    /** An 880 value: linking tag, occurrence, optional script code (and orientation), the text. */
    private static final Pattern LINKED = Pattern.compile("(\\d{3})-(\\d{2})(?:/([^ /]+)(?:/r)?)? (.+)");
    /** A romanized value that points to its 880. */
    private static final Pattern ROMANIZED = Pattern.compile("880-(\\d{2}) (.+)");
    /** The date at the end of an ISBD publication statement: ", 1984." / ", [1998?]" / ", c1987". */
    private static final Pattern TRAILING_DATE = Pattern.compile(",\\s*\\[?(?:c|ca\\.\\s*)?\\d{3,4}.*$");
    private static final Map<String, String> MARC_LANGUAGE = Map.of("ja", "jpn", "ko", "kor");

    private AltScriptSpelling() {
    }

    /**
     * The record with its original-script facts added, when {@code spelling} holds linked 880 values.
     *
     * @param f the page fields; not null
     * @param r the record built from them; not null
     * @return {@code r} itself when there is nothing to add
     */
    static BibRecord apply(PageFields f, BibRecord r) {
        if (r.originalScript().isPresent() || !f.has("spelling")) {
            return r;
        }
        List<String> values = f.values("spelling");
        Map<String, String> romanized = new HashMap<>();
        for (String v : values) {
            Matcher m = ROMANIZED.matcher(v.strip());
            if (m.matches()) {
                romanized.putIfAbsent(m.group(1), m.group(2));
            }
        }
        String title = null;
        String subtitle = null;
        String place = null;
        String publisher = null;
        String script = null;
        Map<String, String> names = new LinkedHashMap<>();
        for (String v : values) {
            Matcher m = LINKED.matcher(v.strip());
            if (!m.matches() || m.group(1).equals("880") || !romanized.containsKey(m.group(2))) {
                continue;
            }
            String tag = m.group(1);
            String text = m.group(4).strip();
            if (script == null) {
                script = MarcAltScript.iso15924(m.group(3),
                        MARC_LANGUAGE.getOrDefault(r.language().orElse(""), ""));
            }
            if (tag.equals("245") && title == null) {
                int slash = text.indexOf(" / ");
                String t = slash > 0 ? text.substring(0, slash) : text;
                int colon = t.indexOf(" : ");
                title = Isbd.clean(colon > 0 ? t.substring(0, colon) : t);
                subtitle = colon > 0 ? Isbd.clean(t.substring(colon + 3)) : null;
            } else if ((tag.equals("260") || tag.equals("264")) && place == null && publisher == null) {
                int colon = text.indexOf(" : ");
                if (colon > 0) {
                    place = Isbd.cleanPlaceOrPublisher(text.substring(0, colon)).orElse(null);
                    publisher = Isbd.cleanPlaceOrPublisher(TRAILING_DATE.matcher(text.substring(colon + 3)).replaceFirst(""))
                            .orElse(null);
                }
            } else if (tag.matches("[17]1[01]|[17]00")) {
                name(r, tag, romanized.get(m.group(2)), text, names);
            }
        }
        OriginalScript o = new OriginalScript(script, title, subtitle, publisher, place, null, names);
        if (o.isEmpty()) {
            return r;
        }
        return r.toBuilder().originalScript(o)
                .provenance("originalScript", f.from("spelling", "MARC 880 values linked through $6")).build();
    }

    /** Pairs an original-script name with the contributor whose name is the romanized one. */
    private static void name(BibRecord r, String tag, String romanizedHeading, String original, Map<String, String> names) {
        boolean person = tag.endsWith("00");
        String wanted = loose(person ? NameParser.parse(romanizedHeading).agent().displayName() : Isbd.clean(romanizedHeading));
        for (Contributor c : r.contributors()) {
            String shown = c.agent().displayName();
            if (loose(shown).equals(wanted)) {
                String name = person ? NameParser.parse(original).agent().displayName() : Isbd.clean(original);
                // VuFind drops a name's closing period ("Gorelov, Al"): the original form follows suit.
                if (name.endsWith(".") && !shown.endsWith(".") && romanizedHeading.strip().endsWith(".")) {
                    name = name.substring(0, name.length() - 1);
                }
                names.putIfAbsent(shown, name);
                return;
            }
        }
    }

    /** A name for comparing: no closing period, lower case. */
    private static String loose(String name) {
        String n = name.strip();
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1).strip();
        }
        return n.toLowerCase(Locale.ROOT);
    }
}
