package io.github.catconv.cite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the resources of the styles and locales artifacts: one file by name, and the names of all
 * files under a folder of the jar (or directory) that holds a known file.
 *
 * <p>The artifacts are plain jars of {@code .csl} and {@code .xml} files without an index, so the
 * list of names comes from the jar's own directory. Works the same when the artifact is an
 * exploded directory on the class path (IDE runs).
 */
final class ClasspathJar {

    private ClasspathJar() {
    }

    /**
     * Reads a class-path resource as UTF-8 text.
     *
     * @param name the resource name without a leading slash, e.g. {@code apa.csl}
     * @return the text, or empty when there is no such resource
     * @throws UncheckedIOException when the resource exists but cannot be read
     */
    static Optional<String> read(String name) {
        try (InputStream in = ClasspathJar.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The names of the files directly in {@code folder} (relative to it) that end with
     * {@code suffix}, in the order of the jar; the jar is the one that holds {@code known}.
     *
     * @param known a resource known to exist in the artifact, e.g. {@code apa.csl}
     * @param folder a folder prefix ending in {@code /}, or {@code ""} for the root
     * @param suffix the file name ending, e.g. {@code .csl}
     * @return the names, empty when {@code known} is not on the class path
     * @throws UncheckedIOException when the artifact cannot be listed
     */
    static List<String> list(String known, String folder, String suffix) {
        URL url = ClasspathJar.class.getClassLoader().getResource(known);
        if (url == null) {
            return List.of();
        }
        try {
            URLConnection c = url.openConnection();
            if (c instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return names(file, folder, suffix);
                }
            }
            Path root = Path.of(url.toURI()).getParent().resolve(folder);
            try (Stream<Path> files = Files.list(root)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + " next to " + known, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class-path URL " + url, e);
        }
    }

    /**
     * Calls {@code action} with the name (relative to {@code folder}) and UTF-8 text of every file
     * directly in {@code folder} that ends with {@code suffix}, reading the artifact that holds
     * {@code known} once, in the order of its directory.
     *
     * @throws UncheckedIOException when the artifact cannot be read
     */
    static void forEachText(String known, String folder, String suffix, BiConsumer<String, String> action) {
        URL url = ClasspathJar.class.getClassLoader().getResource(known);
        if (url == null) {
            return;
        }
        try {
            URLConnection c = url.openConnection();
            if (!(c instanceof JarURLConnection jar)) {
                list(known, folder, suffix).forEach(n -> action.accept(n, read(folder + n).orElse("")));
                return;
            }
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                for (String name : names(file, folder, suffix)) {
                    try (InputStream in = file.getInputStream(file.getEntry(folder + name))) {
                        action.accept(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + " next to " + known, e);
        }
    }

    private static List<String> names(JarFile file, String folder, String suffix) {
        List<String> out = new ArrayList<>();
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(folder) && name.endsWith(suffix) && name.indexOf('/', folder.length()) < 0) {
                out.add(name.substring(folder.length()));
            }
        }
        return out;
    }
}
