package io.github.catconv.write.bibtex;

import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.OriginalScript;
import java.util.List;
import java.util.Optional;

/**
 * The BibLaTeX field table, in output order, after the biblatex manual §2.2 (entry fields) and
 * §2.3.8 (EDTF dates).
 *
 * <p>{@code date} holds the EDTF form ({@code 2018-08-14}, {@code 1998/2003}, {@code 1998~}); a
 * date text that was not read goes to {@code note} as "Date: raw". {@code journaltitle} is the full
 * journal title (its abbreviation when no title exists), {@code shortjournal} the abbreviation
 * whenever known. Fields that biber's data model does not allow for the entry type are not
 * written ({@link BiblatexDataModel}); the publisher of misc, software and online entries goes to
 * {@code organization}, which they allow. Theses and reports take the publisher as {@code institution} (§2.1.1). PubMed
 * and arXiv ids are written as {@code eprint}/{@code eprinttype} (§3.13.7), arXiv first.
 */
final class BiblatexFields {

    static final List<FieldSpec> TABLE = List.of(
            FieldSpec.braced("author", c -> c.names(ContributorRole.AUTHOR)),
            FieldSpec.braced("editor", c -> c.names(ContributorRole.EDITOR)),
            FieldSpec.braced("translator", c -> c.names(ContributorRole.TRANSLATOR)),
            FieldSpec.braced("title", c -> c.title(c.record().title().or(() -> c.record().subtitle()))),
            FieldSpec.braced("subtitle", c -> c.record().title().isPresent() ? c.title(c.record().subtitle()) : null),
            // The title in its original script (MARC 880), printed after the title: biblatex has no
            // vernacular-title field, and origtitle means the original of a translation (§2.2.2).
            FieldSpec.braced("titleaddon", c -> c.text(c.record().originalScript().map(OriginalScript::fullTitle))),
            FieldSpec.braced("booktitle", c -> c.typeIs("incollection", "inbook", "inproceedings", "inreference")
                    ? c.containerTitle() : null),
            FieldSpec.braced("journaltitle", BiblatexFields::journalTitle),
            FieldSpec.braced("shortjournal", c -> c.typeIs("article")
                    ? c.text(c.container().map(Container::shortTitle)) : null),
            FieldSpec.braced("howpublished", c -> c.typeIs("misc") ? c.containerTitle() : null),
            FieldSpec.braced("date", c -> c.issued().flatMap(DateValue::toEdtf).orElse(null)),
            FieldSpec.braced("volume", c -> volume(c).volume()),
            FieldSpec.braced("number", EntryContext::number),
            FieldSpec.braced("issue", c -> c.typeIs("article", "periodical") ? c.text(volume(c).issue()) : null),
            FieldSpec.braced("pages", BiblatexFields::pages),
            FieldSpec.braced("pagetotal", c -> c.text(c.record().numberOfPages())),
            FieldSpec.braced("edition", c -> c.text(c.record().edition())),
            FieldSpec.braced("series", c -> c.seriesTitle() != null ? c.seriesTitle() : c.text(volume(c).series())),
            FieldSpec.braced("location", c -> c.text(c.record().place())),
            FieldSpec.braced("publisher", c -> c.typeIs("thesis", "report") ? null : c.text(c.record().publisher())),
            FieldSpec.braced("organization", c -> c.typeIs("misc", "software", "online")
                    ? c.text(c.record().publisher()) : null),
            FieldSpec.braced("institution", c -> c.typeIs("thesis", "report") ? c.text(c.record().publisher()) : null),
            FieldSpec.braced("type", BiblatexFields::type),
            FieldSpec.braced("entrysubtype", c -> EntryTypes.biblatexSubtype(c.record())),
            FieldSpec.braced("isbn", c -> c.text(c.identifier(IdentifierScheme.ISBN))),
            FieldSpec.braced("issn", c -> c.text(c.identifier(IdentifierScheme.ISSN))),
            FieldSpec.braced("doi", c -> c.record().identifier(IdentifierScheme.DOI)
                    .map(d -> EntryContext.verbatim(d, false)).orElse(null)),
            FieldSpec.braced("eprint", c -> eprint(c).map(e -> EntryContext.verbatim(e[1], false)).orElse(null)),
            FieldSpec.braced("eprinttype", c -> eprint(c).map(e -> e[0]).orElse(null)),
            FieldSpec.braced("url", c -> c.record().urls().stream().findFirst()
                    .map(u -> EntryContext.verbatim(u, false)).orElse(null)),
            FieldSpec.braced("langid", c -> c.record().language().flatMap(LanguageIds::babelName).orElse(null)),
            FieldSpec.braced("keywords", EntryContext::keywords),
            FieldSpec.braced("abstract", c -> c.text(c.record().abstractText())),
            FieldSpec.braced("pubstate", c -> volume(c).pubstate()),
            FieldSpec.braced("note", BiblatexFields::note));

    private BiblatexFields() {
    }

    private static BiblatexVolume volume(EntryContext c) {
        return BiblatexVolume.of(c.container().map(Container::volume).orElse(null));
    }

    /**
     * Pages, except a placeholder range of zeros ("0", "0--0", as publishers' records of papers in
     * press carry): biber reads a 0 as no page and reports the range as malformed.
     */
    private static String pages(EntryContext c) {
        String p = c.pages();
        if (p == null) {
            return null;
        }
        for (String end : p.split("--", -1)) {
            if (!end.strip().equals("0")) {
                return p;
            }
        }
        return null;
    }

    /** The notes, after "Volume: …" for a volume no other field holds ({@link BiblatexVolume}). */
    private static String note(EntryContext c) {
        String note = c.note(c.issued().filter(d -> !d.isParsed()).isPresent());
        BiblatexVolume v = volume(c);
        String unplaced = v.other() != null ? v.other()
                : v.issue() != null && !c.typeIs("article", "periodical") ? v.issue() : null;
        if (unplaced == null) {
            return note;
        }
        String volume = c.text("Volume: " + unplaced);
        return note == null ? volume : volume + "; " + note;
    }

    private static String journalTitle(EntryContext c) {
        if (!c.typeIs("article", "periodical")) {
            return null;
        }
        Optional<Container> k = c.container();
        return c.text(k.map(Container::title).or(() -> k.map(Container::shortTitle)));
    }

    /** {eprinttype, eprint}: arXiv first, then PubMed (biblatex §3.13.7 "arxiv", "pubmed"). */
    private static Optional<String[]> eprint(EntryContext c) {
        Optional<String> arxiv = c.record().identifier(IdentifierScheme.ARXIV);
        if (arxiv.isPresent()) {
            return Optional.of(new String[] {"arxiv", arxiv.get()});
        }
        return c.record().identifier(IdentifierScheme.PMID).map(p -> new String[] {"pubmed", p});
    }

    /**
     * Thesis: {@code phdthesis}/{@code mathesis} (localised by biblatex), else the genre text or
     * "Thesis"; report: the genre text, else {@code techreport}. Both types require {@code type}.
     */
    private static String type(EntryContext c) {
        if (c.typeIs("thesis")) {
            String key = EntryTypes.ThesisKind.of(c.record().genre().orElse(null)).biblatexType();
            return key != null ? key : c.text(c.record().genre().or(() -> Optional.of("Thesis")));
        }
        if (c.typeIs("report")) {
            return c.text(c.record().genre().or(() -> Optional.of("techreport")));
        }
        return null;
    }
}
