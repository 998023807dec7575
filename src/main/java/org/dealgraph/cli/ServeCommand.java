package org.dealgraph.cli;

import org.dealgraph.DealGraph;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.ServerLimits;
import org.dealgraph.server.SparqlEndpoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store as a read-only SPARQL 1.1 endpoint at /dealgraph/sparql (and /dealgraph/query).",
                "Results in JSON, XML, CSV or TSV (SELECT) and Turtle (CONSTRUCT) by content negotiation."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder (made by 'dealgraph ingest').")
    Path store;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT", description = "TCP port from 1 to 65535, 0 for any free one (default: ${DEFAULT-VALUE}).")
    void port(int p) {
        if (p < 0 || p > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port takes a TCP port from 0 (any free one) to 65535, not " + p);
        }
        port = p;
    }

    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "127.0.0.1 (or localhost) to accept local connections only, 0.0.0.0 for all interfaces (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--ingest-token-file", paramLabel = "FILE",
            description = "Switch on POST /dealgraph/ingest for clients sending 'Authorization: Bearer <token>', the token read from FILE.")
    Path tokenFile;

    @Option(names = "--cors", description = "Answer browsers' cross-origin requests.")
    boolean cors;

    @Option(names = "--result-limit", defaultValue = "100000", paramLabel = "ROWS",
            description = "Most rows one query returns; longer answers are cut and carry a Dealgraph-Result-Limit header. 0 for no limit (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--allow-service",
            description = "Let queries call other SPARQL endpoints with SERVICE: the server then makes outbound HTTP requests to any URL a query names. Off by default.")
    boolean allowService;

    @Option(names = "--max-query-length", defaultValue = "262144", paramLabel = "CHARS",
            description = "Longest query text parsed at all; longer ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxQueryLength;

    /** The extractor of POST /dealgraph/ingest: the same options as ingest's, so both write the same graphs. */
    @picocli.CommandLine.Mixin
    PipelineOptions options;

    @Override
    public Integer call() {
        boolean loopback = switch (host) {
            case "127.0.0.1", "localhost", "::1" -> true;
            case "0.0.0.0", "::", "*" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--host takes 127.0.0.1 (local only) or 0.0.0.0 (all interfaces), not " + host);
        };
        ExistingStore.require(spec, store);
        if (resultLimit < 0 || timeout <= 0 || maxQueryLength <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout and --max-query-length must be positive and --result-limit 0 or positive");
        }
        EndpointSettings settings = new EndpointSettings(port, loopback, Duration.ofSeconds(timeout)).withCors(cors).withResultLimit(resultLimit)
                .withServiceAllowed(allowService).withLimits(ServerLimits.defaults().withMaxQueryLength(maxQueryLength));
        if (tokenFile != null) {
            try {
                settings = settings.withIngestToken(Files.readString(tokenFile));
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot use the ingest token in " + tokenFile + ": " + e.getMessage());
            }
        }
        DealGraph g = DealGraph.open(store, options.build());
        SparqlEndpoint e = g.serve(settings);
        spec.commandLine().getOut().println("SPARQL endpoint: " + e.queryUrl() + "  (" + Reports.count(g.articles(), "article") + "; Ctrl-C to stop)");
        spec.commandLine().getOut().println("Web page:        " + e.pageUrl());
        if (tokenFile != null) {
            spec.commandLine().getOut().println("Ingest endpoint: " + e.queryUrl().replace("/sparql", "/ingest") + " (bearer token required)");
            spec.commandLine().getOut().println("Compaction:      POST " + e.queryUrl().replace("/sparql", "/compact") + " (bearer token required)");
        }
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            e.close();
            g.close();
        }));
        e.join();
        return Main.OK;
    }
}
