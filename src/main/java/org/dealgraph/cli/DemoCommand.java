package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.Pipeline;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.SparqlEndpoint;
import org.dealgraph.store.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled articles into a local store and serve it, with example queries.",
                "The articles of data/articles go into a TDB2 store, served on 127.0.0.1; the endpoint URL and example "
                + "queries are printed. Runs until stopped (Ctrl-C)."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "data/articles", paramLabel = "DIR", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--store", defaultValue = "dealgraph-db", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "TCP port from 1 to 65535, 0 for any free one (default: ${DEFAULT-VALUE}).")
    void port(int p) {
        if (p < 0 || p > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port takes a TCP port from 0 (any free one) to 65535, not " + p);
        }
        port = p;
    }

    int port;

    @Option(names = "--no-serve", description = "Ingest and print the example queries' answers, then exit.")
    boolean noServe;

    @CommandLine.Mixin
    LanguageDataOption languageData = new LanguageDataOption();

    @Override
    public Integer call() {
        if (!Files.isDirectory(articles)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no articles at " + articles.toAbsolutePath() + " (run from the project folder, or give --articles)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Pipeline.Builder pipeline = Pipeline.builder();
        languageData.folder().ifPresent(pipeline::languageData);
        DealGraph g = DealGraph.open(store, pipeline.build());
        IngestReport r = g.ingest(List.of(articles), (done, failed) -> { });
        r.problems().forEach(p -> spec.commandLine().getErr().println("dealgraph: " + p));
        out.println("Ingested " + articles + " into " + store + ": " + r.summary());
        out.println();
        out.println("Partners:");
        for (var row : g.selectStrings(Examples.PARTNERS)) {
            out.println("  " + row.get("a") + "  partnersWith  " + row.get("b"));
        }
        out.println("Who pays whom:");
        for (var row : g.selectStrings(Examples.PAYMENTS)) {
            out.println("  " + row.get("payer") + "  pays  " + row.get("payee")
                    + (row.containsKey("value") ? "  " + Reports.amount(row.get("value")) + " " + row.get("currency") + " " + row.getOrDefault("period", "") : ""));
        }
        if (noServe) {
            g.close();
            out.flush();
            return Main.OK;
        }
        SparqlEndpoint e = g.serve(new EndpointSettings(port, true, Duration.ofSeconds(30)));
        out.println();
        out.println("SPARQL endpoint: " + e.queryUrl());
        out.println("Web page:        " + e.pageUrl() + "  (SPARQL editor, company search, graph view)");
        out.println("Try:");
        out.println("  curl -s " + e.queryUrl() + " --data-urlencode query@queries/partners.rq -H 'Accept: text/csv'");
        out.println("  curl -s " + e.queryUrl() + " --data-urlencode query@queries/payments.rq -H 'Accept: application/sparql-results+json'");
        out.println("  java -jar target/dealgraph.jar query --store " + store + " queries/deals-between.rq   (after stopping this server)");
        out.println("Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            e.close();
            g.close();
        }));
        e.join();
        return Main.OK;
    }
}
