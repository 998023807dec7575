package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of a store as gzip-compressed N-Quads (one named graph per article).",
                "Restore it with 'dealgraph restore'."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @Option(names = "--out", required = true, paramLabel = "FILE.nq.gz", description = "The backup file to write.")
    Path out;

    @Override
    public Integer call() {
        ExistingStore.require(spec, store);
        try (DealGraph g = DealGraph.open(store)) {
            long quads = g.backup(out);
            spec.commandLine().getOut().println("backed up " + Reports.count(g.articles(), "article") + " (" + Reports.count(quads, "quad") + ") to " + out);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
