package org.dealgraph.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.event.DealStatus;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.GazetteerEntry;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.ExtractionMapper;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Consolidates a store's articles into one node per real entity and per real deal, inside the
 * store's write transactions.
 *
 * <p>An article's graph is stored with canonical entity IRIs (see {@link EntityCanonicalizer});
 * the names the article gives an entity are kept there as {@code dg:nameInArticle} and
 * {@code dg:aliasInArticle}, and its deals and events as {@code dg:EventReport}s with a
 * {@code dg:dealKey} (a hash of type and parties). The graph {@link DG#CONSOLIDATED} holds
 * what is derived from all articles: each entity's one {@code rdfs:label} and its
 * {@code skos:altLabel}s, and one node per deal with its reports, status history and dates. After
 * each write the consolidated nodes of every entity and deal key the write touched are derived
 * again: an entity's from the counts of its wordings (how many stored articles use each, kept up
 * to date by each write rather than read from every article that names it), a deal key's from its
 * reports. So the result depends on the set of articles stored, not on the order they came in, and
 * the cost of a write does not grow with the number of articles that name a country or an outlet.
 *
 * <p>Its methods run inside the caller's write transaction, one at a time. It keeps one piece of
 * state, the counts of each entity's names it has read or been given (see {@code nameCounts}); the
 * store calls {@link #forget()} when a transaction that may have changed them is aborted.
 */
final class Consolidator {
    static final Node CONSOLIDATED = NodeFactory.createURI(DG.CONSOLIDATED);
    /** Reports of one type and parties further apart than this are different deals. */
    static final long DEAL_WINDOW_DAYS = 365;
    /** Amounts (same currency and period) further apart than this ratio belong to different deals. */
    static final double AMOUNT_RATIO = 1.5;

    private static final Map<String, EntityType> TYPES = Map.of(
            DG.Organization.getURI(), EntityType.ORGANIZATION, DG.Person.getURI(), EntityType.PERSON,
            DG.Product.getURI(), EntityType.PRODUCT, DG.Place.getURI(), EntityType.PLACE, DG.NewsOutlet.getURI(), EntityType.OUTLET);
    private static final Map<String, DealStatus> STATUSES = new HashMap<>();

    static {
        for (DealStatus s : DealStatus.values()) {
            STATUSES.put(DG.status(s).getURI(), s);
        }
    }

    private final EntityCanonicalizer canonicalizer;
    /**
     * Per entity IRI, per wording: in how many article graphs it is the entity's name ({@code [0]})
     * and an alias ({@code [1]}). Filled from the store the first time a write touches the entity,
     * then kept by the counts each write adds and removes (see {@link Touched}).
     *
     * <p>Design decision: counts in memory, not in the consolidated graph. Stored counts would be
     * quads every query of the consolidated graph sees and a second write per name per article;
     * these cost one read of the entity's names per opening of the store, after which deriving an
     * entity's label no longer reads the articles that name it, however many there are.
     */
    private final Map<Node, Map<String, int[]>> nameCounts = new java.util.concurrent.ConcurrentHashMap<>();

    Consolidator(EntityCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    EntityCanonicalizer canonicalizer() {
        return canonicalizer;
    }

    /**
     * Entity IRIs and deal keys whose consolidated nodes must be derived again, and, per entity and
     * wording, how many article graphs the write added ({@code +1}) or removed ({@code -1}) that use
     * the wording as the entity's name ({@code [0]}) or alias ({@code [1]}).
     */
    static final class Touched {
        final Set<Node> entities = new LinkedHashSet<>();
        final Set<Node> dealKeys = new LinkedHashSet<>();
        final Map<Node, Map<String, int[]>> deltas = new HashMap<>();
        /** False once a graph was collected without its counts: the touched entities' counts are read again. */
        boolean counted = true;

        /** Collects an article graph about to be written. */
        void added(Graph g) {
            g.find(Node.ANY, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(t -> count(t.getSubject(), t.getObject(), 0, 1));
            g.find(Node.ANY, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(t -> count(t.getSubject(), t.getObject(), 1, 1));
            g.find(Node.ANY, DG.dealKey.asNode(), Node.ANY).forEachRemaining(t -> dealKeys.add(t.getObject()));
        }

        /** Collects a stored article graph about to be removed or replaced. */
        void removed(DatasetGraph dsg, Node graph) {
            dsg.find(graph, Node.ANY, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(q -> count(q.getSubject(), q.getObject(), 0, -1));
            dsg.find(graph, Node.ANY, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(q -> count(q.getSubject(), q.getObject(), 1, -1));
            dsg.find(graph, Node.ANY, DG.dealKey.asNode(), Node.ANY).forEachRemaining(q -> dealKeys.add(q.getObject()));
        }

        private void count(Node entity, Node wording, int kind, int by) {
            entities.add(entity);
            deltas.computeIfAbsent(entity, k -> new HashMap<>())
                    .computeIfAbsent(wording.getLiteralLexicalForm(), k -> new int[2])[kind] += by;
        }

        /** Collects a stored graph whose entities and deals change in ways not counted (a merge decision). */
        void collect(DatasetGraph dsg, Node graph) {
            counted = false;
            dsg.find(graph, Node.ANY, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(q -> entities.add(q.getSubject()));
            dsg.find(graph, Node.ANY, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(q -> entities.add(q.getSubject()));
            dsg.find(graph, Node.ANY, DG.dealKey.asNode(), Node.ANY).forEachRemaining(q -> dealKeys.add(q.getObject()));
        }
    }

    // ------------------------------------------------------------------ one article's graph

    /**
     * The graph to store for one article as {@link ExtractionMapper} made it: entities renamed to
     * their canonical IRIs, their labels turned into {@code dg:nameInArticle}/{@code dg:aliasInArticle},
     * events typed as {@code dg:EventReport}s with their deal key.
     */
    Graph canonicalize(Graph in) {
        Map<Node, Node> rename = new HashMap<>();
        Graph out = GraphMemFactory.createDefaultGraph();
        in.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            Node e = t.getSubject();
            if (!e.isURI() || !e.getURI().startsWith(DG.ID) || rename.containsKey(e)) {
                return;
            }
            List<String> wordings = new ArrayList<>();
            wordings.add(t.getObject().getLiteralLexicalForm());
            in.find(e, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(a -> wordings.add(a.getObject().getLiteralLexicalForm()));
            String key = keyOf(e);
            Node canonical = NodeFactory.createURI(ExtractionMapper.entityIri(
                    canonicalizer.canonicalKey(key, typeOf(in, e), wordings, acts(in, e), articleOf(in))));
            rename.put(e, canonical);
            out.add(Triple.create(canonical, DG.extractedKey.asNode(), NodeFactory.createLiteralString(key)));
        });
        in.find().forEachRemaining(t -> {
            Node s = rename.getOrDefault(t.getSubject(), t.getSubject());
            Node p = t.getPredicate();
            Node o = rename.getOrDefault(t.getObject(), t.getObject());
            if (rename.containsKey(t.getSubject()) && p.equals(RDFS.label.asNode())) {
                p = DG.nameInArticle.asNode();
            } else if (rename.containsKey(t.getSubject()) && p.equals(SKOS.altLabel.asNode())) {
                p = DG.aliasInArticle.asNode();
            } else if (p.equals(RDF.type.asNode()) && s.isURI() && s.getURI().startsWith(DG.EVENT)) {
                out.add(Triple.create(s, RDF.type.asNode(), DG.EventReport.asNode()));
                p = DG.reportedType.asNode();
            }
            out.add(Triple.create(s, p, o));
        });
        out.find(Node.ANY, DG.reportedType.asNode(), Node.ANY).toList()
                .forEach(t -> out.add(Triple.create(t.getSubject(), DG.dealKey.asNode(), dealKey(out, t.getSubject()))));
        return out;
    }

    /**
     * Whether {@code g} is an article graph as a store holds it ({@link #canonicalize} made it: a backup's or a store's
     * copy), not as the extractor made it: it has entities with their {@code dg:extractedKey} or events typed
     * {@code dg:EventReport}. An article graph with neither is the same in both forms.
     */
    static boolean asStored(Graph g) {
        return g.contains(Node.ANY, DG.extractedKey.asNode(), Node.ANY) || g.contains(Node.ANY, RDF.type.asNode(), DG.EventReport.asNode());
    }

    private static String keyOf(Node entity) {
        String local = entity.getURI().substring(DG.ID.length());
        return URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Whether the article makes the entity a party: a relation's subject or object, a deal's or an event's participant. */
    private static boolean acts(Graph g, Node e) {
        return g.contains(Node.ANY, RDF.subject.asNode(), e) || g.contains(Node.ANY, RDF.object.asNode(), e)
                || g.contains(Node.ANY, DG.participant.asNode(), e);
    }

    /** The IRI of the article a graph is of ("" if it names none). */
    private static String articleOf(Graph g) {
        var it = g.find(Node.ANY, RDF.type.asNode(), DG.Article.asNode());
        try {
            return it.hasNext() ? it.next().getSubject().getURI() : "";
        } finally {
            it.close();
        }
    }

    private static EntityType typeOf(Graph g, Node e) {
        for (Triple t : g.find(e, RDF.type.asNode(), Node.ANY).toList()) {
            EntityType type = TYPES.get(t.getObject().getURI());
            if (type != null) {
                return type;
            }
        }
        return EntityType.ORGANIZATION;
    }

    /** A report's deal key: a hash of its type and its parties with their roles. */
    private static Node dealKey(Graph g, Node report) {
        TreeSet<String> parts = new TreeSet<>();
        g.find(report, DG.reportedType.asNode(), Node.ANY).forEachRemaining(t -> parts.add("type " + t.getObject().getURI()));
        g.find(report, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(DG.ID)) {
                parts.add(t.getPredicate().getURI() + " " + t.getObject().getURI());
            }
        });
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createLiteralString(HexFormat.of().formatHex(md.digest()).substring(0, 20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Gives the stored graph {@code graph} the canonical IRIs this consolidator's decisions give
     * its entities, and its reports their deal keys again; records in {@code touched} what moved.
     */
    void recanonicalize(DatasetGraph dsg, Node graph, Touched touched) {
        Map<Node, Node> rename = new LinkedHashMap<>();
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(graph, Node.ANY, DG.extractedKey.asNode(), Node.ANY))) {
            Node e = q.getSubject();
            List<String> wordings = new ArrayList<>();
            dsg.find(graph, e, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(n -> wordings.add(n.getObject().getLiteralLexicalForm()));
            dsg.find(graph, e, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(n -> wordings.add(n.getObject().getLiteralLexicalForm()));
            Graph g = dsg.getGraph(graph);
            Node canonical = NodeFactory.createURI(ExtractionMapper.entityIri(canonicalizer.canonicalKey(
                    q.getObject().getLiteralLexicalForm(), typeOf(g, e), wordings, acts(g, e), articleOf(g))));
            if (!canonical.equals(e)) {
                rename.putIfAbsent(e, canonical);
            }
        }
        if (rename.isEmpty()) {
            return;
        }
        touched.collect(dsg, graph);
        for (Map.Entry<Node, Node> r : rename.entrySet()) {
            List<Quad> moved = new ArrayList<>(org.apache.jena.atlas.iterator.Iter.toList(dsg.find(graph, r.getKey(), Node.ANY, Node.ANY)));
            moved.addAll(org.apache.jena.atlas.iterator.Iter.toList(dsg.find(graph, Node.ANY, Node.ANY, r.getKey())));
            for (Quad q : moved) {
                dsg.delete(q);
                Node s = q.getSubject().equals(r.getKey()) ? r.getValue() : q.getSubject();
                Node o = q.getObject().equals(r.getKey()) ? r.getValue() : q.getObject();
                dsg.add(graph, s, q.getPredicate(), o);
            }
        }
        Graph g = dsg.getGraph(graph);
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(graph, Node.ANY, DG.dealKey.asNode(), Node.ANY))) {
            dsg.delete(q);
            dsg.add(graph, q.getSubject(), DG.dealKey.asNode(), dealKey(g, q.getSubject()));
        }
        touched.collect(dsg, graph);
    }

    // ------------------------------------------------------------------ the consolidated graph

    /** Derives the consolidated nodes of everything in {@code touched} again from the store. */
    void refresh(DatasetGraph dsg, Touched touched) {
        for (Node e : touched.entities) {
            refreshEntity(dsg, e, touched.counted ? touched.deltas.get(e) : null, touched.counted);
        }
        for (Node k : touched.dealKeys) {
            refreshDeals(dsg, k);
        }
    }

    /** Drops the name counts kept in memory: they are read from the store again as writes need them. */
    void forget() {
        nameCounts.clear();
    }

    private void refreshEntity(DatasetGraph dsg, Node e, Map<String, int[]> delta, boolean counted) {
        Map<String, int[]> counts = counted ? nameCounts.get(e) : null;
        if (counts == null) {
            counts = readCounts(dsg, e); // the store already holds this write: its delta is in what is read
        } else if (delta != null) {
            for (Map.Entry<String, int[]> d : delta.entrySet()) {
                int[] c = counts.computeIfAbsent(d.getKey(), k -> new int[2]);
                c[0] += d.getValue()[0];
                c[1] += d.getValue()[1];
                if (c[0] <= 0 && c[1] <= 0) {
                    counts.remove(d.getKey());
                }
            }
        }
        if (counts.isEmpty()) {
            nameCounts.remove(e);
        } else {
            nameCounts.put(e, counts);
        }
        Map<String, Integer> labels = new TreeMap<>();
        Set<String> names = new TreeSet<>();
        counts.forEach((w, c) -> {
            if (c[0] > 0) {
                labels.put(w, c[0]);
            }
            names.add(w);
        });
        Set<Triple> wanted = new LinkedHashSet<>();
        if (!names.isEmpty()) {
            Optional<GazetteerEntry> entry = canonicalizer.entry(keyOf(e));
            String label = entry.map(GazetteerEntry::name).orElseGet(() -> preferredLabel(labels.isEmpty() ? count(names) : labels));
            wanted.add(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
            for (String n : names) {
                if (!n.equals(label)) {
                    wanted.add(Triple.create(e, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(n)));
                }
            }
            entry.ifPresent(en -> {
                if (!en.wikidata().isEmpty()) {
                    wanted.add(Triple.create(e, OWL.sameAs.asNode(), NodeFactory.createURI(DG.WIKIDATA + en.wikidata())));
                }
                if (!en.country().isEmpty()) {
                    wanted.add(Triple.create(e, DG.country.asNode(), NodeFactory.createLiteralString(en.country())));
                }
            });
        }
        // only what changed is written: most writes leave a common entity's label and names as they were
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(CONSOLIDATED, e, Node.ANY, Node.ANY))) {
            if (!wanted.remove(q.asTriple())) {
                dsg.delete(q);
            }
        }
        wanted.forEach(t -> dsg.add(CONSOLIDATED, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** An entity's name counts as the store's article graphs hold them. */
    private static Map<String, int[]> readCounts(DatasetGraph dsg, Node e) {
        Map<String, int[]> counts = new HashMap<>();
        dsg.find(Node.ANY, e, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(CONSOLIDATED)) {
                counts.computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new int[2])[0]++;
            }
        });
        dsg.find(Node.ANY, e, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(CONSOLIDATED)) {
                counts.computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new int[2])[1]++;
            }
        });
        return counts;
    }

    private static Map<String, Integer> count(Set<String> names) {
        Map<String, Integer> m = new TreeMap<>();
        names.forEach(n -> m.put(n, 1));
        return m;
    }

    /**
     * The label most articles give the entity; among equals, one not in capitals throughout
     * ("Prabowo" over "PRABOWO"), then the fullest, then the first in code point order: a function
     * of the set of articles, whatever their order.
     */
    static String preferredLabel(Map<String, Integer> labels) {
        return labels.entrySet().stream().max(Comparator
                        .comparing((Map.Entry<String, Integer> en) -> !shouted(en.getKey()))
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(en -> en.getKey().split("\\s+").length)
                        .thenComparingInt(en -> en.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static boolean shouted(String s) {
        return s.codePoints().filter(Character::isLetter).count() > 4 && s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** One report of a deal, as its article gives it. */
    private record Report(Node graph, Node node, Node type, List<Node[]> parties, Node status, Node eventDate,
                          Node amount, BigDecimal value, String currency, String period, Node article, LocalDate when,
                          double confidence) {
        int progress() {
            DealStatus s = STATUSES.get(status.getURI());
            return s == null ? 0 : s.progress();
        }
    }

    private void refreshDeals(DatasetGraph dsg, Node key) {
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(CONSOLIDATED, Node.ANY, DG.dealKey.asNode(), key))) {
            Node deal = q.getSubject();
            for (Quad sc : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(CONSOLIDATED, deal, DG.statusChange.asNode(), Node.ANY))) {
                dsg.deleteAny(CONSOLIDATED, sc.getObject(), Node.ANY, Node.ANY);
            }
            dsg.deleteAny(CONSOLIDATED, deal, Node.ANY, Node.ANY);
            dsg.deleteAny(CONSOLIDATED, Node.ANY, DG.reportOf.asNode(), deal);
        }
        List<Report> reports = new ArrayList<>();
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(Node.ANY, Node.ANY, DG.dealKey.asNode(), key))) {
            if (!q.getGraph().equals(CONSOLIDATED)) {
                reports.add(read(dsg, q.getGraph(), q.getSubject()));
            }
        }
        if (reports.isEmpty()) {
            return;
        }
        reports.sort(Comparator.comparing(Report::when, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.article().getURI()).thenComparing(r -> r.node().getURI()));
        List<List<Report>> deals = new ArrayList<>();
        for (Report r : reports) {
            List<Report> home = null;
            for (List<Report> d : deals) {
                if (compatible(d, r)) {
                    home = d;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                deals.add(home);
            }
            home.add(r);
        }
        String base = DG.DEAL + key.getLiteralLexicalForm();
        for (int i = 0; i < deals.size(); i++) {
            write(dsg, NodeFactory.createURI(i == 0 ? base : base + "-" + (i + 1)), key, deals.get(i));
        }
    }

    private static boolean compatible(List<Report> deal, Report r) {
        for (Report other : deal) {
            if (r.when() != null && other.when() != null && Math.abs(ChronoUnit.DAYS.between(other.when(), r.when())) > DEAL_WINDOW_DAYS) {
                return false;
            }
            if (r.value() != null && other.value() != null && r.currency().equals(other.currency()) && r.period().equals(other.period())
                    && r.value().signum() > 0 && other.value().signum() > 0) {
                double ratio = r.value().doubleValue() / other.value().doubleValue();
                if (ratio > AMOUNT_RATIO || ratio < 1 / AMOUNT_RATIO) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Report read(DatasetGraph dsg, Node g, Node r) {
        Node type = first(dsg, g, r, DG.reportedType.asNode());
        List<Node[]> parties = new ArrayList<>();
        dsg.find(g, r, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(DG.ID)) {
                parties.add(new Node[] {q.getPredicate(), q.getObject()});
            }
        });
        Node status = first(dsg, g, r, DG.status.asNode());
        Node date = first(dsg, g, r, DG.date.asNode());
        Node amount = first(dsg, g, r, DG.amount.asNode());
        BigDecimal value = null;
        String currency = "";
        String period = "";
        if (amount != null) {
            Node v = first(dsg, g, amount, DG.value.asNode());
            Node c = first(dsg, g, amount, DG.currency.asNode());
            Node p = first(dsg, g, amount, DG.period.asNode());
            try {
                value = v == null ? null : new BigDecimal(v.getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                value = null;
            }
            currency = c == null ? "" : c.getLiteralLexicalForm();
            period = p == null ? "" : p.getLiteralLexicalForm();
        }
        Node article = first(dsg, g, r, DG.sourceArticle.asNode());
        LocalDate when = null;
        Node published = article == null ? null : first(dsg, g, article, DG.datePublished.asNode());
        for (Node d : new Node[] {published, date}) {
            if (when == null && d != null && d.isLiteral() && XSDDatatype.XSDdate.getURI().equals(d.getLiteralDatatypeURI())) {
                try {
                    when = LocalDate.parse(d.getLiteralLexicalForm());
                } catch (java.time.format.DateTimeParseException e) {
                    when = null;
                }
            }
        }
        Node conf = first(dsg, g, r, DG.confidence.asNode());
        double confidence = conf == null ? 0 : ((Number) conf.getLiteralValue()).doubleValue();
        return new Report(g, r, type, parties, status, date, amount, value, currency, period,
                article == null ? NodeFactory.createURI(DG.ARTICLE) : article, when, confidence);
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static void write(DatasetGraph dsg, Node deal, Node key, List<Report> reports) {
        Node cg = CONSOLIDATED;
        Report head = reports.get(0);
        dsg.add(cg, deal, RDF.type.asNode(), head.type());
        dsg.add(cg, deal, DG.dealKey.asNode(), key);
        for (Node[] p : head.parties()) {
            dsg.add(cg, deal, p[0], p[1]);
        }
        // history: dated reports by date (equal dates by progress), then undated ones by progress
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::when, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Report::progress).thenComparing(r -> r.node().getURI()));
        List<Report> history = new ArrayList<>();
        for (Report r : ordered) {
            boolean seen = r.when() == null
                    ? history.stream().anyMatch(h -> h.status().equals(r.status()))
                    : !history.isEmpty() && history.get(history.size() - 1).status().equals(r.status());
            if (!seen) {
                history.add(r);
            }
        }
        Report latest = ordered.stream().filter(r -> r.when() != null).reduce((a, b) -> b)
                .orElseGet(() -> ordered.stream().max(Comparator.comparingInt(Report::progress)).orElseThrow());
        dsg.add(cg, deal, DG.status.asNode(), latest.status());
        ordered.stream().filter(r -> r.eventDate() != null).reduce((a, b) -> b)
                .ifPresent(r -> dsg.add(cg, deal, DG.date.asNode(), r.eventDate()));
        ordered.stream().filter(r -> r.amount() != null).reduce((a, b) -> b)
                .ifPresent(r -> dsg.add(cg, deal, DG.amount.asNode(), r.amount()));
        double confidence = 0;
        for (Report r : reports) {
            dsg.add(cg, deal, DG.wasDerivedFrom.asNode(), r.node());
            dsg.add(cg, r.node(), DG.reportOf.asNode(), deal);
            dsg.add(cg, deal, DG.sourceArticle.asNode(), r.article());
            if (r.amount() != null) {
                dsg.add(cg, deal, DG.reportedAmount.asNode(), r.amount());
            }
            confidence = Math.max(confidence, r.confidence());
        }
        dsg.add(cg, deal, DG.confidence.asNode(), NodeFactory.createLiteralByValue(confidence, XSDDatatype.XSDdouble));
        dsg.add(cg, deal, DG.reportCount.asNode(), NodeFactory.createLiteralByValue(reports.size(), XSDDatatype.XSDinteger));
        ordered.stream().map(Report::when).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(d -> dsg.add(cg, deal, DG.firstReported.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        ordered.stream().map(Report::when).filter(java.util.Objects::nonNull).reduce((a, b) -> b)
                .ifPresent(d -> dsg.add(cg, deal, DG.lastReported.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        for (int i = 0; i < history.size(); i++) {
            Report r = history.get(i);
            Node sc = NodeFactory.createURI(deal.getURI() + "/status/" + (i + 1));
            dsg.add(cg, deal, DG.statusChange.asNode(), sc);
            dsg.add(cg, sc, RDF.type.asNode(), DG.StatusChange.asNode());
            dsg.add(cg, sc, DG.status.asNode(), r.status());
            dsg.add(cg, sc, DG.sequence.asNode(), NodeFactory.createLiteralByValue(i + 1, XSDDatatype.XSDinteger));
            dsg.add(cg, sc, DG.wasDerivedFrom.asNode(), r.node());
            if (r.when() != null) {
                dsg.add(cg, sc, DG.firstReported.asNode(), NodeFactory.createLiteralDT(r.when().toString(), XSDDatatype.XSDdate));
            }
        }
    }
}
