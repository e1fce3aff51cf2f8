package io.github.catconv.write.ris;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record as RIS: its type and, per tag, the values in the order they are written.
 * Mutable while {@link RisRecordMapper} fills it; values are raw (not yet made line-safe).
 */
final class RisEntry {

    private final RisType type;
    private final Map<RisTag, List<String>> values = new EnumMap<>(RisTag.class);

    RisEntry(RisType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    RisType type() {
        return type;
    }

    /** Adds one value to a tag; null values are ignored. */
    void add(RisTag tag, String value) {
        if (value != null) {
            values.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
        }
    }

    /** The values of a tag in insertion order; empty when none. */
    List<String> values(RisTag tag) {
        return Collections.unmodifiableList(values.getOrDefault(tag, List.of()));
    }
}
