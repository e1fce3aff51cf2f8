package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catconv inspect}: shows, for each record, every model field with the source field and
 * line it came from, and the source fields nothing mapped.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows what was read from each record, from which source line, and what was left unmapped.",
        footerHeading = "%nExample:%n", footer = "  catconv inspect dump.txt")
public final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    CatconvCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    /** The command with its exit codes, for picocli. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new InspectCommand());
        ExitCodes.listAll(cl.getCommandSpec());
        return cl;
    }

    @Override
    public Integer call() {
        ConversionOptions o = new ConversionOptions(in.inputs(root, spec), FormatNames.readerId(in.from), "inspect", null, Map.of(), in.inputEncoding,
                in.maxLineLength, in.strict, in.failFast, in.maxErrors, in.rejects, in.stats);
        o = o.withValues(in.values());
        return ConversionRunner.convert(o, in.folderFilter(spec), root, spec, in);
    }
}
