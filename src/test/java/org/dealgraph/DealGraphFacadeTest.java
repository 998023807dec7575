package org.dealgraph;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.article.Article;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.SparqlEndpoint;
import org.dealgraph.store.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Java developer's use of dealgraph as a library: no CLI, nothing printed. */
class DealGraphFacadeTest {
    @TempDir
    Path dir;

    @Test
    void extractionOnSeveralThreadsGivesTheSameGraphs() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        DealGraph.extractTo(TestPipeline.get(), List.of(TestPipeline.seeds()), one, IngestListener.NONE, 1);
        DealGraph.extractTo(TestPipeline.get(), List.of(TestPipeline.seeds(), TestPipeline.home().resolve("src/test/resources/export/dated.jsonl")),
                two, IngestListener.NONE, 2);
        try (var files = java.nio.file.Files.list(one)) {
            for (Path f : files.toList()) {
                Model a = org.apache.jena.riot.RDFDataMgr.loadModel(f.toString());
                Model b = org.apache.jena.riot.RDFDataMgr.loadModel(two.resolve(f.getFileName()).toString());
                assertTrue(a.isIsomorphicWith(b), f.getFileName().toString());
            }
        }
        try (var files = java.nio.file.Files.list(two)) {
            assertEquals(8, files.count());
        }
    }

    @Test
    void aLanguageTheTextDoesNotReadAsIsTheExtractionsWarningNotAProblem() {
        Article english = new Article("w1", "Deal", "Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc for $5 billion on Monday.",
                "", java.util.Optional.empty(), "id");
        org.dealgraph.event.Extraction x = TestPipeline.get().extract(english);
        assertEquals(1, x.warnings().size(), x.warnings().toString());
        assertEquals("w1: \"lang\" is \"id\" but its text holds 3 function words of en and none of id; it is read as id",
                x.warnings().get(0).toString());
        assertEquals(org.dealgraph.text.Language.INDONESIAN, x.text().language());
        Article indonesian = new Article("w2", "TikTok bermitra dengan Audius", "TikTok resmi bermitra dengan layanan musik Audius.",
                "", java.util.Optional.empty(), "id");
        assertTrue(TestPipeline.get().extract(indonesian).warnings().isEmpty());
    }

    @Test
    void embedsWithoutTheCommandLineAndPrintsNothing() throws Exception {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        // standard error too: the tests run with the application's logging (org.dealgraph at INFO)
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Pipeline pipeline = TestPipeline.get();
            Model one = DealGraph.extractGraph(pipeline, Article.of("lib-1", "Kelana bermitra dengan Harmoni Records",
                    "Kelana bermitra dengan Harmoni Records sejak 2021."));
            assertTrue(one.size() > 10);

            try (DealGraph g = DealGraph.open(dir.resolve("db"), pipeline)) {
                IngestReport r = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
                assertEquals(5, r.stored());
                List<Map<String, String>> rows = g.selectStrings("PREFIX dg: <https://w3id.org/dealgraph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?payee WHERE { ?a rdfs:label \"TikTok\" ; dg:pays ?b . ?b rdfs:label ?payee }");
                assertEquals(List.of(Map.of("payee", "Microsoft")), rows);
                try (SparqlEndpoint e = g.serve(EndpointSettings.defaults().withPort(0))) {
                    String q = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
                    HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + e.port() + "/dealgraph/sparql?query=" + q)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertTrue(resp.body().contains("true"), resp.body());
                }
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void selectReturnsTypedTermsAndABadQueryIsTheProjectsException() {
        try (DealGraph g = DealGraph.open(dir.resolve("typed"), TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            List<Map<String, org.apache.jena.rdf.model.RDFNode>> rows = g.select("PREFIX dg: <https://w3id.org/dealgraph#> "
                    + "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?payee ?value ?c WHERE { ?e a dg:Payment ; dg:payee ?b ; dg:amount ?m . ?b rdfs:label ?payee . "
                    + "?m schema:value ?value ; schema:currency ?c } LIMIT 1");
            assertEquals(1, rows.size());
            var value = rows.get(0).get("value").asLiteral();
            assertEquals(322_000_000_000.0, value.getDouble(), 1.0, "a number, not a string to re-parse");
            assertTrue(value.getDatatypeURI().startsWith("http://www.w3.org/2001/XMLSchema#"), value.getDatatypeURI());
            assertEquals("Microsoft", rows.get(0).get("payee").asLiteral().getString());
            assertTrue(rows.get(0).get("value").getModel().isEmpty(), "terms detached from the store");
            long n = g.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").get(0).get("n").asLiteral().getLong();
            assertTrue(n > 100);
            assertEquals(Long.toString(n), g.selectStrings("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").get(0).get("n"));
            InvalidQueryException bad = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class, () -> g.select("SELECT WHERE {"));
            assertTrue(bad.getMessage().startsWith("not a valid SPARQL query"), bad.getMessage());
            InvalidQueryException update = org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class, () -> g.select("DROP ALL"));
            assertTrue(update.getMessage().contains("an update") && update.getMessage().contains("read-only"), update.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(InvalidQueryException.class,
                    () -> g.query("CONSTRUCT {", QueryFormat.JSON, new ByteArrayOutputStream()));
        }
    }
}
