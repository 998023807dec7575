package org.dealgraph.bench;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.SparqlEndpoint;
import org.dealgraph.store.Consolidation;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.IngestReport;
import org.dealgraph.text.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The benchmark suite: extraction throughput per language and thread count, ingest (incremental,
 * bulk, end to end) with store sizes and compaction, and query latency over HTTP at two store
 * sizes, each on dealgraph's TDB2 store and on the peer store (RDF4J NativeStore), in one run.
 * One pipeline is built once and reused; every store is opened once.
 *
 * <pre>{@code
 * BenchReport r = Benchmark.run(Pipeline.builder().build(), BenchSettings.small(List.of(Path.of("data/articles")), work), "small", System.out::println);
 * }</pre>
 */
public final class Benchmark {
    /** The queries of {@code queries/}, shipped in the jar. */
    public static final List<String> QUERY_NAMES = List.of("partners", "deals-between", "evidence", "shortest-chain", "payments",
            "acquisitions", "ownership-chains", "people-roles");

    /**
     * Times the same ingest runs with consolidation off and then on, alternating, so that a change
     * of the machine's load during the run weighs on both sides; each side reports its median.
     */
    static final int CONSOLIDATION_PAIRS = 3;

    private final Pipeline pipeline;
    private final BenchSettings settings;
    private final Consumer<String> log;
    private final List<QueryBench.NamedQuery> queries;

