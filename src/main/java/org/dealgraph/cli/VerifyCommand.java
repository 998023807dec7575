package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a store for damage.",
                "Its six quad indexes must hold the same quads, and every term they use must be found in the node table and lead back "
                + "to its id. Exit 0 if intact, 1 with each problem if not. 'restore' runs it too."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (stop 'serve' on it first).")
    Path store;

    @Override
    public Integer call() {
        ExistingStore.require(spec, store);
        StoreCheck check;
        try (DealGraph g = DealGraph.open(store)) {
            check = g.verify();
        }
        var out = spec.commandLine().getOut();
        check.quadsPerIndex().forEach((index, n) -> out.println(index + ": " + Reports.count(n, "quad")));
        out.println("terms checked in the node table: " + check.terms());
        out.flush();
        if (check.intact()) {
            out.println("store intact: " + store);
            out.flush();
            return Main.OK;
        }
        var err = spec.commandLine().getErr();
        check.problems().forEach(p -> err.println("dealgraph: " + p));
        err.println("dealgraph: the store at " + store + " is damaged; restore it from a backup ('dealgraph restore')");
        err.flush();
        return Main.FAILED;
    }
}
