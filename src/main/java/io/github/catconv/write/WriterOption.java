package io.github.catconv.write;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option a writer reads, as it declares it in {@link RecordWriter#options()}. The command line
 * offers it as {@code --NAME} (with its description in {@code --help}) and hands its value to the
 * writer through the {@link WriteContext} under {@code name}.
 *
 * @param name the long option name without dashes, e.g. {@code eol}; lower-case letters, digits and {@code -}
 * @param paramLabel what the value is, e.g. {@code EOL}; null for a flag
 * @param description one or two sentences for {@code --help}, without the values and the default
 * @param flag true for an option without a value ({@code "true"} when given)
 * @param values the valid values when they are a closed set, else empty
 * @param defaultValue the value used when the option is not given, or null when there is none
 */
public record WriterOption(String name, String paramLabel, String description, boolean flag,
                           List<String> values, String defaultValue) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Checks the declaration; a bad one is a bug in the writer that declares it.
     *
     * @throws IllegalArgumentException for a malformed name, a flag with a value or a default that is not a valid value
     */
    public WriterOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("writer option name must be lower-case letters, digits and '-': " + name);
        }
        if (flag && (paramLabel != null || !values.isEmpty() || defaultValue != null)) {
            throw new IllegalArgumentException("flag --" + name + " takes no value");
        }
        if (!flag && paramLabel == null) {
            throw new IllegalArgumentException("option --" + name + " needs a parameter label");
        }
        if (!values.isEmpty() && !values.contains(defaultValue)) {
            throw new IllegalArgumentException("option --" + name + ": default " + defaultValue + " is not one of " + values);
        }
    }

    /** A flag: {@code --NAME} without a value. */
    public static WriterOption flag(String name, String description) {
        return new WriterOption(name, null, description, true, List.of(), null);
    }

    /** An option with any value and no default. */
    public static WriterOption value(String name, String paramLabel, String description) {
        return new WriterOption(name, paramLabel, description, false, List.of(), null);
    }

    /** An option with any value and a default. */
    public static WriterOption value(String name, String paramLabel, String description, String defaultValue) {
        return new WriterOption(name, paramLabel, description, false, List.of(), Objects.requireNonNull(defaultValue));
    }

    /** An option whose value is one of {@code values}, {@code defaultValue} when not given. */
    public static WriterOption oneOf(String name, String paramLabel, String description, String defaultValue,
                                     String... values) {
        return new WriterOption(name, paramLabel, description, false, List.of(values), Objects.requireNonNull(defaultValue));
    }
}
