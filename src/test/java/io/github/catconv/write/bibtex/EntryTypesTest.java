package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import org.junit.jupiter.api.Test;

/** Entry types that depend on the record, not only on its type. */
class EntryTypesTest {

    private static BibRecord book(ContributorRole... roles) {
        BibRecord.Builder b = BibRecord.builder().id("b1").type(RecordType.BOOK).title("T");
        for (ContributorRole r : roles) {
            b.addContributor(new Contributor(r, Person.of("Doe", "Jane")));
        }
        return b.build();
    }

    @Test
    void editedBookWithoutAuthorsIsABiblatexCollection() {
        assertEquals("collection", EntryTypes.biblatex(book(ContributorRole.EDITOR)));
        assertEquals("book", EntryTypes.bibtex(book(ContributorRole.EDITOR)));
    }

    @Test
    void collectionRuleDoesNotFireWithAnAuthorOrWithoutEditors() {
        assertEquals("book", EntryTypes.biblatex(book(ContributorRole.AUTHOR, ContributorRole.EDITOR)));
        assertEquals("book", EntryTypes.biblatex(book()));
        assertEquals("book", EntryTypes.biblatex(book(ContributorRole.TRANSLATOR)));
    }
}
