package io.github.catconv.write.csv;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Series;
import java.util.Objects;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of Zotero's CSV export (option {@code profile=zotero}), with their exact header
 * texts and order.
 *
 * <p>Source: zotero/translators {@code CSV.js} ({@code exportedFields}, labels made by
 * {@code writeColumnHeaders}: first letter upper-cased, camelCase split into words, so
 * {@code archiveLocation} is "Archive Location"). Creators are "Last, First" joined with "; ",
 * as there. Columns for which the model has no data stay empty.
 */
public enum ZoteroColumn implements CsvField {
    KEY("Key", BibRecord::id),
    ITEM_TYPE("Item Type", r -> ZoteroItemType.of(r.type())),
    PUBLICATION_YEAR("Publication Year", CsvValues::year),
    AUTHOR("Author", r -> CsvValues.names(r, EnumSet.of(ContributorRole.AUTHOR, ContributorRole.DIRECTOR,
            ContributorRole.PERFORMER))),
    TITLE("Title", r -> CsvValues.text(r.fullTitle())),
    PUBLICATION_TITLE("Publication Title", r -> r.container().map(c -> c.title()).orElse("")),
    ISBN("ISBN", r -> String.join(" ", CsvValues.ids(r, IdentifierScheme.ISBN))),
    ISSN("ISSN", r -> String.join(", ", CsvValues.ids(r, IdentifierScheme.ISSN))),
    DOI("DOI", r -> CsvValues.text(r.identifier(IdentifierScheme.DOI))),
    URL("Url", r -> r.urls().isEmpty() ? "" : r.urls().get(0)),
    ABSTRACT_NOTE("Abstract Note", r -> CsvValues.text(r.abstractText())),
    DATE("Date", CsvValues::isoDate),
    DATE_ADDED("Date Added"),
    DATE_MODIFIED("Date Modified"),
    ACCESS_DATE("Access Date"),
    PAGES("Pages", CsvValues::pages),
    NUM_PAGES("Num Pages", r -> CsvValues.text(r.numberOfPages())),
    ISSUE("Issue", r -> r.container().map(c -> c.issue()).orElse("")),
    VOLUME("Volume", r -> r.container().map(c -> c.volume()).orElse("")),
    NUMBER_OF_VOLUMES("Number Of Volumes"),
    JOURNAL_ABBREVIATION("Journal Abbreviation", r -> r.container().map(c -> c.shortTitle()).orElse("")),
    SHORT_TITLE("Short Title", r -> CsvValues.text(r.shortTitle())),
    SERIES("Series", r -> r.series().isEmpty() ? "" : r.series().get(0).title()),
    SERIES_NUMBER("Series Number", r -> r.series().isEmpty() ? "" : Objects.requireNonNullElse(r.series().get(0).number(), "")),
    SERIES_TEXT("Series Text"),
    SERIES_TITLE("Series Title"),
    PUBLISHER("Publisher", r -> CsvValues.text(r.publisher())),
    PLACE("Place", r -> CsvValues.text(r.place())),
    LANGUAGE("Language", r -> CsvValues.text(r.language())),
    RIGHTS("Rights", r -> CsvValues.text(r.rights())),
    TYPE("Type", r -> CsvValues.text(r.genre())),
    ARCHIVE("Archive"),
    ARCHIVE_LOCATION("Archive Location", r -> Objects.requireNonNullElse(r.source().recordId(), "")),
    LIBRARY_CATALOG("Library Catalog", CsvValues::catalog),
    CALL_NUMBER("Call Number", r -> CsvValues.text(r.callNumber())),
    EXTRA("Extra", ZoteroColumn::extra),
    NOTES("Notes", r -> CsvValues.join(r.notes())),
    FILE_ATTACHMENTS("File Attachments"),
    LINK_ATTACHMENTS("Link Attachments", r -> r.urls().size() < 2 ? ""
            : CsvValues.join(r.urls().subList(1, r.urls().size()))),
    MANUAL_TAGS("Manual Tags", r -> CsvValues.join(r.subjects())),
    AUTOMATIC_TAGS("Automatic Tags"),
    EDITOR("Editor", r -> CsvValues.names(r, EnumSet.of(ContributorRole.EDITOR, ContributorRole.COMPILER))),
    SERIES_EDITOR("Series Editor", r -> CsvValues.names(r, EnumSet.of(ContributorRole.SERIES_EDITOR))),
    TRANSLATOR("Translator", r -> CsvValues.names(r, EnumSet.of(ContributorRole.TRANSLATOR))),
    CONTRIBUTOR("Contributor", r -> CsvValues.names(r, EnumSet.of(ContributorRole.CONTRIBUTOR,
            ContributorRole.ILLUSTRATOR, ContributorRole.THESIS_ADVISOR, ContributorRole.CURATOR,
            ContributorRole.ORGANIZER, ContributorRole.NARRATOR, ContributorRole.CHAIR,
            ContributorRole.ORIGINAL_AUTHOR))),
    ATTORNEY_AGENT("Attorney Agent"),
    BOOK_AUTHOR("Book Author"),
    CAST_MEMBER("Cast Member"),
    COMMENTER("Commenter"),
    COMPOSER("Composer", r -> CsvValues.names(r, EnumSet.of(ContributorRole.COMPOSER))),
    COSPONSOR("Cosponsor"),
    COUNSEL("Counsel"),
    INTERVIEWER("Interviewer", r -> CsvValues.names(r, EnumSet.of(ContributorRole.INTERVIEWER))),
    PRODUCER("Producer", r -> CsvValues.names(r, EnumSet.of(ContributorRole.PRODUCER))),
    RECIPIENT("Recipient", r -> CsvValues.names(r, EnumSet.of(ContributorRole.RECIPIENT))),
    REVIEWED_AUTHOR("Reviewed Author"),
    SCRIPTWRITER("Scriptwriter"),
    WORDS_BY("Words By"),
    GUEST("Guest"),
    NUMBER("Number"),
    EDITION("Edition", r -> CsvValues.text(r.edition())),
    RUNNING_TIME("Running Time"),
    SCALE("Scale"),
    MEDIUM("Medium"),
    ARTWORK_SIZE("Artwork Size"),
    FILING_DATE("Filing Date"),
    APPLICATION_NUMBER("Application Number"),
    ASSIGNEE("Assignee"),
    ISSUING_AUTHORITY("Issuing Authority"),
    COUNTRY("Country"),
    MEETING_NAME("Meeting Name"),
    CONFERENCE_NAME("Conference Name"),
    COURT("Court"),
    REFERENCES("References"),
    REPORTER("Reporter"),
    LEGAL_STATUS("Legal Status"),
    PRIORITY_NUMBERS("Priority Numbers"),
    PROGRAMMING_LANGUAGE("Programming Language"),
    VERSION("Version"),
    SYSTEM("System"),
    CODE("Code"),
    CODE_NUMBER("Code Number"),
    SECTION("Section"),
    SESSION("Session"),
    COMMITTEE("Committee"),
    HISTORY("History"),
    LEGISLATIVE_BODY("Legislative Body");

