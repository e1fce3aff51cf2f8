package io.github.catconv.read;

import io.github.catconv.internal.PluginRegistry;
import java.util.ArrayList;
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
     * A sniff score at or above which a reader is sure the sample is its format
     * ({@link RecordReader#sniff}: 100 = certain). Two sure readers make the input ambiguous.
     */
    public static final int SURE = 90;

    /**
     * What sniffing found: the reader to use, or the readers that are all sure about the sample.
     *
     * @param reader the chosen reader, or null when none claims the sample or it is ambiguous
     * @param rivals the readers sure about an ambiguous sample (two or more, by id), else empty
     */
    public record Sniffed(RecordReader reader, List<RecordReader> rivals) {

        public Sniffed {
            rivals = List.copyOf(rivals);
        }

        /** True when two or more readers are sure about the sample. */
        public boolean ambiguous() {
            return rivals.size() > 1;
        }

        /** The diagnostic for an ambiguous sample: names the formats and says how to choose. */
        public String message() {
            List<String> ids = rivals.stream().map(RecordReader::id).toList();
            return "looks like " + String.join(" and ", ids) + " at once; choose one with --from "
                    + String.join(" or --from ", ids);
        }
    }

    /**
     * The reader most confident about {@code sample}; ties go to the reader whose id sorts first,
     * so the choice is deterministic. Empty when no reader claims it at all, and when two or more
     * readers are {@link #SURE} (see {@link #identify}, which says which).
     */
    public Optional<RecordReader> sniff(String sample) {
        return Optional.ofNullable(identify(sample).reader());
    }

    /**
     * Sniffing that never guesses silently: when two or more readers are {@link #SURE} about
     * {@code sample} it is ambiguous and no reader is chosen; otherwise the most confident reader
     * wins, ties going to the id that sorts first.
     *
     * @param sample the decoded first few KiB of an input
     * @return the outcome, never null
     */
    public Sniffed identify(String sample) {
        RecordReader best = null;
        int bestScore = 0;
        List<RecordReader> sure = new ArrayList<>();
        for (RecordReader r : plugins.all()) {
            int s = r.sniff(sample);
            if (s >= SURE) {
                sure.add(r);
            }
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        return sure.size() > 1 ? new Sniffed(null, sure) : new Sniffed(best, List.of());
    }
}
