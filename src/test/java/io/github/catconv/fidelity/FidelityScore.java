package io.github.catconv.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.catconv.fidelity.SourceRecord.Name;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares one converted CSL-JSON item with the facts of its source record, field by field, and
 * tallies hits per field, layout, UI language and corpus part. The comparison rules are those of
 * {@code docs/fidelity.md} ("How a field is compared").
 */
final class FidelityScore {

    /** The citation fields scored, in report order. */
    static final List<String> FIELDS = List.of("type", "title", "author.family", "author.given", "author.literal", "editor",
            "container-title", "volume", "issue", "page", "publisher", "publisher-place", "issued", "DOI", "ISBN", "ISSN",
            "language", "abstract", "URL");

    /** One expected fact that the output did not give back. */
    record Miss(String layout, String field, String id, String expected, String actual) {
    }

    static final class Tally {
        int facts;
        int hits;

        double accuracy() {
            return facts == 0 ? Double.NaN : (double) hits / facts;
        }
    }

    /** group ("overall", "layout:…", "field:…", "lang:…", …) → tally. */
    final Map<String, Tally> tallies = new TreeMap<>();
    final List<Miss> misses = new ArrayList<>();
    int records;
    int recordsMissing;

    Tally tally(String group) {
        return tallies.computeIfAbsent(group, k -> new Tally());
    }

