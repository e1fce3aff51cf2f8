package io.github.catconv.write.bibtex;

import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The BibTeX field table, in output order.
 *
 * <p>Fields are those of Patashnik's "BibTeXing" §3 plus the de-facto standard {@code doi},
 * {@code url}, {@code isbn}, {@code issn}, {@code abstract}, {@code keywords} and
 * {@code language} that natbib/JabRef/Zotero use. Dates: {@code year} holds the (start) year,
 * or {@code 1998--2003} for a range of years; {@code month} the unbraced three-letter macro of
 * plain.bst, only for a single date. A date text that was not read, an approximate date and a
 * range with months go (as "Date: raw") to {@code note}, because bibtex styles expect a number in
 * {@code year}.
 */
final class BibtexFields {

    /** plain.bst's month macros (BibTeXing §3, "month"). */
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    static final List<FieldSpec> TABLE = List.of(
            FieldSpec.braced("author", c -> c.names(ContributorRole.AUTHOR)),
            FieldSpec.braced("editor", c -> editorsInNote(c) ? null : c.names(ContributorRole.EDITOR)),
            FieldSpec.braced("title", c -> c.title(c.record().fullTitle())),
            FieldSpec.braced("booktitle", c -> c.typeIs("incollection", "inproceedings") ? c.containerTitle() : null),
            FieldSpec.braced("journal", BibtexFields::journal),
            FieldSpec.braced("howpublished", c -> c.typeIs("misc") ? c.containerTitle() : null),
            FieldSpec.braced("year", BibtexFields::year),
            FieldSpec.bare("month", BibtexFields::month),
            FieldSpec.braced("volume", c -> c.text(c.container().map(Container::volume))),
            FieldSpec.braced("number", c -> numberInNote(c) ? null : c.number()),
            FieldSpec.braced("pages", EntryContext::pages),
            FieldSpec.braced("edition", c -> c.text(c.record().edition())),
            FieldSpec.braced("series", EntryContext::seriesTitle),
            FieldSpec.braced("address", c -> c.text(c.record().place())),
            FieldSpec.braced("publisher", c -> institutional(c) ? null : c.text(c.record().publisher())),
            FieldSpec.braced("school", c -> c.typeIs("phdthesis", "mastersthesis") ? c.text(c.record().publisher()) : null),
            FieldSpec.braced("institution", c -> c.typeIs("techreport") ? c.text(c.record().publisher()) : null),
            FieldSpec.braced("type", BibtexFields::type),
            FieldSpec.braced("isbn", c -> c.text(c.identifier(IdentifierScheme.ISBN))),
            FieldSpec.braced("issn", c -> c.text(c.identifier(IdentifierScheme.ISSN))),
            FieldSpec.braced("doi", c -> c.record().identifier(IdentifierScheme.DOI)
                    .map(d -> EntryContext.verbatim(d, c.asciiOnly())).orElse(null)),
            FieldSpec.braced("url", c -> c.record().urls().stream().findFirst()
                    .map(u -> EntryContext.verbatim(u, c.asciiOnly())).orElse(null)),
            FieldSpec.braced("language", c -> c.text(c.record().language()
                    .map(l -> LanguageIds.babelName(l).orElse(l)))),
            FieldSpec.braced("keywords", EntryContext::keywords),
            FieldSpec.braced("abstract", c -> c.text(c.record().abstractText())),
            FieldSpec.braced("note", BibtexFields::note),
            FieldSpec.braced("key", BibtexFields::sortKey));

    /** The entry types whose plain.bst driver prints {@code editor} (and volume and number as format.bvolume does). */
    private static final String[] EDITOR_TYPES = {"book", "inbook", "incollection", "inproceedings", "proceedings"};

    private BibtexFields() {
    }

    /**
     * Editors go to {@code note} ("Edited by …") where plain.bst would not print them: in a
     * {@code book} with authors (which warns "can't use both author and editor fields"), and in
     * every type whose driver reads no {@code editor} (article, misc, unpublished, theses,
     * reports, manual, booklet), where the field would be dropped without a word.
     */
    private static boolean editorsInNote(EntryContext c) {
        if (c.record().contributors(ContributorRole.EDITOR).isEmpty()) {
            return false;
        }
        if (c.typeIs("book")) {
            return !c.record().contributors(ContributorRole.AUTHOR).isEmpty();
        }
        return !c.typeIs(EDITOR_TYPES);
    }

