package io.github.catconv.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Plug-ins of one kind found with {@link ServiceLoader}, indexed by their id.
 *
 * @param <T> the plug-in interface
 */
public final class PluginRegistry<T> {

    private final Map<String, T> byId;

    private PluginRegistry(Map<String, T> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Loads every provider of {@code type} visible to the class loader of {@code type}.
     *
     * @throws IllegalStateException when two providers share an id
     */
    public static <T> PluginRegistry<T> load(Class<T> type, Function<T, String> idOf) {
        return of(ServiceLoader.load(type, type.getClassLoader()), idOf);
    }

    /** A registry over the given plug-ins (tests, embedding). */
    public static <T> PluginRegistry<T> of(Iterable<T> plugins, Function<T, String> idOf) {
        Map<String, T> map = new TreeMap<>();
        for (T p : plugins) {
            String id = idOf.apply(p);
            T old = map.putIfAbsent(id, p);
            if (old != null) {
                throw new IllegalStateException("two plug-ins use the id '" + id + "': "
                        + old.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return new PluginRegistry<>(map);
    }

    /** The plug-in with this id. */
    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All ids, sorted. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    /** All plug-ins, sorted by id. */
    public List<T> all() {
        return new ArrayList<>(byId.values());
    }
}
