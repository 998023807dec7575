package org.dealgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web page's files and JSON API over real HTTP, without a browser (WebPageTest drives one). */
class WebApiTest {
    private static final String TIKTOK = "https://w3id.org/dealgraph/id/tiktok";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static DealGraph graph;
    static SparqlEndpoint endpoint;

    @BeforeAll
    static void start() {
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        graph.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.pageUrl() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void servesThePageAndItsLibrariesFromTheJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // every script the page names is served: the WebJars' versions were filled in at build time
        var scripts = java.util.regex.Pattern.compile("src=\"([^\"]+)\"").matcher(page.body());
        int n = 0;
        while (scripts.find()) {
            assertEquals(200, get(scripts.group(1)).statusCode(), scripts.group(1));
            n++;
        }
        assertEquals(4, n);
    }

    @Test
    void refusesPathsOutsideItsFolders() throws Exception {
        for (String path : List.of("/web/../dealgraph/build.properties", "/web/%2e%2e/%2e%2e/dealgraph/build.properties",
                "/webjars/../../dealgraph/build.properties", "/web/..%2fdealgraph%2fbuild.properties", "/web/nothing.js")) {
            int status = get(path).statusCode();
            // Jetty itself refuses an encoded dot segment (400); the servlets refuse the rest (404)
            assertTrue(status == 404 || status == 400, path + ": " + status);
        }
    }

    @Test
    void searchMatchesAlternativeNamesIgnoringCase() throws Exception {
        JsonNode found = JSON.readTree(get("/api/search?q=TIKT").body());
        assertEquals(TIKTOK, found.get(0).get("id").asText());
        assertEquals("TikTok", found.get(0).get("label").asText());
        assertEquals(0, JSON.readTree(get("/api/search?q=" + enc("\") } #")).body()).size(), "the text is a literal, not SPARQL");
    }

    @Test
    void configListsEveryCannedQueryWithItsDescription() throws Exception {
        JsonNode c = JSON.readTree(get("/api/config").body());
        assertEquals(WebApi.QUERY_NAMES.size(), c.get("queries").size());
        assertTrue(c.get("queries").get(0).get("description").asText().startsWith("Who are the partners"));
        assertEquals("https://w3id.org/dealgraph#", c.get("prefixes").get("dg").asText());
    }

    @Test
    void entityPageGroupsFactsAndListsDealsAndArticles() throws Exception {
        JsonNode p = JSON.readTree(get("/api/entity?id=" + enc(TIKTOK)).body());
        assertEquals("TikTok", p.get("label").asText());
        List<String> relations = new ArrayList<>();
        p.get("facts").forEach(f -> relations.add(f.get("relation").asText()));
        assertTrue(relations.contains("partnersWith") && relations.contains("pays"), relations.toString());
        assertTrue(p.get("deals").size() > 0 && p.get("articles").size() > 0);
        List<String> deals = new ArrayList<>();
        p.get("deals").forEach(d -> deals.add(d.get("event").asText() + " " + d.get("article").asText()));
        p.get("deals").forEach(d -> assertNotEquals("EventReport", d.get("type").asText(), "an article's report is no deal of its own: " + d));
        assertEquals(deals.size(), new java.util.HashSet<>(deals).size(), "each deal once per article: " + deals);
        assertEquals(404, get("/api/entity?id=" + enc("https://w3id.org/dealgraph/id/nobody-at-all")).statusCode());
    }

    @Test
    void badParametersAreClientErrorsThatSayWhy() throws Exception {
        HttpResponse<String> r = get("/api/graph?id=" + enc("https://example.org/x> } DROP ALL {"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("not an entity IRI"), r.body());
        assertEquals(400, get("/api/graph?depth=3&id=" + enc(TIKTOK)).statusCode());
        assertEquals(400, get("/api/graph?relations=likes&id=" + enc(TIKTOK)).statusCode());
        assertEquals(400, get("/api/graph?from=yesterday&id=" + enc(TIKTOK)).statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
    }

    @Test
    void dateFilterKeepsOnlyFactsFromArticlesInRange() throws Exception {
        JsonNode all = JSON.readTree(get("/api/graph?id=" + enc(TIKTOK)).body());
        JsonNode dated = JSON.readTree(get("/api/graph?from=2020-08-01&to=2020-08-31&id=" + enc(TIKTOK)).body());
        assertTrue(dated.get("edges").size() > 0 && dated.get("edges").size() < all.get("edges").size(),
                dated.get("edges").size() + " of " + all.get("edges").size());
        dated.get("edges").forEach(e -> assertTrue(e.get("first").asText().startsWith("2020-08"), e.toString()));
    }

    @Test
    void evidenceOfASymmetricEdgeReadsBothWays() throws Exception {
        String microsoft = "https://w3id.org/dealgraph/id/microsoft";
        JsonNode one = JSON.readTree(get("/api/evidence?relation=partnersWith&src=" + enc(TIKTOK) + "&dst=" + enc(microsoft)).body());
        JsonNode other = JSON.readTree(get("/api/evidence?relation=partnersWith&src=" + enc(microsoft) + "&dst=" + enc(TIKTOK)).body());
        assertTrue(one.size() > 0);
        assertEquals(one, other);
        assertTrue(one.get(0).has("sentence") && one.get(0).has("extractor") && one.get(0).has("confidence"));
    }

    @Test
    void csvExportIsAZipOfNodesAndEdges() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.pageUrl() + "api/export?format=csv&id=" + enc(TIKTOK))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("dealgraph-tiktok-depth1-nodes.csv", "dealgraph-tiktok-depth1-edges.csv"), names);
    }

    @Test
    void everyExportFormatTheErrorNamesIsServed() throws Exception {
        HttpResponse<String> json = get("/api/export?format=json&id=" + enc(TIKTOK));
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(JSON.readTree(json.body()).get("edges").size() > 0, json.body());
        HttpResponse<String> bogus = get("/api/export?format=bogus&id=" + enc(TIKTOK));
        assertEquals(400, bogus.statusCode());
        assertTrue(bogus.body().contains("gexf, graphml, csv, json"), bogus.body());
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint.pageUrl() + "api/search?q=tik"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }
}
