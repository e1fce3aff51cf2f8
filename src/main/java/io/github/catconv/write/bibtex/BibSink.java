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
        out.write(render(type, a.key(), new EntryContext(record, type, encoder, names),
                context.flag("keep-unknown") ? record : null));
    }

    /**
     * The whole entry text, preceded by a blank line unless it is the first; with {@code unknownOf},
     * that record's unknown fields follow as non-standard fields (B19).
     */
    private String render(String type, String key, EntryContext ctx, BibRecord unknownOf) {
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
        if (unknownOf != null) {
            appendUnknown(sb, unknownOf, ctx);
        }
        return sb.append("\n}\n").toString();
    }

    /**
     * The fields the reader did not know, as {@code name = {value}} (several values joined by
     * "; "): the name lower-cased to BibTeX's field-name characters, prefixed "x-" when it would
     * shadow a field of the table. bibtex ignores fields its style does not use; biber keeps them.
     */
    private void appendUnknown(StringBuilder sb, BibRecord record, EntryContext ctx) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (io.github.catconv.model.SourceField f : record.unmapped()) {
            if (!f.unknown()) {
                continue;
            }
            String name = f.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
            if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                name = "x-" + name;
            }
            final String n = name;
            if (dialect.fields().stream().anyMatch(s -> s.name().equals(n))) {
                name = "x-" + name;
            }
            String v = ctx.text(String.join("; ", f.values()));
            if (v == null || v.isEmpty() || !written.add(name)) {
                continue;
            }
            sb.append(",\n  ").append(name).append(" = {").append(v).append('}');
        }
    }

    @Override
    public void finish() throws IOException {
        out.flush();
        if (keyMap != null) {
            keyMap.commit();
        }
    }
}
