package io.github.catconv.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Entry point of the {@code catconv} command.
 */
public final class Main {

    private static final Set<String> ROOT_WORDS = Set.of("convert", "inspect", "formats", "styles", "help",
            "-h", "--help", "-V", "--version");

    private Main() {
    }

    /** ConversionRunner catconv and exits with its status. */
    public static void main(String[] args) {
        Preload.start(args);
        // Data goes to the raw stdout stream, not System.out: a PrintStream hides a closed pipe.
        Writer data = new OutputStreamWriter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(data, true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, data, () -> new FileInputStream(FileDescriptor.in), stdinIsTerminal(), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs catconv with the given streams, for tests and embedding: data and help go to {@code out},
     * diagnostics to {@code err}; standard input is empty.
     *
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, out, InputStream::nullInputStream, args);
    }

    /** Like {@link #run(PrintWriter, PrintWriter, String...)} with a given standard input. */
    public static int run(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin, String... args) {
        return run(out, err, out, stdin, args);
    }

    /**
     * Like {@link #run(PrintWriter, PrintWriter, Supplier, String...)} with converted data going to
     * {@code data} instead of {@code out}, for tests of write failures: an IOException from
     * {@code data} ends the run with status 74 (or 0 for a closed pipe).
     */
    public static int run(PrintWriter out, PrintWriter err, Writer data, Supplier<InputStream> stdin, String... args) {
        return run(out, err, data, stdin, false, args);
    }

    /**
     * True when standard input is a terminal, so reading '-' would wait for typing (case B52 in docs/errors.md).
     * Java 17 cannot ask directly; on Linux the link of file descriptor 0 says so. Elsewhere: false.
     */
    static boolean stdinIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static int run(PrintWriter out, PrintWriter err, Writer data, Supplier<InputStream> stdin, boolean stdinTerminal,
                   String... args) {
        CatconvCommand root = new CatconvCommand();
        root.dataOut = data;
        root.stdin = stdin;
        root.stdinIsTerminal = stdinTerminal;
        CommandLine cl = new CommandLine(root);
        String[] line = args.length == 0 ? args : implicitConvert(args);
        Supplier<Object> only = line.length == 0 ? null : CatconvCommand.SUBCOMMANDS.get(line[0]);
        if (only != null) {
            cl.addSubcommand(line[0], only.get());
        } else {
            CatconvCommand.SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // sysexits: usage errors are 64 and uncaught exceptions 70 in every subcommand, not picocli's 2 and 1.
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(64).exitCodeOnExecutionException(70);
        }
        if (args.length == 0) {
            cl.usage(err);
            err.flush();
            return 64;
        }
        int code = cl.execute(line);
        out.flush();
        err.flush();
        return code;
    }

    /** {@code catconv FILE --to X} means {@code catconv convert FILE --to X}. */
    static String[] implicitConvert(String[] args) {
        if (ROOT_WORDS.contains(args[0])) {
            return args;
        }
        String[] a = new String[args.length + 1];
        a[0] = "convert";
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }
}
