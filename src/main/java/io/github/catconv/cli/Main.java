package io.github.catconv.cli;

import io.github.catconv.diag.ExitStatus;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point of the {@code catconv} command.
 */
public final class Main {

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
        ExitCodes.listAll(cl.getCommandSpec());
        if (args.length > 0) {
            Optional<Subcommand> meant = mistyped(args[0]);
            if (meant.isPresent()) {
                err.println("catconv: '" + args[0] + "' is not a catconv command; did you mean '" + meant.get().id()
                        + "'? (see 'catconv --help')");
                err.flush();
                return ExitStatus.USAGE.code();
            }
        }
        String[] line = args.length == 0 ? args : implicitConvert(cl.getCommandSpec(), args);
        // Only the command the line names is built (each model costs start-up time); root help,
        // 'help', 'generate-completion' and an empty line need them all.
        Optional<Subcommand> only = line.length == 0 ? Optional.empty()
                : Subcommand.named(line[0]).filter(s -> !s.needsAll());
        for (Subcommand s : Subcommand.values()) {
            if (only.isEmpty() || only.get() == s) {
                cl.addSubcommand(s.id(), s.command());
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // sysexits in every command, not picocli's 2 and 1.
        sysexits(cl);
        // A usage error is one line and a pointer to the help, as in the tools users know; the
        // whole usage (70 lines) would bury the line that says what was wrong.
        cl.setParameterExceptionHandler((e, rest) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("catconv: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, w)) {
                w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            w.flush();
            return ExitStatus.USAGE.code();
        });
        if (args.length == 0) {
            cl.usage(err);
            err.flush();
            return ExitStatus.USAGE.code();
        }
        int code = cl.execute(line);
        out.flush();
        err.flush();
        return code;
    }

    private static void sysexits(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitStatus.USAGE.code())
                .exitCodeOnExecutionException(ExitStatus.SOFTWARE.code());
        cl.getSubcommands().values().forEach(Main::sysexits);
    }

    /**
     * The subcommand a first word was probably meant to be ({@code fromats}: {@code formats}): a word
     * that is no option and no existing file, and at most two edits (or one swap) away from a name.
     */
    static Optional<Subcommand> mistyped(String word) {
        if (word.startsWith("-") || word.length() < 3 || Subcommand.named(word).isPresent() || exists(word)) {
            return Optional.empty();
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        Subcommand best = null;
        int bestDistance = 3;
        for (Subcommand s : Subcommand.values()) {
            int d = editDistance(w, s.id());
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean exists(String word) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(word));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * {@code catconv FILE --to X} means {@code catconv convert FILE --to X}: a first word that is
     * neither a subcommand nor an option of {@code root} starts a conversion.
     */
    static String[] implicitConvert(CommandSpec root, String[] args) {
        if (Subcommand.named(args[0]).isPresent() || root.findOption(args[0]) != null) {
            return args;
        }
        String[] a = new String[args.length + 1];
        a[0] = "convert";
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }
}
