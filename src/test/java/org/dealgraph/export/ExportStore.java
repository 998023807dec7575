package org.dealgraph.export;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;

import java.nio.file.Path;
import java.util.List;

/** The store the export tests share: the bundled articles and three dated ones, so exports have a timeline. */
final class ExportStore {
    private ExportStore() {
    }

    static DealGraph open(Path dir) {
        // built by the rules alone: these tests are of the exporter, not of how a trained bundle reads invented names
        // ("Kelana" in a headline read as a person by the bundle trained on 3,525 articles)
        DealGraph graph = DealGraph.open(dir.resolve("db"), TestPipeline.rulesOnly());
        graph.ingest(List.of(TestPipeline.seeds(), TestPipeline.home().resolve("src/test/resources/export/dated.jsonl")), IngestListener.NONE);
        return graph;
    }

    /** Distinct (subject, relation, object) edges between organizations, people and products, symmetric ones once; {@code %s} adds patterns. */
    static final String EDGES = """
            PREFIX dg: <https://w3id.org/dealgraph#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?src ?p ?dst WHERE {
              ?f a dg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              BIND(IF(?p IN (dg:partnersWith, dg:competesWith) && STR(?s) > STR(?o), ?o, ?s) AS ?src)
              BIND(IF(?p IN (dg:partnersWith, dg:competesWith) && STR(?s) > STR(?o), ?s, ?o) AS ?dst)
              FILTER EXISTS { ?src a ?t FILTER(?t IN (dg:Organization, dg:Person, dg:Product)) }
              FILTER EXISTS { ?dst a ?u FILTER(?u IN (dg:Organization, dg:Person, dg:Product)) }
              %s } }""";

    /** Edges of the default (directed) export: each symmetric relation twice, one each way. */
    static long directedEdges(DealGraph graph) {
        return count(graph, EDGES.formatted("")) + count(graph, EDGES.formatted("FILTER(?p IN (dg:partnersWith, dg:competesWith))"));
    }

    static long count(DealGraph graph, String sparql) {
        return Long.parseLong(graph.selectStrings(sparql).get(0).get("n"));
    }
}
