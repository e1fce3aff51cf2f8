package io.github.catconv.write.csv;

import io.github.catconv.model.Container;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import io.github.catconv.model.Series;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cell formatting shared by the CSV column tables. Every method returns a non-null string,
 * empty when the record holds no value.
 */
final class CsvValues {

    /** Separator between the values of a multi-valued cell (as Zotero's CSV export uses). */
    static final String SEPARATOR = "; ";

    private CsvValues() {
    }

    /** Joins non-blank values with {@link #SEPARATOR}. */
    static String join(Collection<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(SEPARATOR);
                }
                sb.append(v);
            }
        }
        return sb.toString();
    }

    /** The optional's value, or "". */
    static String text(Optional<String> v) {
        return v.orElse("");
    }

    /** Names of the contributors in the given roles, in source order, "Last, First; Last, First". */
    static String names(BibRecord r, Set<ContributorRole> roles) {
        List<String> out = new ArrayList<>();
        for (Contributor c : r.contributors()) {
            if (roles.contains(c.role())) {
                out.add(name(c.agent()));
            }
        }
        return join(out);
    }

    /**
     * "Last, First" as Zotero's CSV export writes creators, with the non-dropping particle kept
     * with the family name ("van Gogh, Vincent") and a suffix last ("King, Martin Luther, Jr.");
     * organisations and unsplit names as given.
     */
    static String name(Agent agent) {
        if (agent instanceof Organization o) {
            return o.name();
        }
        Person p = (Person) agent;
        return p.isLiteral() ? p.literal() : p.displayName();
    }

    /** The publication year, or "". */
    static String year(BibRecord r) {
        Optional<Integer> year = r.issued().flatMap(DateValue::year);
        if (year.isEmpty()) {
            return "";
        }
        int y = year.get();
        // "%04d" without the formatter on the usual path (a year of 0 to 9999).
        return y >= 0 && y <= 9999 ? String.valueOf(10000 + y).substring(1) : String.format(Locale.ROOT, "%04d", y);
    }

    /** The date in EDTF / ISO 8601 form at its known precision ("2018-08-14", "1998~"); the source text when unread. */
    static String date(BibRecord r) {
        return r.issued().map(d -> d.toEdtf().orElse(d.raw())).orElse("");
    }

    /** The start date at its precision ("2018-08-14"), as Zotero's "Date" column; the source text when unread. */
    static String isoDate(BibRecord r) {
        return r.issued().map(d -> d.start() != null ? d.start().toIso() : d.raw()).orElse("");
    }

    /** Pages as "123-145", or the source text when not a range. */
    static String pages(BibRecord r) {
        return r.container().map(Container::pages).map(p -> p.format("-")).orElse("");
    }

    /** Series in catalog (ISBD) form, "Title ; 242", joined. */
    static String series(List<Series> series) {
        List<String> out = new ArrayList<>();
        for (Series s : series) {
            out.add(s.number() == null ? s.title() : s.title() + " ; " + s.number());
        }
        return join(out);
    }

    /** All identifier values of one scheme, from the record and then its container, without duplicates. */
    static List<String> ids(BibRecord r, IdentifierScheme scheme) {
        Set<String> out = new LinkedHashSet<>();
        r.identifiers(scheme).forEach(i -> out.add(i.value()));
        r.container().ifPresent(c -> {
            for (Identifier i : c.identifiers()) {
                if (i.scheme() == scheme) {
                    out.add(i.value());
                }
            }
        });
        return new ArrayList<>(out);
    }

    /** The catalog that holds the record: its institution, else its collection, or "". */
    static String catalog(BibRecord r) {
        return r.source().institution() != null ? r.source().institution()
                : Objects.requireNonNullElse(r.source().collection(), "");
    }
}
