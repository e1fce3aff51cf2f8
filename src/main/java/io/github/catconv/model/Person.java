package io.github.catconv.model;

import java.util.Objects;

/**
 * A person's name in parts, as CSL and BibTeX want it.
 *
 * <p>{@code family} is required unless {@code literal} is set, which holds a name that could
 * not be split safely ("never guess"). Empty strings are normalised to {@code null}.
 *
 * @param family family name without particle, e.g. "Gogh"
 * @param given given names or initials, e.g. "Vincent"
 * @param droppingParticle a particle printed only with the given name, e.g. "de" in "La Fontaine, Jean de"
 * @param nonDroppingParticle a particle that stays with the family name, e.g. "van" in "van Gogh"
 * @param suffix e.g. "Jr.", "III"
 * @param literal the unsplit name, when no safe split exists
 */
public record Person(String family, String given, String droppingParticle,
                     String nonDroppingParticle, String suffix, String literal) implements Agent {

    public Person {
        family = blankToNull(family);
        given = blankToNull(given);
        droppingParticle = blankToNull(droppingParticle);
        nonDroppingParticle = blankToNull(nonDroppingParticle);
        suffix = blankToNull(suffix);
        literal = blankToNull(literal);
        if (family == null && literal == null) {
            throw new IllegalArgumentException("a person needs a family name or a literal name");
        }
    }

    /** A person with just family and given names. */
    public static Person of(String family, String given) {
        return new Person(family, given, null, null, null, null);
    }

    /** A name kept whole because it could not be split. */
    public static Person literal(String name) {
        return new Person(null, null, null, null, null, Objects.requireNonNull(name, "name"));
    }

    /** True when the name is kept whole. */
    public boolean isLiteral() {
        return family == null;
    }

    @Override
    public String displayName() {
        if (isLiteral()) {
            return literal;
        }
        StringBuilder sb = new StringBuilder();
        if (nonDroppingParticle != null) {
            sb.append(nonDroppingParticle).append(' ');
        }
        sb.append(family);
        if (given != null || droppingParticle != null) {
            sb.append(',');
            if (given != null) {
                sb.append(' ').append(given);
            }
            if (droppingParticle != null) {
                sb.append(' ').append(droppingParticle);
            }
        }
        if (suffix != null) {
            sb.append(", ").append(suffix);
        }
        return sb.toString();
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
