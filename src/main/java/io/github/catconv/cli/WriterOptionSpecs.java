package io.github.catconv.cli;

import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriterOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The writers' own options as picocli options: each option a writer declares becomes
 * {@code --NAME} on a command, with its help text, values and default taken from the declaration,
 * and {@code -O NAME=VALUE} carries any other. The values given reach the writer as name → value
 * strings.
 */
final class WriterOptionSpecs {

    /** One option and the writers that declare it, in id order. */
    record Declared(WriterOption option, List<String> writers) {
    }

    private final Map<String, OptionSpec> declared;
    private final Map<String, List<String>> readers;
    private final OptionSpec other;

    private WriterOptionSpecs(Map<String, OptionSpec> declared, Map<String, List<String>> readers, OptionSpec other) {
        this.declared = declared;
        this.readers = readers;
        this.other = other;
    }

    /**
     * Adds the options of {@code writers} and {@code -O} to {@code spec}.
     *
     * @throws IllegalStateException when writers declare one option differently, or a writer option
     *     has the name of an option of the command itself: a bug in a writer
     */
    static WriterOptionSpecs addTo(CommandSpec spec, List<RecordWriter> writers) {
        Map<String, OptionSpec> added = new LinkedHashMap<>();
        Map<String, List<String>> readers = new LinkedHashMap<>();
        for (Declared d : merge(writers).values()) {
            readers.put(d.option().name(), d.writers());
            String longName = "--" + d.option().name();
            if (spec.findOption(longName) != null) {
                throw new IllegalStateException("writer " + d.writers().get(0) + " declares option " + longName
                        + ", which 'catconv " + spec.name() + "' has already");
            }
            OptionSpec o = build(d);
            spec.addOption(o);
            added.put(d.option().name(), o);
        }
        OptionSpec other = OptionSpec.builder("-O", "--writer-option")
                .paramLabel("NAME=VALUE")
                .type(Map.class)
                .auxiliaryTypes(String.class, String.class)
                .description("Any other writer option, e.g. for a third-party writer.")
                .build();
        spec.addOption(other);
        // Help lists options in the order they were added: -h and -V go last again.
        for (String name : List.of("--help", "--version")) {
            OptionSpec standard = spec.findOption(name);
            if (standard != null) {
                spec.remove(standard);
                spec.addOption(standard);
            }
        }
        return new WriterOptionSpecs(added, readers, other);
    }

    /**
     * Every option the writers declare, by name, in the order of the writers (by id) and their
     * declarations; an option several writers declare appears once.
     *
     * @throws IllegalStateException when two declarations of one name differ
     */
    static Map<String, Declared> merge(List<RecordWriter> writers) {
        Map<String, WriterOption> options = new LinkedHashMap<>();
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (RecordWriter w : writers) {
            for (WriterOption o : w.options()) {
                WriterOption before = options.putIfAbsent(o.name(), o);
                List<String> ids = users.computeIfAbsent(o.name(), k -> new ArrayList<>());
                // Shared declarations are one constant; comparing it first keeps record equals (an
                // invokedynamic bootstrap) off the start-up path.
                if (before != null && before != o && !before.equals(o)) {
                    throw new IllegalStateException("writers " + ids.get(0) + " and " + w.id()
                            + " declare option --" + o.name() + " differently: " + before + " and " + o);
                }
                if (!ids.contains(w.id())) {
                    ids.add(w.id());
                }
            }
        }
        Map<String, Declared> merged = new LinkedHashMap<>();
        options.forEach((name, o) -> merged.put(name, new Declared(o, List.copyOf(users.get(name)))));
        return merged;
    }

    /** The picocli option of one declaration; its value stays null when it is not given. */
    private static OptionSpec build(Declared d) {
        WriterOption o = d.option();
        OptionSpec.Builder b = OptionSpec.builder("--" + o.name())
                .description(helpText(d).stream().map(WriterOptionSpecs::escape).toArray(String[]::new));
        if (o.flag()) {
            return b.type(Boolean.class).arity("0").build();
        }
        b.type(String.class).paramLabel(o.paramLabel());
        if (!o.values().isEmpty()) {
            b.completionCandidates(o.values());
        }
        return b.build();
    }

    /**
     * The help text: the writers and the description, then on a line of its own (so that a long
     * default is not broken) the values with the default marked, or the default, e.g.
     * {@code [ris] Line ends.} and {@code Values: crlf (default), lf.}
     */
    static List<String> helpText(Declared d) {
        WriterOption o = d.option();
        List<String> lines = new ArrayList<>();
        lines.add("[" + String.join(", ", d.writers()) + "] " + o.description());
        if (!o.values().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (String v : o.values()) {
                values.add(v.equals(o.defaultValue()) ? v + " (default)" : v);
            }
            lines.add("Values: " + String.join(", ", values) + ".");
        } else if (o.defaultValue() != null) {
            lines.add("Default: " + o.defaultValue() + ".");
        }
        return lines;
    }

    /** picocli reads a description as a format string with ${...} variables; a writer's text is literal. */
    private static String escape(String text) {
        return text.replace("%", "%%").replace("${", "$${");
    }

    /**
     * The writer options given on the command line, by name: {@code -O} pairs, then the declared
     * options (which win over an {@code -O} of the same name); a flag given is {@code "true"}.
     */
    Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> pairs = other.getValue();
        if (pairs != null) {
            m.putAll(pairs);
        }
        declared.forEach((name, o) -> {
            Object v = o.getValue();
            if (Boolean.TRUE.equals(v)) {
                m.put(name, "true");
            } else if (v instanceof String s) {
                m.put(name, s);
            }
        });
        return m;
    }

    /** The declared options given on the command line (not {@code -O}), each with the writers that read it. */
    Map<String, List<String>> givenDeclared() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        declared.forEach((name, o) -> {
            if (o.getValue() != null) {
                given.put(name, readers.get(name));
            }
        });
        return given;
    }
}
