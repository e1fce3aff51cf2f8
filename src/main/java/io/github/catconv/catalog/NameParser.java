package io.github.catconv.catalog;

import io.github.catconv.internal.Chars;
import io.github.catconv.model.Agent;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses name headings as library catalogs write them (MARC 100/700 as VuFind stores them in
 * {@code author}, {@code author2}, and the header of a record page) into {@link Person} or
 * {@link Organization}, with role and life dates.
 *
 * <p>Catalog order "Family, Given, suffix, dates, relator" follows MARC 21 X00 ($a, $c, $d, $e;
 * https://www.loc.gov/marc/bibliographic/bdx00.html). Particles follow CSL 1.0.2 ("Name-part
 * order"), as citeproc-js reads them: a lower-case particle opening the family part ("van Gogh,
 * Vincent", "de la Fontaine, Jean", "d'Alembert, Jean") is a non-dropping particle; one closing the
 * given part ("Humboldt, Alexander von", "Beethoven, Ludwig van") is a dropping particle, which is
 * how catalogs (AACR2 22.5D) invert names whose particle is not filed first. A capitalised
 * particle ("De Gaulle, Charles") belongs to the family name. In natural order without a comma
 * ("Ludwig van Beethoven") nothing says how the name is filed, so BibTeX's rule applies: lower-case
 * words between the given and the last name form a non-dropping ("von") particle. A name that
 * cannot be split safely (extra unrecognised parts, CJK without a comma, digits) is kept whole as
 * {@link Person#literal}. Nothing here compiles a regular expression per call.
 */
public final class NameParser {

    private NameParser() {
    }

    /**
     * Parses one heading as catalogs write it.
     *
     * @param heading the heading, e.g. "King, Martin Luther, Jr., 1929-1968, author"; not null
     * @return the parsed name; an {@link Organization} when {@link Organizations#looksLikeOrganization}
     *         says so; falls back to {@link Person#literal} of the trimmed heading when no name part
     *         is left (",", "(Editor)", "1950-2010"); never throws on data
     * @throws NullPointerException when heading is null
     * @throws IllegalArgumentException when heading is blank (callers skip blank values)
     */
    public static ParsedName parse(String heading) {
        String text = requireText(heading);
        HeadingTail tail = new HeadingTail(false);
        List<String> segs = tail.strip(splitTopLevel(text));
        if (segs.isEmpty()) {
            return new ParsedName(Person.literal(text), Optional.empty(), null, null);
        }
        String name = String.join(", ", segs);
        if (Organizations.looksLikeOrganization(name)) {
            return tail.organization(name);
        }
        if (segs.size() >= 2) {
            segs.set(1, givenWithoutExtras(segs.get(1), tail));
        }
        Person person;
        if (segs.size() == 1) {
            person = PersonNames.naturalOrder(segs.get(0), tail.suffix);
        } else if (segs.size() == 2 && isSuffix(segs.get(1)) && tail.suffix == null) {
            person = PersonNames.naturalOrder(segs.get(0), segs.get(1)); // "Martin Luther King, Jr."
        } else if (segs.size() == 2) {
            person = PersonNames.catalogOrder(segs.get(0), segs.get(1), tail.suffix);
        } else {
            person = Person.literal(name); // unrecognised parts, e.g. "Freiherr von" or two names
        }
        return tail.result(person);
    }

    /** Life dates glued to the given name without a comma, as some indexers store them: "Thomas 1795 - 1881". */
    private static final java.util.regex.Pattern GLUED_DATES = java.util.regex.Pattern.compile(
            "\\s+(\\d{3,4}\\??\\s*-\\s*(?:\\d{3,4}\\??)?)\\.?$");
    /** A fuller form of the given name in parentheses (MARC 100 $q): "Claude E. (Claude Elwood)". */
    private static final java.util.regex.Pattern FULLER_FORM = java.util.regex.Pattern.compile(
            "\\s*\\((\\p{L}[\\p{L}.'\\- ]*)\\)$");

    private static String givenWithoutExtras(String given, HeadingTail tail) {
        String g = given;
        // Glued dates need a '-' and fuller forms a '(': most given names have neither.
        java.util.regex.Matcher dates = g.indexOf('-') >= 0 ? GLUED_DATES.matcher(g) : null;
        if (dates != null && dates.find() && dates.start() > 0) {
            tail.lifeDatesIfAbsent(dates.group(1).replace(" ", ""));
            g = g.substring(0, dates.start()).strip();
        }
        java.util.regex.Matcher fuller = g.indexOf('(') >= 0 ? FULLER_FORM.matcher(g) : null;
        if (fuller != null && fuller.find() && fuller.start() > 0) {
            g = g.substring(0, fuller.start()).strip();
        }
        return g;
    }

    /**
     * Parses a heading the caller knows to be an organisation's (Solr {@code author_corporate},
     * MARC 110/710/111/711): only role terms are taken off; dates and places stay in the name.
     *
     * @param heading the heading, e.g. "World Health Organization, issuing body"; not null
     * @return the parsed name, always an {@link Organization}; never throws on data
     * @throws NullPointerException when heading is null
     * @throws IllegalArgumentException when heading is blank
     */
    public static ParsedName parseOrganization(String heading) {
        String text = requireText(heading);
        HeadingTail tail = new HeadingTail(true);
        List<String> segs = tail.strip(splitTopLevel(text));
        if (segs.isEmpty()) {
            return new ParsedName(new Organization(text), Optional.empty(), null, null);
        }
        return tail.organization(String.join(", ", segs));
    }

    /**
     * Splits a VuFind header line, where several headings are joined by ", " ("Tookey, Paula,
     * Mason, Kate"), back into headings.
     *
     * <p>A heading is a family part, then a given part, then any suffixes, life dates, relator
     * terms and parenthesised roles ("Smith, John, 1950-2010", "Smith, John (Editor)"). A part
     * that looks like an organisation ("World Health Organization") stands alone. When at least
     * three name parts all have several words ("Jeff Powis, Jane Doe, Al Lusion") the line is
     * read as natural-order names, one per part. Limits: the line is ambiguous, so this is a best
     * effort: two natural-order names ("Jeff Powis, Jane Doe") come back as one heading, a
     * family name alone followed by another name ("Plato, Aristotle") is read as family and given,
     * and an organisation whose name has a comma ("University of California, Berkeley") is split.
     *
     * @param line the joined line; null or blank gives an empty list
     * @return the headings, in order, trimmed; never null; never throws on data
     */
    public static List<String> splitJoinedHeadings(String line) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        List<String> segs = splitTopLevel(clean(line));
        return HeadingSplitter.split(segs);
    }

    /** NFC, every run of white space (including no-break spaces) as one space, trimmed. */
    static String clean(String s) {
        if (isClean(s)) {
            return s;
        }
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return Chars.collapseRuns(t, c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * True when {@link #clean} would return the text unchanged, decided cheaply for the usual
     * heading: every character below U+0300 (such text is NFC: no character there decomposes or
     * composes with its neighbour) and the only white space single ' ' between other characters.
     */
    private static boolean isClean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300) {
                return false;
            }
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text has a digit ({@link Character#isDigit(int)}). */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Splits on commas outside parentheses and brackets; parts trimmed, empty parts dropped. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && (depth == 0 || i == text.length())) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /** True for a name suffix ("Jr.", "Sr.", "III"); see {@link HeadingPatterns#SUFFIXES}. */
    static boolean isSuffix(String s) {
        return HeadingPatterns.SUFFIXES.contains(s);
    }

    /** True for life dates as MARC $d writes them ("1950-2010", "b. 1950", "ca. 1600-1650"). */
    static boolean isLifeDates(String s) {
        return HeadingPatterns.isLifeDates(s);
    }

    /**
     * True when the text reads like given names: one to five words, each capitalised or an
     * initial or a lower-case particle, no digits, no organisation word; a trailing parenthesised
     * fuller form (MARC $q, "John (John Edward)") is ignored.
     */
    static boolean looksLikeGivenNames(String given) {
        String g = given;
        int paren = g.indexOf('(');
        if (paren > 0 && g.endsWith(")")) {
            g = g.substring(0, paren).strip();
        }
        String[] words = g.split(" ");
        if (g.isEmpty() || words.length > 5) {
            return false;
        }
        for (String w : words) {
            boolean nameWord = Character.isUpperCase(w.codePointAt(0)) && isNameWord(w);
            if (!(nameWord || HeadingPatterns.PARTICLES.contains(w)) || Organizations.isOrganizationWord(w.replace(".", ""))
                    || isSuffix(w)) {
                return false;
            }
        }
        return true;
    }

    /** Letters, '.', '-' and apostrophes only (each char on its own, as {@code chars()} gives them). */
    private static boolean isNameWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    private static String requireText(String heading) {
        Objects.requireNonNull(heading, "heading");
        String text = clean(heading);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("blank name heading");
        }
        return text;
    }

    /** Word lists and patterns of headings, built once. */
    static final class HeadingPatterns {
        /** Name suffixes (MARC $c numeration and "Jr."); "Jun"/"Sen" only with a stop: they are names too. */
        static final java.util.Set<String> SUFFIXES = java.util.Set.of("Jr.", "Jr", "Sr.", "Sr", "Jun.",
                "jun.", "Sen.", "sen.", "Junior", "Senior", "II", "III", "IV", "VI", "VII", "VIII", "IX",
                "2nd", "3rd", "4th", "Esq.", "Esq");
        /** Lower-case name particles (CSL 1.0.2 particles; citeproc-js util_name_particles.js). */
        static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "de", "del", "della",
                "delle", "dello", "dei", "degli", "di", "da", "das", "do", "dos", "du", "des", "la", "le",
                "les", "lo", "den", "der", "het", "ter", "ten", "te", "op", "zu", "zum", "zur", "und",
                "af", "av", "y", "al", "el", "bin", "ibn", "d'", "l'", "dell'", "dall'", "degl'");
        /** Abbreviations whose full stop is part of the word, not MARC's closing punctuation. */
        static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("wm", "chas", "thos", "geo",
                "jas", "jno", "robt", "saml", "edw", "benj", "jos", "richd", "alex", "eliz", "margt", "hy",
                "esq", "jun", "sen", "inc", "ltd", "corp", "dept", "univ", "bros", "ltda", "assn", "natl",
                "intl", "govt", "acad", "inst", "soc", "comm", "etc");
        private static final String PREFIX = "(?:(?:b|d|fl|ca|c|active|approximately|approx|born|died"
                + "|circa|floruit|geb|gest)\\.?\\s*)?";
        private static final String YEAR = "\\d{1,4}\\??(?:\\s*(?:B\\.?\\s?C\\.?|A\\.?\\s?D\\.?"
                + "|v\\.\\s?Chr\\.|n\\.\\s?Chr\\.))?(?:\\s+or\\s+\\d{1,4}\\??)?";
        private static final String CENTURY = "\\d{1,2}(?:st|nd|rd|th)\\s+cent(?:ury|\\.)?";
        /** MARC $d forms: "1950-2010", "1950-", "b. 1950", "ca. 1600-1650", "384-322 B.C.", "18th cent.". */
        static final java.util.regex.Pattern DATES = java.util.regex.Pattern.compile(
                "(?:" + PREFIX + "(?:" + YEAR + ")?(?:\\s*[-\u2013]\\s*" + PREFIX + "(?:" + YEAR + ")?)?"
                + "|(?:(?:active|fl)\\.?\\s*)?" + CENTURY + "(?:\\s*[-\u2013]\\s*" + CENTURY + ")?)\\.?",
                java.util.regex.Pattern.CASE_INSENSITIVE);

        private HeadingPatterns() {
        }

        static boolean isLifeDates(String s) {
            return s.length() <= 60 && hasDigit(s) && (isPlainYears(s) || DATES.matcher(s).matches());
        }

        /**
         * The usual "1917-", "1917-1990", "1917-1990." or "1917": one to four ASCII digits, a '-' and
         * up to four more, a closing stop; a shape {@link #DATES} accepts, checked without it.
         */
        static boolean isPlainYears(String s) {
            int n = s.length();
            int i = 0;
            while (i < n && i < 4 && Chars.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == 0) {
                return false;
            }
            if (i < n && s.charAt(i) == '-') {
                int start = ++i;
                while (i < n && i - start < 4 && Chars.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            return i == n || i == n - 1 && s.charAt(i) == '.';
        }

        static boolean isParticle(String word) {
            return PARTICLES.contains(word.replace('\u2019', '\''));
        }
    }

    /** Takes roles, life dates and suffixes off the end of a heading's comma-separated parts. */
    static final class HeadingTail {
        private static final java.util.regex.Pattern ROLE_SEPARATORS = java.util.regex.Pattern.compile("[,;/]");
        private final boolean organizationOnly;
        private ContributorRole role;
        private String roleTerm;
        private String lifeDates;
        private boolean datesInParentheses;
        String suffix;

        HeadingTail(boolean organizationOnly) {
            this.organizationOnly = organizationOnly;
        }

        /** Returns the name parts left; records what it took. The first part is never taken. */
        List<String> strip(List<String> segments) {
            List<String> out = new ArrayList<>(segments);
            stripGroups(out);
            for (int i = out.size() - 1; i >= 1 && takeSegment(out.get(i), i); i--) {
                out.remove(i);
            }
            return out;
        }

        private void stripGroups(List<String> out) {
            while (!out.isEmpty()) {
                int last = out.size() - 1;
                String s = out.get(last);
                int open = openOfFinalGroup(s);
                if (open < 0 || !takeGroup(s.substring(open + 1, s.length() - 1).strip())) {
                    return;
                }
                String rest = s.substring(0, open).strip();
                if (rest.isEmpty()) {
                    out.remove(last);
                } else {
                    out.set(last, rest);
                }
            }
        }

        private boolean takeGroup(String inner) {
            String term = roleTermOfGroup(inner);
            if (term != null) {
                role = Roles.fromTerm(term).orElseThrow();
                roleTerm = term;
                return true;
            }
            if (!organizationOnly && isLifeDates(inner)) {
                lifeDates = withoutClosingStop(inner);
                datesInParentheses = true;
                return true;
            }
            return false;
        }

        /** Walking right to left, so the leftmost role, dates and suffix win. */
        private boolean takeSegment(String s, int index) {
            if (!organizationOnly && isLifeDates(s)) {
                lifeDates = withoutClosingStop(s);
                datesInParentheses = false;
                return true;
            }
            if (!organizationOnly && index >= 2 && isSuffix(s)) {
                suffix = s;
                return true;
            }
            // In the given-name position only a lower-case relator ("Smith, editor") is a role.
            if (index >= 2 || organizationOnly || startsLower(s)) {
                Optional<ContributorRole> r = Roles.fromTerm(s);
                if (r.isPresent()) {
                    role = r.get();
                    roleTerm = s;
                    return true;
                }
            }
            return false;
        }

        void lifeDatesIfAbsent(String dates) {
            if (lifeDates == null) {
                lifeDates = dates;
            }
        }

        ParsedName result(Agent agent) {
            return new ParsedName(agent, Optional.ofNullable(role), roleTerm, lifeDates);
        }

        /** An organisation keeps its dates and numbering in the name ("Congress, 1990"). */
        ParsedName organization(String name) {
            StringBuilder sb = new StringBuilder(name);
            if (suffix != null) {
                sb.append(", ").append(suffix);
            }
            if (lifeDates != null) {
                sb.append(datesInParentheses ? " (" : ", ").append(lifeDates).append(datesInParentheses ? ")" : "");
            }
            Organization org = new Organization(PersonNames.trimClosingStop(sb.toString()));
            return new ParsedName(org, Optional.ofNullable(role), roleTerm, null);
        }

        /** The role term of a parenthesised group: the whole group or its first part that is one. */
        static String roleTermOfGroup(String inner) {
            if (Roles.fromTerm(inner).isPresent()) {
                return inner;
            }
            for (String part : ROLE_SEPARATORS.split(inner)) {
                if (Roles.fromTerm(part).isPresent()) {
                    return part.strip();
                }
            }
            return null;
        }

        /** Index of the bracket opening the group that ends the text, or -1. */
        static int openOfFinalGroup(String s) {
            if (!(s.endsWith(")") || s.endsWith("]"))) {
                return -1;
            }
            int depth = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == ')' || c == ']') {
                    depth++;
                } else if ((c == '(' || c == '[') && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private static String withoutClosingStop(String dates) {
            // "1668-1744." ends with MARC's closing full stop; "384-322 B.C." does not.
            int n = dates.length();
            if (n > 1 && dates.charAt(n - 1) == '.' && !Character.isLetter(dates.charAt(n - 2))) {
                return dates.substring(0, n - 1);
            }
            return dates;
        }
    }

    static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** Splits the name part of a personal heading into CSL name parts. */
    static final class PersonNames {
        private PersonNames() {
        }

        /** "Family, Given": particles closing the given part drop, those opening the family stay. */
        static Person catalogOrder(String family, String given, String suffix) {
            String[] fam = splitFamily(family);
            if (fam == null) {
                return Person.literal(family + ", " + given);
            }
            String[] words = trimClosingStop(given).split(" ");
            int end = words.length;
            String sfx = suffix;
            if (sfx == null && end > 1 && isSuffix(words[end - 1])) { // "King, Martin Luther Jr."
                sfx = words[--end];
            }
            int start = end;
            while (start > 0 && HeadingPatterns.isParticle(words[start - 1])) {
                start--;
            }
            return new Person(fam[1], join(words, 0, start), join(words, start, end), fam[0], sfx, null);
        }

        /** "Given von Last" (BibTeX's rule), or a single word as family name ("Plato"). */
        static Person naturalOrder(String text, String suffix) {
            if (hasScript(text) || !hasCharLetter(text)
                    || hasDigit(text) || text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
                return new Person(null, null, null, null, suffix, text); // CJK, dates, garbage: never guess
            }
            String[] w = text.split(" ");
            int n = w.length;
            String sfx = suffix;
            if (sfx == null && n >= 3 && isSuffix(w[n - 1])) {
                sfx = w[--n];
            }
            if (n == 1 || HeadingPatterns.isParticle(w[0])) { // "Plato", "van Gogh"
                String[] fam = splitFamily(trimClosingStop(join(w, 0, n)));
                return fam == null ? Person.literal(text) : new Person(fam[1], null, null, fam[0], sfx, null);
            }
            int first = -1;
            int last = -1;
            for (int i = 1; i < n - 1; i++) {
                if (HeadingPatterns.isParticle(w[i])) {
                    first = first < 0 ? i : first;
                    last = i;
                } else if (first >= 0) {
                    break; // the particle run ends; "La" in "Jean de La Fontaine" is family
                }
            }
            String family = trimClosingStop(join(w, last < 0 ? n - 1 : last + 1, n));
            String particle = last < 0 ? null : join(w, first, last + 1);
            String[] fam = particle == null ? splitFamily(family) : new String[] {particle, family};
            String given = join(w, 0, first < 0 ? n - 1 : first);
            return fam == null ? Person.literal(text) : new Person(fam[1], given, null, fam[0], sfx, null);
        }

        /** {particle, family} with lower-case particles and "d'"-style prefixes taken off; null if no family. */
        static String[] splitFamily(String family) {
            String[] w = family.split(" ");
            int i = 0;
            while (i < w.length - 1 && HeadingPatterns.isParticle(w[i])) {
                i++;
            }
            String particle = join(w, 0, i);
            String rest = join(w, i, w.length);
            int apostrophe = Math.max(rest.indexOf('\''), rest.indexOf('\u2019'));
            if (apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < rest.length()
                    && HeadingPatterns.isParticle(rest.substring(0, apostrophe + 1))
                    && Character.isUpperCase(rest.codePointAt(apostrophe + 1))) { // "d'Alembert"
                String prefix = rest.substring(0, apostrophe + 1);
                particle = particle == null ? prefix : particle + " " + prefix;
                rest = rest.substring(apostrophe + 1);
            }
            if (rest == null || !hasCharLetter(rest)) {
                return null;
            }
            return new String[] {particle, rest};
        }

        /**
         * Removes MARC's closing full stop ("Bird, Sarah.") but keeps one that ends an initial or
         * an abbreviation ("Mason, K. J.", "Chas.", "Apple Inc.").
         */
        static String trimClosingStop(String s) {
            if (!s.endsWith(".") || s.length() < 2) {
                return s;
            }
            String last = s.substring(s.lastIndexOf(' ') + 1, s.length() - 1);
            boolean word = last.length() >= 3 && allCharLetters(last)
                    && !HeadingPatterns.ABBREVIATIONS.contains(last.toLowerCase(java.util.Locale.ROOT));
            return word || HeadingPatterns.isParticle(last) ? s.substring(0, s.length() - 1) : s;
        }

        /** True for Han, Hiragana, Katakana or Hangul: such names are kept whole unless split by a comma. */
        private static boolean hasScript(String text) {
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                if (cp < 0x1100) {
                    continue; // below the first Hangul block: none of the four scripts
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                    return true;
                }
            }
            return false;
        }

        /** Some char is a letter ({@link Character#isLetter(char)}, char by char as {@code chars()}). */
        private static boolean hasCharLetter(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean allCharLetters(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isLetter(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Words from..to joined by spaces; null when empty. */
        private static String join(String[] words, int from, int to) {
            return from >= to ? null : String.join(" ", java.util.Arrays.asList(words).subList(from, to));
        }
    }

    /** Groups the comma-separated parts of a joined header line into headings. */
    static final class HeadingSplitter {
        private HeadingSplitter() {
        }

        static List<String> split(List<String> segs) {
            List<String> out = new ArrayList<>();
            boolean natural = isNaturalList(segs);
            int i = 0;
            while (i < segs.size()) {
                List<String> heading = new ArrayList<>();
                String first = segs.get(i++);
                heading.add(first);
                boolean closed = endsWithRole(first);
                if (!natural && !closed && !isCorporate(first) && !isTail(first)
                        && i < segs.size() && isGivenCandidate(segs.get(i))) {
                    String given = segs.get(i++);
                    heading.add(given);
                    closed = endsWithRole(given);
                }
                while (!closed && i < segs.size() && isTail(segs.get(i))) {
                    String tail = segs.get(i++);
                    heading.add(tail);
                    closed = endsWithRole(tail);
                }
                out.add(String.join(", ", heading));
            }
            return out;
        }

        /** Three or more name parts, each of several words: "Jeff Powis, Jane Doe, Al Lusion". */
        private static boolean isNaturalList(List<String> segs) {
            int names = 0;
            for (String s : segs) {
                if (isTail(s)) {
                    continue;
                }
                int open = HeadingTail.openOfFinalGroup(s);
                String bare = open > 0 ? s.substring(0, open).strip() : s;
                if (bare.indexOf(' ') < 0) {
                    return false;
                }
                names++;
            }
            return names >= 3;
        }

        private static boolean endsWithRole(String s) {
            int open = HeadingTail.openOfFinalGroup(s);
            return open >= 0 && HeadingTail.roleTermOfGroup(s.substring(open + 1, s.length() - 1).strip()) != null;
        }

        private static boolean isTail(String s) {
            if (isLifeDates(s) || isSuffix(s) || s.charAt(0) == '(' && endsWithRole(s)) {
                return true;
            }
            if (endsWithRole(s)) {
                // "1902-1977 (Author)": dates or a suffix carrying the role of the whole heading.
                String bare = s.substring(0, HeadingTail.openOfFinalGroup(s)).strip();
                if (!bare.isEmpty() && (isLifeDates(bare) || isSuffix(bare))) {
                    return true;
                }
            }
            return (startsLower(s) || s.endsWith(".")) && Roles.fromTerm(s).isPresent();
        }

        private static boolean isCorporate(String s) {
            return s.indexOf(' ') > 0 && Organizations.looksLikeOrganization(s);
        }

        private static boolean isGivenCandidate(String s) {
            return s.chars().anyMatch(Character::isLetter) && !isLifeDates(s) && !isSuffix(s) && !isCorporate(s)
                    && !(startsLower(s) && Roles.fromTerm(s).isPresent());
        }
    }
}
