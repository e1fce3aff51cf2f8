package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.DumpScanner;
import io.github.catconv.read.vufind.page.Labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap pre-checks of the page scanner and the statement parser skip only what cannot match. */
class ScannerShortcutsTest {

    /**
     * The texts of these keys in the label table: labels.tsv (as VuFind writes them) and, when
     * present, the look-up index made from it (key, context, normalised texts).
     */
    private static List<String> labelTexts(Set<String> keys) throws IOException {
        List<String> out = new ArrayList<>();
        for (String resource : List.of("labels.tsv", "labels-index.tsv")) {
            java.io.InputStream in = Labels.class.getResourceAsStream(resource);
            if (in == null) {
                continue;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] c = line.split("\t");
                    if (line.startsWith("#") || c.length < 3 || !keys.contains(c[0])) {
                        continue;
                    }
                    if (resource.equals("labels.tsv")) {
                        out.add(c[2]);
                    } else {
                        out.addAll(List.of(c).subList(2, c.length));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyLoadingAndDetailsLabelPassesThePreCheck() throws IOException {
        List<String> texts = labelTexts(Set.of(Labels.LOADING, Labels.LOADING_ELLIPSIS, Labels.BIBLIOGRAPHIC_DETAILS));
        assertTrue(texts.size() > 80, "labels read: " + texts.size());
        for (String t : texts) {
            for (String line : List.of(t, t + ":", "  " + t.toUpperCase(Locale.ROOT) + " : ", t + "\uFF1A", t.replace("…", "..."))) {
                assertTrue(DumpScanner.mayBeLabel(line), line);
                String n = Labels.normalize(line);
                // What the pre-check rejects never survives normalisation into a label text.
                assertFalse(n.matches(".*[0-9,;/()\\[\\]:.].*"), n);
                assertFalse(n.isBlank(), line);
            }
            Labels labels = Labels.get();
            assertTrue(labels.isLoading(t) || labels.isDetailsHeading(t) || labels.keyOf(t).isPresent(), t);
        }
    }

    @Test
    void aLineThePreCheckRejectsNeverNormalisesToALabel() throws IOException {
        Set<String> targets = new java.util.HashSet<>();
        for (String t : labelTexts(Set.of(Labels.LOADING, Labels.LOADING_ELLIPSIS, Labels.BIBLIOGRAPHIC_DETAILS))) {
            targets.add(Labels.normalize(t));
        }
        Random r = new Random(9);
        String alphabet = "Loading…. :\uFF1A,;/()[]1\u2003\u00A0";
        for (int i = 0; i < 50000; i++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "Loading" : "");
            for (int k = r.nextInt(6); k > 0; k--) {
                sb.insert(r.nextInt(sb.length() + 1), alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String line = sb.toString();
            if (!DumpScanner.mayBeLabel(line)) {
                assertFalse(targets.contains(Labels.normalize(line)), line);
            }
        }
    }

    @Test
    void valueAndHeaderLinesSkipTheLabelLookUp() {
        for (String line : List.of("Main Author: Novak, Ivan, 1917-", "Language:English", "x, 203 p. ; 22 cm.",
                "2nd ed.", "Monastic libraries History.", "Monastic libraries : an introduction /", "Loading....",
                "Loading.", "Loading: now", "(Loading)", "Loading 2", "", " \t")) {
            assertFalse(DumpScanner.mayBeLabel(line), line);
        }
        for (String line : List.of("Loading…", "Loading...", "Loading......", "Bibliographic Details:", "Title words",
                "Loading: ", "Loading:\u2003")) {
            assertTrue(DumpScanner.mayBeLabel(line), line);
        }
    }

    @Test
    void fieldNamesReadAsBefore() {
        Pattern name = Pattern.compile("[_a-z][\\p{L}\\p{Nd}\\p{Nl}\\p{No}_.\\-]*");
        for (String line : List.of("title_full A study", "author-letter X", "x, 203 p.", "Title T", "_version_ 1",
                "callnumber-raw QA76", "titleé T", "title\tT", "a.b c", "id", "a:b c", "日本 x", "t€ x", "x2 y")) {
            String expected = null;
            int end = line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ');
            int tab = line.indexOf('\t');
            end = tab >= 0 && tab < end ? tab : end;
            String token = line.substring(0, end);
            boolean ok = !token.isEmpty() && token.codePoints().allMatch(cp -> cp < 0x10000)
                    && token.chars().skip(1).allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.')
                    && (token.charAt(0) == '_' || token.charAt(0) >= 'a' && token.charAt(0) <= 'z');
            if (ok) {
                expected = token;
            }
            assertEquals(expected, DumpScanner.fieldName(line), line);
            assertTrue(expected == null || name.matcher(expected).matches() || !expected.chars().allMatch(ch -> ch < 0x80), line);
        }
    }

    /** The statement's trailing-date pattern, as PublishedStatement has it. */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "[,;]?\\s*((?:\\[?(?:c|©|p|ca\\.\\s?)?\\d{2}[\\dXxu\\-?]{2}[\\]?.]*(?:\\s*-\\s*\\[?\\d{4}\\]?)?)"
            + "|(?:\\[?(?:s\\.\\s?f|s\\.\\s?d|n\\.\\s?d|o\\.\\s?J|s\\.\\s?a)\\.?\\]?))\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void trailingDateSearchFromTheTailFindsWhatAFullSearchFinds() {
        List<String> inputs = new ArrayList<>(List.of("London : Penguin, 2005.", "BioMed Central 2018",
                "[S.l.] : s.n., [19--]", "Paris, c1987", "Wien, 1983-1987.", "Madrid : Cátedra, 1998.\u2028",
                "Berlin, s.a.", "Oslo, S. D.", "Rome ; 199X", "Penguin", "", "2005", "a, ca. 1990?]."));
        Random r = new Random(7);
        String alphabet = "19X-?.[]cCaps,; dfJnoux©\u2028\nzZ";
        for (int i = 0; i < 30000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            inputs.add(sb.toString());
        }
        for (String s : inputs) {
            Matcher full = TRAILING_DATE.matcher(s);
            String expected = full.find() ? full.start() + ":" + full.group(1) : "none";
            Matcher tail = TRAILING_DATE.matcher(s);
            tail.region(PublishedStatement.dateTailStart(s), s.length());
            String actual = tail.find() ? tail.start() + ":" + tail.group(1) : "none";
            assertEquals(expected, actual, () -> "'" + s + "'");
        }
        assertEquals("2005.", PublishedStatement.parse("London : Penguin, 2005.").date());
        assertEquals("Penguin", PublishedStatement.parse("London : Penguin, 2005.").publisher());
    }
}