    /**
     * plain.bst's book, inbook, incollection, inproceedings and proceedings print {@code number}
     * only as "number N in SERIES" and only without a volume: with a volume they warn "can't use
     * both volume and number fields", without a series "there's a number but no series". Such a
     * number goes to {@code note} as "Number: N" instead.
     */
    private static boolean numberInNote(EntryContext c) {
        if (!c.typeIs(EDITOR_TYPES) || c.number() == null) {
            return false;
        }
        return c.container().map(Container::volume).isPresent() || c.seriesTitle() == null;
    }

    private static String note(EntryContext c) {
        List<String> parts = new ArrayList<>();
        if (editorsInNote(c)) {
            parts.add(c.text("Edited by " + String.join("; ", c.record().contributors(ContributorRole.EDITOR)
                    .stream().map(a -> a.displayName()).toList())));
        }
        if (numberInNote(c)) {
            parts.add("Number: " + c.number());
        }
        String note = c.note(dateInNote(c.issued()));
        if (note != null) {
            parts.add(note);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * plain.bst sorts (and alpha.bst labels) by author, by editor only in book, inbook and
     * proceedings, and by {@code key} when neither applies (BibTeXing §3, "key"; otherwise "to
     * sort, need author or key"): such entries get their title as {@code key}.
     */
    private static String sortKey(EntryContext c) {
        if (!c.record().contributors(ContributorRole.AUTHOR).isEmpty()) {
            return null;
        }
        if (c.typeIs("book", "inbook", "proceedings") && !c.record().contributors(ContributorRole.EDITOR).isEmpty()) {
            return null;
        }
        return c.text(c.record().fullTitle());
    }

    /** Thesis and report publishers are the degree-granting or issuing body: school/institution. */
    private static boolean institutional(EntryContext c) {
        return c.typeIs("phdthesis", "mastersthesis", "techreport");
    }

    /** The full journal title; its abbreviation only when no full title exists. */
    private static String journal(EntryContext c) {
        if (!c.typeIs("article")) {
            return null;
        }
        Optional<Container> k = c.container();
        return c.text(k.map(Container::title).or(() -> k.map(Container::shortTitle)));
    }

    private static String year(EntryContext c) {
        Optional<DateValue> d = c.issued();
        if (d.isEmpty() || d.get().start() == null) {
            return null;
        }
        PartialDate s = d.get().start();
        PartialDate e = d.get().end();
        return e != null && e.year() != s.year() ? s.year() + "--" + e.year() : String.valueOf(s.year());
    }

    private static String month(EntryContext c) {
        return c.issued().filter(d -> d.start() != null && d.end() == null && d.start().hasMonth())
                .map(d -> MONTHS.get(d.start().month() - 1)).orElse(null);
    }

    /** True when {@code year}/{@code month} cannot hold the date exactly. */
    static boolean dateInNote(Optional<DateValue> date) {
        if (date.isEmpty()) {
            return false;
        }
        DateValue d = date.get();
        return d.start() == null || d.approximate()
                || (d.end() != null && (d.start().hasMonth() || d.end().hasMonth()));
    }

    /**
     * A thesis other than PhD/master's names its kind, and a report its genre ("Working paper"):
     * plain.bst prints {@code type} instead of "PhD thesis"/"Technical Report".
     */
    private static String type(EntryContext c) {
        if (c.typeIs("techreport")) {
            return c.text(c.record().genre());
        }
        if (!c.typeIs("phdthesis", "mastersthesis")) {
            return null;
        }
        EntryTypes.ThesisKind kind = EntryTypes.ThesisKind.of(c.record().genre().orElse(null));
        if (kind != EntryTypes.ThesisKind.OTHER) {
            return null;
        }
        return c.text(c.record().genre().or(() -> Optional.of("Thesis")));
    }
}
