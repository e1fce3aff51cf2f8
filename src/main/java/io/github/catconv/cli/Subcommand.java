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
    HELP("help", false, CommandLine.HelpCommand::new, true),
    /** A bash (and zsh, through bashcompinit) completion script; builds the other commands itself. */
    GENERATE_COMPLETION("generate-completion", false, CompletionCommand::new);

    private final String id;
    private final boolean converts;
    private final Supplier<Object> command;
    private final boolean needsAll;

    Subcommand(String id, boolean converts, Supplier<Object> command) {
        this(id, converts, command, false);
    }

    Subcommand(String id, boolean converts, Supplier<Object> command, boolean needsAll) {
        this.id = id;
        this.converts = converts;
        this.command = command;
        this.needsAll = needsAll;
    }

    /** True when the command describes the others, so that all of them must be built. */
    boolean needsAll() {
        return needsAll;
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
