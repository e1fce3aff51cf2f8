package io.github.catconv.write.csv;

import io.github.catconv.model.BibRecord;

/**
 * One CSV column: its header text and how a record fills its cell.
 */
public interface CsvField {

    /** The header text of the column; never null. */
    String header();

    /** The cell text for {@code record}; never null, empty when the record has no such value. */
    String value(BibRecord record);
}
