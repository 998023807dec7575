package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The running server takes articles over authenticated HTTP while it keeps answering queries. */
class IngestEndpointTest {
    static final String TOKEN = "s3cret-token-for-tests-only";
    @TempDir
    static Path dir;
    static DealGraph graph;
    static SparqlEndpoint endpoint;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(2)).withIngestToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        graph.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + path);
    }

    private static HttpResponse<String> post(String path, String type, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/dealgraph/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesClientsWithoutTheToken() throws Exception {
        assertEquals(401, post("/dealgraph/ingest?id=x", "text/plain", null, "T\nbody").statusCode());
        assertEquals(401, post("/dealgraph/ingest?id=x", "text/plain", "wrong-token-wrong-token", "T\nbody").statusCode());
        assertEquals(415, post("/dealgraph/ingest", "application/pdf", TOKEN, "%PDF").statusCode());
        assertEquals(400, post("/dealgraph/ingest", "text/plain", TOKEN, "T\nbody").statusCode(), "a text article needs an id");
    }

    @Test
    void takesTextAndJsonLinesArticlesAndQueriesSeeThem() throws Exception {
        HttpResponse<String> one = post("/dealgraph/ingest?id=http-1", "text/plain; charset=utf-8", TOKEN,
                "Kelana bermitra dengan Harmoni Records\nPlatform Kelana resmi bermitra dengan Harmoni Records.");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"stored\":1"), one.body());
        HttpResponse<String> many = post("/dealgraph/ingest", "application/x-ndjson", TOKEN,
                "{\"id\":\"http-2\",\"title\":\"T\",\"text\":\"Kestrel Dynamics Corp sued Halcyon Systems Inc in March.\"}\n{broken\n");
        assertEquals(200, many.statusCode(), many.body());
        assertTrue(many.body().contains("\"stored\":1") && many.body().contains("request:2: not valid JSON"), many.body());
        String rows = query("PREFIX dg: <https://w3id.org/dealgraph#> SELECT ?p WHERE { ?a ?p ?b FILTER(?p IN (dg:partnersWith, dg:sues)) } ORDER BY ?p").body();
        assertTrue(rows.contains("partnersWith") && rows.contains("sues"), rows);
    }

    @Test
    void queriesKeepAnsweringWhileArticlesArrive() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> queries = new ArrayList<>();
            Future<Integer> writes = pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 15; i++) {
                    String body = "{\"id\":\"load-" + i + "\",\"title\":\"T\",\"text\":\"Kestrel Dynamics Corp signed an agreement with Nimbus Cloud Corp "
                            + i + ".\"}";
                    ok += post("/dealgraph/ingest", "application/x-ndjson", TOKEN, body).statusCode() == 200 ? 1 : 0;
                }
                return ok;
            });
            for (int t = 0; t < 2; t++) {
                queries.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 40; i++) {
                        HttpResponse<String> r = query("PREFIX dg: <https://w3id.org/dealgraph#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a dg:contentHash ?h } }");
                        ok += r.statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            assertEquals(15, writes.get());
            for (Future<Integer> q : queries) {
                assertEquals(40, q.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunawayQueryIsCancelledAndTheServerGoesOn() throws Exception {
        // a cross product that cannot finish within the 2 s timeout
        HttpResponse<String> slow = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        assertEquals(503, slow.statusCode(), slow.body());
        assertEquals(200, query("ASK { }").statusCode());
    }
}
