package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The check the commands that read articles share, before any work: every INPUT must exist. A
 * missing one is bad usage (exit code 2), named in one line, not a failed article.
 */
final class ExistingInputs {
    private ExistingInputs() {
    }

    static List<Path> require(CommandSpec spec, List<Path> inputs) {
        if (inputs != null) {
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + input);
                }
            }
        }
        return inputs;
    }
}
