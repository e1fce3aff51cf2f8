package io.github.catconv.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's facts in their original script, where the catalog gives them beside the romanized
 * form it files them under: MARC 21 field 880 (alternate graphic representation), linked to the
 * field it belongs to through subfield $6, e.g. the Cyrillic title of a book whose 245 is
 * transliterated. Each component is the original-script form of the record fact of the same name.
 *
 * @param script ISO 15924 code of the script ("Cyrl", "Grek", "Hebr", "Arab", "Hani", "Jpan",
 *               "Kore", "Latn"), or null when the source does not say
 * @param title the title proper, or null
 * @param subtitle the subtitle, or null
 * @param publisher the publisher, or null
 * @param place the place of publication, or null
 * @param edition the edition statement, or null
 * @param names original-script names, each under the {@link Agent#displayName()} of the
 *              (romanized) contributor it belongs to, in source order; never null
 */
public record OriginalScript(String script, String title, String subtitle, String publisher, String place,
                             String edition, Map<String, String> names) {

    public OriginalScript {
        script = Person.blankToNull(script);
        title = Person.blankToNull(title);
        subtitle = Person.blankToNull(subtitle);
        publisher = Person.blankToNull(publisher);
        place = Person.blankToNull(place);
        edition = Person.blankToNull(edition);
        Map<String, String> copy = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((k, v) -> {
                String value = Person.blankToNull(v);
                if (k != null && value != null) {
                    copy.put(k, value);
                }
            });
        }
        names = Collections.unmodifiableMap(copy);
    }

    /** True when no fact is held (the script alone is no fact). */
    public boolean isEmpty() {
        return title == null && subtitle == null && publisher == null && place == null && edition == null
                && names.isEmpty();
    }

    /** Title and subtitle joined as {@link BibRecord#fullTitle()} joins them, or null when neither is known. */
    public String fullTitle() {
        return BibRecord.joinTitle(title, subtitle);
    }

    /** The original-script name of a contributor, or null when the source gives none. */
    public String name(Agent agent) {
        return names.get(agent.displayName());
    }
}
