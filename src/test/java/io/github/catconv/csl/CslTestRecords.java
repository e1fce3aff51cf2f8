package io.github.catconv.csl;

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
import java.util.ArrayList;
import java.util.List;

/** Hand-built records for the CSL mapping, writer and schema tests. */
public final class CslTestRecords {

    private CslTestRecords() {
    }

    /** A builder with only id "r1" and type book. */
    public static BibRecord.Builder base() {
        return BibRecord.builder().id("r1").type(RecordType.BOOK);
    }

    /** Only id and type. */
    public static BibRecord minimal(String id) {
        return BibRecord.builder().id(id).type(RecordType.DOCUMENT).build();
    }

    /** A record that fills every model field the CSL mapping reads, with non-ASCII text. */
    public static BibRecord full(String id, RecordType type) {
        return BibRecord.builder().id(id).type(type)
                .title("Über „Zeichen“ – ein Versuch").subtitle("Ελληνικά, 日本語 and \"quotes\"")
                .shortTitle("Über Zeichen")
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Tookey", "Paula")))
                .addContributor(new Contributor(ContributorRole.AUTHOR,
                        new Person("Gogh", "Vincent", "de", "van", "Jr.", null)))
                .addContributor(new Contributor(ContributorRole.EDITOR, Person.literal("Ibn Sīnā")))
                .addContributor(new Contributor(ContributorRole.AUTHOR,
                        new Organization("Deutsche Forschungsgemeinschaft")))
                .addContributor(new Contributor(ContributorRole.THESIS_ADVISOR, Person.of("Smith", "Jane")))
                .addContributor(new Contributor(ContributorRole.SERIES_EDITOR, Person.of("Ng", "A.")))
                .container(new Container("Harm Reduction Journal", "Harm Reduct J", "15", "1",
                        new PageRange("123", "145", "123-145"),
                        List.of(Identifier.of(IdentifierScheme.ISSN, "1477-7517"))))
                .publisher("BioMed Central").place("London")
                .issued(new DateValue(new PartialDate(2018, 8, 14), null, true, "ca. 14.8.2018"))
                .edition("2. Aufl.")
                .addSeries(new Series("Lecture notes", "242")).addSeries(new Series("Reihe B", null))
                .physicalDescription("XIV, 180 S. 23 cm").numberOfPages("180")
                .language("de").abstractText("Line one.\nLine two with \t tab and \\ backslash.")
                .addSubject("Research").addSubject("Peer work")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1186/s12954-018-0245-7"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMID, "30107808"))
                .addIdentifier(Identifier.of(IdentifierScheme.PMCID, "PMC6092784"))
                .addIdentifier(Identifier.of(IdentifierScheme.ISBN, "9783161484100"))
                .addIdentifier(Identifier.of(IdentifierScheme.OCLC, "44162561"))
                .addUrl("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/")
                .addUrl("https://www.ncbi.nlm.nih.gov/pubmed/30107808")
                .addNote("Includes bibliographical references.")
                .rights("CC BY 4.0").genre("Dissertation").callNumber("QA76 .T66 2018")
                .source(new SourceInfo("cat-" + id, "NCBI", "PubMed", "MEDLINE/PubMed",
                        List.of("Article"), "seed.txt", 12))
                .build();
    }

    /** One full record per record type, then edge cases: minimal, unparsed and range dates. */
    public static List<BibRecord> many() {
        List<BibRecord> out = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            out.add(full("full-" + t.cslType(), t));
        }
        out.add(minimal("minimal"));
        out.add(base().id("unparsed").issued(DateValue.unparsed("19--")).build());
        out.add(base().id("range").issued(new DateValue(PartialDate.ofYear(1999),
                new PartialDate(2003, 5, 0), false, "1999-V.2003")).build());
        out.add(base().id("pages-raw").container(Container.empty()
                .withPages(new PageRange(null, null, "xii, 304 p."))).build());
        return out;
    }
}
