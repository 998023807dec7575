package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup (gzip-compressed N-Quads from 'dealgraph backup') into a new, empty store, in one transaction.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "A store folder that does not exist yet, or is empty.")
    Path store;

    @Parameters(paramLabel = "FILE.nq.gz", arity = "1", description = "A backup written by 'dealgraph backup'.")
    Path backup;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no backup file at " + backup);
        }
        ExistingStore.notAFile(spec, store);
        if (Files.isDirectory(store)) {
            try (Stream<Path> files = Files.list(store)) {
                if (files.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "store folder " + store + " is not empty; restore into a new folder");
                }
            }
        }
        DealGraph.Restored r = DealGraph.restore(backup, store);
        spec.commandLine().getOut().println("restored " + Reports.count(r.articles(), "article") + " (" + Reports.count(r.quads(), "quad") + ") into " + store + ", verified");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
