package io.github.catconv.write.bibtex;

import io.github.catconv.model.Agent;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes name lists in BibTeX's {@code von Last, Jr, First} form joined by {@code " and "}, or in
 * biblatex's extended {@code family=…, given=…} form.
 *
 * <p>Rules, after Patashnik's "BibTeXing" §4 and the biblatex manual §3.4 (name lists) and
 * §3.4.1 (extended name format): the non-dropping and the dropping particle both go to the von
 * part, because BibTeX has no slot for a dropping particle; literal persons and organisations are
 * wrapped in an extra pair of braces so nothing splits them ({@code {World Health Organization}});
 * a stand-alone word "and" inside a name part is braced so it does not split the list; a part that
 * holds a comma is braced so it does not shift the part boundaries; a family name of several words
 * of which one starts in lower case is braced so BibTeX does not take that word for a particle.
 * A person with a suffix but no given name is written as one braced unit, because
 * {@code Last, Jr,} with an empty first part is an error in BibTeX 0.99d; commas inside a suffix
 * are dropped because biber counts them even inside braces. In the extended format biber splits at
 * every comma, so a person with a comma in any name part is written in the classic form. Stateless.
 */
public final class NameFormatter {

    private static final Pattern AND_WORD = Pattern.compile("(?i)(?<=^|\\s)(and)(?=\\s|$)");

    private final LatexEncoder encoder;
    private final boolean extended;

    /**
     * @param encoder the dialect's encoder, not null
     * @param extended true for biblatex's extended name format ({@code name-format=extended})
     */
    public NameFormatter(LatexEncoder encoder, boolean extended) {
        this.encoder = encoder;
        this.extended = extended;
    }

    /**
     * The name list field value for {@code agents}, without the outer braces.
     *
     * @param agents persons and organisations in order, not null; may be empty (gives "")
     */
    public String format(List<Agent> agents) {
        List<String> names = new ArrayList<>(agents.size());
        for (Agent a : agents) {
            names.add(format(a));
        }
        return String.join(" and ", names);
    }

    /** One name; never null, never empty for a valid agent. */
    public String format(Agent agent) {
        if (agent instanceof Organization o) {
            return "{" + encoder.encode(o.name()) + "}";
        }
        Person p = (Person) agent;
        if (p.isLiteral()) {
            return "{" + encoder.encode(p.literal()) + "}";
        }
        return extended && !hasComma(p) ? extended(p) : classic(p);
    }

    private String classic(Person p) {
        String von = join(p.droppingParticle(), p.nonDroppingParticle());
        String last = familyPart(p.family());
        String head = von == null ? last : part(von) + " " + last;
        if (p.suffix() != null && p.given() == null) {
            return "{" + encoder.encode(p.displayName()) + "}";
        }
        StringBuilder sb = new StringBuilder(head);
        if (p.suffix() != null) {
            // biber 2.18 counts commas even inside a braced middle part: "Jr., III" → "Jr. III".
            sb.append(", ").append(part(p.suffix().replace(",", "")));
        }
        if (p.given() != null) {
            sb.append(", ").append(part(p.given()));
        }
        return sb.toString();
    }

    /** biblatex manual §3.4.1: {@code family=Gogh, given=Vincent, prefix=van, useprefix=true}. */
    private String extended(Person p) {
        List<String> kv = new ArrayList<>();
        kv.add("family=" + extendedValue(p.family()));
        if (p.given() != null) {
            kv.add("given=" + extendedValue(p.given()));
        }
        String prefix = join(p.droppingParticle(), p.nonDroppingParticle());
        if (prefix != null) {
            kv.add("prefix=" + extendedValue(prefix));
            // A non-dropping particle is part of the name in citations and sorting; a dropping one is not.
            kv.add("useprefix=" + (p.nonDroppingParticle() != null));
        }
        if (p.suffix() != null) {
            kv.add("suffix=" + extendedValue(p.suffix()));
        }
        return String.join(", ", kv);
    }

    private String extendedValue(String v) {
        String e = braceAnd(encoder.encode(v));
        return e.indexOf('=') >= 0 ? "{" + e + "}" : e;
    }

    /** biber splits extended names at every comma, braced or not: such names stay classic. */
    private static boolean hasComma(Person p) {
        return java.util.stream.Stream.of(p.family(), p.given(), p.droppingParticle(), p.nonDroppingParticle(),
                p.suffix()).anyMatch(v -> v != null && v.indexOf(',') >= 0);
    }

    private String familyPart(String family) {
        String e = encoder.encode(family);
        boolean lowerWord = family.contains(" ") && java.util.Arrays.stream(family.split("\\s+"))
                .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)));
        return lowerWord || e.indexOf(',') >= 0 ? "{" + e + "}" : braceAnd(e);
    }

    private String part(String v) {
        String e = encoder.encode(v);
        return e.indexOf(',') >= 0 ? "{" + e + "}" : braceAnd(e);
    }

    /** Braces each stand-alone "and" (any case: BibTeX splits on it case-insensitively). */
    static String braceAnd(String encoded) {
        return AND_WORD.matcher(encoded).replaceAll("{$1}");
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
