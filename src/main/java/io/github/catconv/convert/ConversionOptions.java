package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one conversion run needs to know.
 *
 * @param inputs input paths; "-" is standard input; directories are expanded
 * @param readerId reader to use, or null to sniff each input
 * @param writerId writer to use
 * @param output output file, or null for standard output
 * @param writerOptions options handed to the writer through its context
 * @param charset input encoding, or null to detect
 * @param maxLineLength longest accepted input line in bytes
 * @param strict turn warnings into rejections
 * @param failFast stop at the first rejected record or file
 * @param maxErrors stop after this many errors (0 = no limit)
 * @param rejects file for the raw text of rejected records, or null
 * @param stats always print the summary
 * @param jobs threads to use (1 = everything on the calling thread, as before)
 * @param values what to do with odd values and fields ({@code --fix-mojibake}, {@code --keep-unknown},
 *               {@code --warn-unknown})
 */
public record ConversionOptions(List<String> inputs, String readerId, String writerId, Path output,
                                Map<String, String> writerOptions, Charset charset, int maxLineLength,
                                boolean strict, boolean failFast, int maxErrors, Path rejects, boolean stats,
                                int jobs, ValueOptions values) {

    /**
     * What to do with odd values and fields.
     *
     * @param fixMojibake repair UTF-8 text that was decoded as Windows-1252 (catalogue B10)
     * @param keepUnknown write fields the reader does not know into BibTeX/BibLaTeX too, as
     *                    non-standard fields (CSL-JSON always keeps them in {@code custom}; B19)
     * @param warnUnknown list the unknown field names, once per file (B19)
     */
    public record ValueOptions(boolean fixMojibake, boolean keepUnknown, boolean warnUnknown) {
        /** No option set. */
        public static final ValueOptions DEFAULT = new ValueOptions(false, false, false);
    }

    /** Options with the default {@link ValueOptions}. */
    public ConversionOptions(List<String> inputs, String readerId, String writerId, Path output,
                             Map<String, String> writerOptions, Charset charset, int maxLineLength,
                             boolean strict, boolean failFast, int maxErrors, Path rejects, boolean stats, int jobs) {
        this(inputs, readerId, writerId, output, writerOptions, charset, maxLineLength, strict, failFast, maxErrors,
                rejects, stats, jobs, ValueOptions.DEFAULT);
    }

    /** These options with other {@link ValueOptions}. */
    public ConversionOptions withValues(ValueOptions v) {
        return new ConversionOptions(inputs, readerId, writerId, output, writerOptions, charset, maxLineLength, strict,
                failFast, maxErrors, rejects, stats, jobs, v);
    }

    /** Options of a single-threaded run ({@code jobs} = 1). */
    public ConversionOptions(List<String> inputs, String readerId, String writerId, Path output,
                             Map<String, String> writerOptions, Charset charset, int maxLineLength,
                             boolean strict, boolean failFast, int maxErrors, Path rejects, boolean stats) {
        this(inputs, readerId, writerId, output, writerOptions, charset, maxLineLength, strict, failFast, maxErrors,
                rejects, stats, 1);
    }

    /** Copies the lists; the values are checked by {@link #check()} when a run starts. */
    public ConversionOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(writerId, "writerId");
        values = values == null ? ValueOptions.DEFAULT : values;
        writerOptions = Map.copyOf(writerOptions);
    }

    /**
     * Refuses values no run can use. Here rather than in the command line's option classes, so that
     * every way of building options gets a usage error (exit 64), never an internal one.
     *
     * @throws CatconvException with {@link ExitStatus#USAGE}
     */
    public void check() {
        if (maxLineLength < 1) {
            throw new CatconvException(ExitStatus.USAGE, "--max-line-length must be at least 1 (got " + maxLineLength + ")");
        }
        if (jobs < 1) {
            throw new CatconvException(ExitStatus.USAGE, "--jobs must be at least 1 (got " + jobs + ")");
        }
    }
}
