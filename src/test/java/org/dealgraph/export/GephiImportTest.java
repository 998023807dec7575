package org.dealgraph.export;

import org.dealgraph.DealGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our exports opened by the real Gephi (the Gephi Toolkit), checked against the store's own SPARQL counts. */
class GephiImportTest {
    @TempDir
    static Path dir;
    static DealGraph graph;

    @BeforeAll
    static void buildStore() {
        graph = ExportStore.open(dir);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static GraphModel importIntoGephi(Path file) throws Exception {
        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace ws = pc.getCurrentWorkspace();
        ImportController ic = Lookup.getDefault().lookup(ImportController.class);
        Container container = ic.importFile(file.toFile());
        assertNotNull(container, "Gephi could not read " + file);
        if (Boolean.getBoolean("dealgraph.gephi.report")) {
            container.getReport().getIssues(100).forEachRemaining(i -> System.err.println("GEPHI " + i.getLevel() + " " + i.getMessage()));
        }
        ic.process(container, new DefaultProcessor(), ws);
        return Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
    }

    private static long count(String sparql) {
        return ExportStore.count(graph, sparql);
    }

    private static final String EDGES = ExportStore.EDGES;

    @Test
    void gephiOpensTheGexfWithEveryNodeEdgeLabelAttributeAndWeight() throws Exception {
        Path file = dir.resolve("net.gexf");
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.GEXF), file);
        GraphModel model = importIntoGephi(file);
        Graph g = model.getGraph();
        assertEquals(r.nodes(), g.getNodeCount());
        assertEquals(ExportStore.directedEdges(graph), g.getEdgeCount(), "Gephi keeps every edge, symmetric relations one each way");
        assertEquals(g.getEdgeCount(), g.getEdges().toCollection().stream().filter(Edge::isDirected).count());
        Node microsoft = g.getNode("microsoft");
        assertEquals("Microsoft", microsoft.getLabel());
        assertEquals("organization", microsoft.getAttribute("category"));
        assertEquals("Q2283", microsoft.getAttribute("wikidata"));
        assertEquals(3, ((Number) microsoft.getAttribute("articles")).intValue(), "three bundled articles mention Microsoft");
        Edge partnership = g.getEdge(g.getNode("harmoni-records"), g.getNode("kelana"), model.getEdgeType("partnersWith"));
        if (partnership == null) {
            partnership = g.getEdges().toCollection().stream()
                    .filter(e -> "partnersWith".equals(e.getLabel()) && Map.of("kelana", 1, "harmoni-records", 1)
                            .containsKey(e.getSource().getId().toString())
                            && Map.of("kelana", 1, "harmoni-records", 1).containsKey(e.getTarget().getId().toString()))
                    .findFirst().orElseThrow();
        }
        assertEquals(2.0, partnership.getWeight(), "two articles report the partnership");
        assertEquals("partnersWith", partnership.getAttribute("relation"));
        assertEquals("partnersWith", partnership.getLabel());
    }

    @Test
    void gephiPlaysTheDynamicGexfOnItsTimeline() throws Exception {
        Path file = dir.resolve("timeline.gexf");
        graph.export(ExportOptions.of(ExportFormat.GEXF).withDynamic(true), file);
        GraphModel model = importIntoGephi(file);
        Interval bounds = model.getTimeBounds();
        // the bundled 002 (2020-08-17) and 004 (2024-08-06) carry dates, around the three dated test articles
        double start = LocalDate.of(2020, 8, 17).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        double end = LocalDate.of(2024, 8, 6).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertEquals(start, bounds.getLow(), 86_400_000, "the timeline opens with the first dated article");
        assertEquals(end, bounds.getHigh(), 86_400_000, "and closes with the last");
        Node kelana = model.getGraph().getNode("kelana");
        assertTrue(kelana.getIntervals().length > 0, "a node carries its spell");
    }

    @Test
    void gephiOpensTheGraphMl() throws Exception {
        Path file = dir.resolve("net.graphml");
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.GRAPHML), file);
        Graph g = importIntoGephi(file).getGraph();
        assertEquals(r.nodes(), g.getNodeCount());
        // Gephi's GraphML importer reads no edge kind, so it merges different relations between one pair;
        // both directions of a symmetric relation are kept (GEXF is the format that keeps every relation apart)
        long ordered = ExportStore.directedEdges(graph);
        long unordered = count(EDGES.formatted("BIND(IF(STR(?src) < STR(?dst), ?src, ?dst) AS ?x) BIND(IF(STR(?src) < STR(?dst), ?dst, ?src) AS ?y)")
                .replace("SELECT DISTINCT ?src ?p ?dst", "SELECT DISTINCT ?x ?y"));
        assertTrue(g.getEdgeCount() >= unordered && g.getEdgeCount() <= ordered,
                g.getEdgeCount() + " edges in Gephi, " + unordered + " to " + ordered + " node pairs in the store");
        assertTrue(g.getEdges().toCollection().stream().allMatch(Edge::isDirected), "the graph is directed, as the file says");
        assertEquals("Microsoft", g.getNode("microsoft").getLabel());
    }

}
