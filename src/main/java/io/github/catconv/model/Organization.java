package io.github.catconv.model;

/**
 * An organisation (corporate author, conference, institution), always written as a literal name.
 *
 * @param name the full name, never blank
 */
public record Organization(String name) implements Agent {

    public Organization {
        name = Person.blankToNull(name);
        if (name == null) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
    }

    @Override
    public String displayName() {
        return name;
    }
}
