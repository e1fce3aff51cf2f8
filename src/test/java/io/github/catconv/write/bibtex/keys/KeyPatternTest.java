package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyPatternTest {

    static Contributor author(String family, String given) {
        return new Contributor(ContributorRole.AUTHOR, Person.of(family, given));
    }

    /** The seed record pubmed-6092784 (see samples/README.md), reduced to what keys use. */
    static BibRecord seed() {
        return BibRecord.builder().id("pubmed-6092784").type(RecordType.ARTICLE_JOURNAL)
                .title("From client to co-worker")
                .subtitle("a case study of the transition to peer work within a multi-disciplinary hepatitis c "
                        + "treatment team in Toronto, Canada")
                .addContributor(author("Tookey", "Paula")).addContributor(author("Mason", "Kate"))
                .addContributor(author("Broad", "Jennifer"))
                .container(Container.empty().withTitle("Harm Reduction Journal").withShortTitle("Harm Reduct J")
                        .withPages(new PageRange("12", "19", "12-19")))
                .issued(DateValue.of(new PartialDate(2018, 8, 14)))
                .build();
    }

    @Test
    void defaultPatternOnTheSeed() {
        assertEquals("tookey2018client", KeyPattern.parse(KeyPattern.DEFAULT).apply(seed()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[auth] | Tookey",
            "[auth:upper] | TOOKEY",
            "[authors] | TookeyMasonBroad",
            "[authors2] | TookeyMasonEtAl",
            "[authEtAl] | TookeyEtAl",
            "[auth.etal] | Tookey.etal",
            "[auth3] | Too",
            "[year] | 2018",
            "[shorttitle] | ClientCoworkerCase",
            "[shorttitle:2] | ClientCoworker",
            "[veryshorttitle] | Client",
            "[title:3] | fromClientto",
            "[title:abbr:4] | fCtC",
            "[firstpage] | 12",
            "[journal:abbr] | HRJ",
            "[journalabbr] | HarmReductJ",
            "[id] | pubmed-6092784",
            "[auth:lower]_[year]:[firstpage] | tookey_2018:12",
            "key with spaces & ü | keywithspaces",
    })
    void fields(String pattern, String expected) {
        assertEquals(expected, KeyPattern.parse(pattern).apply(seed()));
    }

    @Test
    void twoAuthors() {
        BibRecord r = seed().toBuilder().contributors(java.util.List.of(author("Tookey", "P"), author("Mason", "K")))
                .build();
        assertEquals("TookeyMason", KeyPattern.parse("[authEtAl]").apply(r));
        assertEquals("Tookey.Mason", KeyPattern.parse("[auth.etal]").apply(r));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Über die Natur der Dinge | natur",
            "L'homme et la société | homme",
            "The art of computer programming | art",
            "Una historia de la ciudad | historia",
            "Война и мир | voyna",
            "源氏物語 | ''",
    })
    void firstSignificantWord(String title, String expected) {
        BibRecord r = seed().toBuilder().title(title).subtitle(null).build();
        assertEquals(expected == null ? "" : expected, KeyPattern.parse("[veryshorttitle:lower]").apply(r));
    }

    @Test
    void organisationAuthorGivesInitials() {
        BibRecord r = seed().toBuilder().contributors(java.util.List.of(new Contributor(ContributorRole.AUTHOR,
                new Organization("World Health Organization")))).build();
        assertEquals("who2018client", KeyPattern.parse(KeyPattern.DEFAULT).apply(r));
    }

    @Test
    void particleIsPartOfAuth() {
        BibRecord r = seed().toBuilder().contributors(java.util.List.of(new Contributor(ContributorRole.AUTHOR,
                new Person("Gogh", "Vincent", null, "van", null, null)))).build();
        assertEquals("vangogh", KeyPattern.parse("[auth:lower]").apply(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[nope]", "[auth", "[auth:shout]", "[year:0]"})
    void badPatternsAreRejectedWithTheCulprit(String pattern) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyPattern.parse(pattern));
        assertTrue(e.getMessage().startsWith("key pattern:"), e.getMessage());
    }

    @Test
    void keysUseOnlyAllowedCharacters() {
        BibRecord r = seed().toBuilder().id("a/b c{d}é").build();
        assertEquals("abcde", KeyPattern.parse("[id]").apply(r));
    }
}
