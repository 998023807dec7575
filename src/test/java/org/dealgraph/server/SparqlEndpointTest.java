package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint as a client sees it: a real server on a free port, real HTTP. */
class SparqlEndpointTest {
    @TempDir
    static Path dir;
    static DealGraph graph;
    static SparqlEndpoint endpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PARTNERS = "PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?b WHERE { ?a rdfs:label \"TikTok\" ; dg:partnersWith ?p . ?p rdfs:label ?b } ORDER BY ?b";

    @BeforeAll
    static void start() {
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)).withResultLimit(50));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        graph.close();
    }

    private static HttpResponse<String> get(String path, String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + endpoint.port() + path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSelectQueriesInJsonCsvTsvAndXml() throws Exception {
        HttpResponse<String> json = get("/dealgraph/sparql", PARTNERS, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"Audius\""), json.body());
        HttpResponse<String> csv = get("/dealgraph/query", PARTNERS, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("b\r\n"), csv.body());
        assertTrue(csv.body().contains("Sony Music Entertainment"), csv.body());
        assertTrue(get("/dealgraph/sparql", PARTNERS, "text/tab-separated-values").body().startsWith("?b"));
        assertTrue(get("/dealgraph/sparql", PARTNERS, "application/sparql-results+xml").body().contains("<sparql"));
    }

    @Test
    void answersConstructInTurtle() throws Exception {
        HttpResponse<String> r = get("/dealgraph/sparql",
                "PREFIX dg: <https://w3id.org/dealgraph#> CONSTRUCT { ?a dg:pays ?b } WHERE { ?a dg:pays ?b }", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.body().contains("pays"), r.body());
    }

    @Test
    void acceptsPostedQueries() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(endpoint.queryUrl().replace("localhost", "127.0.0.1")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(PARTNERS)).build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("UnitedMasters"), r.body());
    }

    @Test
    void refusesUpdatesAndBadQueries() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/dealgraph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        int status = HTTP.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 404 || status == 405 || status == 400, "update status " + status);
        HttpRequest viaQuery = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/dealgraph/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        assertTrue(HTTP.send(viaQuery, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        assertEquals(400, get("/dealgraph/sparql", "SELECT WHERE {", "application/sparql-results+json").statusCode());
        assertTrue(graph.articles() == 5);
    }

    @Test
    void cutsAnswersAtTheResultLimitAndSaysSo() throws Exception {
        HttpResponse<String> all = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 50, all.body().lines().count(), "header line and 50 rows");
        assertEquals("50", all.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        HttpResponse<String> big = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 100000", "text/csv");
        assertEquals(1 + 50, big.body().lines().count());
        HttpResponse<String> small = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(1 + 3, small.body().lines().count());
        assertTrue(small.headers().firstValue("Dealgraph-Result-Limit").isEmpty(), "an answer within the limit is whole");
        HttpResponse<String> ask = get("/dealgraph/sparql", "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), ask.body());
    }
}
