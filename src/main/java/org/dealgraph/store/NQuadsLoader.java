package org.dealgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.ExtractionMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Loads N-Quads of article graphs, as {@code extract}'s Spark job and {@code backup} write them,
 * into a {@link GraphStore}. Each named graph is one article, and the graph states its article's
 * {@code dcterms:identifier}, {@code dg:contentHash} and {@code dg:extractorVersion}. Its quads are
 * expected to follow one another (the job and {@code backup} write them so); a file is read once more
 * for the graph names first, and a graph whose quads are spread through the file (a backup of an
 * earlier version, a file sorted otherwise) is gathered in memory and loaded whole after the rest of
 * that file, so memory grows with such graphs only.
 *
 * <p>Into a store that holds articles, or of graphs as the extractor makes them (the Spark job's output: entities with
 * their {@code rdfs:label}s, which the store turns into its own form as it writes them), loading is incremental, as
 * {@code ingest} is: an article
 * held with the same content hash and extractor is skipped, a changed one replaces its graph, in
 * transactions of up to {@link GraphStore#TRANSACTION_ARTICLES} articles; when an article appears
 * more than once in the inputs, the last one read wins (give runs oldest first). Graphs as a store holds them (a
 * backup) into an empty store are written by Jena's TDB2 phased bulk loader, every quad at once, several times faster; it cannot
 * tell two versions of an article apart, so graphs left holding two content hashes are reported
 * as problems. With the store opened with {@link Consolidation#OFF}, the graphs are stored as the
 * files hold them and nothing is derived across them.
 *
 * <p>Stateless; each call opens and closes its own transactions or bulk load.
 */
public final class NQuadsLoader {
    /** How a load writes into an empty store. */
    public enum Mode {
        /**
         * The TDB2 bulk loader for graphs as a store holds them into an empty store; incremental for graphs as the extractor
         * makes them and into a store that holds articles.
         */
        AUTO,
        /** Always incremental transactions, even into an empty store. */
        INCREMENTAL
    }

    private final GraphStore store;

    public NQuadsLoader(GraphStore store) {
        this.store = java.util.Objects.requireNonNull(store, "store");
    }

    /**
     * The N-Quads files of {@code inputs}: files as given, folders walked for {@code *.nq} and {@code *.nq.gz}; a file of no
     * bytes holds no quads and is left out (an empty {@code .nq.gz} is no gzip stream, on which the bulk loader failed the
     * whole load: a break-it tester's finding).
     */
    public static List<Path> files(List<Path> inputs, List<ArticleProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : anyFiles(inputs, problems)) {
            try {
                if (!Files.isRegularFile(p) || Files.size(p) > 0) {
                    files.add(p);
                }
            } catch (IOException e) {
                files.add(p); // read as it comes, and said then
            }
        }
        return files;
    }

    private static List<Path> anyFiles(List<Path> inputs, List<ArticleProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(new ArticleProblem(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    for (Path p : walk.filter(p -> !Files.isDirectory(p) && !hidden(input.relativize(p)) && nquads(p)).sorted().toList()) {
                        if (Files.isRegularFile(p)) {
                            files.add(p);
                        } else {
                            // a pipe or a device link is never read (it may block or not end), but said, as ingest says it
                            problems.add(new ArticleProblem(p.toString(), "not a regular file (a pipe, socket or device): not read"));
                        }
                    }
                } catch (IOException e) {
                    throw new DealGraphException("cannot list " + input + ": " + e.getMessage(), e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static boolean nquads(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("_")) {
                return true; // also Hadoop's _SUCCESS and _temporary
            }
        }
        return false;
    }

    /**
     * Loads the N-Quads files and folders of {@code inputs}; {@code progress} is told the articles
     * read so far after each transaction. A file that cannot be read or parsed is a problem; the
     * articles read before the bad line are kept, the rest of that file is not loaded.
     */
    public IngestReport load(List<Path> inputs, Mode mode, IntConsumer progress) {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Path> files = files(inputs, problems);
        // the bulk loader writes quads as they are: graphs as a store holds them (a backup) stay right; graphs as the
        // extractor makes them (the Spark job's output) need canonicalizing as they are written, as ingest does, or the
        // store has no consolidated graph and later ingests skip them as unchanged (a break-it tester's finding)
        if (mode == Mode.AUTO && store.articles() == 0 && !files.isEmpty()
                && (store.consolidation() == Consolidation.OFF || files.stream().noneMatch(NQuadsLoader::asExtracted))) {
            // a compressed file cut short (a backup copied in part) reads as ended to Jena's bulk loader: it is a problem,
            // named, and not loaded, so that no article of it is kept half (a verifier's finding: such a backup loaded as 0
            // articles with exit 0); the loads below read files through parse, which says so itself
            List<Path> whole = new ArrayList<>(files);
            whole.removeIf(f -> {
                java.util.Optional<String> damage = gzipDamage(f);
                damage.ifPresent(d -> problems.add(new ArticleProblem(f.toString(), d + ": not loaded")));
                return damage.isPresent();
            });
            return bulk(whole, problems);
        }
        long[] totals = new long[5]; // added, changed, re-extracted, skipped, triples
        List<GraphStore.ArticleGraph> batch = new ArrayList<>();
        long[] batchTriples = {0};
        int[] read = {0};
        Runnable flush = () -> {
            if (!batch.isEmpty()) {
                store.write(batch).addTo(totals, batch.size());
                batch.clear();
                batchTriples[0] = 0;
                progress.accept(read[0]);
            }
        };
        for (Path file : files) {
            Layout layout = layout(file);
            GraphGrouper grouper = new GraphGrouper(file, problems, layout.split(), ag -> {
                batch.add(ag);
                read[0]++;
                batchTriples[0] += ag.graph().size();
                if (GraphStore.transactionFull(batch.size(), batchTriples[0])) {
                    flush.run();
                }
            });
            try {
                parse(file, grouper);
                grouper.emit();
                grouper.emitSplit();
            } catch (IOException e) {
                problems.add(new ArticleProblem(file.toString(), "cannot read file: " + e.getMessage()));
            } catch (RiotException e) {
                problems.add(new ArticleProblem(file.toString(), "not valid N-Quads, the rest of the file was not loaded: " + e.getMessage()));
                // a spread graph gathered so far is whole only if none of its quads come after the bad line
                grouper.emitSplitBefore(layout.firstBadLine(), layout.lastLines());
            } catch (UncheckedIOException e) {
                problems.add(new ArticleProblem(file.toString(), "cannot read file: " + e.getCause().getMessage()));
            } catch (org.apache.jena.atlas.RuntimeIOException e) {
                problems.add(new ArticleProblem(file.toString(), "cannot read file: " + e.getMessage()));
            }
        }
        flush.run();
        return new IngestReport((int) totals[0], (int) totals[1], (int) totals[2], (int) totals[3], totals[4], problems);
    }

    /** Stops a reading once it has seen which form a file's graphs are in. */
    private static final class Seen extends RuntimeException {
        final boolean extracted;

        Seen(boolean extracted) {
            super(null, null, false, false);
            this.extracted = extracted;
        }
    }

    /**
     * Whether {@code file} holds article graphs as the extractor makes them, not as a store holds them: read up to its first
     * entity name, an {@code rdfs:label} (the extractor's) or a {@code dg:nameInArticle}, {@code dg:extractedKey} or
     * {@code dg:EventReport} (a store's: {@link Consolidator#asStored}). A file with neither, or that cannot be read, counts
     * as not.
     */
    private static boolean asExtracted(Path file) {
        try {
            parse(file, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (quad.getGraph().equals(Consolidator.CONSOLIDATED)) {
                        return;
                    }
                    Node p = quad.getPredicate();
                    if (p.equals(org.apache.jena.vocabulary.RDFS.label.asNode()) && quad.getSubject().isURI()
                            && quad.getSubject().getURI().startsWith(DG.ID)) {
                        throw new Seen(true);
                    }
                    if (p.equals(DG.nameInArticle.asNode()) || p.equals(DG.extractedKey.asNode())
                            || p.equals(org.apache.jena.vocabulary.RDF.type.asNode()) && quad.getObject().equals(DG.EventReport.asNode())) {
                        throw new Seen(false);
                    }
                }
            });
            return false;
        } catch (Seen seen) {
            return seen.extracted;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void parse(Path file, org.apache.jena.riot.system.StreamRDF sink) throws IOException {
        try (FailureKeepingInputStream in = new FailureKeepingInputStream(open(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(sink);
            in.rethrow(); // a file cut short reads as ended to the parser
        }
    }

    /**
     * What is wrong with a file whose name ends in {@code .gz}, read through to its end: "the file ends before its compressed
     * data does (cut short or damaged)", or a damaged stream's message; empty for a whole file or one not compressed.
     */
    private static java.util.Optional<String> gzipDamage(Path file) {
        try {
            if (!file.toString().endsWith(".gz") || Files.size(file) == 0) {
                return java.util.Optional.empty(); // (a file of no bytes holds no quads and is left out elsewhere)
            }
        } catch (IOException e) {
            return java.util.Optional.of("cannot read file: " + e.getMessage());
        }
        try (java.io.InputStream in = open(file)) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // read to the end: the trailer's checksum and length are checked there
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(FailureKeepingInputStream.described(e).getMessage());
        }
    }

    /** The bytes of an N-Quads file, decompressed where its name ends in {@code .gz}. */
    private static java.io.InputStream open(Path file) throws IOException {
        java.io.InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Where a file's graphs lie: {@code split}, the graphs whose quads do not all follow one another (a backup written
     * before backups kept each graph together, or a file sorted otherwise); {@code lastLines}, each graph's last line,
     * and {@code firstBadLine}, where the loading reading stops, known only for a file with a bad line (empty and -1
     * otherwise).
     */
    private record Layout(java.util.Set<Node> split, java.util.Map<Node, Long> lastLines, long firstBadLine) {
    }

    /**
     * The layout of {@code file}, from a first reading that keeps graph names only: one parse of the whole file; where it
     * meets a bad line, a second reading line by line (N-Quads is one statement a line) that passes over bad lines, so a
     * graph that goes on after a bad line is known as split and by its last line. A file that cannot be read has an
     * empty layout (the loading reading reports the problem).
     */
    private static Layout layout(Path file) {
        Runs runs = new Runs();
        try {
            parse(file, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    runs.add(quad, 0);
                }
            });
            return new Layout(runs.split, java.util.Map.of(), -1);
        } catch (RiotException e) {
            Runs lines = new Runs();
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(open(file), java.nio.charset.StandardCharsets.UTF_8))) {
                long n = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    long at = ++n;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        RDFParser.fromString(line, Lang.NQUADS).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                                .parse(new StreamRDFBase() {
                                    @Override
                                    public void quad(Quad quad) {
                                        lines.add(quad, at);
                                    }
                                });
                    } catch (RiotException bad) {
                        // a bad line: passed over here, reported by the loading reading, which stops at the first
                        if (lines.firstBad < 0) {
                            lines.firstBad = at;
                        }
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // the loading reading reports it
            }
            return new Layout(lines.split, lines.last, lines.firstBad);
        } catch (IOException | RuntimeException e) {
            return new Layout(java.util.Set.of(), java.util.Map.of(), -1);
        }
    }

    /** The runs of graph names in a reading: which graphs come back after another, and each graph's last line. */
    private static final class Runs {
        private final java.util.Set<Node> closed = new java.util.HashSet<>();
        private final java.util.Set<Node> split = new java.util.HashSet<>();
        private final java.util.Map<Node, Long> last = new java.util.HashMap<>();
        private Node current;
        private long firstBad = -1;

        void add(Quad quad, long line) {
            Node g = quad.getGraph();
            if (quad.isDefaultGraph() || g.equals(Consolidator.CONSOLIDATED)) {
                return;
            }
            if (line > 0) {
                last.put(g, line);
            }
            if (g.equals(current)) {
                return;
            }
            if (current != null) {
                closed.add(current);
            }
            if (closed.contains(g)) {
                split.add(g);
            }
            current = g;
        }
    }

    private IngestReport bulk(List<Path> files, List<ArticleProblem> problems) {
        DataLoader loader = LoaderFactory.phasedLoader(store.datasetGraph(), (format, args) -> { });
        store.sharedAccess().lock();
        try {
            loader.startBulk();
            try {
                for (Path f : files) {
                    loader.load(f.toString());
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw new DealGraphException("bulk load into the empty store " + store.location() + " failed (" + e.getMessage()
                        + "); remove the store folder, fix the input and load again", e);
            }
        } finally {
            store.sharedAccess().unlock();
        }
        long quads = loader.countQuads();
        // Design decision: the bulk loader cannot replace; a graph with two content hashes holds two
        // versions of one article mixed, which only a reload can undo, so it is reported by name.
        List<String> mixed = store.query("""
                PREFIX dg: <%s>
                SELECT ?g WHERE { GRAPH ?g { ?a dg:contentHash ?h } } GROUP BY ?g HAVING (COUNT(DISTINCT ?h) > 1)
                """.formatted(DG.NS), qe -> {
            List<String> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.getResource("g").getURI());
            }
            return out;
        });
        for (String g : mixed) {
            problems.add(new ArticleProblem(g, "two versions of this article were bulk-loaded into one graph: load the runs "
                    + "one at a time, oldest first (the first into an empty store, the others incrementally)"));
        }
        // the bulk loader writes the article graphs as they are: one entity per company and one deal
        // per deal across them (the consolidated graph) is derived afterwards, as ingest derives it
        if (store.consolidation() == Consolidation.ON) {
            store.decide(store.decisions());
        }
        return new IngestReport((int) store.articles(), 0, 0, 0, quads, problems);
    }

    /**
     * Turns a stream of quads into whole article graphs, one graph at a time; the graphs of {@code split}, whose quads
     * are spread through the file, are gathered in memory and emitted whole at its end ({@link #emitSplit}).
     */
    private static final class GraphGrouper extends StreamRDFBase {
        private final Path file;
        private final List<ArticleProblem> problems;
        private final java.util.Set<Node> split;
        private final java.util.Map<Node, Model> gathered = new java.util.LinkedHashMap<>();
        private final java.util.function.Consumer<GraphStore.ArticleGraph> sink;
        private Node graph;
        private Model model;

        GraphGrouper(Path file, List<ArticleProblem> problems, java.util.Set<Node> split,
                     java.util.function.Consumer<GraphStore.ArticleGraph> sink) {
            this.file = file;
            this.problems = problems;
            this.split = split;
            this.sink = sink;
        }

        @Override
        public void triple(Triple triple) {
            problems.add(new ArticleProblem(file.toString(), "a triple in the default graph was not loaded: " + triple));
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            if (quad.getGraph().equals(Consolidator.CONSOLIDATED)) {
                return; // derived from the articles (as in a backup): the store derives it again as it writes them
            }
            if (split.contains(quad.getGraph())) {
                gathered.computeIfAbsent(quad.getGraph(), g -> ModelFactory.createDefaultModel()).getGraph().add(quad.asTriple());
                return;
            }
            if (!quad.getGraph().equals(graph)) {
                emit();
                graph = quad.getGraph();
                model = ModelFactory.createDefaultModel();
            }
            model.getGraph().add(quad.asTriple());
        }

        /** Emits the graph being read, if any. */
        void emit() {
            if (graph == null) {
                return;
            }
            Node g = graph;
            Model m = model;
            graph = null;
            model = null;
            emit(g, m);
        }

        /** Emits the graphs gathered whole from across the file, in the order they first appeared. */
        void emitSplit() {
            gathered.forEach(this::emit);
            gathered.clear();
        }

        /**
         * After a bad line at {@code badLine} (-1 where unknown): emits the gathered graphs whose last line ({@code lastLines})
         * comes before it, whole; every other gathered graph is a problem, not loaded.
         */
        void emitSplitBefore(long badLine, java.util.Map<Node, Long> lastLines) {
            gathered.forEach((g, m) -> {
                Long last = lastLines.get(g);
                if (badLine > 0 && last != null && last < badLine) {
                    emit(g, m);
                } else {
                    problems.add(new ArticleProblem(file + " " + (g.isURI() ? g.getURI() : g.toString()),
                            "not loaded: its quads are spread through the file and go on after the bad line"));
                }
            });
            gathered.clear();
        }

        private void emit(Node g, Model m) {
            String iri = g.isURI() ? g.getURI() : g.toString();
            var ids = m.listObjectsOfProperty(DCTerms.identifier).toList();
            var hashes = m.listObjectsOfProperty(DG.contentHash).toList();
            var extractors = m.listObjectsOfProperty(DG.extractorVersion).toList();
            if (ids.size() != 1 || hashes.size() != 1 || extractors.size() != 1) {
                problems.add(new ArticleProblem(file + " " + iri, "not one dealgraph article (one dcterms:identifier, dg:contentHash "
                        + "and dg:extractorVersion)"));
                return;
            }
            String id = ids.get(0).asLiteral().getLexicalForm();
            if (!iri.equals(ExtractionMapper.graphIri(id))) {
                problems.add(new ArticleProblem(file + " " + iri, "graph name is not that of article " + id + " ("
                        + ExtractionMapper.graphIri(id) + ")"));
                return;
            }
            sink.accept(new GraphStore.ArticleGraph(id, hashes.get(0).asLiteral().getLexicalForm(),
                    extractors.get(0).asLiteral().getLexicalForm(), m));
        }
    }
}
