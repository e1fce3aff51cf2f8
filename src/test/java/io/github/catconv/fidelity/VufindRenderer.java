package io.github.catconv.fidelity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.catconv.fidelity.SourceRecord.Name;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a {@link SourceRecord} the way VuFind shows it: first as the Solr document VuFind's MARC
 * indexer makes of it, then as record-page text (header rows of {@code RecordDataFormatterFactory}'s
 * core specs, staff view), a MARC staff view, or a Solr JSON / XML response. The shapes follow
 * {@code samples/README.md} ("How the dumps were made") and the seed {@code samples/pubmed-6092784.txt}.
 */
final class VufindRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SINGLE_VALUED = singleValued();
    private static final Map<String, String> MARC_LANGUAGE = Map.ofEntries(Map.entry("en", "eng"), Map.entry("de", "ger"),
            Map.entry("fr", "fre"), Map.entry("it", "ita"), Map.entry("es", "spa"), Map.entry("nl", "dut"),
            Map.entry("ru", "rus"), Map.entry("el", "gre"), Map.entry("la", "lat"), Map.entry("pt", "por"),
            Map.entry("sv", "swe"), Map.entry("pl", "pol"), Map.entry("ja", "jpn"), Map.entry("da", "dan"),
            Map.entry("no", "nor"));

    private final VufindStrings strings;

    VufindRenderer(VufindStrings strings) {
        this.strings = strings;
    }

    /** Catalog punctuation for the title (ISBD " : " and " / "), relator terms and "c1987" dates. */
    static String titleShort(SourceRecord r, boolean isbd) {
        if (!isbd) {
            // Non-MARC sources (the PubMed seed) index the whole title as title_short, with no title_sub.
            return r.fullTitle();
        }
        return r.subtitle() == null ? r.title() + " /" : r.title() + " :";
    }

    static String titleSub(SourceRecord r, boolean isbd) {
        if (r.subtitle() == null || !isbd) {
            return null;
        }
        return isbd ? r.subtitle() + " /" : r.subtitle();
    }

    static String title(SourceRecord r, boolean isbd) {
        String sub = titleSub(r, isbd);
        if (!isbd) {
            return r.fullTitle();
        }
        return sub == null ? titleShort(r, true) : titleShort(r, true) + " " + sub;
    }

    /** The year as the catalog prints it: copyright "c1987" on one book in three when punctuated. */
    static String printedYear(SourceRecord r, boolean isbd) {
        if (r.year() == null) {
            return null;
        }
        return isbd && r.format().equals("Book") && Math.floorMod(r.id().hashCode(), 3) == 0 ? "c" + r.year() : r.year();
    }

    static String containerReference(SourceRecord r, boolean isbd) {
        List<String> parts = new ArrayList<>();
        if (isbd) {
            if (r.volume() != null) {
                parts.add("Vol. " + r.volume());
            }
            if (r.issue() != null) {
                parts.add("no. " + r.issue());
            }
            String s = String.join(", ", parts);
            if (r.year() != null) {
                s = (s + " (" + r.year() + ")").strip();
            }
            if (r.pages() != null) {
                s = s.isEmpty() ? "p. " + r.pages() : s + ", p. " + r.pages();
            }
            return s.isEmpty() ? null : s;
        }
        StringBuilder sb = new StringBuilder();
        if (r.volume() != null) {
            sb.append(r.volume());
        }
        if (r.issue() != null) {
            sb.append('(').append(r.issue()).append(')');
        }
        if (r.pages() != null) {
            sb.append(sb.length() > 0 ? ":" : "").append(r.pages());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static String firstUrl(SourceRecord r) {
        if (r.url() != null) {
            return r.url();
        }
        return r.doi() == null ? null : "https://doi.org/" + r.doi();
    }

    /** "Place : Publisher, 1987" (catalogued) or "Publisher 1987" (the seed's plain form). */
    static String publishedRow(SourceRecord r, boolean isbd) {
        String year = printedYear(r, isbd);
        if (isbd) {
            StringBuilder sb = new StringBuilder();
            if (r.place() != null) {
                sb.append(r.place()).append(" : ");
            }
            if (r.publisher() != null) {
                sb.append(r.publisher()).append(year != null ? ", " : "");
            }
            if (year != null) {
                sb.append(year);
            }
            return sb.length() == 0 ? null : sb.append('.').toString();
        }
        String s = ((r.publisher() == null ? "" : r.publisher()) + " " + (year == null ? "" : year)).strip();
        return s.isEmpty() ? null : s;
    }

    /** The Solr document, field by field in the indexer's order (VuFind 9+ staff views sort it). */
    Map<String, List<String>> solrDocument(SourceRecord r, boolean isbd) {
        Map<String, List<String>> d = new LinkedHashMap<>();
        put(d, "id", r.id());
        List<String> authors = new ArrayList<>();
        for (Name n : r.authors()) {
            String h = n.heading();
            authors.add(isbd && !h.endsWith(".") && !h.endsWith("-") ? h + "." : h);
        }
        d.put("author", authors);
        List<String> facet = new ArrayList<>();
        r.authors().forEach(n -> facet.add(n.heading()));
        facet.addAll(r.corporate());
        if (!r.authors().isEmpty()) {
            put(d, "author_sort", r.authors().get(0).heading());
        } else if (!r.corporate().isEmpty()) {
            put(d, "author_sort", r.corporate().get(0));
        }
        d.put("author_corporate", r.corporate());
        List<String> editors = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (Name n : r.editors()) {
            editors.add(isbd ? n.heading() + ", editor." : n.heading());
            roles.add("edt");
            facet.add(n.heading());
        }
        d.put("author2", editors);
        d.put("author2_role", roles);
        d.put("author_facet", facet);
        put(d, "title", title(r, isbd));
        put(d, "title_short", titleShort(r, isbd));
        put(d, "title_sub", titleSub(r, isbd));
        String statement = statementOfResponsibility(r);
        String full = isbd && statement != null ? title(r, true) + " " + statement : title(r, isbd);
        put(d, "title_full", full);
        put(d, "title_fullStr", full);
        put(d, "title_full_unstemmed", full);
        put(d, "title_sort", title(r, false).toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", ""));
        d.put("format", List.of(r.format()));
        put(d, "language", r.languageName());
        if (r.publisher() != null) {
            put(d, "publisher", isbd && r.year() != null ? r.publisher() + "," : r.publisher());
        }
        put(d, "publishDate", r.year());
        put(d, "container_title", r.containerTitle());
        if (r.isPart()) {
            put(d, "container_volume", r.volume());
            put(d, "container_issue", r.issue());
            put(d, "container_start_page", r.pages() == null ? null : r.pages().split("-")[0]);
            put(d, "container_reference", containerReference(r, isbd));
        }
        d.put("isbn", isbd && !r.isbns().isEmpty() ? withQualifier(r.isbns()) : r.isbns());
        put(d, "issn", r.issn());
        put(d, "doi_str_mv", r.doi());
        List<String> urls = new ArrayList<>();
        if (r.url() != null) {
            urls.add(r.url());
        }
        if (r.doi() != null && (r.url() == null || !r.url().contains(r.doi()))) {
            urls.add("https://doi.org/" + r.doi());
        }
        d.put("url", urls);
        d.put("topic", r.keywords());
        d.put("topic_facet", r.keywords());
        put(d, "description", r.abstractText());
        List<String> spelling = new ArrayList<>();
        if (!facet.isEmpty()) {
            spelling.add(facet.get(0));
        }
        spelling.add(full);
        String imprint = publishedRow(r, true);
        if (imprint != null) {
            spelling.add(imprint);
        }
        if (r.abstractText() != null) {
            spelling.add(r.abstractText());
        }
        if (r.isPart() && containerReference(r, true) != null) {
            spelling.add(r.containerTitle() + ". " + containerReference(r, true));
        }
        d.put("spelling", spelling);
        List<String> shingle = new ArrayList<>(facet);
        shingle.add(title(r, isbd));
        d.put("spellingShingle", shingle);
        put(d, "record_format", "marc");
        put(d, "institution", "Fidelity Corpus Library");
        put(d, "collection", "Catalog");
        put(d, "_version_", Long.toString(1_700_000_000_000_000_000L + Math.floorMod(r.id().hashCode(), 1_000_000_000L)));
        d.values().removeIf(List::isEmpty);
        return d;
    }

    private static List<String> withQualifier(List<String> isbns) {
        List<String> out = new ArrayList<>(isbns);
        out.set(0, out.get(0) + " (pbk.)");
        return out;
    }

    private static String statementOfResponsibility(SourceRecord r) {
        List<String> names = new ArrayList<>();
        for (Name n : r.authors()) {
            names.add((n.given() + " " + n.family()).strip());
        }
        names.addAll(r.corporate());
        if (names.isEmpty()) {
            return null;
        }
        return names.size() == 1 ? names.get(0) + "." : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1) + ".";
    }

    private static void put(Map<String, List<String>> d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.put(field, new ArrayList<>(List.of(value)));
        }
    }

    /** The human part of a 9+ page, from the spinner line to the last core row. */
    String header(SourceRecord r, String lang, boolean isbd, boolean spinner) {
        StringBuilder sb = new StringBuilder();
        if (spinner) {
            sb.append(strings.label("loading_ellipsis", lang)).append("\n\n");
        }
        String titleLine = titleSub(r, isbd) == null ? titleShort(r, isbd) : titleShort(r, isbd) + " " + titleSub(r, isbd);
        sb.append(titleLine).append("\n\n");
        if (r.abstractText() != null) {
            String a = r.abstractText();
            if (a.length() > 300) {
                sb.append(a.substring(0, 300).strip()).append("...\n\n").append(strings.label("Full description", lang)).append("\n\n");
            } else {
                sb.append(a).append("\n\n");
            }
        }
        sb.append(strings.label("Bibliographic Details", lang)).append('\n');
        if (r.isPart()) {
            String ref = containerReference(r, isbd);
            row(sb, strings.label("Published in", lang), r.containerTitle() + (ref == null ? "" : " " + ref), true);
        }
        List<String> authors = new ArrayList<>();
        r.authors().forEach(n -> authors.add(n.heading()));
        if (!authors.isEmpty()) {
            row(sb, strings.label(authors.size() == 1 ? "Main Author" : "Main Authors", lang), String.join(", ", authors), true);
        }
        if (!r.corporate().isEmpty()) {
            row(sb, strings.label(r.corporate().size() == 1 ? "Corporate Author" : "Corporate Authors", lang),
                    String.join(", ", r.corporate()), true);
        }
        if (!r.editors().isEmpty()) {
            List<String> eds = new ArrayList<>();
            // data-authors.phtml prints each name followed by its own role(s).
            r.editors().forEach(n -> eds.add(n.heading() + " (" + strings.role("edt", lang) + ")"));
            row(sb, strings.label("Other Authors", lang), String.join(", ", eds), true);
        }
        row(sb, strings.label("Format", lang), strings.format(r.format(), lang), true);
        if (r.languageName() != null) {
            row(sb, strings.label("Language", lang), r.languageName(), false);
        }
        String published = publishedRow(r, isbd);
        if (published != null) {
            row(sb, strings.label("Published", lang), published, true);
        }
        if (!r.keywords().isEmpty()) {
            row(sb, strings.label("Subjects", lang), String.join("\n", r.keywords()), true);
        }
        String url = firstUrl(r);
        if (url != null) {
            row(sb, strings.label("Online Access", lang), url, false);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String value, boolean space) {
        sb.append(label).append(':').append(space ? " " : "").append(value).append('\n');
    }

    /** The staff view: "name value", further values on their own lines; sorted (9+) or in document order. */
    static String staffView(Map<String, List<String>> doc, boolean sorted, long seed) {
        List<String> names = new ArrayList<>(doc.keySet());
        if (sorted) {
            names = new ArrayList<>(new TreeMap<>(doc).keySet());
        } else {
            Collections.shuffle(names, new Random(seed));
        }
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            List<String> values = doc.get(name);
            sb.append(name).append(' ').append(values.get(0).replaceAll("\\s+", " ")).append('\n');
            for (String v : values.subList(1, values.size())) {
                sb.append(v.replaceAll("\\s+", " ")).append('\n');
            }
        }
        return sb.toString();
    }

    /** VuFind's MARC staff view (StaffViewMARC): title, "Staff View", "MARC", then one line per field. */
    String marcStaffView(SourceRecord r, String lang, boolean isbd) {
        StringBuilder sb = new StringBuilder();
        sb.append(strings.label("loading_ellipsis", lang)).append("\n\n");
        sb.append(titleSub(r, isbd) == null ? titleShort(r, isbd) : titleShort(r, isbd) + " " + titleSub(r, isbd)).append("\n\n");
        sb.append(strings.label("Staff View", lang)).append("\nMARC\n");
        char recordType = r.format().equals("Manuscript") ? 't' : 'a';
        char level = r.isPart() ? (r.format().equals("Article") ? 'b' : 'a') : 'm';
        sb.append("LEADER      n").append(recordType).append(level).append("  2200000 a 4500\n");
        sb.append("001 ").append(r.id()).append('\n');
        String lang3 = r.language() == null ? "   " : MARC_LANGUAGE.getOrDefault(r.language(), "und");
        String date = r.year() == null ? "    " : r.year();
        sb.append("008 000000s").append(date).append("    xx            000 0 ").append(lang3).append(" d\n");
        for (String isbn : r.isbns()) {
            field(sb, "020", "  ", "a", isbn);
        }
        if (r.issn() != null) {
            field(sb, "022", "  ", "a", r.issn());
        }
        if (r.doi() != null) {
            field(sb, "024", "7 ", "a", r.doi(), "2", "doi");
        }
        if (r.language() != null) {
            field(sb, "041", "0 ", "a", lang3);
        }
        List<Name> authors = r.authors();
        if (!authors.isEmpty()) {
            field(sb, "100", "1 ", "a", authors.get(0).heading() + (isbd ? "," : ""), "e", isbd ? "author." : null);
        } else if (!r.corporate().isEmpty()) {
            field(sb, "110", "2 ", "a", r.corporate().get(0));
        }
        String statement = statementOfResponsibility(r);
        if (r.subtitle() == null) {
            field(sb, "245", "10", "a", r.title() + (statement != null ? " /" : ""), "c", statement);
        } else {
            field(sb, "245", "10", "a", r.title() + " :", "b", r.subtitle() + (statement != null ? " /" : ""), "c", statement);
        }
        if (r.publisher() != null || r.place() != null || r.year() != null) {
            field(sb, "264", " 1", "a", r.place() == null ? null : r.place() + " :", "b",
                    r.publisher() == null ? null : r.publisher() + (r.year() != null ? "," : ""), "c",
                    r.year() == null ? null : printedYear(r, isbd) + ".");
        }
        if (r.format().equals("Thesis")) {
            field(sb, "502", "  ", "a", "Thesis" + (r.publisher() == null ? "" : "--" + r.publisher()) + (r.year() == null ? "" : ", " + r.year()) + ".");
        }
        if (r.abstractText() != null) {
            field(sb, "520", "  ", "a", r.abstractText());
        }
        for (String k : r.keywords()) {
            field(sb, "653", "  ", "a", k);
        }
        for (int i = 1; i < authors.size(); i++) {
            field(sb, "700", "1 ", "a", authors.get(i).heading() + (isbd ? "," : ""), "e", isbd ? "author." : null, "4", "aut");
        }
        for (int i = authors.isEmpty() ? 1 : 0; i < r.corporate().size(); i++) {
            field(sb, "710", "2 ", "a", r.corporate().get(i));
        }
        for (Name n : r.editors()) {
            field(sb, "700", "1 ", "a", n.heading() + ",", "e", "editor.", "4", "edt");
        }
        if (r.isPart()) {
            String ref = containerReference(r, true);
            field(sb, "773", "0 ", "t", r.containerTitle(), "g", ref);
        }
        if (firstUrl(r) != null) {
            field(sb, "856", "40", "u", firstUrl(r));
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String tag, String indicators, String... codesAndValues) {
        StringBuilder f = new StringBuilder();
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            String v = codesAndValues[i + 1];
            if (v != null && !v.isBlank()) {
                f.append('|').append(codesAndValues[i]).append(' ').append(v.replaceAll("\\s+", " ")).append(' ');
            }
        }
        if (f.length() > 0) {
            sb.append(tag).append(' ').append(indicators).append(' ').append(f).append('\n');
        }
    }

    /** A Solr select response ({@code wt=json}) holding the documents; single-valued fields as strings. */
    static String solrJson(List<Map<String, List<String>>> docs) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode header = root.putObject("responseHeader");
        header.put("status", 0);
        header.put("QTime", 1);
        ObjectNode response = root.putObject("response");
        response.put("numFound", docs.size());
        response.put("start", 0);
        ArrayNode arr = response.putArray("docs");
        for (Map<String, List<String>> d : docs) {
            ObjectNode o = arr.addObject();
            d.forEach((k, v) -> {
                if (k.equals("_version_")) {
                    o.put(k, Long.parseLong(v.get(0)));
                } else if (SINGLE_VALUED.contains(k)) {
                    o.put(k, v.get(0));
                } else {
                    ArrayNode a = o.putArray(k);
                    v.forEach(a::add);
                }
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Solr select response ({@code wt=xml}). */
    static String solrXml(List<Map<String, List<String>>> docs) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("response");
            w.writeStartElement("result");
            w.writeAttribute("name", "response");
            w.writeAttribute("numFound", Integer.toString(docs.size()));
            w.writeAttribute("start", "0");
            for (Map<String, List<String>> d : docs) {
                w.writeCharacters("\n  ");
                w.writeStartElement("doc");
                for (Map.Entry<String, List<String>> e : d.entrySet()) {
                    w.writeCharacters("\n    ");
                    if (e.getKey().equals("_version_")) {
                        simple(w, "long", e.getKey(), e.getValue().get(0));
                    } else if (SINGLE_VALUED.contains(e.getKey())) {
                        simple(w, "str", e.getKey(), e.getValue().get(0));
                    } else {
                        w.writeStartElement("arr");
                        w.writeAttribute("name", e.getKey());
                        for (String v : e.getValue()) {
                            w.writeStartElement("str");
                            w.writeCharacters(v);
                            w.writeEndElement();
                        }
                        w.writeEndElement();
                    }
                }
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void simple(XMLStreamWriter w, String element, String name, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("name", name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static Set<String> singleValued() {
        Set<String> out = new HashSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/main/resources/io/github/catconv/read/vufind/page/solr-fields.tsv"),
                    StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[1].equals("false")) {
                    out.add(c[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
