package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.ContributorRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {

    /**
     * Codes from the LoC MARC relator list, AACR2/RAK abbreviations and VuFind CreatorRoles labels
     * (languages/CreatorRoles/*.ini). An empty role means "not a role term".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        aut                 | AUTHOR
        cre                 | AUTHOR
        edt                 | EDITOR
        EDT                 | EDITOR
        trl                 | TRANSLATOR
        ill                 | ILLUSTRATOR
        com                 | COMPILER
        ctb                 | CONTRIBUTOR
        drt                 | DIRECTOR
        cmp                 | COMPOSER
        prf                 | PERFORMER
        ivr                 | INTERVIEWER
        ive                 | AUTHOR
        rcp                 | RECIPIENT
        cur                 | CURATOR
        orm                 | ORGANIZER
        pro                 | PRODUCER
        nrt                 | NARRATOR
        ths                 | THESIS_ADVISOR
        dgs                 | THESIS_ADVISOR
        ant                 | ORIGINAL_AUTHOR
        his                 | CONTRIBUTOR
        pbd                 | CONTRIBUTOR
        red                 | EDITOR
        aui                 | CONTRIBUTOR
        win                 | CONTRIBUTOR
        oth                 | CONTRIBUTOR
        Hrsg                | EDITOR
        editor              | EDITOR
        Editor              | EDITOR
        ed.                 | EDITOR
        eds.                | EDITOR
        (Ed.)               | EDITOR
        [editor]            | EDITOR
        Hrsg.               | EDITOR
        Hg.                 | EDITOR
        trans.              | TRANSLATOR
        tr.                 | TRANSLATOR
        Übers.              | TRANSLATOR
        ill.                | ILLUSTRATOR
        comp.               | COMPILER
        joint author        | AUTHOR
        Herausgeber         | EDITOR
        HerausgeberIn       | EDITOR
        Herausgeber*in      | EDITOR
        Redaktor            | EDITOR
        編集者               | EDITOR
        Redattore           | EDITOR
        Översättare         | TRANSLATOR
        Traducteur          | TRANSLATOR
        Переводчик          | TRANSLATOR
        المترجم              | TRANSLATOR
        Relatore della tesi | THESIS_ADVISOR
        Entrevistador       | INTERVIEWER
        Publisher           | CONTRIBUTOR
        Éditeur             | CONTRIBUTOR
        Εκδότης             | CONTRIBUTOR
        issuing body        | CONTRIBUTOR
        Author of introduction, etc. | CONTRIBUTOR
        author  of  introduction, etc | CONTRIBUTOR
        Dirigent            | PERFORMER
        smith               |
        John                |
        1950-2010           |
        Paula               |
        ()                  |
        """)
    void mapsTerms(String term, ContributorRole expected) {
        assertEquals(Optional.ofNullable(expected), Roles.fromTerm(term));
    }

    @Test
    void nullAndBlankAreNoRole() {
        assertEquals(Optional.empty(), Roles.fromTerm(null));
        assertEquals(Optional.empty(), Roles.fromTerm(" . "));
    }

    @Test
    void normalisesDecomposedInput() {
        assertEquals(Optional.of(ContributorRole.TRANSLATOR), Roles.fromTerm("U\u0308bers."));
    }

    /** Every role key VuFind shows labels for must have a row in roles.tsv. */
    @Test
    void everyVufindKeyIsMapped() {
        Map<String, String> kinds = new HashMap<>();
        Roles.readTsv("roles.tsv", cols -> kinds.put(cols[0], cols[2]));
        List<String> missing = new ArrayList<>();
        Roles.readTsv("roles-vufind.tsv", cols -> {
            if (!kinds.containsKey(cols[0]) || "abbr".equals(kinds.get(cols[0]))) {
                missing.add(cols[0]);
            }
        });
        assertEquals(List.of(), missing);
    }

    /** Each code resolves to the role its row names: no label or abbreviation shadows a code. */
    @Test
    void codesAndAbbreviationsResolveToTheirOwnRows() {
        List<String> wrong = new ArrayList<>();
        Roles.readTsv("roles.tsv", cols -> {
            ContributorRole want = ContributorRole.valueOf(cols[1]);
            Optional<ContributorRole> got = Roles.fromTerm(cols[0]);
            boolean codeOrUnshadowed = !"abbr".equals(cols[2]) || got.equals(Optional.of(want));
            if (!codeOrUnshadowed || !"abbr".equals(cols[2]) && !got.equals(Optional.of(want))) {
                wrong.add(cols[0] + " -> " + got + ", want " + want);
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Every label of every language resolves to some role (none is lost when tables merge). */
    @Test
    void everyVufindLabelIsARoleTerm() {
        List<String> lost = new ArrayList<>();
        Roles.readTsv("roles-vufind.tsv", cols -> {
            if (Roles.fromTerm(cols[1]).isEmpty()) {
                lost.add(cols[1]);
            }
        });
        assertEquals(List.of(), lost);
    }

    @Test
    void resourcesUseKnownKindsAndLowerCaseAbbreviations() {
        List<String> bad = new ArrayList<>();
        Roles.readTsv("roles.tsv", cols -> {
            if (!List.of("marc", "vufind", "abbr").contains(cols[2])
                    || "abbr".equals(cols[2]) && !cols[0].equals(cols[0].toLowerCase(Locale.ROOT))) {
                bad.add(String.join("\t", cols));
            }
        });
        assertTrue(bad.isEmpty(), bad::toString);
    }
}
