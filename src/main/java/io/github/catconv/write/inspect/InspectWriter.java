package io.github.catconv.write.inspect;

import io.github.catconv.internal.Printable;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.Organization;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.Person;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import java.util.Objects;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes what was read from each record, which source field and line each fact came from, and
 * the source fields that nothing mapped. Used by {@code catconv inspect}.
 */
public final class InspectWriter implements RecordWriter {

    @Override
    public String id() {
        return "inspect";
    }

    @Override
    public String description() {
        return "human-readable listing of each model field with its source field and line (catconv inspect)";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public RecordSink open(Writer out, WriteContext context) {
        return new Sink(out);
    }

    private static final class Sink implements RecordSink {
        private final Writer out;
        private Map<String, Provenance> prov;
        private final StringBuilder sb = new StringBuilder(2048);
        private int records;

        Sink(Writer out) {
            this.out = out;
        }

        @Override
        public void write(BibRecord r) throws IOException {
            prov = r.provenance();
            sb.setLength(0);
            if (records++ > 0) {
                sb.append('\n');
            }
            sb.append("record " + shown(r.id()) + "  (" + shown(Objects.requireNonNullElse(r.source().file(), "?")) + ":"
                    + r.source().line() + ")\n");
            row("type", r.type().cslType(), "type");
            r.title().ifPresent(v -> row("title", v, "title"));
            r.subtitle().ifPresent(v -> row("subtitle", v, "subtitle"));
            r.shortTitle().ifPresent(v -> row("short title", v, "shortTitle"));
            List<Contributor> cs = r.contributors();
            for (int i = 0; i < cs.size(); i++) {
                Contributor c = cs.get(i);
                row(c.role().name().toLowerCase(java.util.Locale.ROOT), describe(c.agent()), "contributors[" + (i + 1) + "]");
            }
            r.container().ifPresent(this::container);
            r.publisher().ifPresent(v -> row("publisher", v, "publisher"));
            r.place().ifPresent(v -> row("place", v, "place"));
            r.issued().ifPresent(d -> row("issued", d.toEdtf().orElse("(unparsed)") + "  raw: " + d.raw(), "issued"));
            r.edition().ifPresent(v -> row("edition", v, "edition"));
            for (Series s : r.series()) {
                row("series", s.title() + (s.number() == null ? "" : " ; " + s.number()), "series");
            }
            r.physicalDescription().ifPresent(v -> row("physical", v, "physical"));
            r.numberOfPages().ifPresent(v -> row("pages (count)", v, "physical"));
            r.language().ifPresent(v -> row("language", v, "language"));
            r.abstractText().ifPresent(v -> row("abstract", shorten(v), "abstract"));
            for (String s : r.subjects()) {
                row("subject", s, "subjects");
            }
            for (Identifier i : r.identifiers()) {
                row(i.scheme().id(), i.value() + (i.raw().equals(i.value()) ? "" : "  raw: " + i.raw()), "identifier." + i.scheme().id());
            }
            for (String u : r.urls()) {
                row("url", u, "urls");
            }
            for (String n : r.notes()) {
                row("note", shorten(n), "notes");
            }
            r.rights().ifPresent(v -> row("rights", shorten(v), "rights"));
            r.callNumber().ifPresent(v -> row("call number", v, "callNumber"));
            r.originalScript().ifPresent(this::originalScript);
            rowIfPresent("institution", r.source().institution(), "source");
            rowIfPresent("collection", r.source().collection(), "source");
            rowIfPresent("record format", r.source().recordFormat(), "source");
            for (SourceField f : r.unmapped()) {
                sb.append("  unmapped       " + shown(f.name()) + (f.unknown() ? " [unknown field]" : "") + " (line "
                        + f.line() + "): " + shown(shorten(String.join(" | ", f.values()))) + "\n");
            }
            out.write(sb.toString());
        }

        private void container(Container c) {
            if (c.title() != null) {
                row("container", c.title(), "container.title");
            }
            if (c.shortTitle() != null) {
                row("container abbr", c.shortTitle(), "container.shortTitle");
            }
            if (c.volume() != null) {
                row("volume", c.volume(), "container.volume");
            }
            if (c.issue() != null) {
                row("issue", c.issue(), "container.issue");
            }
            if (c.pages() != null) {
                row("pages", c.pages().format("-"), "container.pages");
            }
        }

        /** The original-script forms (MARC 880), each with its script. */
        private void originalScript(OriginalScript o) {
            String script = o.script() == null ? "" : "  [" + o.script() + "]";
            rowIfPresent("orig. title", o.fullTitle() == null ? null : o.fullTitle() + script, "originalScript");
            o.names().forEach((romanized, name) ->
                    row("orig. name", name + script + "  (of " + romanized + ")", "originalScript"));
            rowIfPresent("orig. publ.", o.publisher() == null ? null : o.publisher() + script, "originalScript");
            rowIfPresent("orig. place", o.place() == null ? null : o.place() + script, "originalScript");
            rowIfPresent("orig. edition", o.edition() == null ? null : o.edition() + script, "originalScript");
        }

        private void rowIfPresent(String label, String value, String provKey) {
            if (value != null) {
                row(label, value, provKey);
            }
        }

        private void row(String label, String value, String provKey) {
            Provenance p = prov.get(provKey);
            String from = p == null ? "" : "   <- " + shown(p.field()) + (p.line() > 0 ? ":" + p.line() : "")
                    + (p.rule().isEmpty() ? "" : " (" + shown(p.rule()) + ")");
            sb.append(String.format("  %-14s %s%s\n", label, shown(value), from));
        }

        /**
         * What the listing shows of a text: on one line, and with control characters, bidi controls
         * and lone surrogates written as {@code \}{@code uXXXX}, so that a value can neither move the
         * terminal's cursor nor reorder the line (whatever reader or model bug let it through).
         */
        static String shown(String s) {
            return Printable.escape(s.replace('\n', ' '));
        }

        private static String describe(Agent a) {
            if (a instanceof Organization o) {
                return o.name() + "  [organisation]";
            }
            Person p = (Person) a;
            if (p.isLiteral()) {
                return p.literal() + "  [unsplit]";
            }
            StringBuilder sb = new StringBuilder("family=").append(p.family());
            if (p.given() != null) {
                sb.append(", given=").append(p.given());
            }
            if (p.nonDroppingParticle() != null) {
                sb.append(", particle=").append(p.nonDroppingParticle());
            }
            if (p.droppingParticle() != null) {
                sb.append(", dropping-particle=").append(p.droppingParticle());
            }
            if (p.suffix() != null) {
                sb.append(", suffix=").append(p.suffix());
            }
            return sb.toString();
        }

        private static String shorten(String s) {
            String t = s.replace('\n', ' ');
            return t.length() > 100 ? t.substring(0, 100) + "…" : t;
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }
}
