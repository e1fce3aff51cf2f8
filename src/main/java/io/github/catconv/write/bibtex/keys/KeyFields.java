package io.github.catconv.write.bibtex.keys;

import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field table of the key pattern language: each {@code [field]} yields a list of words.
 *
 * <p>Names follow JabRef's key patterns: {@code auth} (first author's family name with its
 * non-dropping particle; editors when there is no author; an organisation gives the initials of
 * its significant words, "World Health Organization" → "WHO"), {@code authors},
 * {@code authorsN} (first N, then "EtAl"), {@code authEtAl} ("A", "AB", "AEtAl"),
 * {@code auth.etal} ("A", "A.B", "A.etal"), {@code authN} (first N letters of {@code auth}),
 * {@code year}, {@code title} (all words), {@code shorttitle} (first 3 significant words),
 * {@code veryshorttitle} (first significant word), {@code firstpage}, {@code journal},
 * {@code journalabbr} and {@code id}. Title words are capitalised ("Client", "Coworker").
 */
final class KeyFields {

    /**
     * What one field yields.
     *
     * @param words the words, not yet folded to ASCII
     * @param limit how many words the field keeps when no {@code :N} modifier is given
     */
    record Element(List<String> words, int limit) {
        static Element of(List<String> words) {
            return new Element(words, Integer.MAX_VALUE);
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("(authors|auth)(\\d+)");
    private static final Pattern APOSTROPHE = Pattern.compile("['’ʼ]");
    /** What separates title words (compiled once, not per title). */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\s:;,.!?()\\[\\]{}/\"“”«»–—]+");

    private static final Map<String, Function<BibRecord, Element>> TABLE = Map.ofEntries(
            Map.entry("auth", r -> Element.of(names(r).stream().limit(1).toList())),
            Map.entry("authors", r -> Element.of(names(r))),
            Map.entry("authetal", r -> Element.of(etAl(names(r), "", "EtAl"))),
            Map.entry("auth.etal", r -> Element.of(etAl(names(r), ".", ".etal"))),
            Map.entry("year", r -> Element.of(r.issued().flatMap(DateValue::year).map(String::valueOf).stream().toList())),
            Map.entry("title", r -> Element.of(titleWords(r.fullTitle().orElse(""), false))),
            Map.entry("shorttitle", r -> new Element(titleWords(r.fullTitle().orElse(""), true), 3)),
            Map.entry("veryshorttitle", r -> new Element(titleWords(r.fullTitle().orElse(""), true), 1)),
            Map.entry("firstpage", r -> Element.of(r.container().map(Container::pages)
                    .map(PageRange::first).stream().toList())),
            Map.entry("journal", r -> Element.of(titleWords(r.container().map(Container::title).orElse(""), false))),
            Map.entry("journalabbr", r -> Element.of(titleWords(r.container().map(Container::shortTitle)
                    .orElse(""), false))),
            Map.entry("id", r -> Element.of(List.of(r.id()))));

    private KeyFields() {
    }

    /** True when {@code name} is a field of the language. */
    static boolean exists(String name) {
        return TABLE.containsKey(name.toLowerCase(Locale.ROOT)) || NUMBERED.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** Evaluates a field for a record; the name must satisfy {@link #exists}. */
    static Element evaluate(String name, BibRecord record) {
        String n = name.toLowerCase(Locale.ROOT);
        Matcher m = NUMBERED.matcher(n);
        if (m.matches()) {
            int count = Integer.parseInt(m.group(2));
            List<String> all = names(record);
            if (m.group(1).equals("auth")) {
                String first = all.isEmpty() ? "" : AsciiFolder.fold(all.get(0));
                return Element.of(List.of(first.substring(0, Math.min(count, first.length()))));
            }
            List<String> out = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
            if (all.size() > count) {
                out.add("EtAl");
            }
            return Element.of(out);
        }
        return TABLE.get(n).apply(record);
    }

    /** Family names (with non-dropping particle) of the authors, else of the editors. */
    static List<String> names(BibRecord r) {
        List<Agent> agents = r.contributors(ContributorRole.AUTHOR);
        if (agents.isEmpty()) {
            agents = r.contributors(ContributorRole.EDITOR);
        }
        List<String> out = new ArrayList<>();
        for (Agent a : agents) {
            out.add(nameWord(a));
        }
        return out;
    }

    private static String nameWord(Agent a) {
        if (a instanceof Organization o) {
            List<String> words = titleWords(o.name(), true);
            if (words.size() < 2) {
                return String.join("", words);
            }
            StringBuilder sb = new StringBuilder();
            words.forEach(w -> sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0))));
            return sb.toString();
        }
        Person p = (Person) a;
        if (p.isLiteral()) {
            return p.literal().replaceAll("\\s+", "");
        }
        String family = p.family().replaceAll("\\s+", "");
        return p.nonDroppingParticle() == null ? family : p.nonDroppingParticle().replaceAll("\\s+", "") + family;
    }

    private static List<String> etAl(List<String> names, String sep, String etal) {
        if (names.size() <= 1) {
            return names;
        }
        if (names.size() == 2) {
            return List.of(names.get(0) + sep + names.get(1));
        }
        return List.of(names.get(0) + etal);
    }

    /**
     * The words of a title, capitalised, with punctuation removed inside words ("co-worker" →
     * "Coworker") and elided articles dropped ("l'homme" → "Homme"); function words are skipped when
     * {@code significantOnly}, else kept in lower case.
     */
    static List<String> titleWords(String title, boolean significantOnly) {
        List<String> out = new ArrayList<>();
        for (String token : TITLE_SEPARATORS.split(title)) {
            String word = lettersAndDigits(elide(token));
            if (word.isEmpty()) {
                continue;
            }
            if (StopWords.contains(word)) {
                if (!significantOnly) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            out.add(word.substring(0, Character.charCount(word.codePointAt(0))).toUpperCase(Locale.ROOT)
                    + word.substring(Character.charCount(word.codePointAt(0))));
        }
        return out;
    }

    /** The letters and digits of {@code token} (regex {@code [\\p{L}\\p{N}]}), others removed. */
    static String lettersAndDigits(String token) {
        StringBuilder sb = null;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            int n = Character.charCount(cp);
            boolean keep = isLetterOrNumber(cp);
            if (!keep && sb == null) {
                sb = new StringBuilder(token.length()).append(token, 0, i);
            } else if (keep && sb != null) {
                sb.append(token, i, i + n);
            }
            i += n;
        }
        return sb == null ? token : sb.toString();
    }

    /** Unicode categories L* and N*, as {@code \\p{L}} and {@code \\p{N}} match them. */
    private static boolean isLetterOrNumber(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Drops an elided article or preposition before an apostrophe ("l'", "d'", "dell'"). */
    private static String elide(String token) {
        Matcher m = APOSTROPHE.matcher(token);
        if (m.find() && StopWords.contains(token.substring(0, m.start()))) {
            return token.substring(m.end());
        }
        return token;
    }

    /** The field names, for error messages. */
    static String fieldList() {
        return "auth, authN, authors, authorsN, authEtAl, auth.etal, year, title, shorttitle, "
                + "veryshorttitle, firstpage, journal, journalabbr, id";
    }
}
