package org.dealgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The read-only SPARQL 1.1 endpoint over a store, served by Fuseki main: queries at
 * {@code /dealgraph/sparql} and {@code /dealgraph/query} (GET and POST), results in JSON, XML,
 * CSV and TSV, CONSTRUCT and DESCRIBE in Turtle and the other RDF syntaxes, by content
 * negotiation. No update operation is installed.
 *
 * <pre>{@code
 * try (SparqlEndpoint e = SparqlEndpoint.start(store.datasetGraph(), EndpointSettings.defaults().withPort(0))) {
 *     String url = e.queryUrl();
 * }
 * }</pre>
 */
public final class SparqlEndpoint implements AutoCloseable {
    public static final String DATASET = "/dealgraph";
    private final FusekiServer server;
    private final String host;

    private SparqlEndpoint(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static SparqlEndpoint start(DatasetGraph dataset, EndpointSettings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .add(DATASET, dataset, false)
                .build()
                .start();
        return new SparqlEndpoint(server, settings.loopbackOnly() ? "127.0.0.1" : "localhost");
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The query URL, e.g. {@code http://127.0.0.1:3030/dealgraph/sparql}. */
    public String queryUrl() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
