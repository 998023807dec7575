package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dealgraph delete}: a thin command over {@link DealGraph#delete(String)}. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Remove articles from a store by id: each article's graph, and its share of the consolidated graph "
                + "(a deal or canonical entity that only it reported goes with it; a store written without consolidation "
                + "stays without). Each article is removed in one transaction. Stop 'dealgraph serve' first.",
                "An id is the one the article was ingested under: a JSON Lines 'id', or a .txt file's name without its "
                + "extension. Exits 1 when an id is not in the store (the others are still removed)."})
final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The ids of the articles to remove.")
    List<String> ids;

    @Override
    public Integer call() {
        ExistingStore.require(spec, store);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int deleted = 0;
        int missing = 0;
        try (DealGraph g = DealGraph.open(store)) {
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                if (g.delete(id)) {
                    deleted++;
                } else {
                    missing++;
                    err.println("not in " + store + ": article " + id);
                }
            }
            long left = g.articles();
            out.printf("deleted %d %s from %s; %d %s left%n", deleted, deleted == 1 ? "article" : "articles", store,
                    left, left == 1 ? "article" : "articles");
        }
        out.flush();
        err.flush();
        return missing == 0 ? Main.OK : Main.FAILED;
    }
}
