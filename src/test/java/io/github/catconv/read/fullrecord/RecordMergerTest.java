package io.github.catconv.read.fullrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Person;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.read.ReadContext;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge table of {@link RecordMerger}, on the Solr fields and MARC of fixture 690250223. */
class RecordMergerTest {

    /** What the staff-view table gives for 690250223 (book-it-690250223.txt): no place, series without number. */
    private static BibRecord solr() {
        return BibRecord.builder().id("690250223").type(RecordType.BOOK).title("Politics otherwise")
                .subtitle("Shakespeare as social and political critique")
                .addContributor(new Contributor(ContributorRole.CONTRIBUTOR, Person.of("Donskis", "Leonidas")))
                .publisher("Rodopi").addSeries(new Series("Value inquiry book series", null))
                .addIdentifier(Identifier.of(IdentifierScheme.ISBN, "9789042034648"))
                .provenance("publisher", new Provenance("publisher", 14, "")).build();
    }

    private static BibRecord marc() throws IOException {
        String full = FullRecordsTest.fullrecordOf("solr-fullrecord-marcxml-en-690250223.txt");
        return FullRecords.read(full, "690250223", ReadContext.of("t", d -> { }), 40).orElseThrow();
    }

    @Test
    void marcFillsGapsAndWinsWhereMorePrecise() throws IOException {
        BibRecord m = RecordMerger.merge(solr(), marc());
        assertEquals("Amsterdam", m.place().orElseThrow(), "gap filled from 260 $a");
        assertEquals("marc:260$a", m.provenance().get("place").field());
        assertEquals("Rodopi", m.publisher().orElseThrow());
        assertEquals("publisher", m.provenance().get("publisher").field(), "Solr's own value keeps its provenance");
        assertEquals(List.of(ContributorRole.EDITOR), m.contributors().stream().map(Contributor::role).toList(),
                "MARC names: 700 + 245 $c 'ed. by'");
        assertEquals("242", m.series().get(0).number(), "490 $v");
        assertEquals(1, m.identifiers(IdentifierScheme.ISBN).size(), "no duplicate ISBN");
        assertEquals("690250223", m.id());
        assertEquals(RecordType.BOOK, m.type());
    }

    @Test
    void solrTypeStaysUnlessItSaidNothing() throws IOException {
        BibRecord unknown = solr().toBuilder().type(RecordType.DOCUMENT).build();
        assertEquals(RecordType.BOOK, RecordMerger.merge(unknown, marc()).type());
        BibRecord thesis = solr().toBuilder().type(RecordType.THESIS).build();
        assertEquals(RecordType.THESIS, RecordMerger.merge(thesis, marc()).type());
    }
}
