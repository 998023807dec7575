package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a TDB2 store: reclaim the space that transactions leave behind (run after large ingests).")
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @Override
    public Integer call() {
        ExistingStore.require(spec, store);
        try (DealGraph g = DealGraph.open(store)) {
            DealGraph.Compaction c = g.compact();
            spec.commandLine().getOut().printf("compacted %s: %s -> %s on disk%s%n", store, c.before().display(), c.after().display(),
                    c.after().allocated() ? "" : " (file lengths: 'du' could not be run to count the blocks allocated; sparse files take less)");
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
