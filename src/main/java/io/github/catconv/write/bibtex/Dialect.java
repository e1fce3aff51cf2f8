package io.github.catconv.write.bibtex;

import io.github.catconv.model.BibRecord;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The two output dialects: their entry type column, field table and field filter.
 */
enum Dialect {
    /** Classic BibTeX styles ignore fields they do not know, so every field may be written. */
    BIBTEX(EntryTypes::bibtex, BibtexFields.TABLE, (type, field) -> true),
    BIBLATEX(EntryTypes::biblatex, BiblatexFields.TABLE, BiblatexDataModel::allows);

    private final Function<BibRecord, String> entryType;
    private final List<FieldSpec> fields;
    private final BiPredicate<String, String> allows;

    Dialect(Function<BibRecord, String> entryType, List<FieldSpec> fields, BiPredicate<String, String> allows) {
        this.entryType = entryType;
        this.fields = fields;
        this.allows = allows;
    }

    /** True when a field may be written in an entry of the given type. */
    boolean allows(String type, String field) {
        return allows.test(type, field);
    }

    String entryType(BibRecord record) {
        return entryType.apply(record);
    }

    List<FieldSpec> fields() {
        return fields;
    }
}
