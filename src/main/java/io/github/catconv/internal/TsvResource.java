package io.github.catconv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lookup tables shipped as tab-separated resources. */
public final class TsvResource {

    private TsvResource() {
    }

    /**
     * The rows of a tab-separated UTF-8 resource beside {@code owner}, without '#' comments and empty
     * lines, each split at every tab. Read at once and cut with indexOf: a line reader and
     * String.split cost several times more while start-up code still runs in the interpreter.
     */
    public static List<String[]> rows(Class<?> owner, String resource) {
        String text;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        List<String[]> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end; // CRLF checkouts
            if (stop > start && text.charAt(start) != '#') {
                cols.clear();
                for (int from = start, to = start; to < stop; from = to + 1) {
                    to = text.indexOf('\t', from);
                    to = to < 0 || to > stop ? stop : to;
                    cols.add(text.substring(from, to));
                }
                rows.add(cols.toArray(new String[0]));
            }
        }
        return rows;
    }
}
