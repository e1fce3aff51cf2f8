package io.github.catconv.read.vufind;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.catalog.Languages;
import io.github.catconv.internal.Chars;
import io.github.catconv.internal.HtmlText;
import io.github.catconv.read.fullrecord.FullRecords;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The VuFind field table: which Solr fields (in priority order) and which header rows (by label
 * key, any UI language) fill which model field, by which rule. {@link PageMapper} applies the rows
 * top to bottom, so a row can use what the rows above it set (the id, the type, the container).
 *
 * <p>A {@link Copy} row takes the first of its fields that gives a value (Solr fields first, then
 * the header rows that stand in for them) and applies a {@link Value} rule to it. A {@link Mapper}
 * row names the class that holds the logic (roles, container numbering, dates mined from
 * {@code spelling}, identifiers) and hands it the page; its fields are the ones that class reads.
 * The last two rows consume fields that only repeat others. A field that no row names is reported
 * as unmapped. docs/mapping.md shows this table; {@code MappingTableTest} keeps the two the same and
 * checks that the fields the rows name are exactly the fields the mapping consumes.
 */
enum MappingTable {

    //                Solr fields, by priority                            header labels (keys; any UI language)
    //                model fields                                        rule
    ID(               solr("id"),                                         none(),
                      model("id", "source.recordId"),                     mapper(RecordIdMapper.class, RecordIdMapper::map)),
    TYPE(             solr("format"),                                     header("Format"),
                      model("type"),                                      mapper(TypeMapper.class, TypeMapper::map)),
    TITLE(            solr("title_short", "title_sub", "title"),          none(),
                      model("title", "subtitle", "shortTitle"),           mapper(TitleMapper.class, TitleMapper::map)),
    CONTRIBUTORS(     solr("author", "author_role", "author_corporate", "author_corporate_role", "author2",
                              "author2_role", "author_additional", "title_full"),
                                                                          header("Main Authors", "Main Author", "Corporate Authors",
                                                                                  "Corporate Author", "Authors", "Other Authors"),
                      model("contributors"),                              mapper(ContributorMapper.class, ContributorMapper::map)),
    PUBLICATION(      solr("publisher", "publishDate", "series", "series2", "spelling"),
                                                                          header("Published", "Series"),
                      model("publisher", "place", "issued", "series"),    mapper(PublicationMapper.class, PublicationMapper::map)),
    IDENTIFIERS(      solr("isbn", "issn", "doi_str_mv", "oclc_num", "lccn", "ctrlnum", "url"),
                                                                          header("ISBN", "ISSN", "DOI", "Online Access"),
                      model("identifiers"),                               mapper(IdentifierMapper.class,
                                                                                  m -> IdentifierMapper.map(m.fields, m.record, m.context, m.id))),
    CONTAINER(        solr("container_title", "container_volume", "container_issue", "container_start_page",
                              "container_reference", "hierarchy_parent_title"),
                                                                          header("Published in", "Journal Title"),
                      model("container", "issued"),                       mapper(ContainerMapper.class, ContainerMapper::map)),
    SPELLING(         solr("spelling"),                                   none(),
                      model("container.shortTitle", "rights"),            mapper(SpellingStep.class, SpellingStep::map)),
    EDITION(          solr("edition"),                                    header("Edition"),
                      model("edition"),                                   copy(Value.FIRST_ISBD_CLEANED)),
    PHYSICAL(         solr("physical"),                                   header("Physical Description"),
                      model("physicalDescription", "numberOfPages", "container.pages"),
                                                                          mapper(PhysicalDescriptionMapper.class, PhysicalDescriptionMapper::map)),
    LANGUAGE(         solr("language"),                                   header("Language"),
                      model("language"),                                  copy(Value.LANGUAGE_CODE)),
    ABSTRACT(         solr("description"),                                header("Summary", "Abstract"),
                      model("abstract"),                                  copy(Value.FIRST_TAGS_STRIPPED)),
    /** The header's description snippet (a line of the header, not a field) when no row above gave an abstract. */
    SUMMARY_SNIPPET(  none(),                                             none(),
                      model("abstract"),                                  mapper(SummarySnippetMapper.class, SummarySnippetMapper::map)),
    SUBJECTS(         solr("topic", "geographic", "genre", "era", "topic_facet", "geographic_facet", "genre_facet",
                              "era_facet"),                               header("Subjects"),
                      model("subjects"),                                  mapper(SubjectMapper.class, SubjectMapper::map)),
    URLS(             solr("url"),                                        header("Online Access"),
                      model("urls"),                                      copy(Value.URLS)),
    CONTENTS(         solr("contents"),                                   none(),
                      model("notes"),                                     note("Contents")),
    DATE_SPAN(        solr("dateSpan"),                                   none(),
                      model("notes"),                                     note("Dates of publication")),
    HEADER_NOTES(     none(),                                             header("Notes"),
                      model("notes"),                                     copy(Value.EVERY_TAGS_STRIPPED)),
    TITLE_ALT(        solr("title_alt"),                                  none(),
                      model("notes"),                                     note("Other title")),
    TITLE_OLD(        solr("title_old"),                                  none(),
                      model("notes"),                                     note("Previous title")),
    TITLE_NEW(        solr("title_new"),                                  none(),
                      model("notes"),                                     note("Later title")),
    CALL_NUMBER(      solr("callnumber-raw", "callnumber", "callnumber-label"),
                                                                          none(),
                      model("callNumber"),                                copy(Value.FIRST)),
    INSTITUTION(      solr("institution"),                                none(),
                      model("source.institution"),                        copy(Value.JOINED)),
    COLLECTION(       solr("collection"),                                 none(),
                      model("source.collection"),                         copy(Value.JOINED)),
    RECORD_FORMAT(    solr("record_format"),                              none(),
                      model("source.recordFormat"),                       copy(Value.FIRST)),
    FORMATS(          solr("format"),                                     none(),
                      model("source.formats"),                            copy(Value.EVERY)),
    /** Kept here, merged by {@link PageMapper} once the record is built: it fills what the Solr fields lack. */
    FULL_RECORD(      solr("fullrecord"),                                 none(),
                      model(),                                            mapper(FullRecords.class, PageMapping::keepFullRecord)),
    /** Facets, sort keys, spelling copies, index bookkeeping: they only repeat other fields. */
    DERIVED(          solr("_version_", "score", "spelling", "spellingShingle", "allfields", "allfields_unstemmed",
                              "author_facet", "author_sort", "author_variant", "author2_variant", "author_browse",
                              "author-letter", "authorStr", "author2Str", "author_additionalStr", "author_fuller",
                              "author2_fuller", "title_full", "title_fullStr", "title_full_unstemmed", "title_sort",
                              "title_auth", "topic_facet", "topic_unstemmed", "topic_browse", "genre_facet",
                              "geographic_facet", "era_facet", "publisherStr", "publishDateSort", "first_indexed",
                              "last_indexed", "work_keys_str_mv", "callnumber-first", "callnumber-subject",
                              "callnumber-sort", "callnumber-search", "callnumber-label", "callnumber-first-code",
                              "callnumber-subject-code", "callnumber-a", "dewey-sort", "dewey-sort-browse",
                              "dewey-search", "hierarchy_browse", "illustrated", "thumbnail", "recordtype",
                              "author2-role", "title_in_hierarchy", "is_hierarchy_title", "long_lat_display"),
                                                                          none(),
                      model(),                                            Consumed.ALWAYS),
    /** Header rows that only display staff-view fields: these three and every header label above. */
    HEADER_MIRRORS(   none(),                                             header("Contents", "New Title", "Previous Title"),
                      model(),                                            Consumed.WITH_STAFF_VIEW);

