package io.github.catconv.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One bibliographic record: the model every reader fills and every writer reads.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change one thing of an existing record with
 * {@link #toBuilder()}. Lists are never null and never modifiable; optional scalars come back as
 * {@link Optional}. Facts the source did not hold stay empty: nothing is invented.
 */
public final class BibRecord {

    private final String id;
    private final RecordType type;
    private final String title;
    private final String subtitle;
    private final String shortTitle;
    private final List<Contributor> contributors;
    private final Container container;
    private final String publisher;
    private final String place;
    private final DateValue issued;
    private final String edition;
    private final List<Series> series;
    private final String physicalDescription;
    private final String numberOfPages;
    private final String language;
    private final String abstractText;
    private final List<String> subjects;
    private final List<Identifier> identifiers;
    private final List<String> urls;
    private final List<String> notes;
    private final String rights;
    private final String genre;
    private final String callNumber;
    private final OriginalScript originalScript;
    private final SourceInfo source;
    private final List<SourceField> unmapped;
    private final Map<String, Provenance> provenance;

    private BibRecord(Builder b) {
        this.id = Objects.requireNonNull(Person.blankToNull(b.id), "id");
        this.type = Objects.requireNonNull(b.type, "type");
        this.title = Person.blankToNull(b.title);
        this.subtitle = Person.blankToNull(b.subtitle);
        this.shortTitle = Person.blankToNull(b.shortTitle);
        this.contributors = List.copyOf(b.contributors);
        this.container = b.container == null || b.container.isEmpty() ? null : b.container;
        this.publisher = Person.blankToNull(b.publisher);
        this.place = Person.blankToNull(b.place);
        this.issued = b.issued;
        this.edition = Person.blankToNull(b.edition);
        this.series = List.copyOf(b.series);
        this.physicalDescription = Person.blankToNull(b.physicalDescription);
        this.numberOfPages = Person.blankToNull(b.numberOfPages);
        this.language = Person.blankToNull(b.language);
        this.abstractText = Person.blankToNull(b.abstractText);
        this.subjects = List.copyOf(b.subjects);
        this.identifiers = List.copyOf(b.identifiers);
        this.urls = List.copyOf(b.urls);
        this.notes = List.copyOf(b.notes);
        this.rights = Person.blankToNull(b.rights);
        this.genre = Person.blankToNull(b.genre);
        this.callNumber = Person.blankToNull(b.callNumber);
        this.originalScript = b.originalScript == null || b.originalScript.isEmpty() ? null : b.originalScript;
        this.source = b.source == null ? SourceInfo.none() : b.source;
        this.unmapped = List.copyOf(b.unmapped);
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(b.provenance));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values ("start from this record, change one thing"). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.type = type;
        b.title = title;
        b.subtitle = subtitle;
        b.shortTitle = shortTitle;
        b.contributors.addAll(contributors);
        b.container = container;
        b.publisher = publisher;
        b.place = place;
        b.issued = issued;
        b.edition = edition;
        b.series.addAll(series);
        b.physicalDescription = physicalDescription;
        b.numberOfPages = numberOfPages;
        b.language = language;
        b.abstractText = abstractText;
        b.subjects.addAll(subjects);
        b.identifiers.addAll(identifiers);
        b.urls.addAll(urls);
        b.notes.addAll(notes);
        b.rights = rights;
        b.genre = genre;
        b.callNumber = callNumber;
        b.originalScript = originalScript;
        b.source = source;
        b.unmapped.addAll(unmapped);
        b.provenance.putAll(provenance);
        return b;
    }

    /** Record id, unique within its source (the catalog id when known); never blank. */
    public String id() {
        return id;
    }

    public RecordType type() {
        return type;
    }

    /** Title proper, without subtitle and without ISBD punctuation. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    /** Title and subtitle joined as "Title: Subtitle" (the form CSL and BibTeX expect). */
    public Optional<String> fullTitle() {
        return Optional.ofNullable(joinTitle(title, subtitle));
    }

    /** "Title: Subtitle" (no colon after "?", "!" or ":"); either part alone; null when both are null. */
    static String joinTitle(String title, String subtitle) {
        if (title == null || subtitle == null) {
            return title == null ? subtitle : title;
        }
        boolean ends = title.endsWith("?") || title.endsWith("!") || title.endsWith(":");
        return title + (ends ? " " : ": ") + subtitle;
    }

    public Optional<String> shortTitle() {
        return Optional.ofNullable(shortTitle);
    }

    /** All contributors in source order. */
    public List<Contributor> contributors() {
        return contributors;
    }

    /** The contributors with the given role, in source order. */
    public List<Agent> contributors(ContributorRole role) {
        List<Agent> out = new ArrayList<>();
        for (Contributor c : contributors) {
            if (c.role() == role) {
                out.add(c.agent());
            }
        }
        return out;
    }

    public Optional<Container> container() {
        return Optional.ofNullable(container);
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** Place of publication. */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** Date of publication. */
    public Optional<DateValue> issued() {
        return Optional.ofNullable(issued);
    }

    public Optional<String> edition() {
        return Optional.ofNullable(edition);
    }

    public List<Series> series() {
        return series;
    }

    /** Physical description as catalogued, e.g. "XIV, 180 S. 23 cm". */
    public Optional<String> physicalDescription() {
        return Optional.ofNullable(physicalDescription);
    }

    public Optional<String> numberOfPages() {
        return Optional.ofNullable(numberOfPages);
    }

    /** Language as a BCP 47 tag ("en", "de", "grc"). */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The full abstract. */
    public Optional<String> abstractText() {
        return Optional.ofNullable(abstractText);
    }

    public List<String> subjects() {
        return subjects;
    }

    public List<Identifier> identifiers() {
        return identifiers;
    }

    /** The identifiers of one scheme, in source order. */
    public List<Identifier> identifiers(IdentifierScheme scheme) {
        List<Identifier> out = new ArrayList<>();
        for (Identifier i : identifiers) {
            if (i.scheme() == scheme) {
                out.add(i);
            }
        }
        return out;
    }

    /** The first identifier value of one scheme. */
    public Optional<String> identifier(IdentifierScheme scheme) {
        for (Identifier i : identifiers) {
            if (i.scheme() == scheme) {
                return Optional.of(i.value());
            }
        }
        return Optional.empty();
    }

    public List<String> urls() {
        return urls;
    }

    public List<String> notes() {
        return notes;
    }

    /** Rights or licence statement. */
    public Optional<String> rights() {
        return Optional.ofNullable(rights);
    }

    /** Genre or kind within the type, e.g. "Doctoral dissertation". */
    public Optional<String> genre() {
        return Optional.ofNullable(genre);
    }

    public Optional<String> callNumber() {
        return Optional.ofNullable(callNumber);
    }

    /**
     * The original-script forms of the title, names, publisher and place, where the source gives
     * them beside the romanized ones (MARC 880); empty when it gives none.
     */
    public Optional<OriginalScript> originalScript() {
        return Optional.ofNullable(originalScript);
    }

    public SourceInfo source() {
        return source;
    }

    /** Source fields that no mapping used, in source order. */
    public List<SourceField> unmapped() {
        return unmapped;
    }

    /** For each filled model field (by name, e.g. "title", "issued"), where it came from. */
    public Map<String, Provenance> provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return "BibRecord[" + id + ", " + type.cslType() + ", " + title + "]";
    }

    /** Mutable builder for {@link BibRecord}; not thread-safe. */
    public static final class Builder {
        private String id;
        private RecordType type = RecordType.DOCUMENT;
        private String title;
        private String subtitle;
        private String shortTitle;
        private final List<Contributor> contributors = new ArrayList<>();
        private Container container;
        private String publisher;
        private String place;
        private DateValue issued;
        private String edition;
        private final List<Series> series = new ArrayList<>();
        private String physicalDescription;
        private String numberOfPages;
        private String language;
        private String abstractText;
        private final List<String> subjects = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<String> urls = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String rights;
        private String genre;
        private String callNumber;
        private OriginalScript originalScript;
        private SourceInfo source;
        private final List<SourceField> unmapped = new ArrayList<>();
        private final Map<String, Provenance> provenance = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder type(RecordType v) { type = Objects.requireNonNull(v, "type"); return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder shortTitle(String v) { shortTitle = v; return this; }
        public Builder addContributor(Contributor v) { contributors.add(Objects.requireNonNull(v)); return this; }
        public Builder contributors(List<Contributor> v) { contributors.clear(); contributors.addAll(v); return this; }
        public Builder container(Container v) { container = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder issued(DateValue v) { issued = v; return this; }
        public Builder edition(String v) { edition = v; return this; }
        public Builder addSeries(Series v) { series.add(Objects.requireNonNull(v)); return this; }
        public Builder series(List<Series> v) { series.clear(); series.addAll(v); return this; }
        public Builder physicalDescription(String v) { physicalDescription = v; return this; }
        public Builder numberOfPages(String v) { numberOfPages = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder addSubject(String v) { subjects.add(Objects.requireNonNull(v)); return this; }
        public Builder subjects(List<String> v) { subjects.clear(); subjects.addAll(v); return this; }
        public Builder addIdentifier(Identifier v) { identifiers.add(Objects.requireNonNull(v)); return this; }
        public Builder identifiers(List<Identifier> v) { identifiers.clear(); identifiers.addAll(v); return this; }
        public Builder addUrl(String v) { urls.add(Objects.requireNonNull(v)); return this; }
        public Builder urls(List<String> v) { urls.clear(); urls.addAll(v); return this; }
        public Builder addNote(String v) { notes.add(Objects.requireNonNull(v)); return this; }
        public Builder notes(List<String> v) { notes.clear(); notes.addAll(v); return this; }
        public Builder rights(String v) { rights = v; return this; }
        public Builder genre(String v) { genre = v; return this; }
        public Builder callNumber(String v) { callNumber = v; return this; }
        public Builder originalScript(OriginalScript v) { originalScript = v; return this; }
        public Builder source(SourceInfo v) { source = v; return this; }
        public Builder addUnmapped(SourceField v) { unmapped.add(Objects.requireNonNull(v)); return this; }
        public Builder unmapped(List<SourceField> v) { unmapped.clear(); unmapped.addAll(v); return this; }
        public Builder provenance(String field, Provenance p) { provenance.put(field, Objects.requireNonNull(p)); return this; }

        /** True when a date of issue was set. */
        public boolean hasIssued() {
            return issued != null;
        }

        /** The type set so far (DOCUMENT until set). */
        public RecordType currentType() {
            return type;
        }

        /** The current container, or an empty one (never null), for read-modify-write. */
        public Container containerOrEmpty() {
            return container == null ? Container.empty() : container;
        }

        /** Builds the record; throws IllegalStateException-like NPE when id or type is missing. */
        public BibRecord build() {
            return new BibRecord(this);
        }
    }
}
