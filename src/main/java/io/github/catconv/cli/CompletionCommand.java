package io.github.catconv.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code catconv generate-completion}: picocli's bash completion script (zsh reads it through
 * bashcompinit). picocli names each option's list of values after its parameter label, so options
 * that share one ({@code --to FORMAT}, {@code --format FORMAT}) would complete each other's values:
 * the script is made from a copy of the commands whose labels are the options' own names.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true,
        description = {"Prints a bash/zsh completion script for catconv to standard output.",
            "bash: source <(catconv generate-completion); zsh: autoload -U +X bashcompinit && bashcompinit first."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = new CommandLine(new CatconvCommand());
        for (Subcommand s : Subcommand.values()) {
            root.addSubcommand(s.id(), s.command());
        }
        relabel(root);
        spec.commandLine().getOut().print(AutoComplete.bash("catconv", root));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void relabel(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        for (OptionSpec o : List.copyOf(spec.options())) {
            if (o.completionCandidates() != null) {
                String label = o.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
                spec.remove(o);
                spec.addOption(o.toBuilder().paramLabel(label).build());
            }
        }
        cl.getSubcommands().values().forEach(CompletionCommand::relabel);
    }
}
