package org.dealgraph.bench;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark suite runs end to end on a tiny setting: every section has figures, our store answers every query. */
class BenchmarkTest {
    @TempDir
    Path work;

    @Test
    void tinyRunMeasuresEverySectionOnBothStoresAndCleansUp() throws Exception {
        BenchSettings s = new BenchSettings(List.of(TestPipeline.seeds()), List.of(20), 20, 2, 2, 2, work, true, Duration.ofSeconds(20));
        List<String> log = new ArrayList<>();
        BenchReport r = Benchmark.run(TestPipeline.get(), s, "test", Benchmark.bundledQueries(), log::add);

        assertEquals(List.of("en", "en", "id", "id"), r.extraction().stream().map(BenchReport.ExtractionFigure::language).toList());
        assertTrue(r.extraction().stream().allMatch(f -> f.articlesPerSecond() > 0 && f.triples() > 0 && f.peakHeapMb() > 0));
        // extraction is measured against its floor, the text stage alone, on the same articles
        assertEquals(List.of("en", "id"), r.floor().stream().map(BenchReport.FloorFigure::language).toList());
        // the seeds hold one English article, whose floor may round to 0.00 s; the ratios, of the unrounded times, show it measured
        assertTrue(r.floor().stream().allMatch(f -> f.floorSeconds() >= 0 && f.rulesOverFloor() > 0 && f.namesOverFloor() > 0 && f.fullOverFloor() > 0 && f.articles() > 0), r.floor()::toString);
        List<String> loads = r.ingest().stream().map(f -> f.store() + "/" + f.method()).toList();
        assertTrue(loads.containsAll(List.of("dealgraph-tdb2/incremental", "dealgraph-tdb2/bulk-phased", "dealgraph-tdb2/bulk-parallel",
                "dealgraph-tdb2/end-to-end", "rdf4j-native/bulk")), loads.toString());
        BenchReport.IngestFigure incremental = r.ingest().get(0);
        assertEquals(20, incremental.articles());
        assertTrue(incremental.bytesAfterCompaction() != null && incremental.bytesAfterCompaction() > 0);
        long tdb2Triples = r.ingest().stream().filter(f -> f.method().equals("bulk-phased") && f.articles() == 20).findFirst().orElseThrow().triples();
        assertEquals(incremental.triples(), tdb2Triples, "bulk and incremental load the same graphs");
        assertTrue(loads.containsAll(List.of("dealgraph-tdb2/incremental-unconsolidated", "dealgraph-tdb2/end-to-end-unconsolidated")), loads.toString());
        assertEquals(incremental.triples(), r.ingest().stream().filter(f -> f.method().equals("incremental-unconsolidated") && f.articles() == 20)
                .findFirst().orElseThrow().triples(), "consolidation on and off write the same articles");
        assertTrue(r.ratios().get("seconds consolidation on / off incremental @20") > 0, r.ratios()::toString);
        assertTrue(r.ratios().get("seconds consolidation on / off end-to-end @20") > 0, r.ratios()::toString);

        List<BenchReport.QueryFigure> ours = r.queries().stream().filter(q -> q.store().equals("dealgraph-tdb2")).toList();
        assertEquals(2 * Benchmark.QUERY_NAMES.size(), ours.size(), "every query at both sizes");
        assertTrue(ours.stream().allMatch(q -> q.errors() == 0 && q.rows() > 0 && q.requests() == 4), ours.toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.store().equals("rdf4j-native")));
        if (VirtuosoStore.available()) {
            assertTrue(loads.contains("virtuoso/bulk"), loads.toString());
            assertTrue(r.ingest().stream().filter(f -> f.store().equals("virtuoso")).allMatch(f -> f.triples() == tdb2Triples || f.articles() != 20),
                    "Virtuoso loads the same quads");
        }
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("failed")), r.notes().toString());
        assertFalse(r.ratios().isEmpty());
        String table = BenchTables.render(r);
        assertTrue(table.contains("| partners |") && table.contains("dealgraph / peer"), table);
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList(), "stores and N-Quads files are deleted");
        }
    }

    @Test
    void replicasRenameWhatBelongsToAnArticleAndKeepTheEntities() throws Exception {
        var article = org.dealgraph.article.Article.of("a1", "TikTok bermitra dengan Spotify", "TikTok resmi bermitra dengan Spotify.");
        var graph = org.dealgraph.DealGraph.extractGraph(TestPipeline.get(), article);
        Path nq = work.resolve("x.nq");
        long quads = NQuadsFiles.write(List.of(new org.dealgraph.store.GraphStore.ArticleGraph("a1", "h", "x", graph)), 3, nq);
        assertEquals(3 * graph.size(), quads);
        String text = Files.readString(nq);
        assertTrue(text.contains("<https://w3id.org/dealgraph/graph/r3-a1>"), text);
        assertTrue(text.contains("<https://w3id.org/dealgraph/article/r2-a1>"), text);
        assertFalse(text.contains("/id/r2-"), "entity IRIs are shared by the copies");
    }

    @Test
    void queryParametersReplaceOnlyTheValuesRow() {
        QueryParameters p = new QueryParameters("Acme \"Q\" Corp", "pays", "Globex", "Initech");
        String q = "PREFIX dg: <x>\nSELECT * WHERE {\n  VALUES (?nameA ?nameB) { (\"TikTok\" \"Microsoft\") }\n  ?a ?b ?c\n}";
        String applied = p.apply("shortest-chain", q);
        assertTrue(applied.contains("VALUES (?nameA ?nameB) { (\"Acme \\\"Q\\\" Corp\" \"Initech\") }"), applied);
        assertTrue(p.apply("evidence", q.replace("\"Microsoft\"", "dg:pays \"Microsoft\"")).contains("dg:pays \"Globex\""));
        assertEquals(q, p.apply("payments", q));
    }
}
