package org.dealgraph.server;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.dealgraph.event.RelationType;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the web page asks the store, answered as plain maps and lists for JSON: the page's
 * settings and canned queries, entity search, an entity's page, the neighbourhood graph of an
 * entity and the evidence behind one of its edges. Everything is read-only; values from the
 * request go into the queries as parameters or checked IRIs, never pasted.
 *
 * <p>Thread-safe: it holds only the store and the settings.
 */
final class WebApi {
    /** The prefixes of the project's vocabulary, as the editor declares them. */
    static final Map<String, String> PREFIXES = prefixes();
    /** The canned queries shipped with the jar (the project's {@code queries/} folder). */
    static final List<String> QUERY_NAMES = List.of("partners", "acquisitions", "payments", "deals-between", "evidence",
            "people-roles", "ownership-chains", "shortest-chain");
    static final int DEFAULT_MAX_NODES = 150;
    static final int MOST_NODES = 1000;
    private static final Pattern ENTITY_IRI = Pattern.compile(Pattern.quote(DG.ID) + "[^<>\"{}|^`\\\\\\s]+");
    private static final String KINDS = "dg:Organization, dg:Person, dg:Product";
    private static final String SPARQL_PREFIXES = PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n", "", "\n"));

    private final GraphStore store;
    private final EndpointSettings settings;
    private final NameIndex names;

    WebApi(GraphStore store, EndpointSettings settings) {
        this.store = store;
        this.settings = settings;
        this.names = new NameIndex(store, SPARQL_PREFIXES, KINDS);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dg", DG.NS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("schema", DG.SCHEMA);
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("prov", DG.PROV);
        p.put("wd", DG.WIKIDATA);
        p.put("id", DG.ID);
        p.put("article", DG.ARTICLE);
        p.put("event", DG.EVENT);
        p.put("status", DG.STATUS);
        return p;
    }

