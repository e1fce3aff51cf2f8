package io.github.catconv.read.marc;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.model.Agent;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MARC 21 field 880 (alternate graphic representation): the original-script form of another field
 * of the record, linked through $6 ({@code 245-01/(N}: linking tag, occurrence, script
 * identification code; MARC 21 Bibliographic, "Appendix A: Control subfields"). Read here: the title
 * (245), the names (100/110/111/700/710/711, each paired with the romanized name of the field it is
 * linked to), the publication statement (264 second indicator 1, else 260, else 264: $a place, $b
 * publisher) and the edition (250). Other linked fields are not mapped (docs/marc-mapping.md).
 */
public final class MarcAltScript {

    /** MARC script identification codes ($6 after the slash) → ISO 15924; "$1" (CJK) is decided by language. */
    private static final Map<String, String> SCRIPTS = Map.of(
            "(3", "Arab", "(B", "Latn", "(N", "Cyrl", "(S", "Grek", "(2", "Hebr");

    private MarcAltScript() {
    }

    /** One 880 and where $6 points. */
    private record Linked(MarcRecord.Field field, String tag, String occurrence, String script) {
    }

    /**
     * The original-script facts of a record.
     *
     * @param m the record; not null
     * @return the facts, empty when the record has no usable 880
     */
    static Optional<OriginalScript> of(MarcRecord m) {
        List<Linked> linked = m.fields("880").stream().map(MarcAltScript::linked).filter(l -> l != null).toList();
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        String title = null;
        String subtitle = null;
        String edition = null;
        Map<String, String> names = new LinkedHashMap<>();
        for (Linked l : linked) {
            if (l.tag().equals("245") && title == null && subtitle == null) {
                title = MarcMapper.titleProper(l.field());
                subtitle = MarcMapper.subtitle(l.field());
            } else if (l.tag().equals("250") && edition == null) {
                String e = l.field().join("ab");
                edition = e == null ? null : Isbd.clean(e);
            } else {
                name(m, l, names);
            }
        }
        MarcRecord.Field pub = publication(linked);
        String place = pub == null ? null : Isbd.cleanPlaceOrPublisher(pub.first('a')).orElse(null);
        String publisher = pub == null ? null : Isbd.cleanPlaceOrPublisher(pub.first('b')).orElse(null);
        OriginalScript o = new OriginalScript(script(m, linked), title, subtitle, publisher, place, edition, names);
        return o.isEmpty() ? Optional.empty() : Optional.of(o);
    }

    /** Where the original-script facts came from: the first 880. */
    static Provenance provenance(MarcRecord m) {
        return MarcMapper.prov(m.field("880").orElse(null), "880", "$6 linkage to the romanized field");
    }

    /** An 880 with a readable $6, or null. */
    private static Linked linked(MarcRecord.Field f) {
        String six = f.first('6');
        if (six == null) {
            return null;
        }
        String s = six.strip();
        if (s.length() < 6 || s.charAt(3) != '-') {
            return null;
        }
        int slash = s.indexOf('/', 4);
        String occurrence = s.substring(4, slash < 0 ? s.length() : slash);
        String script = null;
        if (slash > 0) {
            int next = s.indexOf('/', slash + 1);
            script = s.substring(slash + 1, next < 0 ? s.length() : next);
        }
        return new Linked(f, s.substring(0, 3), occurrence, script);
    }

    /** A name 880, paired with the agent of the romanized field that links back to it ("880-03"). */
    private static void name(MarcRecord m, Linked l, Map<String, String> names) {
        for (MarcTables.NameField nf : MarcTables.NameField.values()) {
            if (!nf.tag.equals(l.tag())) {
                continue;
            }
            Agent original = MarcNames.agentOf(nf, l.field());
            Agent romanized = romanizedPartner(m, nf, l);
            if (original != null && romanized != null) {
                names.putIfAbsent(romanized.displayName(), original.displayName());
            }
            return;
        }
    }

    private static Agent romanizedPartner(MarcRecord m, MarcTables.NameField nf, Linked l) {
        if (l.occurrence().equals("00")) {
            return null; // an unlinked 880 has no romanized field to stand beside
        }
        for (MarcRecord.Field f : m.fields(nf.tag)) {
            String six = f.first('6');
            if (six != null && six.strip().startsWith("880-" + l.occurrence())) {
                return MarcNames.agentOf(nf, f);
            }
        }
        return null;
    }

    /** The 880 of the publication statement MarcMapper reads: 264 with second indicator 1, else 260, else 264. */
    private static MarcRecord.Field publication(List<Linked> linked) {
        MarcRecord.Field any264 = null;
        MarcRecord.Field f260 = null;
        for (Linked l : linked) {
            if (l.tag().equals("264")) {
                if (l.field().ind2() == '1') {
                    return l.field();
                }
                any264 = any264 == null ? l.field() : any264;
            } else if (l.tag().equals("260") && f260 == null) {
                f260 = l.field();
            }
        }
        return f260 != null ? f260 : any264;
    }

    /** The first script the 880s name, as ISO 15924. */
    private static String script(MarcRecord m, List<Linked> linked) {
        for (Linked l : linked) {
            if (l.script() == null) {
                continue;
            }
            String f008 = m.control("008").orElse("");
            String iso = iso15924(l.script(), f008.length() >= 38 ? f008.substring(35, 38) : "");
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /**
     * The ISO 15924 code of a MARC script identification code ($6 after the slash: "(N" Cyrillic,
     * "(S" Greek, "(2" Hebrew, "(3" Arabic, "(B" Latin, "$1" CJK).
     *
     * @param marcCode the code as in $6, may be null
     * @param language the record's MARC language code (008/35-37), which decides CJK: "jpn" Jpan,
     *                 "kor" Kore, else Hani
     * @return the code, or null when the MARC code is unknown
     */
    public static String iso15924(String marcCode, String language) {
        if ("$1".equals(marcCode)) {
            return "jpn".equals(language) ? "Jpan" : "kor".equals(language) ? "Kore" : "Hani";
        }
        return marcCode == null ? null : SCRIPTS.get(marcCode);
    }
}
