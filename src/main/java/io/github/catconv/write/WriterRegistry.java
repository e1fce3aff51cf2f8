package io.github.catconv.write;

import io.github.catconv.internal.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The installed writers, by id. Loaded once per process.
 */
public final class WriterRegistry {

    private final PluginRegistry<RecordWriter> plugins;

    private WriterRegistry(PluginRegistry<RecordWriter> plugins) {
        this.plugins = plugins;
    }

    /**
     * The registry of every writer on the class path, loaded once per process (on first use, by whichever
     * thread comes first; the others wait for it instead of loading it again).
     */
    public static WriterRegistry installed() {
        return Installed.REGISTRY;
    }

    /** Initialisation-on-demand holder: class initialisation is lazy and thread-safe. */
    private static final class Installed {
        static final WriterRegistry REGISTRY =
                new WriterRegistry(PluginRegistry.load(RecordWriter.class, RecordWriter::id));
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
