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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint as a client sees it: a real server on a free port, real HTTP. */
class SparqlEndpointTest {
    @TempDir
    static Path dir;
    static DealGraph graph;
    static SparqlEndpoint endpoint;
    /** Over the same store: a one-second timeout, one with the result limit of 50 rows, one with none. */
    static SparqlEndpoint impatient;
    static SparqlEndpoint impatientUnlimited;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PARTNERS = "PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?b WHERE { ?a rdfs:label \"TikTok\" ; dg:partnersWith ?p . ?p rdfs:label ?b } ORDER BY ?b";

    @BeforeAll
    static void start() {
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)).withResultLimit(50).withCors(true));
        impatient = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(1)).withResultLimit(50));
        impatientUnlimited = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(1)).withResultLimit(0));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        impatient.close();
        impatientUnlimited.close();
        graph.close();
    }

    private static HttpResponse<String> get(String path, String query, String accept) throws IOException, InterruptedException {
        return get(endpoint, path, query, accept);
    }

    private static HttpResponse<String> get(SparqlEndpoint e, String path, String query, String accept) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + e.port() + path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + path);
    }

    @Test
    void aPortInUseIsAOneLineErrorSayingSo() {
        // Jetty's bind failure was an internal error with a trace (a break-it tester's finding)
        org.dealgraph.DealGraphException e = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                () -> graph.serve(new EndpointSettings(endpoint.port(), true, Duration.ofSeconds(10))));
        assertTrue(e.getMessage().startsWith("port " + endpoint.port() + " is in use by another process"), e.getMessage());
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
    void refusesUpdatesWith405AtEveryUrlAndBadQueriesWith400() throws Exception {
        for (String path : new String[] {"/dealgraph/update", "/dealgraph/sparql", "/dealgraph/query"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
            assertEquals(405, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("read-only endpoint"), r.body());
        }
        HttpResponse<String> form = send(HttpRequest.newBuilder(url("/dealgraph/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("CLEAR DEFAULT", StandardCharsets.UTF_8))));
        assertEquals(405, form.statusCode(), form.body());
        assertEquals(400, get("/dealgraph/sparql", "SELECT WHERE {", "application/sparql-results+json").statusCode());
        assertEquals(5, graph.articles());
    }

    @Test
    void answersABareGetWithTheServiceDescription() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/dealgraph/sparql")).header("Accept", "text/turtle"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        org.apache.jena.rdf.model.Model sd = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).parse(sd);
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(sd.contains(null, sd.createProperty(ns, "endpoint"), sd.createResource(url("/dealgraph/sparql").toString())), r.body());
        assertTrue(sd.contains(null, sd.createProperty(ns, "supportedLanguage"), sd.createResource(ns + "SPARQL11Query")), r.body());
        assertTrue(sd.contains(null, sd.createProperty(ns, "feature"), sd.createResource(ns + "UnionDefaultGraph")), r.body());
    }

    @Test
    void servesTheUnionGraphAsTheDefaultGraphOfTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/dealgraph/data?default")).header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode(), r.body());
        long triples = graph.store().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", qe -> qe.execSelect().next().getLiteral("n").getLong());
        assertTrue(triples > 100);
        assertEquals(triples, r.body().lines().filter(l -> !l.isBlank()).count());
        assertTrue(r.body().contains("<https://w3id.org/dealgraph#partnersWith>"));
    }

    @Test
    void cutsAnswersAtTheResultLimitAndSaysSoOnlyWhenRowsWereDropped() throws Exception {
        HttpResponse<String> all = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 50, all.body().lines().count(), "header line and 50 rows");
        assertEquals("50", all.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        HttpResponse<String> big = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 100000", "text/csv");
        assertEquals(1 + 50, big.body().lines().count());
        assertEquals("50", big.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        HttpResponse<String> small = get("/dealgraph/sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(1 + 3, small.body().lines().count());
        assertTrue(small.headers().firstValue("Dealgraph-Result-Limit").isEmpty(), "an answer within the limit is whole");
        HttpResponse<String> few = get("/dealgraph/sparql", PARTNERS, "text/csv");
        assertTrue(few.body().lines().count() > 1 && few.body().lines().count() < 50, few.body());
        assertTrue(few.headers().firstValue("Dealgraph-Result-Limit").isEmpty(), "a whole answer without a LIMIT has no header");
        HttpResponse<String> exactly = get("/dealgraph/sparql", "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 50 } }", "text/csv");
        assertEquals(1 + 50, exactly.body().lines().count());
        assertTrue(exactly.headers().firstValue("Dealgraph-Result-Limit").isEmpty(), "exactly as many rows as the limit: nothing dropped");
        HttpResponse<String> graphCut = get("/dealgraph/sparql", "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(50, graphCut.body().lines().filter(l -> !l.isBlank()).count());
        assertEquals("50", graphCut.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        HttpResponse<String> graphWhole = get("/dealgraph/sparql",
                "PREFIX dg: <https://w3id.org/dealgraph#> CONSTRUCT { ?a dg:pays ?b } WHERE { ?a dg:pays ?b }", "application/n-triples");
        assertTrue(graphWhole.headers().firstValue("Dealgraph-Result-Limit").isEmpty(), graphWhole.body());
        HttpResponse<String> ask = get("/dealgraph/sparql", "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void letsBrowsersReadTheResultLimitHeaderUnderCors() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/dealgraph/sparql") + "?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Origin", "http://example.org"));
        assertEquals(200, r.statusCode());
        assertEquals("50", r.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Dealgraph-Result-Limit"), r.headers().toString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    /** Three rows at once, then a cross product of the store with itself, twice, that never yields a row. */
    static final String STALLS_AFTER_THREE_ROWS = "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } UNION "
            + "{ ?s ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) } }";

    @Test
    void aTimeoutBeforeTheAnswerIsCompleteIsA503NotACutAnswer() throws Exception {
        HttpResponse<String> r = get(impatient, "/dealgraph/sparql", STALLS_AFTER_THREE_ROWS, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void aTimeoutWhileALongAnswerStreamsBreaksTheConnection() throws Exception {
        String endless = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        URI uri = URI.create("http://127.0.0.1:" + impatientUnlimited.port() + "/dealgraph/sparql?query=" + URLEncoder.encode(endless, StandardCharsets.UTF_8));
        HttpResponse<Void> r;
        try {
            r = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException expected) {
            return; // the body did not end properly: the client knows the answer is not whole
        }
        assertNotEquals(200, r.statusCode(), "a cut answer must not look whole");
    }
}
