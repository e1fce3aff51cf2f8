package io.github.catconv.read;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.testsupport.Formats;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The records of every sample, and a corpus generated from them with a fixed seed: each generated
 * record mixes the facts of several sample records (type, names, title, container, date,
 * identifiers, notes, subjects, series, genre, language) in new combinations, with some values
 * sprinkled with the characters every exchange format must escape. The same seed gives the same
 * records on every run.
 */
public final class SampleCorpus {

    /** Text that each format must carry unchanged: LaTeX specials, quotes, dashes, RIS and JSON marks. */
    private static final List<String> SPICE = List.of(" & co", " 100%", " $5", " #1", " a_b", " {x}", " ~",
            " x^2", " C:\\dir", " <b>", " -- ", " ``q''", " \"quoted\"", " @home", " ER  - ", " é ü ß ø",
            " Ωμέγα", " 日本語", " שלום", " naïve", " — em", " ‘s’", " a, b", " a; b", " x: y");

    private static List<BibRecord> samples;

    private SampleCorpus() {
    }

    /** Every sample's records, in sample order (read once per test run). */
    static synchronized List<BibRecord> sampleRecords() {
        if (samples == null) {
            List<BibRecord> all = new ArrayList<>();
            try {
                for (Path p : Samples.all()) {
                    all.addAll(Formats.readSniffed(p, new ArrayList<Diagnostic>()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            samples = List.copyOf(all);
        }
        return samples;
    }

    /** {@code count} records made from the samples' facts with {@code seed}. */
    public static List<BibRecord> generated(int count, long seed) {
        List<BibRecord> pool = sampleRecords();
        Random r = new Random(seed);
        List<Contributor> people = new ArrayList<>();
        List<DateValue> dates = new ArrayList<>();
        List<Identifier> ids = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        List<Series> series = new ArrayList<>();
        List<Container> containers = new ArrayList<>();
        Set<String> genres = new LinkedHashSet<>();
        for (BibRecord b : pool) {
            people.addAll(b.contributors());
            b.issued().ifPresent(dates::add);
            ids.addAll(b.identifiers());
            notes.addAll(b.notes());
            subjects.addAll(b.subjects());
            series.addAll(b.series());
            b.container().ifPresent(containers::add);
            b.genre().ifPresent(genres::add);
        }
        people.add(new Contributor(ContributorRole.AUTHOR, new Person("Gogh", "Vincent", null, "van", null, null)));
        people.add(new Contributor(ContributorRole.AUTHOR, new Person("King", "Martin Luther", null, null, "Jr.", null)));
        people.add(new Contributor(ContributorRole.EDITOR, new Organization("World Health Organization")));
        dates.add(new DateValue(PartialDate.ofYear(1998), PartialDate.ofYear(2003), false, "1998-2003"));
        dates.add(new DateValue(new PartialDate(2018, 8, 14), null, false, "2018-08-14"));
        dates.add(new DateValue(new PartialDate(2018, 8, 0), new PartialDate(2018, 9, 2), false, "Aug. 2018 - 2 Sept. 2018"));
        dates.add(new DateValue(PartialDate.ofYear(1971), null, true, "ca. 1971"));
        dates.add(DateValue.unparsed("s.f."));
        containers.add(Container.empty().withTitle("Journal of {Braces} & Specials").withVolume("12")
                .withIssue("3").withPages(new PageRange("e1002", null, "e1002")));
        List<String> noteList = new ArrayList<>(notes);
        List<String> subjectList = new ArrayList<>(subjects);
        List<String> genreList = new ArrayList<>(genres);
        List<String> languages = List.of("en", "de", "fr", "es", "pt-BR", "ru", "ja", "grc", "nl", "it");
        RecordType[] types = RecordType.values();

        List<BibRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BibRecord base = pool.get(r.nextInt(pool.size()));
            BibRecord.Builder b = base.toBuilder().id("gen-" + i);
            b.type(r.nextInt(3) == 0 ? base.type() : types[r.nextInt(types.length)]);
            BibRecord other = pool.get(r.nextInt(pool.size()));
            String title = other.title().orElse("Untitled " + i);
            b.title(r.nextInt(4) == 0 ? title + SPICE.get(r.nextInt(SPICE.size())) : title);
            b.subtitle(r.nextBoolean() ? other.subtitle().orElse(null) : null);
            // An original-script title (MARC 880) belongs to the romanized title it was catalogued with.
            b.originalScript(other.originalScript().orElse(null));
            List<Contributor> cs = new ArrayList<>();
            int n = r.nextInt(5);
            for (int k = 0; k < n; k++) {
                Contributor c = people.get(r.nextInt(people.size()));
                ContributorRole role = r.nextInt(4) == 0 ? ContributorRole.values()[r.nextInt(ContributorRole.values().length)]
                        : c.role();
                cs.add(new Contributor(role, c.agent()));
            }
            b.contributors(cs);
            b.container(pick(r, containers, 3));
            b.issued(pick(r, dates, 6));
            b.identifiers(sample(r, ids, 3));
            b.notes(r.nextInt(3) == 0 ? List.of(spiced(r, noteList.get(r.nextInt(noteList.size())))) : List.of());
            b.subjects(sample(r, subjectList, 4));
            b.series(r.nextInt(4) == 0 ? sample(r, series, 2) : List.of());
            b.genre(genreList.isEmpty() || r.nextInt(3) > 0 ? base.genre().orElse(null)
                    : genreList.get(r.nextInt(genreList.size())));
            b.language(r.nextInt(5) == 0 ? languages.get(r.nextInt(languages.size())) : base.language().orElse(null));
            b.abstractText(r.nextInt(5) == 0 ? spiced(r, base.abstractText().orElse("Abstract")) : base.abstractText().orElse(null));
            b.publisher(r.nextInt(6) == 0 ? spiced(r, base.publisher().orElse("Publisher")) : base.publisher().orElse(null));
            out.add(b.build());
        }
        return out;
    }

    private static String spiced(Random r, String text) {
        return text + SPICE.get(r.nextInt(SPICE.size()));
    }

    /** An element of {@code list}, or null one time in {@code nullOneIn}. */
    private static <T> T pick(Random r, List<T> list, int nullOneIn) {
        return list.isEmpty() || r.nextInt(nullOneIn) == 0 ? null : list.get(r.nextInt(list.size()));
    }

    /** Up to {@code max} distinct elements of {@code list}, in a random order. */
    private static <T> List<T> sample(Random r, List<T> list, int max) {
        Set<T> out = new LinkedHashSet<>();
        int n = list.isEmpty() ? 0 : r.nextInt(max + 1);
        for (int k = 0; k < n; k++) {
            out.add(list.get(r.nextInt(list.size())));
        }
        return new ArrayList<>(out);
    }
}
