package io.github.catconv.read;

import io.github.catconv.internal.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The installed readers, by id, and format sniffing over them.
 */
public final class ReaderRegistry {

    private final PluginRegistry<RecordReader> plugins;

    private ReaderRegistry(PluginRegistry<RecordReader> plugins) {
        this.plugins = plugins;
    }

    /**
     * The registry of every reader on the class path, loaded once per process (on first use, by whichever
     * thread comes first; the others wait for it instead of loading it again).
     */
    public static ReaderRegistry installed() {
        return Installed.REGISTRY;
    }

    /** Initialisation-on-demand holder: class initialisation is lazy and thread-safe. */
    private static final class Installed {
        static final ReaderRegistry REGISTRY =
                new ReaderRegistry(PluginRegistry.load(RecordReader.class, RecordReader::id));
    }

    public Optional<RecordReader> find(String id) {
        return plugins.find(id);
    }

    public List<String> ids() {
        return plugins.ids();
    }

    public List<RecordReader> all() {
        return plugins.all();
    }

    /**
     * The reader most confident about {@code sample}; ties go to the reader whose id sorts first,
     * so the choice is deterministic. Empty when no reader claims it at all.
     */
    public Optional<RecordReader> sniff(String sample) {
        RecordReader best = null;
        int bestScore = 0;
        for (RecordReader r : plugins.all()) {
            int s = r.sniff(sample);
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
