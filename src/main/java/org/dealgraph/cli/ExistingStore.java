package org.dealgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks of {@code --store} the commands share, before any work: a store is a folder. Each
 * failure is bad usage (exit code 2) named in one line.
 */
final class ExistingStore {
    private ExistingStore() {
    }

    /**
     * For the commands that read a store: it must exist, a folder holding TDB2's {@code tdb.lock} (opening creates a
     * store, which a typo or an empty folder should not).
     */
    static Path require(CommandSpec spec, Path store) {
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store " + store + " is a file, not a store folder");
        }
        // a TDB2 store keeps its lock file at the top of its folder; opening any other folder would make one there
        if (!Files.isDirectory(store) || !Files.exists(store.resolve(org.dealgraph.article.ArticleSources.STORE_LOCK))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + store + " (run 'dealgraph ingest' first)");
        }
        return store;
    }

    /** For the commands that write a store, creating it if absent: it must not be a regular file. */
    static Path notAFile(CommandSpec spec, Path store) {
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--store " + store + " is a file, not a store folder: give a folder (created if absent)");
        }
        return store;
    }
}
