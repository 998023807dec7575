package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check the commands that read a store share: it must exist (opening creates a store, which a typo should not). */
final class ExistingStore {
    private ExistingStore() {
    }

    static Path require(CommandSpec spec, Path store) {
        if (!Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store + " (run 'dealgraph ingest' first)");
        }
        return store;
    }
}
