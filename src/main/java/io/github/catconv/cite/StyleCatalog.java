package io.github.catconv.cite;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds CSL styles: by id in the {@code org.citationstyles:styles} artifact, or as a {@code .csl}
 * file; resolves dependent styles to their independent parent; lists styles for
 * {@code catconv styles}.
 *
 * <p>The artifact holds the independent styles at its root ({@code apa.csl}) and the dependent
 * ones under {@code dependent/} ({@code dependent/nature-genetics.csl}). A dependent style only
 * names its parent by URL ({@code http://www.zotero.org/styles/nature}, CSL 1.0.2 "Dependent
 * styles"); catconv takes the last path segment as the parent's id and loads it from the artifact,
 * never from the network. The dependent style's own {@code default-locale} is kept: it is the one
 * thing a dependent style may add.
 */
final class StyleCatalog {

    /** A style ready for citeproc-java. */
    record Style(String id, String title, String xml, Optional<String> defaultLocale, boolean bibliography) {
    }

    /** One row of {@code catconv styles}: id, title and, for a dependent style, its parent's id. */
    record Entry(String id, String title, String parent) {
    }

    private static final String KNOWN = "apa.csl";
    private static final String DEPENDENT = "dependent/";

    private StyleCatalog() {
    }

    /**
     * Loads a style by id or file path.
     *
     * @param idOrPath a style id ({@code apa}, {@code nature-genetics}) or a path to a style file
     *                 (anything ending in {@code .csl} or naming an existing file)
     * @return the independent style to render with, never null
     * @throws CatconvException with {@link ExitStatus#USAGE} for an unknown id (naming close
     *         matches), a missing or unreadable file, or a file that is not a CSL style
     */
    static Style load(String idOrPath) {
        Path file = Path.of(idOrPath);
        if (idOrPath.endsWith(".csl") || idOrPath.contains("/") || Files.isRegularFile(file)) {
            return fromFile(file);
        }
        String id = idOrPath.toLowerCase(Locale.ROOT);
        Optional<String> independent = ClasspathJar.read(id + ".csl");
        if (independent.isPresent()) {
            return style(id, independent.get(), null);
        }
        String dependent = ClasspathJar.read(DEPENDENT + id + ".csl").orElseThrow(() -> new CatconvException(
                ExitStatus.USAGE, "citation: unknown style '" + idOrPath + "'"
                        + Suggestions.phrase(id, ids()) + " (catconv styles WORDS lists styles)"));
        return resolveDependent(id, dependent);
    }

    /**
     * Lists the styles whose id or title contains every word, case-insensitively.
     *
     * @param words the search words; none lists every style
     * @return the matches sorted by id, never null
     */
    static List<Entry> search(List<String> words) {
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        TreeMap<String, Entry> out = new TreeMap<>();
        addMatches(out, "", lower);
        addMatches(out, DEPENDENT, lower);
        return new ArrayList<>(out.values());
    }

    /** Every style id, independent and dependent, unsorted. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>(stripped(ClasspathJar.list(KNOWN, "", ".csl")));
        ids.addAll(stripped(ClasspathJar.list(KNOWN, DEPENDENT, ".csl")));
        return ids;
    }

    private static void addMatches(TreeMap<String, Entry> out, String folder, List<String> words) {
        ClasspathJar.forEachText(KNOWN, folder, ".csl", (file, xml) -> {
            String id = file.substring(0, file.length() - ".csl".length());
            String text = (id + " " + xml).toLowerCase(Locale.ROOT);
            if (!words.stream().allMatch(text::contains)) {
                return; // Cheap test first: a word in neither id nor file cannot be in the title.
            }
            StyleInfo info;
            try {
                info = StyleInfo.read(xml, false);
            } catch (IllegalArgumentException e) {
                return; // A broken file in the artifact is not worth failing a search for.
            }
            String haystack = (id + " " + info.title()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(haystack::contains)) {
                out.putIfAbsent(id, new Entry(id, info.title(), info.dependent() ? parentId(info.parentLink()) : null));
            }
        });
    }

    private static List<String> stripped(List<String> files) {
        return files.stream().map(f -> f.substring(0, f.length() - ".csl".length())).toList();
    }

    private static Style fromFile(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatconvException(ExitStatus.USAGE, "citation: cannot read style file " + file + ": "
                    + (Files.exists(file) ? e.getMessage() : "no such file"), e);
        }
        String name = String.valueOf(file.getFileName());
        return style(name.endsWith(".csl") ? name.substring(0, name.length() - 4) : name, xml, file.toString());
    }

    private static Style style(String id, String xml, String where) {
        StyleInfo info;
        try {
            info = StyleInfo.read(xml, true);
        } catch (IllegalArgumentException e) {
            throw new CatconvException(ExitStatus.USAGE, "citation: style " + (where != null ? where : id)
                    + " is " + e.getMessage(), e);
        }
        if (info.dependent()) {
            return resolveDependent(id, xml);
        }
        return new Style(id, info.title(), xml, info.defaultLocaleTag(), info.bibliography());
    }

    private static Style resolveDependent(String id, String xml) {
        StyleInfo info = StyleInfo.read(xml, false);
        String parentId = parentId(info.parentLink());
        String parentXml = ClasspathJar.read(parentId + ".csl").orElseThrow(() -> new CatconvException(
                ExitStatus.USAGE, "citation: style '" + id + "' depends on '" + info.parentLink()
                        + "', which is not among the installed styles"));
        StyleInfo parent = StyleInfo.read(parentXml, true);
        return new Style(id, info.title(), parentXml, info.defaultLocaleTag().or(parent::defaultLocaleTag),
                parent.bibliography());
    }

    /** {@code http://www.zotero.org/styles/nature} → {@code nature}. */
    static String parentId(String link) {
        String s = link.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String last = s.substring(s.lastIndexOf('/') + 1);
        return last.endsWith(".csl") ? last.substring(0, last.length() - 4) : last;
    }
}
