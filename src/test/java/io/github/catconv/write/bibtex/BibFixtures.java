package io.github.catconv.write.bibtex;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Hand-built records and a helper that runs a writer over them. */
final class BibFixtures {

    private BibFixtures() {
    }

    static Contributor author(String family, String given) {
        return new Contributor(ContributorRole.AUTHOR, Person.of(family, given));
    }

    /** The seed record pubmed-6092784 as the VuFind reader should model it (see samples/README.md). */
    static BibRecord seed() {
        return BibRecord.builder().id("pubmed-6092784").type(RecordType.ARTICLE_JOURNAL)
                .title("From client to co-worker")
                .subtitle("a case study of the transition to peer work within a multi-disciplinary hepatitis c "
                        + "treatment team in Toronto, Canada")
                .addContributor(author("Tookey", "Paula")).addContributor(author("Mason", "Kate"))
                .addContributor(author("Broad", "Jennifer")).addContributor(author("Behm", "Marty"))
                .addContributor(author("Bondy", "Lise")).addContributor(author("Powis", "Jeff"))
                .container(Container.empty().withShortTitle("Harm Reduct J"))
                .publisher("BioMed Central")
                .issued(DateValue.of(new PartialDate(2018, 8, 14)))
                .language("en")
                .addSubject("Research")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1186/s12954-018-0245-7"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMID, "30107808"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMCID, "PMC6092784"))
                .addUrl("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/")
                .build();
    }

    /** A record of the given type with the fields most types use. */
    static BibRecord ofType(RecordType type) {
        BibRecord.Builder b = BibRecord.builder().id("rec-" + type.cslType()).type(type)
                .title("A study of " + type.cslType().replace('_', ' '))
                .addContributor(author("Smith", "Anna"))
                .publisher("Example Press").place("Berlin")
                .issued(DateValue.of(PartialDate.ofYear(2001)));
        switch (type) {
            case ARTICLE_JOURNAL, ARTICLE_MAGAZINE, ARTICLE_NEWSPAPER -> b.container(Container.empty()
                    .withTitle("Journal of Examples").withVolume("3").withIssue("2")
                    .withPages(new PageRange("10", "20", "10-20")));
            case CHAPTER, PAPER_CONFERENCE, ENTRY_ENCYCLOPEDIA -> b.container(Container.empty()
                    .withTitle("Proceedings of Examples").withPages(new PageRange("10", "20", "10-20")))
                    .addContributor(new Contributor(ContributorRole.EDITOR, Person.of("Jones", "Bea")));
            case THESIS -> b.genre("Doctoral dissertation");
            case BOOK -> b.addSeries(new Series("Example Series", "7")).edition("2")
                    .addIdentifier(Identifier.of(IdentifierScheme.ISBN, "9780306406157"));
            case WEBPAGE, DATASET, SOFTWARE -> b.addUrl("https://example.org/x");
            case MANUSCRIPT -> b.addNote("Typescript");
            default -> { }
        }
        return b.build();
    }

    /** A record whose every text value holds BibTeX specials and unbalanced braces. */
    static BibRecord nasty() {
        return BibRecord.builder().id("nasty/1 {x}").type(RecordType.BOOK)
                .title("50% of {all} C# & $5 costs_ ~ ^2 \\ back\\slash {unbalanced } } {{")
                .subtitle("@book{evil, title = {x}}")
                .addContributor(new Contributor(ContributorRole.AUTHOR, new Organization("Smith and Sons {Ltd")))
                .addContributor(new Contributor(ContributorRole.AUTHOR,
                        new Person("O'Brien}", "Anne and Bob", null, null, "Jr., III", null)))
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.literal("Ends with backslash\\")))
                .publisher("%comment\n@misc{x,\n  note = {y}}").place("Paris\\")
                .issued(DateValue.unparsed("s.f. {?}"))
                .abstractText("line one\n\nline two\u0007 with bell and \u00A0nbsp and tab\t}")
                .addNote("note ending in backslash \\")
                .addSubject("a, b").addSubject("{c")
                .addUrl("https://example.org/a b{c}\\d%20e#f")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/{abc}def"))
                .build();
    }

    /** Runs {@code writer} over {@code records} with the given options. */
    static String write(RecordWriter writer, Map<String, String> options, List<BibRecord> records) {
        StringWriter out = new StringWriter();
        try {
            RecordSink sink = writer.open(out, new WriteContext(options, d -> { }));
            for (BibRecord r : records) {
                sink.write(r);
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
