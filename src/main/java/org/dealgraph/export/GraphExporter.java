package org.dealgraph.export;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.dealgraph.DealGraphException;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.DiskErrors;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.StagedFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exports a store's company network for graph tools: nodes are entities, edges are relations
 * aggregated over articles (weight = number of articles, first and last seen, latest deal
 * status). The store does the aggregation (SPARQL GROUP BY) and results stream straight into the
 * {@link GraphWriter}, so memory does not grow with the store; only a neighbourhood subset
 * ({@link ExportOptions#center()}) or a user query's edges are held in memory, since they choose
 * the nodes. Names and dates from options go into queries as parameters, never pasted.
 *
 * <p>Stateless and thread-safe.
 */
public final class GraphExporter {
    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/dealgraph#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX schema: <http://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /** Writes the export to {@code out}: a file, or for CSV a name from which {@code -nodes.csv} and {@code -edges.csv} are made. */
    public ExportReport export(GraphStore store, ExportOptions o, Path out) {
        List<String> warnings = datingWarnings(store, o);
        boolean directed = o.directedGraph();
        Optional<Set<String>> chosen = chosenNodes(store, o);
        String edgeCore = edgeCore(store, o, directed, chosen);
        Optional<String> eventCore = o.events() ? Optional.of(eventCore(o, edgeCore, chosen)) : Optional.empty();
        List<Path> files = new ArrayList<>();
        // each file is written under a temporary name and renamed when whole: a failed export
        // (a full disk) leaves the previous one in place
        List<StagedFile> staged = new ArrayList<>();
        try {
            GraphWriter w;
            if (o.format() == ExportFormat.CSV) {
                String base = out.toString().replaceAll("\\.csv$", "");
                Path nodes = Path.of(base + "-nodes.csv");
                Path edges = Path.of(base + "-edges.csv");
                files.add(nodes);
                files.add(edges);
                staged.add(StagedFile.of(nodes));
                staged.add(StagedFile.of(edges));
                w = new CsvWriter(staged.get(0).open(), staged.get(1).open());
            } else {
                files.add(out);
                staged.add(StagedFile.of(out));
                OutputStream os = staged.get(0).open();
                w = switch (o.format()) {
                    case GEXF -> new GexfWriter(os, o.dynamic(), directed, "dealgraph company network");
                    case GRAPHML -> new GraphMlWriter(os, directed);
                    case JSON -> new JsonGraphWriter(os, directed);
                    case CSV -> throw new IllegalStateException();
                };
            }
            long[] counts = new long[2];
            try (GraphWriter writer = w) {
                counts[0] = writeNodes(store, o, edgeCore, eventCore, writer);
                writer.startEdges();
                counts[1] = writeEdges(store, o, edgeCore, directed, writer);
                if (eventCore.isPresent()) {
                    counts[1] += writeEventEdges(store, eventCore.get(), writer);
                }
            }
            staged.forEach(StagedFile::commit);
            return new ExportReport(files, counts[0], counts[1], warnings);
        } catch (IOException e) {
            throw DiskErrors.wrap("cannot write export to " + out, out, e);
        } catch (RuntimeException e) {
            if (DiskErrors.isDiskError(e)) {
                throw DiskErrors.wrap("cannot write export to " + out, out, e);
            }
            throw e;
        } finally {
            staged.forEach(StagedFile::close);
        }
    }

    /**
     * What a time filter or a timeline cannot work on: articles without a date. A store whose
     * articles carry no date at all makes {@code --from}/{@code --to} keep nothing and a dynamic
     * export have no spells, which is worth a word rather than an empty file.
     */
    private static List<String> datingWarnings(GraphStore store, ExportOptions o) {
        boolean timeFilter = o.from().isPresent() || o.to().isPresent();
        if (!timeFilter && !o.dynamic()) {
            return List.of();
        }
        long[] counts = store.query(PREFIXES + """
                SELECT (COUNT(DISTINCT ?a) AS ?all) (COUNT(DISTINCT ?dated) AS ?withDate) WHERE {
                  ?a a dg:Article .
                  OPTIONAL { ?a schema:datePublished ?d }
                  BIND(IF(BOUND(?d), ?a, ?none) AS ?dated)
                }""", qe -> {
            QuerySolution r = qe.execSelect().next();
            return new long[] {r.getLiteral("all").getLong(), r.getLiteral("withDate").getLong()};
        });
        long all = counts[0];
        long undated = all - counts[1];
        List<String> warnings = new ArrayList<>();
        if (all > 0 && undated == all) {
            if (timeFilter) {
                warnings.add("no article in the store has a date, so --from/--to keep nothing (give articles a date: JSON Lines \"date\", or a \"Date: YYYY-MM-DD\" line after a text file's title)");
            }
            if (o.dynamic()) {
                warnings.add("no article in the store has a date, so the dynamic export has no spells (give articles a date: JSON Lines \"date\", or a \"Date: YYYY-MM-DD\" line after a text file's title)");
            }
        } else if (undated > 0) {
            if (timeFilter) {
                warnings.add(undated + " of " + all + " articles have no date, so --from/--to leave their facts out");
            }
            if (o.dynamic()) {
                warnings.add(undated + " of " + all + " articles have no date: they count in weights but have no place on the timeline");
            }
        }
        return warnings;
    }

    /**
     * The pattern that binds ?src ?p ?dst ?a ?d for every assertion the options keep. In a
     * directed graph a symmetric relation yields both orientations (the store holds it both ways
     * round too); in an undirected one, each pair once in a fixed order.
     */
    private String edgeCore(GraphStore store, ExportOptions o, boolean directed, Optional<Set<String>> chosen) {
        String symmetric = Arrays.stream(RelationType.values()).filter(RelationType::symmetric)
                .map(r -> "dg:" + r.localName()).collect(Collectors.joining(", "));
        ParameterizedSparqlString core = new ParameterizedSparqlString();
        core.append("""
                  ?f a dg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dg:sourceArticle ?a .
                  OPTIONAL { ?a schema:datePublished ?d }
                """);
        if (directed) {
            core.append("  VALUES ?turn { 0 1 }\n");
            core.append("  FILTER(?turn = 0 || ?p IN (" + symmetric + "))\n");
            core.append("  BIND(IF(?turn = 1, ?o, ?s) AS ?src)\n  BIND(IF(?turn = 1, ?s, ?o) AS ?dst)\n");
        } else {
            core.append("  BIND(IF(?p IN (" + symmetric + ") && STR(?s) > STR(?o), ?o, ?s) AS ?src)\n");
            core.append("  BIND(IF(?p IN (" + symmetric + ") && STR(?s) > STR(?o), ?s, ?o) AS ?dst)\n");
        }
        String cats = categories(o);
        core.append("  FILTER EXISTS { ?src a ?ts FILTER(?ts IN (" + cats + ")) }\n");
        core.append("  FILTER EXISTS { ?dst a ?td FILTER(?td IN (" + cats + ")) }\n");
        if (!o.relations().isEmpty()) {
            core.append("  FILTER(?p IN (" + o.relations().stream().map(r -> "<" + DG.relation(r).getURI() + ">").sorted()
                    .collect(Collectors.joining(", ")) + "))\n");
        }
        core.append(dateFilter(o));
        chosen.ifPresent(ids -> core.append("  VALUES ?src { " + iris(ids) + " }\n  VALUES ?dst { " + iris(ids) + " }\n"));
        if (o.query().isPresent()) {
            core.append("  VALUES (?s ?p ?o) { " + userTriples(store, o.query().get()) + " }\n");
        }
        return core.toString();
    }

    private static String categories(ExportOptions o) {
        return o.categories().stream().map(c -> "<" + DG.entityClass(c).getURI() + ">").sorted().collect(Collectors.joining(", "));
    }

    /** Keeps ?d (an article's date) within the options' dates; dates come in as typed literals, never pasted text. */
    private static String dateFilter(ExportOptions o) {
        ParameterizedSparqlString f = new ParameterizedSparqlString();
        if (o.from().isPresent()) {
            f.append("  FILTER(BOUND(?d) && ?d >= ?fromDate)\n");
            f.setLiteral("fromDate", o.from().get().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        }
        if (o.to().isPresent()) {
            f.append("  FILTER(BOUND(?d) && ?d <= ?toDate)\n");
            f.setLiteral("toDate", o.to().get().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        }
        return f.toString();
    }

    /**
     * The pattern that binds ?ev ?role ?x ?a ?d for every event-to-participant link a bipartite
     * export draws. The entity nodes, the event nodes and the event edges all come from this one
     * pattern, so no edge can name a node that was not written. The same subset rules apply as to
     * relations: categories, dates and a neighbourhood bound the participants; a relation filter
     * keeps the events those relations are evidence of; where the edges are chosen by weight or by
     * a query, only participants that are ends of a chosen relation edge are drawn.
     */
    private static String eventCore(ExportOptions o, String edgeCore, Optional<Set<String>> chosen) {
        Set<String> roles = new HashSet<>();
        for (EventType t : EventType.values()) {
            t.roles().forEach(r -> roles.add("<" + DG.NS + r + ">"));
        }
        StringBuilder core = new StringBuilder();
        core.append("  ?ev ?role ?x ; dg:sourceArticle ?a .\n");
        // a deal is drawn once, from its consolidated node, not once more for each article's report of it
        core.append("  FILTER NOT EXISTS { ?ev a dg:EventReport }\n");
        core.append("  FILTER(?role IN (" + roles.stream().sorted().collect(Collectors.joining(", ")) + "))\n");
        core.append("  FILTER EXISTS { ?x a ?tx FILTER(?tx IN (" + categories(o) + ")) }\n");
        core.append("  OPTIONAL { ?a schema:datePublished ?d }\n");
        core.append(dateFilter(o));
        if (!o.relations().isEmpty()) {
            String types = o.relations().stream().flatMap(r -> r.event().stream()).distinct()
                    .map(e -> "dg:" + e.localName()).sorted().collect(Collectors.joining(", "));
            core.append(types.isEmpty() ? "  FILTER(false)\n" : "  FILTER EXISTS { ?ev a ?et FILTER(?et IN (" + types + ")) }\n");
        }
        chosen.ifPresent(ids -> core.append("  VALUES ?x { " + iris(ids) + " }\n"));
        if (o.query().isPresent() || o.minWeight() > 1) {
            core.append("""
                      { SELECT DISTINCT ?x WHERE {
                          { SELECT ?src ?dst WHERE {
                    """ + edgeCore + """
                            } GROUP BY ?src ?p ?dst
                    """ + having(o) + """
                          }
                          VALUES ?side { 1 2 }
                          BIND(IF(?side = 1, ?src, ?dst) AS ?x)
                      } }
                    """);
        }
        return core.toString();
    }

    private static String iris(Set<String> ids) {
        return ids.isEmpty() ? "<urn:dealgraph:none>" : ids.stream().map(i -> "<" + i + ">").sorted().collect(Collectors.joining(" "));
    }

    /** For a neighbourhood export, the entities within {@code depth} links of the center. */
    private Optional<Set<String>> chosenNodes(GraphStore store, ExportOptions o) {
        if (o.center().isEmpty()) {
            return Optional.empty();
        }
        Set<String> seen = new LinkedHashSet<>(centers(store, o.center().get()));
        Set<String> frontier = new HashSet<>(seen);
        String rels = Arrays.stream(RelationType.values()).map(r -> "dg:" + r.localName()).collect(Collectors.joining("|"));
        for (int hop = 0; hop < o.depth() && !frontier.isEmpty(); hop++) {
            String q = PREFIXES + "SELECT DISTINCT ?n WHERE { VALUES ?e { " + iris(frontier) + " } ?e (" + rels + ")|^(" + rels + ") ?n }";
            Set<String> next = new HashSet<>(store.query(q, qe -> column(qe.execSelect(), "n")));
            next.removeAll(seen);
            seen.addAll(next);
            frontier = next;
        }
        return Optional.of(seen);
    }

    /**
     * The entity whose IRI is {@code name}, else the entities labelled {@code name}: exactly, else without regard to case, else
     * the entities with {@code name} as an alternative name ({@code skos:altLabel}, as the web page's search completes over)
     * without regard to case; if none, an {@link UnknownNameException} naming the nearest labels.
     */
    private Set<String> centers(GraphStore store, String name) {
        if (name.startsWith(DG.ID) && IRI_CHARS.matcher(name).matches()) {
            boolean known = store.query(PREFIXES + "ASK { <" + name + "> rdfs:label ?l }", qe -> qe.execAsk());
            if (known) {
                return Set.of(name);
            }
        }
        ParameterizedSparqlString exact = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?e WHERE { ?e rdfs:label ?name }");
        exact.setLiteral("name", name);
        Set<String> found = new LinkedHashSet<>(store.query(exact.toString(), qe -> column(qe.execSelect(), "e")));
        if (!found.isEmpty()) {
            return found;
        }
        for (String property : List.of("rdfs:label", "skos:altLabel")) {
            ParameterizedSparqlString anyCase = new ParameterizedSparqlString(PREFIXES
                    + "SELECT DISTINCT ?e WHERE { ?e " + property + " ?label FILTER(LCASE(STR(?label)) = LCASE(?name)) }");
            anyCase.setLiteral("name", name);
            found.addAll(store.query(anyCase.toString(), qe -> column(qe.execSelect(), "e")));
            if (!found.isEmpty()) {
                return found;
            }
        }
        List<String> labels = store.query(PREFIXES + "SELECT DISTINCT ?l WHERE { ?e rdfs:label ?label BIND(STR(?label) AS ?l) }",
                qe -> {
                    List<String> out = new ArrayList<>();
                    qe.execSelect().forEachRemaining(row -> out.add(row.getLiteral("l").getString()));
                    return out;
                });
        throw new UnknownNameException(name, NearNames.of(name, labels, 5));
    }

    /** The (subject predicate object) rows a user's CONSTRUCT or SELECT chooses, as a VALUES block body. */
    private String userTriples(GraphStore store, String sparql) {
        Query q;
        try {
            q = QueryFactory.create(sparql);
        } catch (RuntimeException e) {
            throw new DealGraphException("not a valid SPARQL query for an export subset: " + e.getMessage(), e);
        }
        Set<String> rels = Arrays.stream(RelationType.values()).map(r -> DG.relation(r).getURI()).collect(Collectors.toSet());
        StringBuilder rows = new StringBuilder();
        if (q.isConstructType()) {
            Model m = store.query(sparql, qe -> qe.execConstruct());
            for (Statement st : m.listStatements().toList()) {
                if (rels.contains(st.getPredicate().getURI()) && st.getObject().isURIResource() && st.getSubject().isURIResource()) {
                    rows.append("(<").append(st.getSubject().getURI()).append("> <").append(st.getPredicate().getURI())
                            .append("> <").append(st.getObject().asResource().getURI()).append(">) ");
                }
            }
        } else if (q.isSelectType()) {
            store.query(sparql, qe -> {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    RDFNode s = row.get("source");
                    RDFNode t = row.get("target");
                    RDFNode k = row.get("kind");
                    if (s == null || t == null || !s.isURIResource() || !t.isURIResource()) {
                        throw new DealGraphException("an export SELECT must bind ?source and ?target to entities (and may bind ?kind)");
                    }
                    String p = k == null ? "UNDEF" : "<" + relationOf(k, rels) + ">";
                    rows.append("(<").append(s.asResource().getURI()).append("> ").append(p).append(" <")
                            .append(t.asResource().getURI()).append(">) ");
                    rows.append("(<").append(t.asResource().getURI()).append("> ").append(p).append(" <")
                            .append(s.asResource().getURI()).append(">) ");
                }
                return null;
            });
        } else {
            throw new DealGraphException("an export subset query must be a CONSTRUCT or a SELECT");
        }
        return rows.length() == 0 ? "(<urn:dealgraph:none> <urn:dealgraph:none> <urn:dealgraph:none>)" : rows.toString();
    }

    /**
     * The relation IRI an export SELECT's {@code ?kind} names: a relation's IRI, or its name as a string ("acquires", or the
     * IRI written as a string). Anything else is an error naming the value, not an edge filter that matches nothing.
     */
    private static String relationOf(RDFNode kind, Set<String> rels) {
        String named = kind.isURIResource() ? kind.asResource().getURI() : kind.isLiteral() ? kind.asLiteral().getLexicalForm().strip() : "";
        if (rels.contains(named)) {
            return named;
        }
        Optional<RelationType> byName = kind.isLiteral() ? RelationType.find(named) : Optional.empty();
        if (byName.isPresent()) {
            return DG.relation(byName.get()).getURI();
        }
        throw new DealGraphException("an export SELECT's ?kind must be a dealgraph relation, its IRI or its name (such as "
                + RelationType.values()[0].localName() + "); not " + kind);
    }

    private static List<String> column(ResultSet rs, String var) {
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            RDFNode n = rs.next().get(var);
            if (n != null && n.isURIResource()) {
                out.add(n.asResource().getURI());
            }
        }
        return out;
    }

    private static String having(ExportOptions o) {
        return o.minWeight() > 1 ? "HAVING (COUNT(DISTINCT ?a) >= " + o.minWeight() + ")\n" : "";
    }

    private long writeNodes(GraphStore store, ExportOptions o, String core, Optional<String> eventCore, GraphWriter w) {
        String cats = categories(o);
        String participants = eventCore.map(ec -> """
                      UNION
                      { SELECT DISTINCT ?n WHERE {
                """ + ec + """
                        BIND(?x AS ?n)
                      } }
                """).orElse("");
        String q = PREFIXES + """
                SELECT ?n (SAMPLE(?label) AS ?lab) (SAMPLE(?t) AS ?type) (SAMPLE(?wd) AS ?wikidata) (SAMPLE(?c) AS ?country)
                       (COUNT(DISTINCT ?m) AS ?articles) (MIN(COALESCE(?md, "9999-12-31"^^xsd:date)) AS ?first) (MAX(COALESCE(?md, "0001-01-01"^^xsd:date)) AS ?last)
                WHERE {
                  { SELECT DISTINCT ?n WHERE {
                      { SELECT DISTINCT ?n WHERE {
                          { SELECT ?src ?dst WHERE {
                """ + core + """
                            } GROUP BY ?src ?p ?dst
                """ + having(o) + """
                          }
                          VALUES ?side { 1 2 }
                          BIND(IF(?side = 1, ?src, ?dst) AS ?n)
                      } }
                """ + participants + """
                  } }
                  ?n a ?t .
                  FILTER(?t IN (""" + cats + """
                ))
                  OPTIONAL { ?n rdfs:label ?label }
                  OPTIONAL { ?n owl:sameAs ?wd }
                  OPTIONAL { ?n dg:country ?c }
                  OPTIONAL { ?m dg:mentions ?n . OPTIONAL { ?m schema:datePublished ?md } }
                }
                GROUP BY ?n
                ORDER BY ?n
                """;
        long nodes = store.query(q, qe -> {
            long n = 0;
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String type = r.getResource("type").getURI();
                String category = type.substring(type.indexOf('#') + 1).toLowerCase(Locale.ROOT);
                String wd = r.contains("wikidata") ? r.getResource("wikidata").getURI() : "";
                String id = nodeId(r.getResource("n").getURI());
                // an entity without a label still gets its node: an edge to it must find one
                String label = r.contains("lab") ? r.getLiteral("lab").getLexicalForm() : id;
                w.node(new ExportNode(id, label, category,
                        wd.isEmpty() ? "" : wd.substring(wd.lastIndexOf('/') + 1), r.contains("country") ? r.getLiteral("country").getLexicalForm() : "",
                        r.getLiteral("articles").getLong(), date(r, "first"), date(r, "last")));
                n++;
            }
            return n;
        });
        if (eventCore.isPresent()) {
            nodes += writeEventNodes(store, eventCore.get(), w);
        }
        return nodes;
    }

    /**
     * Stand-ins for an undated report inside MIN and MAX: SPARQL makes an aggregate over an unbound value an error, so one
     * undated article left a node's or an edge's first and last dates empty (a break-it tester's finding): 9999-12-31 in
     * MIN and 0001-01-01 in MAX sort after (before) every real date and read back as no date.
     */
    private static final String NO_FIRST_DATE = "9999-12-31";
    private static final String NO_LAST_DATE = "0001-01-01";
    private static final String NO_FIRST = "\"" + NO_FIRST_DATE + "\"^^xsd:date"; // written out as such in the text-block queries

    private static Optional<String> date(QuerySolution r, String var) {
        if (!r.contains(var)) {
            return Optional.empty();
        }
        String d = r.getLiteral(var).getLexicalForm();
        return d.equals(NO_FIRST_DATE) || d.equals(NO_LAST_DATE) ? Optional.empty() : Optional.of(d);
    }

    private long writeEdges(GraphStore store, ExportOptions o, String core, boolean directed, GraphWriter w) {
        StringBuilder typeMap = new StringBuilder();
        for (RelationType r : RelationType.values()) {
            r.event().ifPresent(e -> typeMap.append("(dg:").append(r.localName()).append(" dg:").append(e.localName()).append(") "));
        }
        String q = PREFIXES + """
                SELECT ?src ?p ?dst (COUNT(DISTINCT ?a) AS ?weight) (MIN(COALESCE(?d, "9999-12-31"^^xsd:date)) AS ?first) (MAX(COALESCE(?d, "0001-01-01"^^xsd:date)) AS ?last)
                       (GROUP_CONCAT(DISTINCT CONCAT(COALESCE(STR(?d), ""), "|", STR(?a)); SEPARATOR=" ") AS ?dated)
                       (GROUP_CONCAT(DISTINCT CONCAT(COALESCE(STR(?ed), ""), "|", STR(?st)); SEPARATOR=" ") AS ?statuses)
                WHERE {
                """ + core + """
                  OPTIONAL {
                    VALUES (?p ?etype) { """ + typeMap + """
                }
                    ?ev a ?etype ; dg:participant ?src , ?dst ; dg:status ?st ; dg:sourceArticle ?ea .
                    OPTIONAL { ?ea schema:datePublished ?ed }
                  }
                }
                GROUP BY ?src ?p ?dst
                """ + having(o) + """
                ORDER BY ?src ?p ?dst
                """;
        return store.query(q, qe -> {
            long n = 0;
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String p = r.getResource("p").getURI();
                String kind = p.substring(p.indexOf('#') + 1);
                String src = nodeId(r.getResource("src").getURI());
                String dst = nodeId(r.getResource("dst").getURI());
                w.edge(new ExportEdge(src + "--" + kind + "--" + dst, src, dst, kind, directed, r.getLiteral("weight").getLong(),
                        date(r, "first"), date(r, "last"), latestStatus(r), articleDates(r)));
                n++;
            }
            return n;
        });
    }

    /** The date of each dated article behind an edge, one per article, in order. */
    private static List<String> articleDates(QuerySolution r) {
        if (!r.contains("dated") || r.getLiteral("dated").getLexicalForm().isBlank()) {
            return List.of();
        }
        // an undated article is "|article" (an unbound date in CONCAT made the whole list an error: no weight over time)
        return Arrays.stream(r.getLiteral("dated").getLexicalForm().split(" "))
                .map(item -> item.substring(0, item.indexOf('|'))).filter(d -> !d.isEmpty()).sorted().toList();
    }

    /** The status reported last (by article date), the most advanced one among equals. */
    private static Optional<String> latestStatus(QuerySolution r) {
        if (!r.contains("statuses") || r.getLiteral("statuses").getLexicalForm().isBlank()) {
            return Optional.empty();
        }
        String best = null;
        String bestDate = null;
        int bestProgress = -1;
        for (String item : r.getLiteral("statuses").getLexicalForm().split(" ")) {
            int bar = item.indexOf('|');
            String date = item.substring(0, bar);
            String status = item.substring(item.lastIndexOf('/') + 1);
            int progress = progress(status);
            int cmp = bestDate == null ? 1 : date.compareTo(bestDate);
            if (best == null || cmp > 0 || cmp == 0 && progress > bestProgress) {
                best = status;
                bestDate = date;
                bestProgress = progress;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int progress(String localName) {
        for (DealStatus s : DealStatus.values()) {
            if (s.localName().equals(localName)) {
                return s.progress();
            }
        }
        return -1;
    }

    private long writeEventNodes(GraphStore store, String eventCore, GraphWriter w) {
        String q = PREFIXES + """
                SELECT ?ev (SAMPLE(?t) AS ?type) (MIN(COALESCE(?d, "9999-12-31"^^xsd:date)) AS ?date) WHERE {
                  { SELECT DISTINCT ?ev ?d WHERE {
                """ + eventCore + """
                  } }
                  OPTIONAL { ?ev a ?t FILTER(STRSTARTS(STR(?t), STR(dg:))) }
                } GROUP BY ?ev ORDER BY ?ev
                """;
        return store.query(q, qe -> {
            long n = 0;
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String type = r.contains("type") ? r.getResource("type").getURI() : DG.NS + "Event";
                Optional<String> d = date(r, "date");
                w.node(new ExportNode(nodeId(r.getResource("ev").getURI()), type.substring(type.indexOf('#') + 1), "event", "", "", 1, d, d));
                n++;
            }
            return n;
        });
    }

    private long writeEventEdges(GraphStore store, String eventCore, GraphWriter w) {
        String q = PREFIXES + "SELECT ?ev ?role ?x (MIN(COALESCE(?d, " + NO_FIRST + ")) AS ?date) WHERE {\n" + eventCore + "} GROUP BY ?ev ?role ?x ORDER BY ?ev ?role ?x";
        return store.query(q, qe -> {
            long n = 0;
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                Optional<String> d = date(r, "date");
                String ev = nodeId(r.getResource("ev").getURI());
                String role = r.getResource("role").getLocalName();
                String x = nodeId(r.getResource("x").getURI());
                w.edge(new ExportEdge(ev + "--" + role + "--" + x, ev, x, role, true, 1, d, d, Optional.empty(), d.map(List::of).orElse(List.of())));
                n++;
            }
            return n;
        });
    }

    /**
     * A node id: the entity key, or "event:" and the path of an event IRI; characters an XML
     * name token cannot hold (GraphML's ids are NMTOKENs) become "_".
     */
    static String nodeId(String iri) {
        String id = iri.startsWith(DG.ID) ? iri.substring(DG.ID.length())
                : iri.startsWith(DG.EVENT) ? "event:" + iri.substring(DG.EVENT.length()).replace('/', ':') : iri;
        return NOT_NAME_CHAR.matcher(id).replaceAll("_");
    }

    private static final java.util.regex.Pattern IRI_CHARS = java.util.regex.Pattern.compile("[^<>\"{}|^`\\\\\\s]+");
    private static final java.util.regex.Pattern NOT_NAME_CHAR = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}._:-]");

}
