package io.github.catconv.cli;

import io.github.catconv.write.WriterRegistry;
import java.util.Iterator;

/** The installed writer ids, as picocli completion candidates (so --help lists them). */
public final class WriterIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return WriterRegistry.installed().ids().iterator();
    }
}