    /** The rows in order, made once ({@code values()} copies its array on every call). */
    static final MappingTable[] ROWS = values();

    /** Every header label of the table, as field names: with a staff view these only repeat it. */
    private static final Set<String> HEADER_MIRROR_NAMES = headerMirrorNames();

    final List<String> solrFields;
    final List<String> headerLabels;
    final List<String> modelFields;
    final Rule rule;
    /** The names a copy row tries, by priority: the Solr fields, then the header labels as field names. */
    private final String[] sources;
    /** The model field a copy row fills; null for other rows. */
    final Target target;
    /** The fields a {@link Consumed#ALWAYS} row consumes; empty for other rows. */
    private final Set<String> consumed;

    MappingTable(List<String> solrFields, List<String> headerLabels, List<String> modelFields, Rule rule) {
        this.solrFields = solrFields;
        this.headerLabels = headerLabels;
        this.modelFields = modelFields;
        this.rule = rule;
        List<String> names = new ArrayList<>(solrFields);
        for (String label : headerLabels) {
            names.add(PageFields.HEADER + label);
        }
        this.sources = names.toArray(new String[0]);
        if (rule instanceof Copy && modelFields.size() != 1) {
            throw new IllegalArgumentException(name() + ": a copy fills one model field");
        }
        this.target = rule instanceof Copy ? Target.of(modelFields.get(0)) : null;
        this.consumed = rule == Consumed.ALWAYS ? Set.copyOf(solrFields) : Set.of();
    }

