package org.dealgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.dealgraph.store.GraphStore;

import java.util.List;

/**
 * The read-only SPARQL 1.1 endpoint over a store, served by Fuseki main: queries at
 * {@code /dealgraph/sparql} and {@code /dealgraph/query} (GET and POST), results in JSON, XML,
 * CSV and TSV, CONSTRUCT and DESCRIBE in Turtle and the other RDF syntaxes, by content
 * negotiation; {@code GET} of the query URL without a query answers the service description, and
 * {@code /dealgraph/data?default} the union graph. Each answer holds at most
 * {@link EndpointSettings#resultLimit()} rows, and is whole or fails (see {@link ReadOnlyQueryService}).
 * SPARQL updates are refused (405) at every URL; articles come in only through {@code POST /dealgraph/ingest}
 * ({@link IngestServlet}), and the store is compacted in place through {@code POST /dealgraph/compact}
 * ({@link CompactServlet}), both only when an ingest token is set. The analysts' web page is at {@code /}
 * ({@link WebPage}).
 *
 * <pre>{@code
 * try (SparqlEndpoint e = SparqlEndpoint.start(store, EndpointSettings.defaults().withPort(0))) {
 *     String url = e.queryUrl();
 * }
 * }</pre>
 */
public final class SparqlEndpoint implements AutoCloseable {
    public static final String DATASET = "/dealgraph";
    private final FusekiServer server;
    private final String host;
    private final RequestBoundsFilter bounds;

    private SparqlEndpoint(FusekiServer server, String host, RequestBoundsFilter bounds) {
        this.server = server;
        this.host = host;
        this.bounds = bounds;
    }

    public static SparqlEndpoint start(GraphStore store, EndpointSettings settings) {
        return start(store, settings, articles -> {
            throw new IllegalStateException("no article sink for the ingest endpoint");
        });
    }

    /** Starts the endpoint; with an ingest token in the settings, {@code POST /dealgraph/ingest} sends articles to {@code sink}. */
    public static SparqlEndpoint start(GraphStore store, EndpointSettings settings, ArticleSink sink) {
        DatasetGraph dataset = store.datasetGraph();
        ServerLimits limits = settings.limits();
        RequestBoundsFilter bounds = new RequestBoundsFilter(limits, settings.timeout(),
                List.of(DATASET + "/ingest", DATASET + "/compact"), IngestServlet.MAX_BODY);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .numServerThreads(Math.min(16, limits.maxThreads()), limits.maxThreads())
                .registerOperation(Operation.Query,
                        new ReadOnlyQueryService(settings.resultLimit(), settings.timeout(), settings.allowService(), limits))
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphRead())
                .registerOperation(Operation.Update, new RefusedUpdateService())
                .add(DATASET, dataset, false)
                .addEndpoint(DATASET, "update", Operation.Update);
        if (settings.cors()) {
            builder.addFilter("/*", new CorsFilter());
        }
        builder.addFilter("/*", bounds);
        builder.addFilter(DATASET + "/*", new SharedAccessFilter(store.sharedAccess(), DATASET + "/compact"));
        settings.ingestToken().map(BearerToken::new).ifPresent(token -> builder
                .addServlet(DATASET + "/ingest", new IngestServlet(token, sink))
                .addServlet(DATASET + "/compact", new CompactServlet(token, store)));
        WebPage.install(builder, store, settings);
        FusekiServer server = builder.build();
        bound(server.getJettyServer(), limits);
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.net.BindException) {
                    // a port another process holds: one line that says so, not Jetty's trace (a break-it tester's finding)
                    throw new org.dealgraph.DealGraphException("port " + settings.port() + " is in use by another process: give "
                            + "another --port, or --port 0 for any free one", e);
                }
            }
            throw e;
        }
        return new SparqlEndpoint(server, settings.loopbackOnly() ? "127.0.0.1" : "localhost", bounds);
    }

    /**
     * Jetty's part of the limits: idle connections are closed, open connections are capped, and
     * each response is written through a buffer of {@link ServerLimits#OUTPUT_BUFFER_BYTES}.
     * Design decision: Fuseki main sets a 5 MiB output buffer, larger than Jetty's buffer pool
     * keeps (64 KiB), so every request allocated a fresh 5 MiB direct buffer that only a heap
     * garbage collection freed: an idle heap let a server grow by gigabytes of direct memory. A
     * buffer the pool keeps is reused; answers are still whole or fail, as
     * {@link ReadOnlyQueryService} holds rows, not bytes, before it answers.
     */
    private static void bound(Server jetty, ServerLimits limits) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof AbstractConnector ac) {
                ac.setIdleTimeout(limits.idleTimeout().toMillis());
            }
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(ServerLimits.OUTPUT_BUFFER_BYTES);
            }
        }
        jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), jetty));
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The query URL, e.g. {@code http://127.0.0.1:3030/dealgraph/sparql}. */
    public String queryUrl() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** The analysts' web page, e.g. {@code http://127.0.0.1:3030/}. */
    public String pageUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        bounds.close();
    }
}