    /** Identifiers Zotero keeps in "Extra" as "LABEL: value" lines (its own convention). */
    private static final List<IdentifierScheme> EXTRA_IDS = List.of(IdentifierScheme.PMID,
            IdentifierScheme.PMCID, IdentifierScheme.OCLC, IdentifierScheme.LCCN, IdentifierScheme.ARXIV,
            IdentifierScheme.HANDLE, IdentifierScheme.URN, IdentifierScheme.ISMN);

    private final String header;
    private final Function<BibRecord, String> extractor;

    ZoteroColumn(String header) {
        this(header, r -> "");
    }

    ZoteroColumn(String header, Function<BibRecord, String> extractor) {
        this.header = header;
        this.extractor = extractor;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String value(BibRecord record) {
        String v = extractor.apply(record);
        return v == null ? "" : v;
    }

    /**
     * Zotero's "Extra": one "Label: value" per line for identifiers without a column (PMID,
     * PMCID, OCLC ...), then series after the first (which has its own columns).
     */
    private static String extra(BibRecord r) {
        List<String> lines = new ArrayList<>();
        for (IdentifierScheme s : EXTRA_IDS) {
            for (String v : CsvValues.ids(r, s)) {
                lines.add(label(s) + ": " + v);
            }
        }
        List<Series> series = r.series();
        for (int i = 1; i < series.size(); i++) {
            lines.add("Series: " + CsvValues.series(List.of(series.get(i))));
        }
        return String.join("\n", lines);
    }

    private static String label(IdentifierScheme s) {
        return switch (s) {
            case ARXIV -> "arXiv";
            case HANDLE -> "Handle";
            default -> s.name();
        };
    }
}