    void apply(PageMapping m) {
        rule.apply(this, m);
    }

    private static List<String> solr(String... names) {
        return List.of(names);
    }

    private static List<String> header(String... labelKeys) {
        return List.of(labelKeys);
    }

    private static List<String> none() {
        return List.of();
    }

    private static List<String> model(String... fields) {
        return List.of(fields);
    }

    private static Copy copy(Value value) {
        return new Copy(value, null);
    }

    /** Every value as a note, after "label: ". */
    private static Copy note(String label) {
        return new Copy(Value.EVERY_TAGS_STRIPPED, label);
    }

    private static Mapper mapper(Class<?> type, Step step) {
        return new Mapper(type, step);
    }

    private static Set<String> headerMirrorNames() {
        Set<String> names = new LinkedHashSet<>();
        for (MappingTable row : ROWS) {
            for (String label : row.headerLabels) {
                names.add(PageFields.HEADER + label);
            }
        }
        return Set.copyOf(names);
    }

    /** What a row does with its fields; {@link #describe} is its text in docs/mapping.md's rule column. */
    sealed interface Rule permits Copy, Mapper, Consumed {
        void apply(MappingTable row, PageMapping m);

        String describe();
    }

    /** A mapper's entry point. */
    @FunctionalInterface
    interface Step {
        void map(PageMapping m);
    }

    /**
     * The first of the row's fields whose values the {@link Value} rule turns into something fills
     * the row's {@link Target}; a note row puts its label before each value.
     */
    record Copy(Value value, String noteLabel) implements Rule {
        @Override
        public void apply(MappingTable row, PageMapping m) {
            for (String name : row.sources) {
                List<String> values = m.fields.values(name);
                List<String> result = values.isEmpty() ? null : value.of(values);
                if (result != null) {
                    row.target.set(m, result, noteLabel);
                    m.filled(row.target);
                    if (row.target.hasProvenance) {
                        m.record.provenance(row.target.path, m.fields.from(name, value.provenanceRule));
                    }
                    return;
                }
            }
        }

        @Override
        public String describe() {
            return noteLabel == null ? value.label : value.label + ", as \"" + noteLabel + ": …\"";
        }
    }

    /** The class that maps these fields, and its entry point. */
    record Mapper(Class<?> type, Step step) implements Rule {
        @Override
        public void apply(MappingTable row, PageMapping m) {
            step.map(m);
        }

        @Override
        public String describe() {
            return "`" + type.getSimpleName() + "`";
        }
    }

    /** Fields consumed without being mapped: never reported as unmapped. */
    enum Consumed implements Rule {
        ALWAYS("consumed, not reported"),
        WITH_STAFF_VIEW("consumed when the page has a staff view");

        private final String label;

        Consumed(String label) {
            this.label = label;
        }

