package io.github.catconv.catalog;

import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a reader adds an identifier to a record. Each value is normalised for its scheme
 * ({@link Identifiers#normalize}); one with a wrong check digit (ISBN, ISSN, ISMN) is kept as
 * catalogued with a warning, one that has not the scheme's shape is dropped with a warning; and
 * a value already taken ({@link Identifiers#matchKey}: the same ignoring case, an ISBN-10 and its
 * ISBN-13) is not added again, so the first spelling seen stays. Warnings have one shape:
 * {@code <field> '<text>' is not an ISBN; ignored} and
 * {@code <field> '<text>' is an ISBN with a wrong check digit; kept as catalogued}.
 *
 * <p>One intake collects the identifiers of one record (or of one record's container).
 */
public final class IdentifierIntake {

    /** Where warnings go; {@code ReadContext::warn} has this shape. */
    @FunctionalInterface
    public interface Warnings {
        /**
         * Reports a warning.
         *
         * @param line the 1-based input line, 0 when unknown
         * @param recordId the record the value belongs to
         * @param message the message
         */
        void warn(int line, String recordId, String message);
    }

    /** How a warning names each scheme ("is not <name>"). */
    private static final Map<IdentifierScheme, String> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(IdentifierScheme.DOI, "a DOI"),
            Map.entry(IdentifierScheme.PMID, "a PMID"),
            Map.entry(IdentifierScheme.PMCID, "a PMCID"),
            Map.entry(IdentifierScheme.ISBN, "an ISBN"),
            Map.entry(IdentifierScheme.ISSN, "an ISSN"),
            Map.entry(IdentifierScheme.OCLC, "an OCLC number"),
            Map.entry(IdentifierScheme.LCCN, "an LCCN"),
            Map.entry(IdentifierScheme.HANDLE, "a handle"),
            Map.entry(IdentifierScheme.ARXIV, "an arXiv id"),
            Map.entry(IdentifierScheme.URN, "a URN"),
            Map.entry(IdentifierScheme.ISMN, "an ISMN"),
            Map.entry(IdentifierScheme.CONTROL_NUMBER, "a control number")));

    private final String recordId;
    private final Warnings warnings;
    /** The identifiers taken, by {@link Identifiers#matchKey}, in the order first seen. */
    private final Map<String, Identifier> taken = new LinkedHashMap<>();

    /**
     * An empty intake for one record.
     *
     * @param recordId the record id warnings name; not null
     * @param warnings where warnings go; not null
     */
    public IdentifierIntake(String recordId, Warnings warnings) {
        this.recordId = recordId;
        this.warnings = warnings;
    }

    /**
     * Takes a value a field says is of a scheme. Blank values are nothing and pass silently.
     *
     * @param scheme the scheme; not null
     * @param raw the catalogued text; may be null
     * @param field the source field for the warning ({@code isbn}, {@code marc:020$a}); not null
     * @param line the input line of the field, 0 when unknown
     * @return the identifier the record now has for this value (the earlier one when it was a
     *         duplicate), or empty when the value was not accepted
     */
    public Optional<Identifier> add(IdentifierScheme scheme, String raw, String field, int line) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        Optional<String> value = Identifiers.normalize(scheme, text);
        if (value.isEmpty()) {
            warnings.warn(line, recordId, field + " '" + text + "' is not " + NAMES.get(scheme) + "; ignored");
            return Optional.empty();
        }
        if (!Identifiers.checkDigitHolds(scheme, value.get())) {
            warnings.warn(line, recordId, field + " '" + text + "' is " + NAMES.get(scheme)
                    + " with a wrong check digit; kept as catalogued");
        }
        return Optional.of(add(new Identifier(scheme, value.get(), text)));
    }

    /**
     * Takes a system control number (MARC 035 $a, Solr {@code ctrlnum}): an OCLC number or a
     * local one, as {@link Identifiers#fromControlNumber} reads it. Every non-blank value is one.
     *
     * @param raw the value; may be null
     */
    public void addControlNumber(String raw) {
        Identifiers.fromControlNumber(raw).ifPresent(this::add);
    }

    /**
     * Takes the identifiers a resolver or publisher URL carries ({@link Identifiers#fromUrl}). A
     * URL that carries none is no fault (it stays a URL), so this never warns.
     *
     * @param url the URL; may be null
     */
    public void addFromUrl(String url) {
        Identifiers.fromUrl(url).forEach(this::add);
    }

    /**
     * Takes an identifier that is already normalised (from another record of the same item).
     *
     * @param id the identifier; not null
     * @return {@code id}, or the identifier taken earlier for the same value
     */
    public Identifier add(Identifier id) {
        return taken.computeIfAbsent(Identifiers.matchKey(id.scheme(), id.value()), k -> id);
    }

    /** The identifiers taken, in the order first seen. */
    public List<Identifier> identifiers() {
        return List.copyOf(taken.values());
    }

    /**
     * Two records' identifiers as one list: the first's, then those of the second that the first
     * does not have, by the same rule as {@link #add(Identifier)}.
     *
     * @param first the identifiers that win; not null
     * @param second the identifiers added after them; not null
     * @return a new list
     */
    public static List<Identifier> union(List<Identifier> first, List<Identifier> second) {
        IdentifierIntake merged = new IdentifierIntake("", (line, id, message) -> { });
        first.forEach(merged::add);
        second.forEach(merged::add);
        return merged.identifiers();
    }
}
