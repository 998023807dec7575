package org.dealgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rules graph tools apply when they read an export, checked on every format and subset:
 * NetworkX builds a directed graph only when the file declares one and then rejects an edge of
 * the other kind (GEXF {@code defaultedgetype} against each edge's {@code type}, GraphML
 * {@code edgedefault} against each edge's {@code directed}), reads node-link JSON's
 * {@code edges}, and, like Gephi, cannot draw an edge to a node that is not there. Where Python
 * has NetworkX, it reads the files itself.
 */
class ExportStructureTest {
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

    /** What a reader sees in an export: its declared direction, nodes, and edges as (source, target, directed). */
    record Parsed(Optional<Boolean> directed, Set<String> nodes, List<String[]> edges, List<Boolean> edgeDirections) {
    }

    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static Parsed parse(ExportFormat format, Path file) throws Exception {
        Set<String> nodes = new HashSet<>();
        List<String[]> edges = new ArrayList<>();
        List<Boolean> directions = new ArrayList<>();
        switch (format) {
            case GEXF -> {
                Document d = xml(file);
                Element g = (Element) d.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
                String def = g.getAttribute("defaultedgetype");
                NodeList ns = d.getElementsByTagNameNS(GexfWriter.NS, "node");
                for (int i = 0; i < ns.getLength(); i++) {
                    nodes.add(((Element) ns.item(i)).getAttribute("id"));
                }
                NodeList es = d.getElementsByTagNameNS(GexfWriter.NS, "edge");
                for (int i = 0; i < es.getLength(); i++) {
                    Element e = (Element) es.item(i);
                    edges.add(new String[] {e.getAttribute("source"), e.getAttribute("target")});
                    String type = e.hasAttribute("type") ? e.getAttribute("type") : def.isEmpty() ? "undirected" : def;
                    directions.add(type.equals("directed"));
                }
                return new Parsed(def.isEmpty() ? Optional.empty() : Optional.of(def.equals("directed")), nodes, edges, directions);
            }
            case GRAPHML -> {
                Document d = xml(file);
                Element g = (Element) d.getElementsByTagNameNS(GraphMlWriter.NS, "graph").item(0);
                boolean def = g.getAttribute("edgedefault").equals("directed");
                NodeList ns = d.getElementsByTagNameNS(GraphMlWriter.NS, "node");
                for (int i = 0; i < ns.getLength(); i++) {
                    nodes.add(((Element) ns.item(i)).getAttribute("id"));
                }
                NodeList es = d.getElementsByTagNameNS(GraphMlWriter.NS, "edge");
                for (int i = 0; i < es.getLength(); i++) {
                    Element e = (Element) es.item(i);
                    edges.add(new String[] {e.getAttribute("source"), e.getAttribute("target")});
                    directions.add(e.hasAttribute("directed") ? Boolean.parseBoolean(e.getAttribute("directed")) : def);
                }
                return new Parsed(Optional.of(def), nodes, edges, directions);
            }
            case JSON -> {
                JsonNode doc = new ObjectMapper().readTree(file.toFile());
                assertEquals(Set.of("directed", "multigraph", "graph", "nodes", "edges"), fieldNames(doc), "the node-link keys of NetworkX 3.4+");
                doc.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
                doc.get("edges").forEach(e -> {
                    edges.add(new String[] {e.get("source").asText(), e.get("target").asText()});
                    directions.add(doc.get("directed").asBoolean());
                });
                return new Parsed(Optional.of(doc.get("directed").asBoolean()), nodes, edges, directions);
            }
            case CSV -> {
                String base = file.toString().replaceAll("\\.csv$", "");
                Files.readAllLines(Path.of(base + "-nodes.csv")).stream().skip(1).forEach(l -> nodes.add(l.substring(0, l.indexOf(','))));
                for (String l : Files.readAllLines(Path.of(base + "-edges.csv")).stream().skip(1).toList()) {
                    String[] f = l.split(",", 4);
                    edges.add(new String[] {f[0], f[1]});
                    directions.add(f[2].equals("Directed"));
                }
                return new Parsed(Optional.empty(), nodes, edges, directions);
            }
            default -> throw new IllegalStateException();
        }
    }

    static Set<String> fieldNames(JsonNode doc) {
        Set<String> names = new HashSet<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Map<String, ExportOptions> subsets(ExportFormat f) {
        ExportOptions all = ExportOptions.of(f);
        Map<String, ExportOptions> m = new LinkedHashMap<>();
        m.put("all", all);
        m.put("events", all.withEvents(true));
        m.put("events-center", all.withEvents(true).withCenter("Kelana", 1));
        m.put("events-center-depth2", all.withEvents(true).withCenter("TikTok", 2));
        m.put("events-relation", all.withEvents(true).withRelations(Set.of(RelationType.PAYS)));
        m.put("events-symmetric", all.withEvents(true).withRelations(Set.of(RelationType.PARTNERS_WITH)));
        m.put("symmetric", all.withRelations(Set.of(RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH)));
        m.put("events-dates", all.withEvents(true).withDates(Optional.of(LocalDate.of(2022, 1, 1)), Optional.empty()));
        m.put("events-min-weight", all.withEvents(true).withMinWeight(2));
        m.put("events-query", all.withEvents(true).withQuery("""
                PREFIX dg: <https://w3id.org/dealgraph#>
                CONSTRUCT { ?a dg:pays ?b } WHERE { ?a dg:pays ?b }"""));
        m.put("events-places", all.withEvents(true).withCategories(Set.of(org.dealgraph.mention.EntityType.ORGANIZATION,
                org.dealgraph.mention.EntityType.PLACE)));
        if (f == ExportFormat.GEXF) {
            m.put("events-dynamic", all.withEvents(true).withDynamic(true));
        }
        return m;
    }

    @Test
    void noExportNamesANodeItDoesNotHold() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            for (Map.Entry<String, ExportOptions> s : subsets(f).entrySet()) {
                Path file = dir.resolve(s.getKey() + "." + f.name().toLowerCase());
                ExportReport r = graph.export(s.getValue(), file);
                Parsed p = parse(f, file);
                assertEquals(r.nodes(), p.nodes().size(), s.getKey() + " " + f);
                assertEquals(r.edges(), p.edges().size(), s.getKey() + " " + f);
                for (String[] e : p.edges()) {
                    assertTrue(p.nodes().contains(e[0]) && p.nodes().contains(e[1]),
                            f + " " + s.getKey() + ": edge " + e[0] + " -> " + e[1] + " names a node the export does not hold");
                }
            }
        }
    }

    @Test
    void everyEdgeIsOfTheKindTheGraphDeclares() throws Exception {
        for (ExportFormat f : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.JSON)) {
            for (Map.Entry<String, ExportOptions> s : subsets(f).entrySet()) {
                Path file = dir.resolve("kind-" + s.getKey() + "." + f.name().toLowerCase());
                graph.export(s.getValue(), file);
                Parsed p = parse(f, file);
                assertTrue(p.directed().isPresent(), f + " " + s.getKey() + " declares its edge direction");
                boolean directed = p.directed().get();
                assertTrue(p.edgeDirections().stream().allMatch(d -> d == directed),
                        f + " " + s.getKey() + ": an edge of the other kind than the graph's " + (directed ? "directed" : "undirected"));
                assertEquals(s.getValue().directedGraph(), directed, f + " " + s.getKey());
                if (f == ExportFormat.GEXF) {
                    GraphExportTest.validate(file, "gexf-1.3.xsd");
                } else if (f == ExportFormat.GRAPHML) {
                    GraphExportTest.validate(file, "graphml.xsd");
                }
            }
        }
        assertFalse(ExportOptions.of(ExportFormat.GEXF).withRelations(Set.of(RelationType.PARTNERS_WITH)).directedGraph(),
                "only symmetric relations make an undirected graph");
    }

    @Test
    void anEventWithoutARelationBringsItsParticipantsAlong(@TempDir Path own) throws Exception {
        try (DealGraph g = DealGraph.open(own.resolve("db"), TestPipeline.get())) {
            // an order is a RegulatoryAction and no relation (a fine would also be a payment, which is one)
            g.ingestArticles(List.of(new Article("ec-google", "EU orders Google",
                    "The European Commission ordered Google to change its shopping service.", "", Optional.of(LocalDate.of(2017, 6, 27)), "en")),
                    IngestListener.NONE);
            for (ExportFormat f : ExportFormat.values()) {
                Path file = own.resolve("ec." + f.name().toLowerCase());
                ExportReport r = g.export(ExportOptions.of(f).withEvents(true), file);
                Parsed p = parse(f, file);
                assertTrue(r.edges() >= 2, f + ": the order links the Commission and Google: " + r);
                assertEquals(r.edges() + 1, r.nodes(), f + ": the event and each party it links: " + p.nodes());
                assertTrue(p.nodes().containsAll(Set.of("european-commission", "google")), f + ": " + p.nodes());
                for (String[] e : p.edges()) {
                    assertTrue(p.nodes().contains(e[0]) && p.nodes().contains(e[1]), f + ": " + e[0] + " -> " + e[1]);
                }
            }
        }
    }

    @Test
    void dynamicWeightCountsArticlesInSpellsThatNeverOverlap(@TempDir Path own) throws Exception {
        String text = "Platform musik Kelana resmi bermitra dengan Harmoni Records untuk katalog lagu.";
        List<Article> four = new ArrayList<>();
        String[] days = {"2021-03-01", "2021-06-01", "2021-06-01", "2022-01-10"};
        for (int i = 0; i < days.length; i++) {
            four.add(new Article("k" + i, "Kelana bermitra dengan Harmoni Records " + i, text, "", Optional.of(LocalDate.parse(days[i])), "id"));
        }
        try (DealGraph g = DealGraph.open(own.resolve("db"), TestPipeline.get())) {
            g.ingestArticles(four, IngestListener.NONE);
            Path file = own.resolve("timeline.gexf");
            ExportReport r = g.export(ExportOptions.of(ExportFormat.GEXF).withDynamic(true), file);
            assertEquals(List.of(), r.warnings());
            GraphExportTest.validate(file, "gexf-1.3.xsd");
            Document d = xml(file);
            NodeList es = d.getElementsByTagNameNS(GexfWriter.NS, "edge");
            assertEquals(2, es.getLength(), "the partnership, one edge each way");
            for (int i = 0; i < es.getLength(); i++) {
                Element e = (Element) es.item(i);
                assertEquals("4", e.getAttribute("weight"), "four articles");
                List<String> spells = new ArrayList<>();
                NodeList values = e.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
                for (int j = 0; j < values.getLength(); j++) {
                    Element v = (Element) values.item(j);
                    if (v.getAttribute("for").equals("weight")) {
                        spells.add(v.getAttribute("value") + " " + v.getAttribute("start") + ".." + v.getAttribute("end"));
                    }
                }
                assertEquals(List.of("1 2021-03-01..2021-05-31", "3 2021-06-01..2022-01-09", "4 2022-01-10..2022-01-10"), spells,
                        "articles, not dates, counted; each spell ends the day before the next; the last is the static weight");
            }
        }
    }

    @Test
    void undatedArticlesCountFromTheFirstSpell() {
        ExportEdge e = new ExportEdge("a--pays--b", "a", "b", "pays", true, 3, Optional.of("2020-01-01"), Optional.of("2020-02-01"),
                Optional.empty(), List.of("2020-01-01", "2020-02-01"));
        assertEquals(List.of(new GexfWriter.WeightSpell(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), 2),
                new GexfWriter.WeightSpell(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1), 3)), GexfWriter.weightSpells(e));
    }

    @Test
    void networkxReadsEveryFormatAndSubset() throws Exception {
        assumeTrue(hasNetworkx(), "Python with NetworkX is not installed; the structural tests above hold its rules");
        StringBuilder files = new StringBuilder();
        for (ExportFormat f : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.JSON)) {
            for (Map.Entry<String, ExportOptions> s : subsets(f).entrySet()) {
                Path file = dir.resolve("nx-" + s.getKey() + "." + f.name().toLowerCase());
                ExportReport r = graph.export(s.getValue(), file);
                files.append(f.name().toLowerCase()).append(' ').append(file).append(' ').append(r.nodes()).append(' ').append(r.edges())
                        .append(' ').append(s.getValue().directedGraph()).append('\n');
            }
        }
        Path list = Files.writeString(dir.resolve("nx-files.txt"), files);
        String script = """
                import json, sys
                import networkx as nx
                bad = []
                for line in open(sys.argv[1]):
                    fmt, path, nodes, edges, directed = line.split()
                    if fmt == "gexf":
                        g = nx.read_gexf(path)
                    elif fmt == "graphml":
                        g = nx.read_graphml(path)
                    else:
                        g = nx.node_link_graph(json.load(open(path)))
                    if (g.number_of_nodes(), g.number_of_edges(), g.is_directed()) != (int(nodes), int(edges), directed == "true"):
                        bad.append(f"{path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, directed {g.is_directed()}")
                print("\\n".join(bad) if bad else "ok")
                """;
        Process p = new ProcessBuilder("python3", "-c", script, list.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals("ok", out);
    }

    static boolean hasNetworkx() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
