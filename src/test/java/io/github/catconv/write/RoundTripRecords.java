package io.github.catconv.write;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random records for {@link RoundTripPropertyTest}, from a seeded {@link Random}: every text value
 * is made of pieces that some output format treats specially.
 */
final class RoundTripRecords {

    /**
     * The pieces values are made of: the ten LaTeX specials, {@code @}, line breaks, RIS's record
     * end, quotes, commas, {@code =} and other formula starters, "and" (BibTeX's name separator),
     * capitalised words (title protection), emoji (outside the BMP), Hebrew and Arabic
     * (right-to-left), combining marks, and plain letters.
     */
    private static final String[] PIECES = {
        "{", "}", "\\", "%", "&", "$", "#", "_", "~", "^", "@", "<", ">",
        "\n", "\r\n", "\u2028", "\t", "ER  - ", "TY  - JOUR", "\"", "\"\"", ",", ";", "=", "+", "-",
        " and ", "And", "Toronto", "NASA", "iPhone", "a", "x", "ß", "é", "e\u0301", "o\u0308\u0304",
        "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u05E9\u05DC\u05D5\u05DD",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u200F", "  ", ": ", "{\\bf x}", "$\\alpha$", "%20",
    };

    private RoundTripRecords() {
    }

    /** {@code n} records from {@code seed}; the same seed always gives the same records. */
    static List<BibRecord> generate(long seed, int n) {
        Random rnd = new Random(seed);
        List<BibRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(record(rnd, i));
        }
        return out;
    }

    private static BibRecord record(Random rnd, int i) {
        BibRecord.Builder b = BibRecord.builder().id("rt-" + i)
                .type(i % 2 == 0 ? RecordType.ARTICLE_JOURNAL : RecordType.BOOK)
                .title("T" + value(rnd)).subtitle(rnd.nextBoolean() ? value(rnd) : null)
                .publisher(value(rnd)).place(value(rnd)).abstractText(value(rnd))
                .issued(DateValue.of(PartialDate.ofYear(1900 + rnd.nextInt(120))))
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/" + value(rnd).strip() + "x"))
                .addUrl("https://example.org/" + value(rnd).strip() + "x");
        if (i % 2 == 0) {
            b.container(Container.empty().withTitle("J" + value(rnd)));
        }
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            b.addContributor(new Contributor(ContributorRole.AUTHOR, rnd.nextInt(4) == 0
                    ? new Organization("O" + value(rnd)) : Person.of("F" + value(rnd), "G" + value(rnd))));
        }
        for (int k = rnd.nextInt(3); k > 0; k--) {
            b.addNote("n" + value(rnd).strip());
            b.addSubject("s" + value(rnd).strip());
        }
        return b.build();
    }

    /** A value of 1 to 8 random pieces (may be blank: the model then holds no value). */
    private static String value(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(8); n >= 0; n--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
