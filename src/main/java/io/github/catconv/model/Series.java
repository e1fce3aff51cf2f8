package io.github.catconv.model;


/**
 * A series the record belongs to, with the record's number in it.
 *
 * @param title series title, never blank
 * @param number the record's number in the series ("242"), or null
 */
public record Series(String title, String number) {

    public Series {
        title = Person.blankToNull(title);
        number = Person.blankToNull(number);
        if (title == null) {
            throw new IllegalArgumentException("a series needs a title");
        }
    }
}
