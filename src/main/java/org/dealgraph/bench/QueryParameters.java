package org.dealgraph.bench;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.dealgraph.event.RelationType;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canned queries name companies of the bundled articles; a benchmark store may not hold
 * them, and a query that finds nothing measures nothing. So the names in each query's VALUES row
 * are set to companies of the store at hand: the organization with the most relations (the hub),
 * an entity it is related to (and how), and one two links away from it.
 */
record QueryParameters(String hub, String predicate, String neighbour, String farAway) {
    private static final String RELATIONS = Arrays.stream(RelationType.values())
            .map(r -> "dg:" + r.localName() + "|^dg:" + r.localName()).collect(Collectors.joining("|"));
    private static final String PREFIXES = "PREFIX dg: <" + DG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    static QueryParameters find(GraphStore store) {
        String in = Arrays.stream(RelationType.values()).map(r -> "dg:" + r.localName()).collect(Collectors.joining(", "));
        String hub = one(store, PREFIXES + "SELECT ?v (COUNT(*) AS ?n) WHERE { ?a ?p ?b . FILTER(?p IN (" + in + ")) ?a a dg:Organization ; rdfs:label ?v } "
                + "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1");
        String hubLiteral = literal(hub);
        String neighbourRow = PREFIXES + "SELECT ?v ?p WHERE { ?a rdfs:label " + hubLiteral + " ; ?p ?b . FILTER(?p IN (" + in + ")) "
                + "?b rdfs:label ?v } ORDER BY ?p ?v LIMIT 1";
        List<Map<String, String>> row = store.query(neighbourRow, qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> rows.add(Map.of("v", s.getLiteral("v").getString(), "p", s.getResource("p").getURI())));
            return rows;
        });
        if (row.isEmpty()) {
            throw new IllegalStateException("the store holds no relations to query");
        }
        String far = one(store, PREFIXES + "SELECT ?v WHERE { ?a rdfs:label " + hubLiteral + " . ?a " + RELATIONS + " ?x . ?x " + RELATIONS
                + " ?c . FILTER(?c != ?a) FILTER NOT EXISTS { ?a " + RELATIONS + " ?c } ?c rdfs:label ?v } ORDER BY ?v LIMIT 1");
        String predicate = row.get(0).get("p").substring(DG.NS.length());
        return new QueryParameters(hub, predicate, row.get(0).get("v"), far == null ? row.get(0).get("v") : far);
    }

    private static String one(GraphStore store, String sparql) {
        return store.query(sparql, qe -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("v").getString() : null;
        });
    }

    private static String literal(String s) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(s));
    }

    /** The query with its VALUES row set to this store's companies; queries without one are left as they are. */
    String apply(String name, String sparql) {
        String values = switch (name) {
            case "partners" -> "{ " + literal(hub) + " }";
            case "deals-between" -> "{ (" + literal(hub) + " " + literal(neighbour) + ") }";
            case "evidence" -> "{ (" + literal(hub) + " dg:" + predicate + " " + literal(neighbour) + ") }";
            case "shortest-chain" -> "{ (" + literal(hub) + " " + literal(farAway) + ") }";
            default -> null;
        };
        if (values == null) {
            return sparql;
        }
        return sparql.replaceFirst("(?m)^(\\s*VALUES\\s+[^{]*)\\{.*\\}\\s*$", "$1" + java.util.regex.Matcher.quoteReplacement(values));
    }
}
