package io.github.catconv.model;

import java.util.List;

/**
 * What a record is part of: the journal of an article, the book of a chapter, the proceedings of
 * a paper. Volume, issue and pages locate the record inside it.
 *
 * @param title full title, or null
 * @param shortTitle abbreviation such as "Harm Reduct J", or null
 * @param volume volume as given ("12", "Bd. 3"), or null
 * @param issue issue/number as given, or null
 * @param pages pages of the record inside the container, or null
 * @param identifiers the container's own identifiers (ISSN, ISBN of the host book)
 */
public record Container(String title, String shortTitle, String volume, String issue,
                        PageRange pages, List<Identifier> identifiers) {

    public Container {
        title = Person.blankToNull(title);
        shortTitle = Person.blankToNull(shortTitle);
        volume = Person.blankToNull(volume);
        issue = Person.blankToNull(issue);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** An empty container, to be filled with the {@code with…} methods. */
    public static Container empty() {
        return new Container(null, null, null, null, null, List.of());
    }

    /** True when nothing is known about the container. */
    public boolean isEmpty() {
        return title == null && shortTitle == null && volume == null && issue == null
                && pages == null && identifiers.isEmpty();
    }

    public Container withTitle(String v) {
        return new Container(v, shortTitle, volume, issue, pages, identifiers);
    }

    public Container withShortTitle(String v) {
        return new Container(title, v, volume, issue, pages, identifiers);
    }

    public Container withVolume(String v) {
        return new Container(title, shortTitle, v, issue, pages, identifiers);
    }

    public Container withIssue(String v) {
        return new Container(title, shortTitle, volume, v, pages, identifiers);
    }

    public Container withPages(PageRange v) {
        return new Container(title, shortTitle, volume, issue, v, identifiers);
    }

    public Container withIdentifiers(List<Identifier> v) {
        return new Container(title, shortTitle, volume, issue, pages, v);
    }
}
