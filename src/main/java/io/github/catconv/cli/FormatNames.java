package io.github.catconv.cli;

import io.github.catconv.write.RecordWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Format names as users type them: any case, the usual aliases, and the {@code --to} that the
 * extension of {@code -o} implies when it names one writer.
 */
final class FormatNames {

    /**
     * Aliases other tools use for our writer ids (pandoc's {@code bib}, {@code csljson}); one whose
     * writer is not installed is no alias.
     */
    static final Map<String, String> WRITER_ALIASES = Map.of(
            "bib", "bibtex",
            "json", "csl-json",
            "csljson", "csl-json",
            "csl", "csl-json",
            "endnote", "endnote-xml");

    private FormatNames() {
    }

    /** The writer id {@code name} stands for: lower case, aliases resolved (unknown names stay, for the error). */
    static String writerId(String name, List<String> ids) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ids.contains(lower)) {
            return lower;
        }
        String target = WRITER_ALIASES.get(lower);
        return target != null && ids.contains(target) ? target : lower;
    }

    /** A reader id in lower case (readers have no aliases yet). */
    static String readerId(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The writers whose files end in the extension of {@code fileName}; empty without an extension. */
    static List<String> writersForExtension(String fileName, List<RecordWriter> writers) {
        String extension = extension(fileName);
        List<String> ids = new ArrayList<>();
        if (extension.isEmpty()) {
            return ids;
        }
        for (RecordWriter w : writers) {
            if (w.fileExtension().equalsIgnoreCase(extension.substring(1))) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    /** ".bib" of "out/all.bib"; empty for "out/all" or ".hidden". */
    static String extension(String fileName) {
        int slash = fileName.lastIndexOf('/');
        String base = fileName.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(dot) : "";
    }

    /** The one writer for {@code fileName}'s extension, if exactly one writes it. */
    static Optional<String> inferred(String fileName, List<RecordWriter> writers) {
        List<String> ids = writersForExtension(fileName, writers);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }
}
