package io.github.catconv.read.csljson;

import io.github.catconv.catalog.NameParser;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Series;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads back the {@code "key: value"} lines catconv's CSL mapping appends to {@code note} for facts
 * CSL 1.0.2 has no variable for ({@code docs/mapping-csl.md}, "Note"): thesis advisors, further
 * series, identifiers without a variable, further URLs, the licence and the catalog record id.
 *
 * <p>Those lines come last, in a fixed order of sections, after the record's own notes. They are
 * taken from the end of the note while they follow that order; the first line that does not stops
 * the scan, and it and everything before it stay notes (one per line). A note that merely starts
 * with a word and a colon in the middle of free text is therefore left alone.
 */
final class CslNoteLines {

    /** The sections in the order the writer emits them. */
    private enum Section { ADVISOR, SERIES, IDENTIFIER, URL, LICENSE, CATALOG_ID }

    /** What the note held. */
    static final class Parsed {
        final List<String> notes = new ArrayList<>();
        final List<Contributor> advisors = new ArrayList<>();
        final List<Series> series = new ArrayList<>();
        final List<Identifier> identifiers = new ArrayList<>();
        final List<Identifier> containerIdentifiers = new ArrayList<>();
        final List<String> urls = new ArrayList<>();
        String license;
        String catalogRecordId;
    }

    private CslNoteLines() {
    }

    static Parsed parse(String note) {
        Parsed out = new Parsed();
        String[] lines = note.split("\n", -1);
        int end = lines.length;
        Section last = null;
        // Collected backwards, reversed at the end.
        List<Runnable> adds = new ArrayList<>();
        while (end > 0) {
            String line = lines[end - 1];
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                break;
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2).strip();
            Section s = section(key);
            if (s == null || value.isEmpty() || (last != null && s.compareTo(last) > 0)
                    || (s == last && (s == Section.LICENSE || s == Section.CATALOG_ID))) {
                break;
            }
            Runnable add = adder(s, key, value, out);
            if (add == null) {
                break;
            }
            adds.add(add);
            last = s;
            end--;
        }
        Collections.reverse(adds);
        adds.forEach(Runnable::run);
        for (int i = 0; i < end; i++) {
            if (!lines[i].isBlank()) {
                out.notes.add(lines[i]);
            }
        }
        return out;
    }

    private static Section section(String key) {
        switch (key) {
            case "thesis-advisor":
                return Section.ADVISOR;
            case "series":
                return Section.SERIES;
            case "url":
                return Section.URL;
            case "license":
                return Section.LICENSE;
            case "catalog-record-id":
                return Section.CATALOG_ID;
            default:
                String scheme = key.startsWith("container-") ? key.substring("container-".length()) : key;
                return scheme(scheme) != null ? Section.IDENTIFIER : null;
        }
    }

    private static Runnable adder(Section s, String key, String value, Parsed out) {
        return switch (s) {
            case ADVISOR -> () -> out.advisors.add(new Contributor(ContributorRole.THESIS_ADVISOR,
                    NameParser.parse(value).agent()));
            case SERIES -> {
                int sep = value.lastIndexOf(" ; ");
                Series series = sep > 0 ? new Series(value.substring(0, sep), value.substring(sep + 3))
                        : new Series(value, null);
                yield () -> out.series.add(series);
            }
            case IDENTIFIER -> {
                boolean container = key.startsWith("container-");
                IdentifierScheme scheme = scheme(container ? key.substring("container-".length()) : key);
                Identifier id = Identifier.of(scheme, value);
                yield container ? () -> out.containerIdentifiers.add(id) : () -> out.identifiers.add(id);
            }
            case URL -> () -> out.urls.add(value);
            case LICENSE -> () -> out.license = value;
            case CATALOG_ID -> () -> out.catalogRecordId = value;
        };
    }

    private static IdentifierScheme scheme(String id) {
        for (IdentifierScheme s : IdentifierScheme.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
