package io.github.catconv.cite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The citeproc-java items of every sample (ids made unique per sample), and processors over them,
 * for the tests that compare catconv's fast paths with citeproc-java's own.
 */
final class CiteprocItems implements ItemDataProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<CSLItemData> all;

    final AbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
    private final Map<String, CSLItemData> byId = new LinkedHashMap<>();

    CiteprocItems(List<CSLItemData> items) {
        items.forEach(i -> byId.put(i.getId(), i));
    }

    /** Every record of every sample, in sample order, as citeproc-java items. */
    static synchronized List<CSLItemData> samples() {
        if (all == null) {
            all = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of("samples"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    JsonNode items = JSON.readTree(Cli.run("convert", p.toString(), "--to", "csl-json").out());
                    for (JsonNode item : items) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> tree = JSON.convertValue(item, LinkedHashMap.class);
                        tree.put("id", p.getFileName() + "/" + tree.get("id"));
                        all.add(CslItems.fromTree(tree));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /**
     * Every sample item twice, the second time under the id {@code again/…}: a list with many
     * items whose sort keys tie, as in the 10,000-record benchmark.
     */
    static List<CSLItemData> samplesTwice() {
        List<CSLItemData> out = new ArrayList<>(samples());
        samples().forEach(i -> out.add(new CSLItemDataBuilder(i).id("again/" + i.getId()).build()));
        return out;
    }

    /** A processor for an installed style in text format, over these items. */
    CSL processor(String style) {
        try {
            CSL p = new CSL(this, new DefaultLocaleProvider(), abbreviations,
                    StyleCatalog.load(style).xml(), "en-US");
            p.setOutputFormat("text");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<CSLItemData> items() {
        return List.copyOf(byId.values());
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    @Override
    public CSLItemData retrieveItem(String id) {
        return byId.get(id);
    }

    @Override
    public Collection<String> getIds() {
        return byId.keySet();
    }
}
