package io.github.catconv.cli;

import io.github.catconv.diag.ExitStatus;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordReader;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriterRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code catconv formats}: lists the installed readers and writers. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the installed input readers (--from) and output writers (--to).")
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Readers (--from; sniffed when not given):");
        for (RecordReader r : ReaderRegistry.installed().all()) {
            out.printf("  %-12s %s%n", r.id(), r.description());
        }
        out.println("Writers (--to):");
        for (RecordWriter w : WriterRegistry.installed().all()) {
            out.printf("  %-12s %-6s %s%n", w.id(), "." + w.fileExtension(), w.description());
        }
        out.flush();
        return ExitStatus.OK.code();
    }
}
