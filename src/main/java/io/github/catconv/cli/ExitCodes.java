package io.github.catconv.cli;

import io.github.catconv.diag.ExitStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The "Exit codes" section of a command's help, made from {@link ExitStatus}. */
final class ExitCodes {

    private ExitCodes() {
    }

    /** Lists every exit status: the outcomes of a conversion. */
    static void listAll(CommandSpec spec) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitStatus s : ExitStatus.values()) {
            list.put(key(s.code()), s.meaning());
        }
        list(spec, list);
    }

    /** Lists the given codes (keys made with {@link #key}). */
    static void list(CommandSpec spec, Map<String, String> codes) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    }

    /** The code as help shows it, right-aligned in two columns. */
    static String key(int code) {
        return code < 10 ? " " + code : Integer.toString(code);
    }
}
