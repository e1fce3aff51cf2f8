package io.github.catconv.write.ris;

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
import io.github.catconv.model.SourceInfo;
import java.util.List;

/** Hand-built records shared by the RIS and CSV writer tests. */
public final class SampleRecords {

    private SampleRecords() {
    }

    /** The article of the seed dump pubmed-6092784 (samples/pubmed-6092784.txt), as a reader would build it. */
    public static BibRecord seedArticle() {
        return BibRecord.builder()
                .id("pubmed-6092784")
                .type(RecordType.ARTICLE_JOURNAL)
                .title("From client to co-worker")
                .subtitle("a case study of the transition to peer work")
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Tookey", "Paula")))
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Mason", "Kate")))
                .container(new Container("Harm Reduction Journal", "Harm Reduct J", "15", "1",
                        new PageRange("43", "52", "43-52"), List.of(Identifier.of(IdentifierScheme.ISSN, "1477-7517"))))
                .publisher("BioMed Central")
                .issued(DateValue.of(new PartialDate(2018, 8, 14)))
                .language("en")
                .abstractText("BACKGROUND: Despite the integration of peer workers.")
                .addSubject("Research")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1186/s12954-018-0245-7"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMID, "30107808"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMCID, "PMC6092784"))
                .addUrl("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/")
                .source(new SourceInfo("pubmed-6092784", "National Center for Biotechnology Information", "PubMed",
                        "MEDLINE/PubMed", List.of("Online", "Article", "Text"), "pubmed-6092784.txt", 1))
                .build();
    }

    /** A book with an editor, a translator, a series with number, an ISBN and a page count. */
    public static BibRecord book() {
        return BibRecord.builder()
                .id("book-1")
                .type(RecordType.BOOK)
                .title("Die Briefe")
                .addContributor(new Contributor(ContributorRole.AUTHOR,
                        new Person("Gogh", "Vincent", null, "van", null, null)))
                .addContributor(new Contributor(ContributorRole.EDITOR, Person.of("Jansen", "Leo")))
                .addContributor(new Contributor(ContributorRole.TRANSLATOR, Person.of("Müller", "Eva")))
                .addContributor(new Contributor(ContributorRole.AUTHOR, new Organization("Van Gogh Museum")))
                .addSeries(new Series("Kunstgeschichte", "242"))
                .publisher("Beck")
                .place("München")
                .edition("2. Aufl.")
                .numberOfPages("304")
                .issued(DateValue.of(PartialDate.ofYear(2009)))
                .addIdentifier(Identifier.of(IdentifierScheme.ISBN, "9783406589373"))
                .addIdentifier(Identifier.of(IdentifierScheme.OCLC, "311786420"))
                .callNumber("LH 61340 G613")
                .build();
    }

    /**
     * A record of the given type with one value in every commonly used field, for the
     * "every type" tests.
     */
    public static BibRecord ofType(RecordType type) {
        return BibRecord.builder()
                .id("rec-" + type.cslType())
                .type(type)
                .title("Title of " + type.cslType())
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Doe", "Jane")))
                .addContributor(new Contributor(ContributorRole.EDITOR, Person.of("Roe", "Rita")))
                .container(Container.empty().withTitle("Container of " + type.cslType()).withVolume("7")
                        .withPages(new PageRange("10", "20", "10-20")))
                .addSeries(new Series("Series of " + type.cslType(), "3"))
                .publisher("Pub")
                .place("Berlin")
                .issued(DateValue.of(new PartialDate(2001, 2, 0)))
                .language("de")
                .genre("Genre of " + type.cslType())
                .addSubject("Subject")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/xyz"))
                .addUrl("https://example.org/" + type.cslType())
                .build();
    }
}
