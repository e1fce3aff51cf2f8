package io.github.catconv.fidelity;

import io.github.catconv.fidelity.SourceRecord.Name;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * Reads the fidelity corpus ({@code src/test/resources/fidelity/*.bib}, see SOURCES.md there) with
 * jbibtex and turns every usable entry into a {@link SourceRecord}. The BibTeX is the truth: what
 * is decoded here is what the converted page must give back.
 */
final class BibCorpus {

    static final Path DIR = Path.of("src/test/resources/fidelity");

    /** Each set: file name and the short prefix of its record ids. */
    static final List<String[]> SETS = List.of(
            new String[] {"leeper-references.bib", "lr"},
            new String[] {"beebe-texbook1.bib", "tb"},
            new String[] {"biblatex-examples.bib", "bx"});

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern ISBN = Pattern.compile("(?i)\\b(97[89][- ]?)?\\d[\\d -]{7,14}[\\dX]\\b");
    private static final Pattern ISSN = Pattern.compile("(?i)\\b(\\d{4})-?(\\d{3}[\\dX])\\b");
    private static final Map<String, String[]> LANGUAGES = Map.ofEntries(
            Map.entry("english", new String[] {"en", "English"}), Map.entry("american", new String[] {"en", "English"}),
            Map.entry("british", new String[] {"en", "English"}), Map.entry("german", new String[] {"de", "German"}),
            Map.entry("ngerman", new String[] {"de", "German"}), Map.entry("french", new String[] {"fr", "French"}),
            Map.entry("italian", new String[] {"it", "Italian"}), Map.entry("spanish", new String[] {"es", "Spanish"}),
            Map.entry("dutch", new String[] {"nl", "Dutch"}), Map.entry("russian", new String[] {"ru", "Russian"}),
            Map.entry("greek", new String[] {"el", "Greek"}), Map.entry("latin", new String[] {"la", "Latin"}),
            Map.entry("portuguese", new String[] {"pt", "Portuguese"}), Map.entry("swedish", new String[] {"sv", "Swedish"}),
            Map.entry("polish", new String[] {"pl", "Polish"}), Map.entry("japanese", new String[] {"ja", "Japanese"}),
            Map.entry("danish", new String[] {"da", "Danish"}), Map.entry("norwegian", new String[] {"no", "Norwegian"}));

    private BibCorpus() {
    }

    static List<SourceRecord> load() throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        for (String[] set : SETS) {
            BibTeXDatabase db = parse(DIR.resolve(set[0]));
            for (BibTeXEntry e : db.getEntries().values()) {
                SourceRecord r = toRecord(set[1], e);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static BibTeXDatabase parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // month macros (jan, may …) and undefined strings are not an error for a corpus
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                }
            };
            return parser.parse(in);
        } catch (org.jbibtex.ParseException | org.jbibtex.TokenMgrException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static SourceRecord toRecord(String set, BibTeXEntry e) {
        String type = e.getType().getValue().toLowerCase(Locale.ROOT);
        String rawTitle = raw(e, "title");
        if (rawTitle == null || type.equals("set") || type.equals("xdata")) {
            return null;
        }
        String[] kind = kind(type, raw(e, "booktitle") != null || raw(e, "journal") != null || raw(e, "journaltitle") != null);
        String title = text(rawTitle);
        if (title == null) {
            return null;
        }
        String subtitle = text(raw(e, "subtitle"));
        if (subtitle == null) {
            int colon = title.indexOf(": ");
            if (colon > 0) {
                subtitle = title.substring(colon + 2).strip();
                title = title.substring(0, colon).strip();
            }
        }
        List<Name> authors = new ArrayList<>();
        List<String> corporate = new ArrayList<>();
        names(raw(e, "author"), authors, corporate);
        List<Name> editors = new ArrayList<>();
        names(raw(e, "editor"), editors, new ArrayList<>());
        String container = null;
        if (kind[0].equals("Article")) {
            container = text(first(raw(e, "journaltitle"), raw(e, "journal")));
        } else if (kind[0].equals("Book Chapter") || (kind[0].equals("Conference Proceeding") && kind[1].equals("paper-conference"))) {
            container = text(raw(e, "booktitle"));
        }
        String publisher = text(first(raw(e, "publisher"), first(raw(e, "institution"), first(raw(e, "school"), raw(e, "organization")))));
        String year = year(first(raw(e, "date"), raw(e, "year")));
        String[] lang = LANGUAGES.get(lower(text(first(raw(e, "langid"), raw(e, "language")))));
        String id = set + "-" + e.getKey().getValue().replaceAll("[^A-Za-z0-9._:-]", "_");
        return new SourceRecord(set, id, type, kind[0], kind[1], title, subtitle, authors, editors, corporate,
                container, text(raw(e, "volume")), kind[0].equals("Article") ? text(first(raw(e, "number"), raw(e, "issue"))) : null,
                pages(text(raw(e, "pages"))), publisher, text(first(raw(e, "location"), raw(e, "address"))), year,
                doi(text(raw(e, "doi"))), isbns(text(raw(e, "isbn"))), issn(text(raw(e, "issn"))),
                lang == null ? null : lang[0], lang == null ? null : lang[1], text(raw(e, "abstract")),
                firstToken(text(raw(e, "url"))), keywords(text(raw(e, "keywords"))));
    }

    /** BibTeX type → VuFind format value and the CSL type a faithful reader gives that page (null: not scored). */
    private static String[] kind(String type, boolean hasHost) {
        return switch (type) {
            case "article" -> new String[] {"Article", "article-journal"};
            case "book", "mvbook", "collection", "mvcollection", "reference", "mvreference", "manual", "booklet",
                    "techreport", "report" -> new String[] {"Book", "book"};
            case "incollection", "inbook", "inreference", "bookinbook", "suppbook", "suppcollection" ->
                    hasHost ? new String[] {"Book Chapter", "chapter"} : new String[] {"Book", "book"};
            case "inproceedings", "conference" -> hasHost ? new String[] {"Conference Proceeding", "paper-conference"}
                    : new String[] {"Conference Proceeding", "book"};
            case "proceedings", "mvproceedings" -> new String[] {"Conference Proceeding", "book"};
            case "phdthesis", "mastersthesis", "thesis" -> new String[] {"Thesis", "thesis"};
            case "unpublished" -> new String[] {"Manuscript", "manuscript"};
            default -> new String[] {"Electronic", null};
        };
    }

    private static String raw(BibTeXEntry e, String field) {
        Value v = e.getField(new Key(field));
        if (v == null && e.getCrossReference() != null) {
            v = e.getCrossReference().getField(new Key(field));
        }
        if (v == null) {
            return null;
        }
        String s = v.toUserString();
        return s == null || s.isBlank() ? null : s;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** LaTeX → Unicode text, whitespace collapsed; null for null. */
    static String text(String latex) {
        if (latex == null) {
            return null;
        }
        String s;
        try {
            s = new LaTeXPrinter().print(new LaTeXParser().parse(latex));
        } catch (Exception | Error ex) {
            s = latex.replaceAll("\\\\[a-zA-Z]+\\s*", "").replace("{", "").replace("}", "");
        }
        s = decodeEntities(s);
        s = Normalizer.normalize(s.replace('~', ' ').replace('\u00a0', ' ').replaceAll("\\p{Cntrl}", " "), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#(\\d{1,6})|#x([0-9a-fA-F]{1,6}));");

    /**
     * Some entries hold HTML entities literally (URLs copied from Google Scholar: "&amp;"). As in
     * samples/expected-facts.tsv, the fact is the decoded text.
     */
    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String rep = switch (m.group(1)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16)));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        return m.appendTail(sb).toString();
    }

    private static void names(String raw, List<Name> persons, List<String> corporate) {
        if (raw == null) {
            return;
        }
        for (String part : splitDepth0(raw, "(?i)\\s+and\\s+")) {
            String p = part.strip();
            if (p.isEmpty() || p.equalsIgnoreCase("others")) {
                continue;
            }
            if (p.startsWith("{") && p.endsWith("}") && depth0Comma(p.substring(1, p.length() - 1)) < 0 && balanced(p.substring(1, p.length() - 1))) {
                corporate.add(text(p));
                continue;
            }
            Name n = name(p);
            if (n != null) {
                persons.add(n);
            }
        }
    }

    /** The BibTeX name forms "von Last, First", "von Last, Jr, First" and "First von Last". */
    private static Name name(String p) {
        List<String> commaParts = splitDepth0(p, ",");
        if (commaParts.size() >= 2) {
            String family = text(commaParts.get(0));
            String given = text(commaParts.get(commaParts.size() - 1));
            String suffix = commaParts.size() > 2 ? text(commaParts.get(1)) : null;
            if (suffix != null && given != null && given.matches("(?i)(jr|sr|ii|iii|iv)\\.?")) {
                // "Stewart, Charles, III": the catalog order, not BibTeX's "Last, Jr, First".
                String t = suffix;
                suffix = given;
                given = t;
            }
            return family == null ? null : new Name(family, given == null ? "" : given, suffix == null ? "" : suffix);
        }
        List<String> words = splitDepth0(p, "\\s+");
        if (words.size() == 1) {
            return new Name(text(words.get(0)), "", "");
        }
        int von = words.size() - 1;
        for (int i = 0; i < words.size() - 1; i++) {
            if (Character.isLowerCase(words.get(i).charAt(0))) {
                von = i;
                break;
            }
        }
        String given = text(String.join(" ", words.subList(0, von)));
        String family = text(String.join(" ", words.subList(von, words.size())));
        return new Name(family, given == null ? "" : given, "");
    }

    private static List<String> splitDepth0(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        int start = 0;
        int from = 0;
        while (m.find(from)) {
            if (depthAt(s, m.start()) == 0) {
                out.add(s.substring(start, m.start()));
                start = m.end();
            }
            from = m.end() > m.start() ? m.end() : m.start() + 1;
            if (from > s.length()) {
                break;
            }
        }
        out.add(s.substring(start));
        out.removeIf(String::isBlank);
        return out;
    }

    private static int depthAt(String s, int index) {
        int d = 0;
        for (int i = 0; i < index; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                d++;
            } else if (c == '}') {
                d--;
            }
        }
        return d;
    }

    private static int depth0Comma(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ',' && depthAt(s, i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean balanced(String s) {
        int d = 0;
        for (char c : s.toCharArray()) {
            d += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (d < 0) {
                return false;
            }
        }
        return d == 0;
    }

    private static String year(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        Matcher m = YEAR.matcher(t);
        return m.matches() ? m.group(1) : null;
    }

    private static String pages(String s) {
        return s == null ? null : s.replaceAll("\\s*[-\u2010-\u2015]+\\s*", "-");
    }

    private static String doi(String s) {
        if (s == null) {
            return null;
        }
        String d = firstToken(s).replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", "");
        return d.startsWith("10.") ? d : null;
    }

    private static List<String> isbns(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = ISBN.matcher(s);
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9Xx]", "").toUpperCase(Locale.ROOT);
            if (validIsbn(digits) && !out.contains(digits)) {
                out.add(digits);
            }
        }
        return out;
    }

    /** Only a well-formed ISBN is a fact; the corpus has ISSNs, page numbers and typos in isbn fields. */
    static boolean validIsbn(String d) {
        if (d.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = d.charAt(i);
                if (c == 'X' && i < 9) {
                    return false;
                }
                sum += (10 - i) * (c == 'X' ? 10 : c - '0');
            }
            return sum % 11 == 0;
        }
        if (d.length() == 13 && d.matches("97[89]\\d{10}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        return false;
    }

    private static String issn(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISSN.matcher(s);
        return m.find() ? m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT) : null;
    }

    private static String firstToken(String s) {
        return s == null ? null : s.strip().split("\\s+")[0];
    }

    private static List<String> keywords(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String k : s.split("[,;]")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return out;
    }
}
