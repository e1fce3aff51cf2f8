package io.github.catconv.cli;

import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code catconv}, in the order help lists them: the one list of their names,
 * read by {@link Main} (which words are not an implicit {@code convert}, which command to build)
 * and {@link Preload} (whether a conversion follows).
 */
enum Subcommand {
    CONVERT("convert", true, ConvertCommand::commandLine),
    FORMATS("formats", false, FormatsCommand::new),
    INSPECT("inspect", true, InspectCommand::commandLine),
    STYLES("styles", false, StylesCommand::commandLine),
    /** {@code catconv help [COMMAND]}: needs the other commands' models. */
    HELP("help", false, CommandLine.HelpCommand::new);

    private final String id;
    private final boolean converts;
    private final Supplier<Object> command;

    Subcommand(String id, boolean converts, Supplier<Object> command) {
        this.id = id;
        this.converts = converts;
        this.command = command;
    }

    /** The word on the command line. */
    String id() {
        return id;
    }

    /** True when the command reads inputs and runs a conversion. */
    boolean converts() {
        return converts;
    }

    /** A new command object (or CommandLine) for picocli; each one's model costs start-up time. */
    Object command() {
        return command.get();
    }

    static Optional<Subcommand> named(String word) {
        for (Subcommand s : values()) {
            if (s.id.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