    /** The page's settings: endpoint, prefixes, limits, relation kinds and canned queries. */
    Map<String, Object> config() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sparql", SparqlEndpoint.DATASET + "/sparql");
        c.put("prefixes", PREFIXES);
        c.put("resultLimit", settings.resultLimit());
        c.put("timeoutSeconds", settings.timeout().toMillis() / 1000.0);
        c.put("maxNodes", DEFAULT_MAX_NODES);
        List<Map<String, Object>> relations = new ArrayList<>();
        for (RelationType r : RelationType.values()) {
            relations.add(Map.of("name", r.localName(), "symmetric", r.symmetric()));
        }
        c.put("relations", relations);
        List<Map<String, Object>> queries = new ArrayList<>();
        for (String name : QUERY_NAMES) {
            String text = cannedQuery(name);
            queries.add(Map.of("name", name, "description", description(text), "query", text));
        }
        c.put("queries", queries);
        return c;
    }

    private static String cannedQuery(String name) {
        try (InputStream in = WebApi.class.getResourceAsStream("/dealgraph/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("query " + name + ".rq is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query " + name, e);
        }
    }

    /** A query's description: its leading comment lines. */
    static String description(String query) {
        return query.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#\\s?", ""))
                .collect(Collectors.joining(" ")).strip();
    }

    /**
     * Entities (organizations, people, products) whose label or alternative name contains
     * {@code text}, ignoring case: names that start with it first, then shorter names.
     */
    List<Map<String, Object>> search(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NameIndex.Hit h : names.search(needle, limit)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", h.entry().id());
            row.put("label", h.entry().label());
            row.put("type", h.entry().type());
            row.put("match", h.name());
            rows.add(row);
        }
        return rows;
    }

    /** Loads the search's names ahead of the first search. */
    void warm() {
        names.warm();
    }

    /** An entity's page: names, kinds, facts by relation, deals and events, and the articles that mention it. */
    Optional<Map<String, Object>> entity(String iri) {
        String e = "<" + entityIri(iri) + ">";
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", iri);
        List<Map<String, String>> head = rows(SPARQL_PREFIXES + "SELECT ?p ?o WHERE { " + e + " ?p ?o FILTER(?p IN "
                + "(rdfs:label, skos:altLabel, rdf:type, dg:country, owl:sameAs)) }");
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Set<String> labels = new LinkedHashSet<>();
        Set<String> alt = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (Map<String, String> r : head) {
            String p = r.get("p");
            String o = r.get("o");
            if (p.endsWith("#label")) {
                labels.add(o);
            } else if (p.endsWith("#altLabel")) {
                alt.add(o);
            } else if (p.endsWith("#type")) {
                types.add(o.substring(o.lastIndexOf('#') + 1));
            } else if (p.endsWith("#country")) {
                page.put("country", o);
            } else if (p.endsWith("#sameAs") && o.startsWith(DG.WIKIDATA)) {
                page.put("wikidata", o);
            }
        }
        page.put("label", labels.isEmpty() ? iri : labels.iterator().next());
        alt.addAll(labels.stream().skip(1).toList());
        page.put("altLabels", List.copyOf(alt));
        page.put("types", List.copyOf(types));
        page.put("facts", rows(SPARQL_PREFIXES + """
                SELECT ?relation ?direction ?other (SAMPLE(?ol) AS ?otherLabel) (COUNT(DISTINCT ?a) AS ?articles)
                       (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
                  { ?f rdf:subject """ + e + """
                 ; rdf:object ?other BIND("out" AS ?direction) }
                  UNION { ?f rdf:object """ + e + """
                 ; rdf:subject ?other BIND("in" AS ?direction) }
                  ?f a dg:Assertion ; rdf:predicate ?p ; dg:sourceArticle ?a .
                  BIND(REPLACE(STR(?p), "^.*#", "") AS ?relation)
                  OPTIONAL { ?a schema:datePublished ?d }
                  OPTIONAL { ?other rdfs:label ?ol }
                } GROUP BY ?relation ?direction ?other ORDER BY ?relation DESC(?articles) ?otherLabel"""));
        page.put("deals", rows(SPARQL_PREFIXES + """
                SELECT ?event ?type ?status ?value ?currency ?date ?article ?published (SAMPLE(?h) AS ?headline)
                       (GROUP_CONCAT(DISTINCT ?ol; SEPARATOR=", ") AS ?with) WHERE {
                  ?event dg:participant """ + e + """
                 ; a ?class ; dg:sourceArticle ?article .
                  FILTER(STRSTARTS(STR(?class), STR(dg:)))
                  # a deal is listed once, from its consolidated node, not once more for each article's report of it
                  FILTER NOT EXISTS { ?event a dg:EventReport }
                  BIND(REPLACE(STR(?class), "^.*#", "") AS ?type)
                  OPTIONAL { ?event dg:status ?s BIND(REPLACE(STR(?s), "^.*/", "") AS ?status) }
                  OPTIONAL { ?event dg:amount ?m . ?m schema:value ?value ; schema:currency ?currency }
                  OPTIONAL { ?event dg:date ?date }
                  OPTIONAL { ?article schema:datePublished ?published }
                  OPTIONAL { ?article schema:headline ?h }
                  OPTIONAL { ?event dg:participant ?x FILTER(?x != """ + e + """
                ) ?x rdfs:label ?ol }
                } GROUP BY ?event ?type ?status ?value ?currency ?date ?article ?published
                ORDER BY DESC(?published) ?event"""));
        page.put("articles", rows(SPARQL_PREFIXES + """
                SELECT ?article (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?published) (SAMPLE(?u) AS ?url) (SAMPLE(?lg) AS ?language) WHERE {
                  ?article dg:mentions """ + e + """
                 .
                  OPTIONAL { ?article schema:headline ?h }
                  OPTIONAL { ?article schema:datePublished ?d }
                  OPTIONAL { ?article schema:url ?u }
                  OPTIONAL { ?article dg:language ?lg }
                } GROUP BY ?article ORDER BY DESC(?published) ?article"""));
        return Optional.of(page);
    }

    /** Which facts a graph keeps: relation kinds (empty for all) and article dates. */
    record Filter(Set<RelationType> relations, Optional<LocalDate> from, Optional<LocalDate> to) {
        Filter {
            relations = Set.copyOf(relations);
        }

        /** Binds ?p and ?d: the relation and the article's date of the assertion ?f from article ?a. */
        String pattern() {
            StringBuilder s = new StringBuilder("  ?f a dg:Assertion ; rdf:predicate ?p ; dg:sourceArticle ?a .\n");
            s.append("  OPTIONAL { ?a schema:datePublished ?d }\n");
            if (!relations.isEmpty()) {
                s.append("  FILTER(?p IN (").append(relations.stream().map(r -> "dg:" + r.localName()).sorted()
                        .collect(Collectors.joining(", "))).append("))\n");
            }
            ParameterizedSparqlString dates = new ParameterizedSparqlString();
            from.ifPresent(f -> {
                dates.append("  FILTER(BOUND(?d) && ?d >= ?fromDate)\n");
                dates.setLiteral("fromDate", f.toString(), XSDDatatype.XSDdate);
            });
            to.ifPresent(t -> {
                dates.append("  FILTER(BOUND(?d) && ?d <= ?toDate)\n");
                dates.setLiteral("toDate", t.toString(), XSDDatatype.XSDdate);
            });
            return s.append(dates).toString();
        }
    }

    /**
     * The neighbourhood of an entity to {@code depth} links under a filter, as nodes and edges.
     * At most {@code maxNodes} nodes: each hop adds the best-supported neighbours first, and the
     * answer says how many were left out. Edges join drawn nodes only; a symmetric relation is one
     * undirected edge a pair; an edge's weight is the number of articles that report it.
     */
    Map<String, Object> graph(String iri, int depth, Filter filter, int maxNodes) {
        String center = entityIri(iri);
        Set<String> chosen = new LinkedHashSet<>(List.of(center));
        Map<String, Integer> hops = new HashMap<>(Map.of(center, 0));
        Set<String> frontier = Set.of(center);
        long left = 0;
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            List<String> next = column(SPARQL_PREFIXES + "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) WHERE {\n  VALUES ?e { " + iris(frontier) + " }\n"
                    + "  { ?f rdf:subject ?e ; rdf:object ?n } UNION { ?f rdf:object ?e ; rdf:subject ?n }\n" + filter.pattern()
                    + "  ?n a ?t FILTER(?t IN (" + KINDS + "))\n} GROUP BY ?n ORDER BY DESC(?w) ?n", "n");
            Set<String> added = new LinkedHashSet<>();
            for (String n : next) {
                if (chosen.contains(n)) {
                    continue;
                }
                if (chosen.size() < maxNodes) {
                    chosen.add(n);
                    added.add(n);
                    hops.put(n, hop + 1);
                } else {
                    left++;
                }
            }
            frontier = added;
        }
        String symmetric = Arrays.stream(RelationType.values()).filter(RelationType::symmetric)
                .map(r -> "dg:" + r.localName()).collect(Collectors.joining(", "));
        List<Map<String, String>> edgeRows = rows(SPARQL_PREFIXES + "SELECT ?src ?relation ?dst (COUNT(DISTINCT ?a) AS ?weight) "
                + "(MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {\n  VALUES ?s { " + iris(chosen) + " }\n"
                // a FILTER rather than a second VALUES block: Jena joins two VALUES blocks as a product (0.7 s against 0.15 s at 150 nodes)
                + "  ?f rdf:subject ?s ; rdf:object ?o .\n  FILTER(?o IN (" + String.join(", ", iris(chosen).split(" ")) + "))\n" + filter.pattern()
                + "  BIND(IF(?p IN (" + symmetric + ") && STR(?s) > STR(?o), ?o, ?s) AS ?src)\n"
                + "  BIND(IF(?p IN (" + symmetric + ") && STR(?s) > STR(?o), ?s, ?o) AS ?dst)\n"
                + "  BIND(REPLACE(STR(?p), \"^.*#\", \"\") AS ?relation)\n"
                + "} GROUP BY ?src ?relation ?dst ORDER BY ?src ?relation ?dst");
        Set<String> symmetricNames = Arrays.stream(RelationType.values()).filter(RelationType::symmetric)
                .map(RelationType::localName).collect(Collectors.toSet());
        List<Map<String, Object>> edges = new ArrayList<>();
        Set<String> linked = new HashSet<>(List.of(center));
        for (Map<String, String> r : edgeRows) {
            Map<String, Object> edge = new LinkedHashMap<>(r);
            edge.put("weight", Long.parseLong(r.get("weight")));
            edge.put("directed", !symmetricNames.contains(r.get("relation")));
            edge.put("id", r.get("src") + " " + r.get("relation") + " " + r.get("dst"));
            edges.add(edge);
            linked.add(r.get("src"));
            linked.add(r.get("dst"));
        }
        List<Map<String, String>> nodeRows = rows(SPARQL_PREFIXES + "SELECT ?id (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {\n"
                + "  VALUES ?id { " + iris(chosen) + " }\n  OPTIONAL { ?id rdfs:label ?l }\n"
                + "  OPTIONAL { ?id a ?tt FILTER(?tt IN (" + KINDS + ")) BIND(REPLACE(STR(?tt), \"^.*#\", \"\") AS ?t) }\n} GROUP BY ?id");
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Map<String, String> r : nodeRows) {
            if (linked.contains(r.get("id"))) {
                Map<String, Object> node = new LinkedHashMap<>(r);
                node.putIfAbsent("label", r.get("id"));
                node.put("center", r.get("id").equals(center));
                node.put("hop", hops.get(r.get("id")));
                nodes.add(node);
            }
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("center", center);
        g.put("nodes", nodes);
        g.put("edges", edges);
        g.put("omittedNodes", left);
        g.put("maxNodes", maxNodes);
        return g;
    }

    /** The assertions behind one edge: each article and sentence it was read from, the extractor and its confidence. */
    List<Map<String, String>> evidence(String src, String relation, String dst, Filter filter) {
        RelationType r = RelationType.fromLocalName(relation);
        String s = "<" + entityIri(src) + ">";
        String o = "<" + entityIri(dst) + ">";
        String pairs = r.symmetric() ? "(" + s + " " + o + ") (" + o + " " + s + ")" : "(" + s + " " + o + ")";
        return rows(SPARQL_PREFIXES + "SELECT ?article ?headline ?published ?url ?sentence ?extractor ?confidence WHERE {\n"
                + "  VALUES (?s ?o) { " + pairs + " }\n  ?f rdf:subject ?s ; rdf:object ?o ; rdf:predicate dg:" + r.localName()
                + " ; dg:evidence ?sentence ; dg:extractor ?extractor ; dg:confidence ?confidence .\n" + filter.pattern()
                + "  BIND(?d AS ?published)\n  OPTIONAL { ?a schema:headline ?headline }\n  OPTIONAL { ?a schema:url ?url }\n"
                + "  BIND(?a AS ?article)\n} ORDER BY DESC(?published) ?article DESC(?confidence)");
    }

    /** {@code iri} if it names an entity of the store's vocabulary; otherwise an {@link IllegalArgumentException}. */
    static String entityIri(String iri) {
        if (iri == null || !ENTITY_IRI.matcher(iri).matches()) {
            throw new IllegalArgumentException("not an entity IRI (" + DG.ID + "...): " + iri);
        }
        return iri;
    }

    private static String iris(Set<String> ids) {
        return ids.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
    }

    private List<String> column(String sparql, String var) {
        return store.query(sparql, qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource(var).getURI()));
            return out;
        });
    }

    /** Every solution as a map from variable to the lexical form of its value (IRIs as strings); unbound variables left out. */
    private List<Map<String, String>> rows(String sparql) {
        return store.query(sparql, qe -> {
            List<Map<String, String>> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : vars) {
                    RDFNode n = r.get(v);
                    if (n != null) {
                        row.put(v, n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                }
                out.add(row);
            }
            return out;
        });
    }
}
