package org.dealgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The peer stores of the benchmark answer the queries they are sent, and say why when they do not. */
class PeerStoreTest {
    @TempDir
    Path dir;

    @Test
    void rdf4jAnswersASelectOverHttp() throws Exception {
        Path nq = dir.resolve("g.nq");
        Files.writeString(nq, "<http://ex/a> <http://ex/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex/g> .\n");
        try (Rdf4jNativeStore store = new Rdf4jNativeStore(dir.resolve("rdf4j"), Duration.ofSeconds(10))) {
            assertEquals(1, store.load(nq));
            String url = store.serve();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "?query="
                    + URLEncoder.encode("SELECT ?s ?o WHERE { ?s <http://ex/p> ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"bindings\""), r.body());
        }
    }

    @Test
    void aQueryAPeerDoesNotAnswerSaysWhyInTheFiguresTheTableAndTheNotes() throws Exception {
        com.sun.net.httpserver.HttpServer broken = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 4);
        broken.createContext("/sparql", exchange -> {
            byte[] body = "MALFORMED QUERY: no such function\nat line 1".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        broken.start();
        try {
            String url = "http://127.0.0.1:" + broken.getAddress().getPort() + "/sparql";
            var figures = new QueryBench(2, 2, Duration.ofSeconds(5)).measure("peer", "tiny", 10, url,
                    java.util.List.of(new QueryBench.NamedQuery("partners", "SELECT * WHERE { ?s ?p ?o }")));
            assertEquals(1, figures.size());
            BenchReport.QueryFigure f = figures.get(0);
            assertEquals(-1, f.rows());
            assertEquals("HTTP 400: MALFORMED QUERY: no such function", f.failure());
            var report = new BenchReport(Benchmark.machine(), "c", "test", java.util.List.of(), java.util.List.of(), java.util.List.of(), figures,
                    Benchmark.peerFailures(figures, 200));
            String table = BenchTables.render(report);
            assertTrue(table.contains("| failed: HTTP 400: MALFORMED QUERY: no such function |"), table);
            assertTrue(table.contains("peer did not answer 1 of 1 timed queries: HTTP 400: MALFORMED QUERY: no such function."), table);
            assertTrue(table.contains("repeated 200 times"), table);
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report);
            assertTrue(json.contains("\"failure\":\"HTTP 400: MALFORMED QUERY: no such function\""), json);
        } finally {
            broken.stop(0);
        }
    }
}