    /** Which facts the page of this layout carries; the rest are not scored for it. */
    static Map<String, List<String>> expected(SourceRecord r, FidelityHarnessTest.Layout layout, boolean isbd) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        boolean headerOnly = layout == FidelityHarnessTest.Layout.HEADER_ONLY;
        String type = r.cslType();
        if (layout == FidelityHarnessTest.Layout.MARC_STAFF && type != null
                && (type.equals("paper-conference") || (type.equals("article-journal") && !r.isPart()))) {
            // MARC has no conference flag here and an article without a 773 host looks like a monograph.
            type = null;
        }
        put(f, "type", type);
        put(f, "title", r.fullTitle());
        List<String> family = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (Name n : r.authors()) {
            family.add(n.family());
            // A suffix counts with the given name: "Snyder, James M. Jr." and "Snyder, James M., Jr." are one fact.
            given.add((n.given() + " " + n.suffix()).strip());
        }
        if (!family.isEmpty()) {
            f.put("author.family", family);
            f.put("author.given", given);
        }
        if (!r.corporate().isEmpty()) {
            f.put("author.literal", r.corporate());
        }
        List<String> editors = new ArrayList<>();
        r.editors().forEach(n -> editors.add(n.heading()));
        if (!editors.isEmpty()) {
            f.put("editor", editors);
        }
        if (r.isPart()) {
            put(f, "container-title", r.containerTitle());
            put(f, "volume", r.volume());
            put(f, "issue", r.issue());
            put(f, "page", r.pages());
        }
        put(f, "publisher", r.publisher());
        if (!(headerOnly && !isbd)) {
            put(f, "publisher-place", r.place());
        }
        put(f, "issued", r.year());
        String url = VufindRenderer.firstUrl(r);
        if (!headerOnly || (url != null && r.doi() != null && url.contains(r.doi()))) {
            put(f, "DOI", r.doi());
        }
        if (!headerOnly) {
            if (!r.isbns().isEmpty()) {
                f.put("ISBN", r.isbns());
            }
            put(f, "ISSN", r.issn());
        }
        put(f, "language", r.language());
        if (!headerOnly || (r.abstractText() != null && r.abstractText().length() <= 300)) {
            put(f, "abstract", r.abstractText());
        }
        put(f, "URL", r.url());
        return f;
    }

    private static void put(Map<String, List<String>> f, String field, String value) {
        if (value != null && !value.isBlank()) {
            f.put(field, List.of(value));
        }
    }

    /** Scores one record; item is null when the output had no item for it. */
    void score(SourceRecord r, FidelityHarnessTest.Layout layout, String lang, boolean isbd, boolean heldOut, JsonNode item) {
        records++;
        if (item == null) {
            recordsMissing++;
        }
        Map<String, List<String>> facts = expected(r, layout, isbd);
        // Held-out misses are counted, never listed: fixers must not see them.
        List<Miss> misses = heldOut ? new ArrayList<>() : this.misses;
        for (Map.Entry<String, List<String>> e : facts.entrySet()) {
            String field = e.getKey();
            List<String> exp = e.getValue();
            List<String> act = item == null ? List.of() : actual(item, field);
            int n = field.startsWith("author.") ? exp.size() : 1;
            int hits = 0;
            if (field.startsWith("author.")) {
                for (int i = 0; i < exp.size(); i++) {
                    if (i < act.size() && same(field, exp.get(i), act.get(i))) {
                        hits++;
                    } else {
                        misses.add(new Miss(layout.name(), field, r.id(), exp.get(i), i < act.size() ? act.get(i) : "(none)"));
                    }
                }
            } else if (matches(field, exp, act)) {
                hits = 1;
            } else {
                misses.add(new Miss(layout.name(), field, r.id(), String.join(" | ", exp), act.isEmpty() ? "(none)" : String.join(" | ", act)));
            }
            List<String> groups = new ArrayList<>(List.of("overall", "field:" + field, "layout:" + layout.name(),
                    "part:" + (heldOut ? "held-out" : "worked"), "punct:" + (isbd ? "catalog" : "plain"), "set:" + r.set(),
                    "part-field:" + (heldOut ? "held-out" : "worked") + ":" + field, "layout-field:" + layout.name() + ":" + field));
            if (lang != null) {
                groups.add("lang:" + lang);
                if (layout == FidelityHarnessTest.Layout.HEADER_ONLY) {
                    // The header is where the UI language matters: the staff view is the same in every language.
                    groups.add("lang-header:" + lang);
                }
            }
            for (String g : groups) {
                Tally t = tally(g);
                t.facts += n;
                t.hits += hits;
            }
        }
    }

    private static boolean matches(String field, List<String> exp, List<String> act) {
        return switch (field) {
            case "ISBN" -> {
                List<String> tokens = new ArrayList<>();
                act.forEach(a -> {
                    for (String t : a.split("[\\s,;]+")) {
                        tokens.add(t.replaceAll("[^0-9Xx]", "").toUpperCase(Locale.ROOT));
                    }
                });
                yield tokens.containsAll(exp);
            }
            case "editor" -> act.size() == exp.size() && allSame(field, exp, act);
            default -> act.size() == 1 && same(field, exp.get(0), act.get(0));
        };
    }

    private static boolean allSame(String field, List<String> exp, List<String> act) {
        for (int i = 0; i < exp.size(); i++) {
            if (!same(field, exp.get(i), act.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean same(String field, String expected, String actual) {
        return switch (field) {
            case "DOI" -> expected.equalsIgnoreCase(actual.strip());
            case "URL" -> expected.strip().equals(actual.strip());
            case "language" -> actual.toLowerCase(Locale.ROOT).split("[-_]")[0].equals(expected);
            case "ISSN" -> actual.toUpperCase(Locale.ROOT).contains(expected);
            case "author.given", "editor" -> initials(norm(expected)).equals(initials(norm(actual)));
            default -> norm(expected).equals(norm(actual));
        };
    }

    /** Legitimate differences only: Unicode form, whitespace, quote/dash glyphs, ISBD end punctuation. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("[\u2018\u2019\u201a\u201b`]", "'").replaceAll("[\u201c\u201d\u201e]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015]", "-")
                .replaceAll("\\s+", " ").replace(" : ", ": ").replaceAll("([?!]):", "$1").strip();
        return t.replaceAll("^[\\s.,;:/]+|[\\s.,;:/]+$", "");
    }

    /** "J. D." = "J.D." = "J D". */
    private static String initials(String s) {
        return s.replaceAll("\\.", " ").replaceAll("\\s+", " ").strip();
    }

    /** The item's value(s) of a scored field in the text form of the facts. */
    static List<String> actual(JsonNode item, String field) {
        List<String> out = new ArrayList<>();
        switch (field) {
            case "author.family", "author.given" -> {
                for (JsonNode n : item.path("author")) {
                    if (!n.has("literal")) {
                        out.add(field.equals("author.family") ? family(n)
                                : (given(n) + (n.has("suffix") ? " " + n.get("suffix").asText() : "")).strip());
                    }
                }
            }
            case "author.literal" -> {
                for (JsonNode n : item.path("author")) {
                    if (n.has("literal")) {
                        out.add(n.get("literal").asText());
                    }
                }
            }
            case "editor" -> {
                for (JsonNode n : item.path("editor")) {
                    if (n.has("literal")) {
                        out.add(n.get("literal").asText());
                    } else {
                        String g = given(n);
                        String h = g.isEmpty() ? family(n) : family(n) + ", " + g;
                        out.add(n.has("suffix") ? h + ", " + n.get("suffix").asText() : h);
                    }
                }
            }
            case "issued" -> {
                JsonNode v = item.get("issued");
                if (v != null && v.has("date-parts")) {
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode dp : v.get("date-parts")) {
                        sb.append(sb.length() > 0 ? "/" : "");
                        StringBuilder one = new StringBuilder();
                        for (JsonNode x : dp) {
                            one.append(one.length() > 0 ? "-" : "").append(x.asText());
                        }
                        sb.append(one);
                    }
                    out.add(sb + (v.path("circa").asBoolean(false) ? "~" : ""));
                } else if (v != null && v.has("literal")) {
                    out.add(v.get("literal").asText());
                }
            }
            default -> {
                JsonNode v = item.get(field);
                if (v != null && !v.isNull()) {
                    out.add(v.asText());
                }
            }
        }
        return out;
    }

    private static String family(JsonNode n) {
        String p = n.has("non-dropping-particle") ? n.get("non-dropping-particle").asText() + " " : "";
        return p + n.path("family").asText();
    }

    private static String given(JsonNode n) {
        return (n.path("given").asText("") + (n.has("dropping-particle") ? " " + n.get("dropping-particle").asText() : "")).strip();
    }
}
