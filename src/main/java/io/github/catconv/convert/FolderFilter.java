package io.github.catconv.convert;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files of an input folder a run reads ({@code --include}, {@code --exclude}): glob
 * patterns as the shell has them. A pattern with a '/' is matched against the path below the
 * folder ({@code 2024/*.txt}), one without against the file name ({@code *.txt}); an excluded
 * file is never read, and with includes given only a file one of them matches is.
 */
public final class FolderFilter {

    /** Reads every file (the default). */
    public static final FolderFilter ALL = new FolderFilter(List.of(), List.of());

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final List<String> includeGlobs;
    private final List<String> excludeGlobs;

    private FolderFilter(List<String> include, List<String> exclude) {
        this.includeGlobs = List.copyOf(include);
        this.excludeGlobs = List.copyOf(exclude);
        this.include = include.stream().map(FolderFilter::matcher).toList();
        this.exclude = exclude.stream().map(FolderFilter::matcher).toList();
    }

    /**
     * @throws IllegalArgumentException for a pattern that is not a glob
     */
    public static FolderFilter of(List<String> include, List<String> exclude) {
        return include.isEmpty() && exclude.isEmpty() ? ALL : new FolderFilter(include, exclude);
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** True when {@code relative} (a file's path below its input folder) is to be read. */
    boolean accepts(Path relative) {
        return (include.isEmpty() || matches(include, includeGlobs, relative)) && !matches(exclude, excludeGlobs, relative);
    }

    private static boolean matches(List<PathMatcher> matchers, List<String> globs, Path relative) {
        Path name = relative.getFileName();
        for (int i = 0; i < matchers.size(); i++) {
            if (matchers.get(i).matches(globs.get(i).contains("/") ? relative : name)) {
                return true;
            }
        }
        return false;
    }
}
