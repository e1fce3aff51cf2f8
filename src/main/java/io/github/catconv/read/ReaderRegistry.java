package io.github.catconv.read;

import io.github.catconv.internal.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The installed readers, by id, and format sniffing over them.
 */
public final class ReaderRegistry {

    private static volatile ReaderRegistry instance;
    private final PluginRegistry<RecordReader> plugins;

    private ReaderRegistry(PluginRegistry<RecordReader> plugins) {
        this.plugins = plugins;
    }

    /** The registry of every reader on the class path. */
    public static ReaderRegistry installed() {
        ReaderRegistry r = instance;
        if (r == null) {
            r = new ReaderRegistry(PluginRegistry.load(RecordReader.class, RecordReader::id));
            instance = r;
        }
        return r;
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