        @Override
        public void apply(MappingTable row, PageMapping m) {
            if (this == ALWAYS) {
                m.fields.ignore(row.consumed);
            } else if (!m.page.staff.isEmpty()) {
                m.fields.ignore(HEADER_MIRROR_NAMES);
            }
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /**
     * How the values of one field become the model's value: {@link #of} gives the values to store,
     * or null when the field gives nothing and the next one is tried.
     */
    enum Value {
        FIRST("first value", ""),
        FIRST_ISBD_CLEANED("first value, ISBD punctuation removed", ""),
        FIRST_TAGS_STRIPPED("first value, HTML tags stripped", ""),
        LANGUAGE_CODE("first value part that names a language, as a BCP 47 tag", "language name to BCP 47"),
        JOINED("every value, joined by \"; \"", ""),
        EVERY("every value", ""),
        EVERY_TAGS_STRIPPED("every value, HTML tags stripped", ""),
        /** The field's values that are links; a field with values but none a link still ends the search. */
        URLS("every value that is an http, https or ftp URL", "");

        private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://\\S+");

        final String label;
        /** The rule text of the model field's provenance. */
        final String provenanceRule;

        Value(String label, String provenanceRule) {
            this.label = label;
            this.provenanceRule = provenanceRule;
        }

        /** @param values the field's values, not empty */
        List<String> of(List<String> values) {
            switch (this) {
                case FIRST:
                    return List.of(values.get(0));
                case FIRST_ISBD_CLEANED:
                    return List.of(Isbd.clean(values.get(0)));
                case FIRST_TAGS_STRIPPED:
                    return List.of(HtmlText.stripTags(values.get(0)));
                case LANGUAGE_CODE:
                    String tag = firstLanguage(values);
                    return tag == null ? null : List.of(tag);
                case JOINED:
                    return List.of(String.join("; ", values));
                case EVERY:
                    return values;
                case EVERY_TAGS_STRIPPED:
                    List<String> stripped = new ArrayList<>(values.size());
                    for (String v : values) {
                        stripped.add(HtmlText.stripTags(v));
                    }
                    return stripped;
                case URLS:
                    List<String> urls = new ArrayList<>(values.size());
                    for (String v : values) {
                        if (URL.matcher(v).matches()) {
                            urls.add(v);
                        }
                    }
                    return urls;
                default:
                    throw new AssertionError(this);
            }
        }

        /** The first value part that names a language, as BCP 47; header values join several with ", " or "; ". */
        private static String firstLanguage(List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                for (String part : Chars.splitList(values.get(i))) {
                    Optional<String> tag = Languages.toBcp47(part);
                    if (tag.isPresent()) {
                        return tag.get();
                    }
                }
            }
            return null;
        }
    }

    /** The model fields copy rows fill, by the name docs/mapping.md uses. */
    enum Target {
        EDITION("edition", true),
        LANGUAGE("language", true),
        ABSTRACT("abstract", true),
        // Links, notes, the call number and the source information record no provenance: inspect
        // lists them without a source line, and one would change its output.
        URLS("urls", false),
        NOTES("notes", false),
        CALL_NUMBER("callNumber", false),
        INSTITUTION("source.institution", false),
        COLLECTION("source.collection", false),
        RECORD_FORMAT("source.recordFormat", false),
        FORMATS("source.formats", false);

        final String path;
        final boolean hasProvenance;

        Target(String path, boolean hasProvenance) {
            this.path = path;
            this.hasProvenance = hasProvenance;
        }

        static Target of(String path) {
            for (Target t : values()) {
                if (t.path.equals(path)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no copy target '" + path + "'");
        }

        void set(PageMapping m, List<String> values, String noteLabel) {
            switch (this) {
                case EDITION -> m.record.edition(values.get(0));
                case LANGUAGE -> m.record.language(values.get(0));
                case ABSTRACT -> m.record.abstractText(values.get(0));
                case URLS -> {
                    for (String v : values) {
                        m.record.addUrl(v);
                    }
                }
                case NOTES -> {
                    String prefix = noteLabel == null ? "" : noteLabel + ": ";
                    for (String v : values) {
                        m.record.addNote(prefix + v);
                    }
                }
                case CALL_NUMBER -> m.record.callNumber(values.get(0));
                case INSTITUTION -> m.institution = values.get(0);
                case COLLECTION -> m.collection = values.get(0);
                case RECORD_FORMAT -> m.recordFormat = values.get(0);
                case FORMATS -> m.formats = values;
                default -> throw new AssertionError(this);
            }
        }
    }
}
