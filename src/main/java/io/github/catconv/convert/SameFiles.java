package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.internal.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses, before anything is read, a run in which one file has two roles among the inputs, the
 * output files, the rejects file and the key map (case B51 in docs/errors.md): the file is compared, not its
 * spelling, so {@code ./a} and {@code a}, hard links and symbolic links count. Two inputs may be one
 * file (it is read twice), and so may two outputs that are devices or FIFOs (written in place,
 * nothing is replaced).
 */
final class SameFiles {

    private record Role(String what, Path path, Object identity) {
    }

    private SameFiles() {
    }

    /**
     * @param outputs the output files ({@code -o} or one per input in a folder), maybe empty
     * @param rejects the rejects file, or null
     * @param keyMap the key map, or null
     * @throws CatconvException (usage) naming both paths of the first file with two roles
     */
    static void refuse(List<InputFile> inputs, List<Path> outputs, Path rejects, Path keyMap) {
        List<Role> written = new ArrayList<>();
        for (Path o : outputs) {
            written.add(role("output", o));
        }
        if (rejects != null) {
            written.add(role("rejects file", rejects));
        }
        if (keyMap != null) {
            written.add(role("key map", keyMap));
        }
        List<Role> read = new ArrayList<>();
        for (InputFile f : inputs) {
            f.path().ifPresent(p -> read.add(role("input", p)));
        }
        for (int i = 0; i < written.size(); i++) {
            Role w = written.get(i);
            if (w.identity() == null) {
                continue;
            }
            for (Role other : written.subList(0, i)) {
                refuseIfSame(w, other);
            }
            for (Role in : read) {
                refuseIfSame(w, in);
            }
        }
    }

    private static void refuseIfSame(Role a, Role b) {
        if (Objects.equals(a.identity(), b.identity())) {
            throw new CatconvException(ExitStatus.USAGE, a.what() + " " + a.path() + " is the same file as "
                    + b.what() + " " + b.path() + "; refusing to overwrite it");
        }
    }

    private static Role role(String what, Path path) {
        return new Role(what, path, identity(path));
    }

    /**
     * What makes two paths one file: the file key (device and inode) of an existing file, else the
     * path it would be created at, links followed. Null for what is never replaced (devices, FIFOs)
     * and for what cannot be looked at (the run reports that where it opens the file).
     */
    private static Object identity(Path path) {
        try {
            if (Files.exists(path)) {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    return null;
                }
                return a.fileKey() != null ? a.fileKey() : path.toRealPath();
            }
            return AtomicOutput.destination(path);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
