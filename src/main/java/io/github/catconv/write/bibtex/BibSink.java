package io.github.catconv.write.bibtex;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.bibtex.keys.KeyAssigner;
import io.github.catconv.write.bibtex.keys.KeyMapFile;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes entries one by one as records arrive: a header line with entry type and key, one
 * {@code name = {value}} line per field in table order with a two-space indent, {@code \n} line ends, and one blank line
 * between entries. Keeps only the key set in memory. Never closes the writer it was given.
 */
final class BibSink implements RecordSink {

    private final Writer out;
    private final WriteContext context;
    private final Dialect dialect;
    private final LatexEncoder encoder;
    private final NameFormatter names;
    private final KeyAssigner keys;
    private final KeyMapFile keyMap;
    private boolean first = true;

    BibSink(Writer out, WriteContext context, Dialect dialect, LatexEncoder encoder, NameFormatter names,
            KeyAssigner keys, KeyMapFile keyMap) {
        this.out = out;
        this.context = context;
        this.dialect = dialect;
        this.encoder = encoder;
        this.names = names;
        this.keys = keys;
        this.keyMap = keyMap;
    }

    @Override
    public void write(BibRecord record) throws IOException {
        KeyAssigner.Assignment a = keys.assign(record);
        if (a.disambiguated()) {
            context.warn(record, "citation key '" + a.base() + "' is already used by record " + a.takenBy()
                    + "; wrote '" + a.key() + "'");
        }
        if (keyMap != null) {
            keyMap.add(record.id(), a.key());
        }
        String type = dialect.entryType(record);
        out.write(render(type, a.key(), new EntryContext(record, type, encoder, names)));
    }

    /** The whole entry text, preceded by a blank line unless it is the first. */
    private String render(String type, String key, EntryContext ctx) {
        StringBuilder sb = new StringBuilder(512);
        if (!first) {
            sb.append('\n');
        }
        first = false;
        sb.append('@').append(type).append('{').append(key);
        for (FieldSpec f : dialect.fields()) {
            if (!dialect.allows(type, f.name())) {
                continue;
            }
            String v = f.value().apply(ctx);
            if (v == null || v.isEmpty()) {
                continue;
            }
            sb.append(",\n  ").append(f.name()).append(" = ");
            if (f.bare()) {
                sb.append(v);
            } else {
                sb.append('{').append(v).append('}');
            }
        }
        return sb.append("\n}\n").toString();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
        if (keyMap != null) {
            keyMap.commit();
        }
    }
}