    private Benchmark(Pipeline pipeline, BenchSettings settings, List<QueryBench.NamedQuery> queries, Consumer<String> log) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.queries = queries;
        this.log = log;
    }

    /** Runs the suite; {@code queries} are the queries to time (see {@link #bundledQueries()}); {@code log} hears what it is doing. */
    public static BenchReport run(Pipeline pipeline, BenchSettings settings, String mode, List<NamedSparql> queries, Consumer<String> log) {
        try {
            Files.createDirectories(settings.workDir());
            List<QueryBench.NamedQuery> named = queries.stream().map(q -> new QueryBench.NamedQuery(q.name(), q.sparql())).toList();
            return new Benchmark(pipeline, settings, named, log).run(mode);
        } catch (IOException e) {
            throw new org.dealgraph.DealGraphException("benchmark failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.dealgraph.DealGraphException("benchmark interrupted", e);
        }
    }

    /** A query and its name. */
    public record NamedSparql(String name, String sparql) {
    }

    /** The queries of {@code queries/} as shipped in the jar. */
    public static List<NamedSparql> bundledQueries() {
        List<NamedSparql> out = new ArrayList<>();
        for (String name : QUERY_NAMES) {
            try (var in = Benchmark.class.getResourceAsStream("/dealgraph/queries/" + name + ".rq")) {
                if (in == null) {
                    throw new IllegalStateException("query " + name + ".rq is missing from the jar");
                }
                out.add(new NamedSparql(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read query " + name, e);
            }
        }
        return out;
    }

    private BenchReport run(String mode) throws IOException, InterruptedException {
        List<String> notes = new ArrayList<>();
        Corpus corpus = Corpus.read(settings.corpus());
        int largest = Math.max(settings.queryArticles(), settings.ingestSizes().stream().mapToInt(n -> n == 0 ? corpus.size() : n).max().orElse(0));
        List<Article> articles = corpus.first(Math.max(largest, corpus.size()));
        if (articles.size() > corpus.size()) {
            notes.add("The corpus holds " + corpus.size() + " articles; they are repeated under new ids up to " + articles.size() + ".");
        }
        log.accept("corpus: " + corpus.size() + " articles read from " + settings.corpus());

        ExtractionBench extraction = new ExtractionBench(pipeline);
        List<BenchReport.ExtractionFigure> extractionFigures = new ArrayList<>();
        List<Article> distinct = articles.subList(0, corpus.size());
        for (Language language : pipeline.languageData().languages()) {
            List<Article> subset = distinct.stream().filter(a -> pipeline.languageOf(a).equals(Optional.of(language))).toList();
            if (subset.isEmpty()) {
                continue;
            }
            extraction.extract(subset.subList(0, Math.min(subset.size(), 300)), 2); // warm-up: JIT, lazy lexicons
            for (int threads = 1; threads <= 2; threads++) {
                BenchReport.ExtractionFigure f = extraction.measure(language.code(), subset, threads);
                log.accept("extraction " + f);
                extractionFigures.add(f);
            }
        }

        List<BenchReport.FloorFigure> floor = new ArrayList<>();
        FloorBench floorBench = new FloorBench(pipeline);
        for (Language language : pipeline.languageData().languages()) {
            List<Article> subset = distinct.stream().filter(a -> pipeline.languageOf(a).equals(Optional.of(language))).toList();
            if (!subset.isEmpty()) {
                BenchReport.FloorFigure f = floorBench.measure(language.code(), subset.subList(0, Math.min(subset.size(), 3000)));
                log.accept("floor " + f);
                floor.add(f);
            }
        }

        log.accept("extracting " + articles.size() + " articles for the ingest runs");
        List<GraphStore.ArticleGraph> graphs = extraction.extract(articles, 2);
        List<BenchReport.IngestFigure> ingest = new ArrayList<>();
        List<BenchReport.QueryFigure> queryFigures = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>(settings.ingestSizes().stream().map(n -> n == 0 ? corpus.size() : n).distinct().toList());
        if (!sizes.contains(settings.queryArticles())) {
            sizes.add(settings.queryArticles());
        }
        for (int n : sizes) {
            List<GraphStore.ArticleGraph> sub = graphs.subList(0, Math.min(n, graphs.size()));
            Path incremental = settings.workDir().resolve("tdb2-" + n);
            Path unconsolidated = settings.workDir().resolve("tdb2-unconsolidated-" + n);
            List<BenchReport.IngestFigure> ons = new ArrayList<>();
            List<BenchReport.IngestFigure> offs = new ArrayList<>();
            for (int pair = 0; pair < CONSOLIDATION_PAIRS; pair++) {
                BenchReport.IngestFigure off = IngestBench.incremental(sub, unconsolidated, Consolidation.OFF);
                log.accept("ingest " + off);
                offs.add(off);
                DiskUsage.delete(unconsolidated);
                DiskUsage.delete(incremental); // the last store written with consolidation on stays for the queries
                BenchReport.IngestFigure on = IngestBench.incremental(sub, incremental);
                log.accept("ingest " + on);
                ons.add(on);
            }
            ingest.add(IngestBench.median(ons));
            ingest.add(IngestBench.median(offs));
            Path nq = settings.workDir().resolve("graphs-" + n + ".nq");
            NQuadsFiles.write(sub, 1, nq);
            for (String loader : List.of("phased", "parallel")) {
                Path bulk = settings.workDir().resolve("tdb2-bulk-" + n);
                BenchReport.IngestFigure b = IngestBench.bulk(loader, nq, sub.size(), bulk);
                log.accept("ingest " + b);
                ingest.add(b);
                DiskUsage.delete(bulk);
            }
            if (n == settings.queryArticles()) {
                queryFigures.addAll(queriesOn(incremental, nq, sub.size(), n + " articles", ingest, notes));
            } else {
                for (String peerName : peers()) {
                    Path peerDir = settings.workDir().resolve(peerName + "-" + n);
                    try (PeerStore peer = openPeer(peerName, peerDir)) {
                        ingest.add(loadPeer(peer, nq, sub.size(), peerDir));
                    } catch (RuntimeException e) {
                        failed(peerName, n + " articles", e, notes);
                    }
                    DiskUsage.delete(peerDir);
                }
            }
            DiskUsage.delete(incremental);
            Files.deleteIfExists(nq);
        }

        List<Article> endToEnd = articles.subList(0, Math.min(articles.size(), sizes.stream().mapToInt(Integer::intValue).max().orElse(0)));
        List<BenchReport.IngestFigure> e2eOns = new ArrayList<>();
        List<BenchReport.IngestFigure> e2eOffs = new ArrayList<>();
        for (int pair = 0; pair < CONSOLIDATION_PAIRS; pair++) {
            e2eOffs.add(endToEnd(endToEnd, Consolidation.OFF, settings.workDir().resolve("tdb2-end-to-end-unconsolidated")));
            e2eOns.add(endToEnd(endToEnd, Consolidation.ON, settings.workDir().resolve("tdb2-end-to-end")));
        }
        ingest.add(IngestBench.median(e2eOns));
        ingest.add(IngestBench.median(e2eOffs));
        notes.add("Consolidation on against off: the same graphs written into a new store with it (incremental, end-to-end) and without it "
                + "(incremental-unconsolidated, end-to-end-unconsolidated), alternating off, on, " + CONSOLIDATION_PAIRS + " times each in this run; "
                + "each figure is the median of its runs, and the ratios of their seconds are under 'consolidation on / off'.");

        Path scaledNq = settings.workDir().resolve("graphs-x" + settings.replicas() + ".nq");
        NQuadsFiles.write(graphs, settings.replicas(), scaledNq);
        int scaledArticles = graphs.size() * settings.replicas();
        Path scaled = settings.workDir().resolve("tdb2-scaled");
        BenchReport.IngestFigure loaded = IngestBench.bulk("phased", scaledNq, scaledArticles, scaled);
        log.accept("ingest " + loaded);
        ingest.add(loaded);
        notes.add("The scaled store holds the graphs of all " + graphs.size() + " articles " + settings.replicas() + " times (" + scaledArticles
                + " articles' worth): each copy renames what belongs to an article (graph, article, events, facts, amounts) "
                + "and keeps the entities, so the same companies are reported " + settings.replicas() + " times as often.");
        queryFigures.addAll(queriesOn(scaled, scaledNq, scaledArticles, scaledArticles + " articles (" + graphs.size() + " x" + settings.replicas() + ")", ingest, notes));
        DiskUsage.delete(scaled);
        Files.deleteIfExists(scaledNq);
        notes.add("Latency is measured over HTTP on loopback with " + settings.clients() + " concurrent clients, each sending every query "
                + settings.rounds() + " times after one warm-up request (or until the query has been timed for " + settings.queryTimeout().toSeconds()
                + " s); the names in the VALUES rows are set to the store's best-connected organization, one of its neighbours and an "
                + "entity two links away.");
        peerFailures(queryFigures, articles.size() > corpus.size() ? articles.size() / corpus.size() : 1).forEach(notes::add);
        if (settings.peers() && !VirtuosoStore.available()) {
            notes.add("Virtuoso was not measured: virtuoso-t and isql-vt are not on the PATH (Debian: apt-get install virtuoso-opensource).");
        }
        return new BenchReport(machine(), settings.corpus().toString(), mode, extractionFigures, floor, ingest, queryFigures, notes);
    }

    /** Ingests {@code articles} end to end (extraction on 2 threads and writes) into a new store at {@code dir}, then deletes it. */
    private BenchReport.IngestFigure endToEnd(List<Article> articles, Consolidation consolidation, Path dir) throws IOException {
        BenchReport.IngestFigure f;
        try (DealGraph g = DealGraph.open(dir, pipeline, consolidation).withThreads(2)) {
            long start = System.nanoTime();
            IngestReport r = g.ingestArticles(articles, IngestListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            f = IngestBench.figure(IngestBench.STORE, consolidation == Consolidation.ON ? "end-to-end" : IngestBench.END_TO_END_UNCONSOLIDATED,
                    r.stored(), r.triples(), seconds, DiskUsage.of(dir), null, null);
        }
        log.accept("ingest " + f);
        DiskUsage.delete(dir);
        return f;
    }

    private List<BenchReport.QueryFigure> queriesOn(Path tdb2, Path nq, int articles, String dataset, List<BenchReport.IngestFigure> ingest,
                                                    List<String> notes)
            throws InterruptedException {
        QueryBench bench = new QueryBench(settings.clients(), settings.rounds(), settings.queryTimeout());
        List<BenchReport.QueryFigure> out = new ArrayList<>();
        List<QueryBench.NamedQuery> parameterized;
        long triples;
        try (GraphStore store = GraphStore.open(tdb2)) {
            QueryParameters params = QueryParameters.find(store);
            log.accept("query parameters on " + dataset + ": " + params);
            parameterized = queries.stream().map(q -> new QueryBench.NamedQuery(q.name(), params.apply(q.name(), q.sparql()))).toList();
            triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", qe -> qe.execSelect().next().getLiteral("n").getLong());
            EndpointSettings endpointSettings = new EndpointSettings(0, true, settings.queryTimeout()).withResultLimit(0);
            try (SparqlEndpoint endpoint = SparqlEndpoint.start(store, endpointSettings)) {
                for (BenchReport.QueryFigure f : bench.measure(IngestBench.STORE, dataset, triples,
                        "http://127.0.0.1:" + endpoint.port() + SparqlEndpoint.DATASET + "/sparql", parameterized)) {
                    log.accept("query " + f);
                    out.add(f);
                }
            }
        }
        for (String peerName : peers()) {
            Path peerDir = tdb2.resolveSibling(tdb2.getFileName() + "-" + peerName);
            try (PeerStore peer = openPeer(peerName, peerDir)) {
                ingest.add(loadPeer(peer, nq, articles, peerDir));
                for (BenchReport.QueryFigure f : bench.measure(peer.name(), dataset, triples, peer.serve(), parameterized)) {
                    log.accept("query " + f);
                    out.add(f);
                }
            } catch (RuntimeException e) {
                failed(peerName, dataset, e, notes);
            }
            DiskUsage.delete(peerDir);
        }
        return out;
    }

    /**
     * One note per peer store that did not answer some queries: how many and why; and where the
     * corpus was repeated to reach the run's sizes, what that does to the peers.
     */
    static List<String> peerFailures(List<BenchReport.QueryFigure> figures, int repeats) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, List<BenchReport.QueryFigure>> failed = new java.util.TreeMap<>();
        figures.stream().filter(f -> !f.store().equals(IngestBench.STORE) && f.rows() < 0)
                .forEach(f -> failed.computeIfAbsent(f.store(), k -> new ArrayList<>()).add(f));
        failed.forEach((store, fs) -> {
            long of = figures.stream().filter(f -> f.store().equals(store)).count();
            String reasons = String.join("; ", fs.stream().map(BenchReport.QueryFigure::failure).distinct().toList());
            out.add(store + " did not answer " + fs.size() + " of " + of + " timed queries: " + reasons + "."
                    + (repeats > 1 ? " The corpus was repeated " + repeats + " times to reach the run's sizes, so every fact is in "
                    + repeats + " named graphs: the peers' default graph keeps one copy per graph (TDB2's union default graph is a set), "
                    + "so each join of a query multiplies its rows by up to " + repeats + " there. On a corpus of distinct articles "
                    + "(bench --mode full) the peers answer these queries." : ""));
        });
        return out;
    }

    /** A peer that fails is reported and left out; the run goes on. */
    private void failed(String peer, String dataset, RuntimeException e, List<String> notes) {
        String message = peer + " failed at " + dataset + ": " + e.getMessage();
        log.accept(message);
        notes.add(message);
    }

    /** The peer stores of this run: RDF4J always, Virtuoso where it is installed. */
    private List<String> peers() {
        if (!settings.peers()) {
            return List.of();
        }
        return VirtuosoStore.available() ? List.of("rdf4j-native", "virtuoso") : List.of("rdf4j-native");
    }

    private PeerStore openPeer(String name, Path dir) {
        return name.equals("virtuoso") ? new VirtuosoStore(dir, settings.workDir(), settings.queryTimeout())
                : new Rdf4jNativeStore(dir, settings.queryTimeout());
    }

    private BenchReport.IngestFigure loadPeer(PeerStore peer, Path nq, int articles, Path dir) {
        long start = System.nanoTime();
        long statements = peer.load(nq);
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchReport.IngestFigure f = IngestBench.figure(peer.name(), "bulk", articles, statements, seconds, DiskUsage.of(dir), null, null);
        log.accept("ingest " + f);
        return f;
    }

    static BenchReport.Machine machine() {
        String cpu = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the model stays unknown
        }
        return new BenchReport.Machine(System.getProperty("os.name") + " " + System.getProperty("os.version"), cpu,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), LocalDate.now().toString());
    }
}
