package io.github.catconv.write.csv;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.IdentifierScheme;
import java.util.Objects;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of the default CSV profile, in default order. The header of each column is its
 * lower-case name ({@code journal_abbr}); {@link #isDefault()} says whether it is in the default
 * set; option {@code columns} may pick any of them in any order.
 */
public enum CsvColumn implements CsvField {
    ID(true, BibRecord::id),
    TYPE(true, r -> r.type().cslType()),
    TITLE(true, r -> CsvValues.text(r.fullTitle())),
    AUTHORS(true, r -> CsvValues.names(r, EnumSet.of(ContributorRole.AUTHOR))),
    EDITORS(true, r -> CsvValues.names(r, EnumSet.of(ContributorRole.EDITOR))),
    YEAR(true, CsvValues::year),
    DATE(true, CsvValues::date),
    JOURNAL(true, r -> container(r, Container::title)),
    JOURNAL_ABBR(true, r -> container(r, Container::shortTitle)),
    VOLUME(true, r -> container(r, Container::volume)),
    ISSUE(true, r -> container(r, Container::issue)),
    PAGES(true, CsvValues::pages),
    PUBLISHER(true, r -> CsvValues.text(r.publisher())),
    PLACE(true, r -> CsvValues.text(r.place())),
    EDITION(true, r -> CsvValues.text(r.edition())),
    SERIES(true, r -> CsvValues.series(r.series())),
    LANGUAGE(true, r -> CsvValues.text(r.language())),
    DOI(true, r -> ids(r, IdentifierScheme.DOI)),
    ISBN(true, r -> ids(r, IdentifierScheme.ISBN)),
    ISSN(true, r -> ids(r, IdentifierScheme.ISSN)),
    PMID(true, r -> ids(r, IdentifierScheme.PMID)),
    PMCID(true, r -> ids(r, IdentifierScheme.PMCID)),
    URL(true, r -> CsvValues.join(r.urls())),
    ABSTRACT(true, r -> CsvValues.text(r.abstractText())),
    KEYWORDS(true, r -> CsvValues.join(r.subjects())),
    NOTES(true, r -> CsvValues.join(r.notes())),
    // Optional columns, chosen with option "columns".
    SHORT_TITLE(false, r -> CsvValues.text(r.shortTitle())),
    TRANSLATORS(false, r -> CsvValues.names(r, EnumSet.of(ContributorRole.TRANSLATOR))),
    SERIES_EDITORS(false, r -> CsvValues.names(r, EnumSet.of(ContributorRole.SERIES_EDITOR))),
    CONTRIBUTORS(false, r -> CsvValues.names(r, EnumSet.complementOf(EnumSet.of(ContributorRole.AUTHOR,
            ContributorRole.EDITOR, ContributorRole.TRANSLATOR, ContributorRole.SERIES_EDITOR)))),
    GENRE(false, r -> CsvValues.text(r.genre())),
    NUMBER_OF_PAGES(false, r -> CsvValues.text(r.numberOfPages())),
    PHYSICAL_DESCRIPTION(false, r -> CsvValues.text(r.physicalDescription())),
    CALL_NUMBER(false, r -> CsvValues.text(r.callNumber())),
    RIGHTS(false, r -> CsvValues.text(r.rights())),
    OCLC(false, r -> ids(r, IdentifierScheme.OCLC)),
    LCCN(false, r -> ids(r, IdentifierScheme.LCCN)),
    CATALOG(false, CsvValues::catalog),
    RECORD_ID(false, r -> Objects.requireNonNullElse(r.source().recordId(), ""));

    private final boolean isDefault;
    private final Function<BibRecord, String> extractor;

    CsvColumn(boolean isDefault, Function<BibRecord, String> extractor) {
        this.isDefault = isDefault;
        this.extractor = extractor;
    }

    private static String container(BibRecord r, Function<Container, String> part) {
        return r.container().map(part).orElse("");
    }

    private static String ids(BibRecord r, IdentifierScheme scheme) {
        return CsvValues.join(CsvValues.ids(r, scheme));
    }

    /** The lower-case column name used in the header and in option {@code columns}. */
    @Override
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String value(BibRecord record) {
        String v = extractor.apply(record);
        return v == null ? "" : v;
    }

    /** True when the column is in the default set. */
    public boolean isDefault() {
        return isDefault;
    }

    /** The default columns in order. */
    public static List<CsvColumn> defaults() {
        List<CsvColumn> out = new ArrayList<>();
        for (CsvColumn c : values()) {
            if (c.isDefault) {
                out.add(c);
            }
        }
        return out;
    }
}
