package io.github.catconv.csl;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which identifiers become CSL variables and which are left for {@code note}.
 *
 * <p>CSL 1.0.2 has variables for DOI, PMID, PMCID, ISBN and ISSN only (spec, Appendix IV). A
 * record is one work, so a second DOI/PMID/PMCID is unusual and goes to {@code note}; but a
 * catalog record routinely lists several ISBNs (hardback, paperback, e-book) and ISSNs (print,
 * electronic), so those are all written, joined by one space, as Zotero's library-catalog
 * translators fill its ISBN field and export it to CSL (see zotero-better-bibtex issue #811). A
 * chapter or article without its own ISBN/ISSN takes its container's: CSL has no
 * container-ISBN, and Zotero's book-section ISBN is the book's.
 */
public final class CslIdentifiers {

    /** How one scheme maps: its CSL variable, and whether every value is written or only the first. */
    private record Rule(String variable, boolean allValues) {
    }

    /** The schemes CSL has a variable for; every other scheme goes to {@code note}. */
    private static final Map<IdentifierScheme, Rule> RULES = new EnumMap<>(Map.of(
            IdentifierScheme.DOI, new Rule("DOI", false),
            IdentifierScheme.PMID, new Rule("PMID", false),
            IdentifierScheme.PMCID, new Rule("PMCID", false),
            IdentifierScheme.ISBN, new Rule("ISBN", true),
            IdentifierScheme.ISSN, new Rule("ISSN", true)));

    private CslIdentifiers() {
    }

    /**
     * The value of the CSL variable for one scheme: the first identifier for single-valued
     * schemes, all of them joined by a space for ISBN and ISSN, falling back to the container's.
     *
     * @param record the record, not null
     * @param scheme one of DOI, PMID, PMCID, ISBN, ISSN
     * @return the value, or empty when the record (and for ISBN/ISSN its container) has none
     * @throws IllegalArgumentException for a scheme that has no CSL variable
     */
    public static Optional<String> value(BibRecord record, IdentifierScheme scheme) {
        Rule rule = RULES.get(scheme);
        if (rule == null) {
            throw new IllegalArgumentException("no CSL variable for " + scheme);
        }
        List<Identifier> ids = written(record, scheme);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (!rule.allValues()) {
            return Optional.of(ids.get(0).value());
        }
        List<String> values = new ArrayList<>(ids.size());
        for (Identifier id : ids) {
            if (!values.contains(id.value())) {
                values.add(id.value());
            }
        }
        return Optional.of(String.join(" ", values));
    }

    /**
     * The identifiers no CSL variable took, as {@code note} lines in source order: the record's as
     * {@code "<scheme-id>: value"} (e.g. {@code "oclc: 44162561"}), then the container's as
     * {@code "container-<scheme-id>: value"}.
     *
     * @param record the record, not null
     * @return a new list, empty when every identifier was written to a variable
     */
    public static List<String> leftovers(BibRecord record) {
        List<String> out = new ArrayList<>();
        Map<IdentifierScheme, Integer> seen = new EnumMap<>(IdentifierScheme.class);
        for (Identifier id : record.identifiers()) {
            int n = seen.merge(id.scheme(), 1, Integer::sum);
            Rule rule = RULES.get(id.scheme());
            if (rule == null || (!rule.allValues() && n > 1)) {
                out.add(CslNotes.line(id.scheme().id(), id.value()));
            }
        }
        for (Identifier id : containerIdentifiers(record)) {
            if (!usesContainer(record, id.scheme())) {
                out.add(CslNotes.line("container-" + id.scheme().id(), id.value()));
            }
        }
        return out;
    }

    /** The identifiers written to the scheme's variable: the record's own, else the container's. */
    private static List<Identifier> written(BibRecord record, IdentifierScheme scheme) {
        List<Identifier> own = record.identifiers(scheme);
        if (!own.isEmpty() || !usesContainer(record, scheme)) {
            return own;
        }
        List<Identifier> out = new ArrayList<>();
        for (Identifier id : containerIdentifiers(record)) {
            if (id.scheme() == scheme) {
                out.add(id);
            }
        }
        return out;
    }

    /** True when the container's identifiers of this scheme fill the variable. */
    private static boolean usesContainer(BibRecord record, IdentifierScheme scheme) {
        Rule rule = RULES.get(scheme);
        return rule != null && rule.allValues() && record.identifiers(scheme).isEmpty();
    }

    private static List<Identifier> containerIdentifiers(BibRecord record) {
        return record.container().map(Container::identifiers).orElse(List.of());
    }
}
