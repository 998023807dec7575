package org.dealgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.DealGraph;
import org.dealgraph.DealGraphException;
import org.dealgraph.TestPipeline;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of a real store (the bundled articles and three dated ones), validated and counted against the store. */
class GraphExportTest {
    @TempDir
    static Path dir;
    static DealGraph graph;
    static final Path SCHEMAS = TestPipeline.home().resolve("src/test/resources/schema");

    @BeforeAll
    static void buildStore() {
        graph = ExportStore.open(dir);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static void validate(Path file, String schema) throws SAXException, IOException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(SCHEMAS.resolve(schema).toFile()).newValidator().validate(new StreamSource(file.toFile()));
    }

    static long storeEdges() {
        return ExportStore.directedEdges(graph);
    }

    @Test
    void gexfValidatesAndHoldsEveryEdgeOfTheStore() throws Exception {
        Path out = dir.resolve("all.gexf");
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.GEXF), out);
        validate(out, "gexf-1.3.xsd");
        assertEquals(storeEdges(), r.edges());
        String gexf = Files.readString(out);
        assertTrue(gexf.contains("defaultedgetype=\"directed\""), "the graph says what its edges are");
        assertTrue(gexf.contains("source=\"harmoni-records\" target=\"kelana\" type=\"directed\" label=\"partnersWith\" kind=\"partnersWith\" weight=\"2\"")
                && gexf.contains("source=\"kelana\" target=\"harmoni-records\" type=\"directed\" label=\"partnersWith\" kind=\"partnersWith\" weight=\"2\""),
                "a symmetric relation is an edge each way, weighted by the two articles that report Kelana and Harmoni Records");
        assertTrue(gexf.contains("type=\"directed\" label=\"pays\" kind=\"pays\""), "other relations are directed");
        assertTrue(gexf.contains("<attvalue for=\"category\" value=\"organization\"/>"));
        assertTrue(gexf.contains("<attvalue for=\"wikidata\" value=\"Q2283\"/>"), "Microsoft's Wikidata id");
    }

    @Test
    void dynamicGexfHasSpellsFromArticleDates() throws Exception {
        Path out = dir.resolve("dynamic.gexf");
        graph.export(ExportOptions.of(ExportFormat.GEXF).withDynamic(true), out);
        validate(out, "gexf-1.3.xsd");
        String gexf = Files.readString(out);
        assertTrue(gexf.contains("mode=\"dynamic\" timeformat=\"date\""));
        assertTrue(gexf.contains("start=\"2021-03-01\" end=\"2022-05-10\""), "the partnership's spell runs from its first to its last article");
        assertTrue(gexf.contains("<attvalue for=\"weight\" value=\"2\" start=\"2022-05-10\""), "weight grows over time");
    }

    @Test
    void graphMlValidatesAndHoldsTheSameGraph() throws Exception {
        Path out = dir.resolve("all.graphml");
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.GRAPHML), out);
        validate(out, "graphml.xsd");
        assertEquals(storeEdges(), r.edges());
        String graphml = Files.readString(out);
        assertTrue(graphml.contains("edgedefault=\"directed\"") && !graphml.contains("directed=\"false\""), "one direction for the whole graph");
    }

    @Test
    void csvAndJsonCarryTheSameCounts() throws Exception {
        ExportReport csv = graph.export(ExportOptions.of(ExportFormat.CSV), dir.resolve("net.csv"));
        List<String> nodes = Files.readAllLines(dir.resolve("net-nodes.csv"));
        List<String> edges = Files.readAllLines(dir.resolve("net-edges.csv"));
        assertEquals("Id,Label,category,wikidata,country,articles,first_seen,last_seen", nodes.get(0));
        assertEquals("Source,Target,Type,Id,Label,Weight,kind,status,first_seen,last_seen", edges.get(0));
        assertEquals(csv.nodes(), nodes.size() - 1);
        assertEquals(csv.edges(), edges.size() - 1);
        ExportReport json = graph.export(ExportOptions.of(ExportFormat.JSON), dir.resolve("net.json"));
        JsonNode doc = new ObjectMapper().readTree(dir.resolve("net.json").toFile());
        assertEquals(json.nodes(), doc.get("nodes").size());
        assertEquals(json.edges(), doc.get("edges").size());
        assertEquals(csv.edges(), json.edges());
    }

    @Test
    void subsetsByNeighbourhoodKindDateWeightAndQuery() throws Exception {
        ExportOptions gexf = ExportOptions.of(ExportFormat.GEXF);
        ExportReport one = graph.export(gexf.withCenter("Kelana", 1), dir.resolve("kelana.gexf"));
        validate(dir.resolve("kelana.gexf"), "gexf-1.3.xsd");
        assertEquals(4, one.nodes(), "Kelana, Harmoni Records, Halcyon Systems Inc, Nimbus Cloud Corp");
        ExportReport partners = graph.export(gexf.withRelations(Set.of(RelationType.PARTNERS_WITH)), dir.resolve("p.gexf"));
        assertTrue(Files.readString(dir.resolve("p.gexf")).lines().noneMatch(l -> l.contains("label=\"pays\"")));
        assertTrue(partners.edges() >= 5, "partnership edges: " + partners.edges());
        ExportReport dated = graph.export(gexf.withDates(Optional.of(LocalDate.of(2022, 1, 1)), Optional.of(LocalDate.of(2022, 12, 31))),
                dir.resolve("d.gexf"));
        assertEquals(2, dated.edges(), "only the 2022 article's partnership, one edge each way");
        ExportReport heavy = graph.export(gexf.withMinWeight(2), dir.resolve("w.gexf"));
        String heavyPairs = """
                PREFIX dg: <https://w3id.org/dealgraph#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT (COUNT(*) AS ?n) WHERE { SELECT ?src ?p ?dst WHERE {
                  ?f a dg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dg:sourceArticle ?a .
                  BIND(IF(?p IN (dg:partnersWith, dg:competesWith) && STR(?s) > STR(?o), ?o, ?s) AS ?src)
                  BIND(IF(?p IN (dg:partnersWith, dg:competesWith) && STR(?s) > STR(?o), ?s, ?o) AS ?dst)
                  %s
                } GROUP BY ?src ?p ?dst HAVING (COUNT(DISTINCT ?a) >= 2) }""";
        long expected = Long.parseLong(graph.selectStrings(heavyPairs.formatted("")).get(0).get("n"))
                + Long.parseLong(graph.selectStrings(heavyPairs.formatted("FILTER(?p IN (dg:partnersWith, dg:competesWith))")).get(0).get("n"));
        assertEquals(expected, heavy.edges());
        assertTrue(heavy.edges() >= 2 && heavy.edges() < partners.edges() + storeEdges());
        assertTrue(Files.readString(dir.resolve("w.gexf")).lines().noneMatch(l -> l.contains("weight=\"1\"")));
        ExportReport byQuery = graph.export(gexf.withQuery("""
                PREFIX dg: <https://w3id.org/dealgraph#>
                CONSTRUCT { ?a dg:pays ?b } WHERE { ?a dg:pays ?b }"""), dir.resolve("q.gexf"));
        validate(dir.resolve("q.gexf"), "gexf-1.3.xsd");
        assertTrue(byQuery.edges() >= 1);
        assertTrue(Files.readString(dir.resolve("q.gexf")).lines().noneMatch(l -> l.contains("label=\"partnersWith\"")));
    }

    @Test
    void aSelectChoosesEdgesByTheirEnds() throws Exception {
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.CSV).withQuery("""
                PREFIX dg: <https://w3id.org/dealgraph#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?source ?target WHERE { ?source rdfs:label "TikTok" ; dg:pays ?target }"""), dir.resolve("sel.csv"));
        List<String> edges = Files.readAllLines(dir.resolve("sel-edges.csv"));
        assertEquals(r.edges(), edges.size() - 1);
        assertTrue(edges.stream().skip(1).allMatch(l -> l.startsWith("tiktok,microsoft,") || l.startsWith("microsoft,tiktok,")),
                edges.toString());
        assertTrue(edges.stream().anyMatch(l -> l.contains(",pays,")) && edges.stream().anyMatch(l -> l.contains(",customerOf,")),
                "every relation between the chosen ends: " + edges);
    }

    @Test
    void aSelectsKindNamesARelationByIriOrByNameAndAnyOtherKindIsAnError() throws Exception {
        String select = """
                PREFIX dg: <https://w3id.org/dealgraph#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?source ?target ?kind WHERE { ?source rdfs:label "TikTok" ; dg:pays ?target BIND(%s AS ?kind) }""";
        for (String kind : List.of("dg:pays", "\"pays\"", "\"https://w3id.org/dealgraph#pays\"")) {
            graph.export(ExportOptions.of(ExportFormat.CSV).withQuery(select.formatted(kind)), dir.resolve("kind.csv"));
            List<String> edges = Files.readAllLines(dir.resolve("kind-edges.csv"));
            assertTrue(edges.size() > 1 && edges.stream().skip(1).allMatch(l -> l.contains(",pays,")), kind + ": " + edges);
        }
        for (String kind : List.of("\"payz\"", "dg:Organization", "42")) {
            org.dealgraph.DealGraphException e = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                    () -> graph.export(ExportOptions.of(ExportFormat.CSV).withQuery(select.formatted(kind)), dir.resolve("bad.csv")));
            assertTrue(e.getMessage().contains("?kind must be a dealgraph relation"), e.getMessage());
        }
    }

    @Test
    void aFirstDateAfterTheLastIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExportOptions.of(ExportFormat.CSV).withDates(java.util.Optional.of(java.time.LocalDate.of(2024, 5, 1)),
                        java.util.Optional.of(java.time.LocalDate.of(2024, 4, 1))));
        assertTrue(e.getMessage().contains("2024-05-01 is after the last 2024-04-01"), e.getMessage());
    }

    @Test
    void anUndatedReportLeavesTheDatesOfTheDatedOnes() throws Exception {
        // one undated article left an edge's and its ends' first and last dates empty (a break-it tester's finding)
        try (DealGraph g = DealGraph.open(dir.resolve("undated-store"), org.dealgraph.TestPipeline.rulesOnly())) {
            g.ingestArticles(List.of(
                    new org.dealgraph.article.Article("d1", "Kestrel partners with Halvor", "Kestrel Ltd partners with Halvor Inc on payments.",
                            "", java.util.Optional.of(java.time.LocalDate.of(2024, 3, 5)), "en"),
                    new org.dealgraph.article.Article("d2", "Kestrel and Halvor", "Kestrel Ltd partners with Halvor Inc on loans.",
                            "", java.util.Optional.empty(), "en")), org.dealgraph.IngestListener.NONE);
            g.export(ExportOptions.of(ExportFormat.CSV), dir.resolve("undated.csv"));
            g.export(ExportOptions.of(ExportFormat.GEXF).withDynamic(true), dir.resolve("undated.gexf"));
        }
        // the edge has its weight over time from its dated article on (the undated one left it none: a verifier's finding)
        assertTrue(Files.readString(dir.resolve("undated.gexf")).contains("<attvalue for=\"weight\" value=\"2\" start=\"2024-03-05\""),
                Files.readString(dir.resolve("undated.gexf")));
        List<String> edges = Files.readAllLines(dir.resolve("undated-edges.csv"));
        assertTrue(edges.stream().anyMatch(l -> l.contains("partnersWith") && l.endsWith(",2024-03-05,2024-03-05")), String.join("\n", edges));
        List<String> nodes = Files.readAllLines(dir.resolve("undated-nodes.csv"));
        assertTrue(nodes.stream().anyMatch(l -> l.startsWith("kestrel,") && l.endsWith(",2024-03-05,2024-03-05")), String.join("\n", nodes));
    }

    @Test
    void edgesCarryTheLatestDealStatus() throws Exception {
        graph.export(ExportOptions.of(ExportFormat.CSV), dir.resolve("status.csv"));
        List<String> edges = Files.readAllLines(dir.resolve("status-edges.csv"));
        assertTrue(edges.stream().anyMatch(l -> l.startsWith("microsoft,tiktok,Directed,microsoft--seeksToAcquire--tiktok,")
                && l.contains(",seeksToAcquire,negotiating,")), String.join("\n", edges));
        assertTrue(edges.stream().anyMatch(l -> l.startsWith("halcyon-systems,kelana,Directed,") && l.contains(",2023-07-15,2023-07-15")),
                "first and last seen from the article date");
    }

    @Test
    void bipartiteExportDrawsEventsAsNodes() throws Exception {
        ExportReport r = graph.export(ExportOptions.of(ExportFormat.GRAPHML).withEvents(true), dir.resolve("bi.graphml"));
        validate(dir.resolve("bi.graphml"), "graphml.xsd");
        assertTrue(r.nodes() > graph.export(ExportOptions.of(ExportFormat.GRAPHML), dir.resolve("plain.graphml")).nodes());
        assertTrue(Files.readString(dir.resolve("bi.graphml")).contains(">event<"));
    }

    @Test
    void namesWithQuotesAndBracesAreParametersNotSparql() {
        DealGraphException e = assertThrows(DealGraphException.class,
                () -> graph.export(ExportOptions.of(ExportFormat.GEXF).withCenter("x\" } DROP ALL { \"", 1), dir.resolve("inj.gexf")));
        assertTrue(e.getMessage().contains("no entity is labelled"), e.getMessage());
    }
}
