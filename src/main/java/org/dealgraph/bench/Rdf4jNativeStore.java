package org.dealgraph.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dealgraph.DealGraphException;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.resultio.sparqljson.SPARQLResultsJSONWriter;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Eclipse RDF4J's NativeStore with its default indexes (spoc, posc), loaded as RDF4J advises for
 * bulk data (isolation NONE, a commit every {@value #CHUNK} statements), and served over HTTP by the
 * JDK's HTTP server: a query per request on a connection of its own, results as SPARQL JSON, the
 * query stopped after the benchmark's timeout as our endpoint stops it.
 */
final class Rdf4jNativeStore implements PeerStore {
    static final int CHUNK = 500_000;
    private final SailRepository repository;
    private final int timeoutSeconds;
    private HttpServer server;
    private ExecutorService workers;

    Rdf4jNativeStore(Path dir, java.time.Duration timeout) {
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
        this.repository = new SailRepository(new NativeStore(dir.toFile()));
        repository.init();
    }

    @Override
    public String name() {
        return "rdf4j-native";
    }

    @Override
    public long load(Path nquads) {
        long[] n = {0};
        try (RepositoryConnection conn = repository.getConnection();
             InputStream in = new BufferedInputStream(Files.newInputStream(nquads), 1 << 16)) {
            conn.setIsolationLevel(IsolationLevels.NONE);
            conn.begin();
            RDFParser parser = Rio.createParser(RDFFormat.NQUADS);
            parser.setRDFHandler(new AbstractRDFHandler() {
                @Override
                public void handleStatement(Statement st) {
                    conn.add(st);
                    if (++n[0] % CHUNK == 0) {
                        conn.commit();
                        conn.begin();
                    }
                }
            });
            parser.parse(in, "");
            conn.commit();
        } catch (IOException e) {
            throw new DealGraphException("cannot load " + nquads + " into RDF4J: " + e.getMessage(), e);
        }
        return n[0];
    }

    @Override
    public String serve() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new DealGraphException("cannot start the RDF4J endpoint: " + e.getMessage(), e);
        }
        workers = Executors.newFixedThreadPool(8);
        server.setExecutor(workers);
        server.createContext("/sparql", this::answer);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        String query = raw == null || !raw.startsWith("query=") ? "" : URLDecoder.decode(raw.substring(6), StandardCharsets.UTF_8);
        // the whole answer first, so that a query stopped by the timeout gets an error status, not a cut 200
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        int status = 200;
        try (RepositoryConnection conn = repository.getConnection()) {
            var tuple = conn.prepareTupleQuery(QueryLanguage.SPARQL, query);
            tuple.setMaxExecutionTime(timeoutSeconds);
            tuple.evaluate(new SPARQLResultsJSONWriter(body));
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        } catch (RuntimeException e) {
            status = e instanceof org.eclipse.rdf4j.query.QueryInterruptedException ? 503 : 400;
            body.reset();
            body.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, body.size());
            body.writeTo(out);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
        }
        repository.shutDown();
    }
}
