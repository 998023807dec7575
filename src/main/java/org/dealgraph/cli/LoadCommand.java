package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.store.IngestReport;
import org.dealgraph.store.NQuadsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads of article graphs (the Spark job's nquads/ output, or a backup) into a TDB2 store.",
                "A backup into an empty store is written by Jena's TDB2 bulk loader all at once; the Spark job's output (graphs as "
                + "extracted, which the store consolidates as it writes them), and anything into a store that holds articles, is "
                + "loaded incrementally, as ingest is: an article held with the same content hash and extractor is skipped, a changed one "
                + "replaces its graph. Folders are walked for *.nq and *.nq.gz; give runs oldest first (the last version read wins).",
                "Exit code 1 if any file or graph could not be loaded (the others are still stored)."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created if absent).")
    Path store;

    @Option(names = "--incremental", description = "Write in transactions even into an empty store (slower than the bulk loader).")
    boolean incremental;

    @picocli.CommandLine.Mixin
    ConsolidationOption consolidation;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "N-Quads files (.nq, .nq.gz) or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        ExistingStore.notAFile(spec, store);
        try (DealGraph g = DealGraph.open(store, consolidation.consolidation())) {
            IngestReport r = g.load(inputs, incremental ? NQuadsLoader.Mode.INCREMENTAL : NQuadsLoader.Mode.AUTO, IngestListener.NONE);
            return Reports.print(spec, r, r.summary());
        }
    }
}
