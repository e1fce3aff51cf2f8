package io.github.catconv.cli;

import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.vufind.VufindTables;
import io.github.catconv.write.WriterRegistry;

/**
 * Start-up on both cores: while the main thread builds picocli's command model and parses the
 * arguments (about a third of a one-record run), a second thread loads what a conversion needs
 * next — the reader and writer plug-ins and the VuFind lookup tables. Nothing here has an effect
 * but initialised classes, so the run and its output are the same whether this thread finishes
 * first, last, or never (docs/performance.md, "Start-up").
 */
final class Preload {

    private Preload() {
    }

    /**
     * Starts the loading thread unless the command line names a subcommand that converts nothing.
     * Any other first word is an implicit {@code convert} (or a root option such as {@code --help},
     * which needs the writers too).
     */
    static void start(String[] args) {
        if (args.length == 0 || !Subcommand.named(args[0]).map(Subcommand::converts).orElse(true)) {
            return;
        }
        Thread t = new Thread(Preload::load, "catconv-preload");
        t.setDaemon(true); // never keeps the process alive
        t.start();
    }

    private static void load() {
        try {
            WriterRegistry.installed();
            ReaderRegistry.installed();
            VufindTables.load();
        } catch (RuntimeException | LinkageError e) {
            // Deliberately quiet: the main thread meets the same failure where it needs the class
            // and reports it there, with its context.
        }
    }
}
