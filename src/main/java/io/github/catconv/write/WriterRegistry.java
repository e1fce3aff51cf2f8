package io.github.catconv.write;

import io.github.catconv.internal.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The installed writers, by id. Loaded once per process.
 */
public final class WriterRegistry {

    private static volatile WriterRegistry instance;
    private final PluginRegistry<RecordWriter> plugins;

    private WriterRegistry(PluginRegistry<RecordWriter> plugins) {
        this.plugins = plugins;
    }

    /** The registry of every writer on the class path. */
    public static WriterRegistry installed() {
        WriterRegistry r = instance;
        if (r == null) {
            r = new WriterRegistry(PluginRegistry.load(RecordWriter.class, RecordWriter::id));
            instance = r;
        }
        return r;
    }

    public Optional<RecordWriter> find(String id) {
        return plugins.find(id);
    }

    /** Sorted ids. */
    public List<String> ids() {
        return plugins.ids();
    }

    /** Sorted by id. */
    public List<RecordWriter> all() {
        return plugins.all();
    }
}
