package org.dealgraph.store;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.Pipeline;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphStoreTest {
    @TempDir
    Path dir;

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    /** Article graphs: the consolidated graph is not one. */
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/dealgraph/graph/\")) }";

    private static long count(DealGraph g, String q) {
        return Long.parseLong(g.selectStrings(q).get(0).get("n"));
    }

    @Test
    void reingestingUnchangedArticlesChangesNothing() {
        Path store = dir.resolve("db");
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            IngestReport first = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            assertEquals(5, first.stored());
            long triples = count(g, COUNT);
            IngestReport second = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            assertEquals(0, second.stored());
            assertEquals(5, second.skipped());
            assertEquals(triples, count(g, COUNT));
        }
        // and after the store is closed and opened again, by a new process or the same one
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            assertEquals(5, g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE).skipped());
            assertEquals(5, g.articles());
        }
    }


    private static final String EXTRACTORS = "PREFIX dg: <https://w3id.org/dealgraph#> SELECT DISTINCT ?v WHERE { GRAPH ?g { ?a dg:extractorVersion ?v } }";
    private static final String ASSERTIONS = "PREFIX dg: <https://w3id.org/dealgraph#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a dg:Assertion } }";

    @Test
    void reingestingWithAnotherThresholdReextractsEveryArticleAndReplacesItsGraph() {
        Path store = dir.resolve("db");
        long before;
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            assertEquals(5, g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE).added());
            before = count(g, ASSERTIONS);
        }
        Pipeline strict = Pipeline.builder().threshold(0.9).build();
        try (DealGraph g = DealGraph.open(store, strict)) {
            IngestReport again = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            assertEquals(5, again.reextracted(), again.summary());
            assertEquals(0, again.added() + again.changed() + again.skipped(), again.summary());
            assertTrue(again.summary().contains("re-extracted 5"), again.summary());
            assertEquals(List.of(Map.of("v", strict.fingerprint().value())), g.selectStrings(EXTRACTORS));
            assertTrue(count(g, ASSERTIONS) < before, "facts under the new threshold are gone: " + count(g, ASSERTIONS) + " of " + before);
            assertEquals(5, g.articles());
        }
    }

    @Test
    void reingestingWithAnExtraGazetteerReextractsAndUsesIt() throws IOException {
        Path store = dir.resolve("db");
        Article article = Article.of("k1", "Kelana bermitra dengan Harmoni Records", "Kelana bermitra dengan Harmoni Records sejak 2021.");
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            g.ingestArticles(List.of(article), IngestListener.NONE);
        }
        Path tsv = Files.writeString(dir.resolve("mine.tsv"), "harmoni-rec\tORGANIZATION\tHarmoni Records\tHarmoni\t\tID\n");
        try (DealGraph g = DealGraph.open(store, Pipeline.builder().addGazetteer(tsv).build())) {
            IngestReport again = g.ingestArticles(List.of(article), IngestListener.NONE);
            assertEquals(1, again.reextracted(), again.summary());
            assertEquals(1, g.select("SELECT * WHERE { <https://w3id.org/dealgraph/id/harmoni-rec> ?p ?o } LIMIT 1").size(),
                    "the graph was replaced by one made with the new gazetteer");
        }
    }

    @Test
    void aPipelineBuiltAgainWithTheSameSettingsSkipsEverything() {
        Path store = dir.resolve("db");
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        }
        try (DealGraph g = DealGraph.open(store, Pipeline.builder().build())) {
            IngestReport again = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            assertEquals(5, again.skipped(), again.summary());
            assertEquals(0, again.stored(), again.summary());
        }
    }

    @Test
    void compactionKeepsEveryTripleAndShrinksTheStore() {
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            for (int i = 0; i < 3; i++) {
                g.ingestArticles(List.of(Article.of("churn", "Kelana bermitra dengan Harmoni Records", "Versi " + i
                        + ": Kelana bermitra dengan Harmoni Records.")), IngestListener.NONE);
            }
            long triples = count(g, COUNT);
            DealGraph.Compaction c = g.compact();
            assertTrue(c.bytesAfter() < c.bytesBefore(), c.toString());
            assertEquals(triples, count(g, COUNT));
            assertEquals(6, g.articles());
            assertEquals(5, g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE).skipped());
        }
    }

    @Test
    void aChangedArticleReplacesItsGraph() {
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.get())) {
            g.ingestArticles(List.of(Article.of("a1", "Kelana bermitra dengan Harmoni Records", "Kelana bermitra dengan Harmoni Records.")),
                    IngestListener.NONE);
            g.ingestArticles(List.of(Article.of("a1", "Kelana menggugat Harmoni Records", "Kelana menggugat Harmoni Records di pengadilan.")),
                    IngestListener.NONE);
            assertEquals(1, g.articles());
            assertFalse(g.store().delete("missing"));
            List<Map<String, String>> rows = g.selectStrings("PREFIX dg: <https://w3id.org/dealgraph#> SELECT ?p WHERE { ?s ?p ?o . "
                    + "FILTER(?p IN (dg:partnersWith, dg:sues)) }");
            assertEquals(List.of(Map.of("p", "https://w3id.org/dealgraph#sues")), rows);
            assertTrue(g.store().delete("a1"));
            assertEquals(0, g.articles());
        }
    }

    @Test
    void aChangedArticlesAmountReplacesTheOldOneAfterTheStoreIsReopened() {
        String values = "PREFIX schema: <http://schema.org/> SELECT ?v WHERE { GRAPH ?g { ?a schema:value ?v } }";
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.rulesOnly())) {
            g.ingestArticles(List.of(Article.of("m2", "Halcyon", "Halcyon Media agreed to buy Brightwater Studios for $40 million.")),
                    IngestListener.NONE);
        }
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.rulesOnly())) {
            g.ingestArticles(List.of(Article.of("m2", "Halcyon", "Halcyon Media agreed to buy Brightwater Studios for $55 million.")),
                    IngestListener.NONE);
        }
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.rulesOnly())) {
            assertEquals(List.of(Map.of("v", "55000000.0")), g.selectStrings(values));
        }
    }

    @Test
    void removingAGraphDeletesAWholeNumberDecimalWrittenWithoutAPoint() {
        // stores written before amounts were canonical hold "40000000"^^xsd:decimal, which TDB2 reads back as "40000000.0"
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dealgraph/graph/m2");
        org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.resolve("raw").toString());
        org.apache.jena.system.Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(graph,
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dealgraph/amount/m2/1"),
                org.apache.jena.graph.NodeFactory.createURI("http://schema.org/value"),
                org.apache.jena.graph.NodeFactory.createLiteralDT("40000000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        org.apache.jena.query.Dataset again = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.resolve("raw").toString());
        org.apache.jena.system.Txn.executeWrite(again, () -> GraphStore.removeGraph(again.asDatasetGraph(), graph));
        assertEquals(0L, (long) org.apache.jena.system.Txn.calculateRead(again, () ->
                org.apache.jena.atlas.iterator.Iter.count(again.asDatasetGraph().find(graph, null, null, null))));
    }

    @Test
    void badInputIsReportedByNameAndTheRestIsStoredWhole() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Kelana bermitra dengan Harmoni Records\nKelana bermitra dengan Harmoni Records sejak 2021.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(in.resolve("french.txt"), "Le gouvernement\nLe gouvernement français a annoncé hier une nouvelle réforme des retraites au parlement.");
        Files.writeString(in.resolve("batch.jsonl"), "{\"id\":\"j1\",\"title\":\"T\",\"text\":\"Kestrel Dynamics Corp sued Halcyon Systems Inc.\"}\n{broken\n");
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.get())) {
            IngestReport r = g.ingest(List.of(in), IngestListener.NONE);
            assertEquals(2, r.stored(), r.toString());
            assertEquals(4, r.failed(), r.problems().toString());
            String problems = r.problems().toString();
            assertTrue(problems.contains("empty.txt: empty file"), problems);
            assertTrue(problems.contains("binary.txt: binary data"), problems);
            assertTrue(problems.contains("french.txt: article french: unsupported language"), problems);
            assertTrue(problems.contains("batch.jsonl:2: not valid JSON"), problems);
            assertEquals(2, count(g, GRAPHS));
            // every stored graph is a whole article: it has its article node and content hash
            assertEquals(2, g.selectStrings("PREFIX dg: <https://w3id.org/dealgraph#> SELECT ?g WHERE { GRAPH ?g { ?a dg:contentHash ?h } }").size());
        }
    }
}
