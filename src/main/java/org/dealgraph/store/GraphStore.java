package org.dealgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.dealgraph.DealGraphException;
import org.dealgraph.InvalidQueryException;
import org.dealgraph.rdf.DG;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.rdf.ExtractionMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A TDB2 store on disk: each article in its own named graph, the default graph being the union
 * of them all. Writes are TDB2 transactions, so a store holds only whole articles whatever
 * happens to the process. A TDB2 store can be open in one process at a time.
 *
 * <p>Thread-safe (TDB2 transactions); close it when done.
 */
public final class GraphStore implements AutoCloseable {
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    /**
     * How many articles, or triples, a writer should put in one transaction at most: TDB2 copies
     * every block a transaction touches, so small transactions cost time and disk (measured with
     * {@code bench}), while a transaction is what a crash can lose.
     */
    public static final int TRANSACTION_ARTICLES = 1000;
    public static final long TRANSACTION_TRIPLES = 200_000;

    /** Whether a batch of this many articles and triples is as large as one transaction should get. */
    public static boolean transactionFull(int articles, long triples) {
        return articles >= TRANSACTION_ARTICLES || triples >= TRANSACTION_TRIPLES;
    }
    private final Path location;
    private final Dataset dataset;
    /**
     * Compaction switches TDB2 to a new database generation; a transaction begun before the switch
     * and ended after it is never closed on the old one, and compaction then waits for it forever
     * (Jena issue 3488). So every use of the store holds the shared side of this fair lock and
     * compaction the exclusive side: uses arriving during a compaction wait for it, then go on.
     */
    private final ReentrantReadWriteLock maintenance = new ReentrantReadWriteLock(true);

    /** The one thread that runs write transactions (see {@link #writeTransaction}). */
    private java.util.concurrent.ExecutorService writer = newWriter();
    /** Why a write failed, after which the store takes no more writes; null while none has. */
    private volatile Throwable writeFailure;

    /** Replaced, never changed, when the user's merge decisions change. */
    private volatile Consolidator consolidator;
    private final Gazetteer gazetteer;
    private final Consolidation consolidation;

    private GraphStore(Path location, Dataset dataset, Gazetteer gazetteer, Consolidation consolidation) {
        this.location = location;
        this.dataset = dataset;
        this.gazetteer = gazetteer;
        this.consolidation = consolidation;
        this.consolidator = new Consolidator(new EntityCanonicalizer(gazetteer, Txn.calculateRead(dataset, this::storedDecisions)));
    }

    /**
     * Opens the store at {@code location}, creating it if absent; entities are made canonical
     * with the bundled gazetteer and the merge decisions the store holds.
     */
    public static GraphStore open(Path location) {
        return open(location, Gazetteer.bundled());
    }

    /** Opens the store at {@code location}, making entities canonical with {@code gazetteer}. */
    public static GraphStore open(Path location, Gazetteer gazetteer) {
        return open(location, gazetteer, Consolidation.ON);
    }

    /**
     * Opens the store at {@code location}; its writes and deletes consolidate (with
     * {@code gazetteer}) or not, as {@code consolidation} says. The setting holds for this opening
     * only: a store does not remember it, but each article records how it was written (see
     * {@link Consolidation#OFF}).
     *
     * @throws DealGraphException if {@code location} is a file, or the store cannot be created or opened
     */
    public static GraphStore open(Path location, Gazetteer gazetteer, Consolidation consolidation) {
        java.util.Objects.requireNonNull(consolidation, "consolidation");
        if (Files.exists(location) && !Files.isDirectory(location)) {
            // the IOException's message would only repeat the path
            throw new DealGraphException("cannot open store at " + location + ": it is a file, not a store folder");
        }
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new DealGraphException("cannot create store folder " + location + ": " + e.getMessage(), e);
        }
        try {
            Dataset ds = TDB2Factory.connectDataset(location.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (consolidation == Consolidation.OFF && org.apache.jena.system.Txn.calculateRead(ds, () -> ds.asDatasetGraph()
                    .find(Consolidator.CONSOLIDATED, Node.ANY, Node.ANY, Node.ANY).hasNext())) {
                // writing raw article graphs beside consolidated nodes would leave those nodes pointing at old reports
                throw new DealGraphException("the store at " + location + " is consolidated: writing it without consolidation "
                        + "would leave its deal and company nodes stale; use consolidation off only for a new store or one written "
                        + "without it throughout");
            }
            return new GraphStore(location, ds, gazetteer, consolidation);
        } catch (DealGraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DealGraphException("cannot open store at " + location + ": " + e.getMessage(), e);
        }
    }

    public Path location() {
        return location;
    }

    /**
     * The dataset, for serving; its default graph is the union of the article graphs. Hold
     * {@link #sharedAccess()} around each use, as this class does around its own.
     */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * The lock to hold while using {@link #datasetGraph()} directly (a server holds it for each
     * request): many holders at a time, none while the store is being compacted.
     */
    public Lock sharedAccess() {
        return maintenance.readLock();
    }

    private <T> T shared(Supplier<T> work) {
        maintenance.readLock().lock();
        try {
            return work.get();
        } finally {
            maintenance.readLock().unlock();
        }
    }

    /**
     * How the store holds article {@code articleId}, compared with the content hash and the
     * extractor fingerprint ({@code dg:extractorVersion}) of a new extraction of it.
     */
    public ArticleState state(String articleId, String contentHash, String extractor) {
        return shared(() -> Txn.calculateRead(dataset, () -> stateInTxn(articleId, contentHash, consolidation.fingerprint(extractor))));
    }

    private ArticleState stateInTxn(String articleId, String contentHash, String extractor) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(ExtractionMapper.graphIri(articleId));
        Node article = NodeFactory.createURI(ExtractionMapper.articleIri(articleId));
        if (!dsg.contains(g, article, DG.contentHash.asNode(), Node.ANY)) {
            return ArticleState.NEW;
        }
        if (!dsg.contains(g, article, DG.contentHash.asNode(), NodeFactory.createLiteralString(contentHash))) {
            return ArticleState.CHANGED;
        }
        if (!dsg.contains(g, article, DG.extractorVersion.asNode(), NodeFactory.createLiteralString(extractor))) {
            return ArticleState.EXTRACTOR_CHANGED;
        }
        return ArticleState.UNCHANGED;
    }

    /**
     * One article's graph, to be written: {@code contentHash} and {@code extractor} are the
     * values the graph states ({@code dg:contentHash}, {@code dg:extractorVersion}).
     */
    public record ArticleGraph(String articleId, String contentHash, String extractor, Model graph) {
        public ArticleGraph {
            java.util.Objects.requireNonNull(articleId, "articleId");
            java.util.Objects.requireNonNull(contentHash, "contentHash");
            java.util.Objects.requireNonNull(extractor, "extractor");
            java.util.Objects.requireNonNull(graph, "graph");
        }
    }

    /**
     * What a write did: graphs added for new articles, replaced for changed ones, replaced because
     * the extractor changed, and the triples written.
     */
    public record Written(long added, long changed, long reextracted, long triples) {
        /** Graphs added or replaced. */
        public long graphs() {
            return added + changed + reextracted;
        }

        /**
         * Adds this write of {@code offered} article graphs to running totals of a batched run:
         * {@code totals} is {added, changed, re-extracted, skipped, triples}.
         */
        public void addTo(long[] totals, int offered) {
            totals[0] += added;
            totals[1] += changed;
            totals[2] += reextracted;
            totals[3] += offered - graphs();
            totals[4] += triples;
        }
    }

    /**
     * Writes the given article graphs in one transaction: an article held unchanged (same content,
     * same extractor) is skipped; one held with other content or from another extractor has its
     * graph replaced.
     */
    public Written write(List<ArticleGraph> graphs) {
        return writeTransaction(() -> {
            long[] counts = new long[ArticleState.values().length];
            long triples = 0;
            DatasetGraph dsg = dataset.asDatasetGraph();
            Consolidator c = consolidator;
            Consolidator.Touched touched = new Consolidator.Touched();
            for (ArticleGraph ag : graphs) {
                ArticleState state = stateInTxn(ag.articleId(), ag.contentHash(), consolidation.fingerprint(ag.extractor()));
                if (state == ArticleState.UNCHANGED) {
                    continue;
                }
                Node g = NodeFactory.createURI(ExtractionMapper.graphIri(ag.articleId()));
                if (state != ArticleState.NEW && consolidation == Consolidation.ON) {
                    touched.removed(dsg, g);
                }
                removeGraph(dsg, g);
                org.apache.jena.graph.Graph stored;
                // a graph as a store holds it (from a backup) is not canonicalized again: its events are reports with
                // deal keys already; it is brought to this store's decisions once written, as a merge decision would
                boolean asStored = consolidation == Consolidation.ON && Consolidator.asStored(ag.graph().getGraph());
                if (asStored) {
                    stored = ag.graph().getGraph();
                    touched.added(stored);
                } else if (consolidation == Consolidation.ON) {
                    stored = c.canonicalize(ag.graph().getGraph());
                    touched.added(stored);
                } else {
                    stored = unconsolidated(ag);
                }
                // quads straight into the indexes: no per-graph prefix table entries
                stored.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                if (asStored) {
                    c.recanonicalize(dsg, g, touched);
                }
                counts[state.ordinal()]++;
                // the triples the article gave, as before consolidation: what bench compares with bulk loads of the same N-Quads
                triples += ag.graph().size();
            }
            if (consolidation == Consolidation.ON) {
                c.refresh(dsg, touched);
            }
            return new Written(counts[ArticleState.NEW.ordinal()], counts[ArticleState.CHANGED.ordinal()],
                    counts[ArticleState.EXTRACTOR_CHANGED.ordinal()], triples);
        });
    }

    /** An article's graph as extracted, its extractor fingerprint marked as not consolidated. */
    private static org.apache.jena.graph.Graph unconsolidated(ArticleGraph ag) {
        org.apache.jena.graph.Graph in = ag.graph().getGraph();
        org.apache.jena.graph.Graph out = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        Node marked = NodeFactory.createLiteralString(Consolidation.OFF.fingerprint(ag.extractor()));
        in.find().forEachRemaining(t -> out.add(t.getPredicate().equals(DG.extractorVersion.asNode())
                ? Triple.create(t.getSubject(), t.getPredicate(), marked) : t));
        return out;
    }

    /** How this opening of the store treats writes and deletes. */
    public Consolidation consolidation() {
        return consolidation;
    }

    /**
     * Runs {@code work} in a write transaction on the store's own writer thread, and returns once
     * it is committed (TDB2 commits are durable). A transaction that fails is aborted; whatever
     * TDB2 leaves behind stays on the writer thread, never on the caller's (a server thread that
     * then answers queries). After a failed commit the store takes no more writes: TDB2's state
     * in memory may no longer match its files, and a later "successful" commit could be lost.
     */
    private <T> T writeTransaction(Supplier<T> work) {
        return shared(() -> {
            Throwable broken = writeFailure;
            if (broken != null) {
                throw new WriteFailedException("the store at " + location + " takes no more writes since a write failed ("
                        + DiskErrors.describe(broken, location).orElse(String.valueOf(broken.getMessage()))
                        + "); free the space or fix the disk, then restart", broken, false);
            }
            java.util.concurrent.Future<T> f;
            synchronized (this) {
                f = writer.submit(() -> {
                    changes.incrementAndGet(); // before and after: a reader during the write looks again afterwards
                    try {
                        return Txn.calculateWrite(dataset, work);
                    } catch (RuntimeException | Error e) {
                        consolidator.forget(); // counts the aborted transaction gave are not the store's
                        throw e;
                    } finally {
                        if (dataset.isInTransaction()) {
                            endQuietly();
                        }
                        changes.incrementAndGet();
                    }
                });
            }
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DealGraphException("interrupted while writing to the store at " + location, e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r && !DiskErrors.isDiskError(r)) {
                    throw r; // bad data: the transaction was aborted and the store is as it was
                }
                writeFailure = cause;
                replaceWriter();
                throw new WriteFailedException("cannot write to the store at " + location + ": "
                        + DiskErrors.describe(cause, location).orElse(String.valueOf(cause)), cause, DiskErrors.isDiskError(cause));
            }
        });
    }

    private void endQuietly() {
        try {
            dataset.abort();
        } catch (RuntimeException | Error e) {
            // already ended or broken: end() below is what matters
        }
        try {
            dataset.end();
        } catch (RuntimeException | Error e) {
            // the writer thread is replaced, and the store takes no more writes
        }
    }

    private synchronized void replaceWriter() {
        writer.shutdown();
        writer = newWriter();
    }

    private static java.util.concurrent.ExecutorService newWriter() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dealgraph-store-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Removes an article's graph; true if it was there. */
    public boolean delete(String articleId) {
        return writeTransaction(() -> {
            String g = ExtractionMapper.graphIri(articleId);
            if (!dataset.containsNamedModel(g)) {
                return false;
            }
            Consolidator.Touched touched = new Consolidator.Touched();
            if (consolidation == Consolidation.ON) {
                touched.removed(dataset.asDatasetGraph(), NodeFactory.createURI(g));
            }
            removeGraph(dataset.asDatasetGraph(), NodeFactory.createURI(g));
            if (consolidation == Consolidation.ON) {
                consolidator.refresh(dataset.asDatasetGraph(), touched);
            }
            return true;
        });
    }

    /** The merge decisions this store applies (see {@link MergeDecisions}). */
    public MergeDecisions decisions() {
        return consolidator.canonicalizer().decisions();
    }

    /**
     * Removes every quad of graph {@code g}. A store written before amounts were written in canonical form holds decimals
     * such as "40000000"^^xsd:decimal that TDB2 gives back as "40000000.0" and that {@code deleteAny} then misses (Apache
     * Jena issue 3404); each one left is deleted in the lexical forms of its value at the scales it may have been written
     * with (0 to 6 digits after the point), so that a changed article's old amounts go with its graph.
     */
    static void removeGraph(DatasetGraph dsg, Node g) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        List<org.apache.jena.sparql.core.Quad> left = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        for (org.apache.jena.sparql.core.Quad q : left) {
            Node o = q.getObject();
            if (o.isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI())) {
                java.math.BigDecimal v = new java.math.BigDecimal(o.getLiteralLexicalForm()).stripTrailingZeros();
                for (int scale = Math.max(0, v.scale()); scale <= 6; scale++) {
                    dsg.delete(g, q.getSubject(), q.getPredicate(),
                            NodeFactory.createLiteralDT(v.setScale(scale).toPlainString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
                }
            }
        }
    }

    /**
     * Makes {@code decisions} the store's merge decisions, in place of those it held, and applies
     * them to every stored article at once: the entities they merge or split get their new nodes,
     * and the labels and deals around them are derived again. The store keeps the decisions
     * (they are in its backups too) and applies them to every article ingested later, so a
     * decision survives the re-ingest of the articles it concerns. Returns how many article graphs changed.
     */
    public long decide(MergeDecisions decisions) {
        return writeTransaction(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node cg = Consolidator.CONSOLIDATED;
            for (var q : org.apache.jena.atlas.iterator.Iter.toList(dsg.find(cg, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), DG.MergeDecision.asNode()))) {
                dsg.deleteAny(cg, q.getSubject(), Node.ANY, Node.ANY);
            }
            for (MergeDecisions.Decision d : decisions.decisions()) {
                Node b = NodeFactory.createBlankNode();
                dsg.add(cg, b, org.apache.jena.vocabulary.RDF.type.asNode(), DG.MergeDecision.asNode());
                dsg.add(cg, b, DG.decision.asNode(), NodeFactory.createLiteralString(d.action()));
                dsg.add(cg, b, DG.from.asNode(), NodeFactory.createLiteralString(d.from()));
                dsg.add(cg, b, DG.to.asNode(), NodeFactory.createLiteralString(d.to()));
            }
            Consolidator next = new Consolidator(new EntityCanonicalizer(gazetteer, decisions));
            java.util.Set<Node> graphs = new java.util.LinkedHashSet<>();
            dsg.find(Node.ANY, Node.ANY, DG.extractedKey.asNode(), Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
            Consolidator.Touched touched = new Consolidator.Touched();
            long changed = 0;
            for (Node g : graphs) {
                int before = touched.entities.size() + touched.dealKeys.size();
                next.recanonicalize(dsg, g, touched);
                if (touched.entities.size() + touched.dealKeys.size() != before) {
                    changed++;
                }
            }
            next.refresh(dsg, touched);
            consolidator = next;
            return changed;
        });
    }

    /**
     * The decisions of {@code decisions} that name no entity of any stored article, by its key or
     * (for a merge, as names are compared; for a split, as written) one of its names: most likely
     * a typo, though an article ingested later may still match. In the order given.
     */
    public List<MergeDecisions.Decision> unmatched(MergeDecisions decisions) {
        return shared(() -> Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<MergeDecisions.Decision> left = new java.util.ArrayList<>(decisions.decisions());
            var keys = dsg.find(Node.ANY, Node.ANY, DG.extractedKey.asNode(), Node.ANY);
            while (keys.hasNext() && !left.isEmpty()) {
                var q = keys.next();
                Node e = q.getSubject();
                List<String> wordings = new java.util.ArrayList<>();
                dsg.find(q.getGraph(), e, DG.nameInArticle.asNode(), Node.ANY).forEachRemaining(n -> wordings.add(n.getObject().getLiteralLexicalForm()));
                dsg.find(q.getGraph(), e, DG.aliasInArticle.asNode(), Node.ANY).forEachRemaining(n -> wordings.add(n.getObject().getLiteralLexicalForm()));
                String extracted = q.getObject().getLiteralLexicalForm();
                // a merge may name the entity's key as the store has it, after consolidation, as well as the extractor's
                String stored = e.isURI() ? e.getURI().substring(e.getURI().lastIndexOf('/') + 1) : extracted;
                left.removeIf(d -> MergeDecisions.matches(d, extracted, wordings) || MergeDecisions.matches(d, stored, wordings));
            }
            return List.copyOf(left);
        }));
    }

    private MergeDecisions storedDecisions() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        java.util.List<MergeDecisions.Decision> out = new java.util.ArrayList<>();
        Node cg = Consolidator.CONSOLIDATED;
        dsg.find(cg, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), DG.MergeDecision.asNode()).forEachRemaining(q -> {
            Node d = q.getSubject();
            String action = literal(dsg, d, DG.decision.asNode());
            String from = literal(dsg, d, DG.from.asNode());
            String to = literal(dsg, d, DG.to.asNode());
            if (action != null && from != null && to != null) {
                out.add(new MergeDecisions.Decision(action, from, to));
            }
        });
        // blank nodes come back in no set order: sort, so a store's decisions read the same every time
        out.sort(java.util.Comparator.comparing(MergeDecisions.Decision::action).thenComparing(MergeDecisions.Decision::from)
                .thenComparing(MergeDecisions.Decision::to));
        return new MergeDecisions(out);
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Consolidator.CONSOLIDATED, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Whether {@code sparql} parses as a SPARQL 1.1 update (Jena's parser), which a query is not. */
    private static boolean isUpdate(String sparql) {
        try {
            org.apache.jena.update.UpdateFactory.create(sparql);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code work} on a query execution of {@code sparql} inside a read transaction. A query
     * that cannot be parsed is an {@link InvalidQueryException}; one that fails while running
     * (cancelled, or a bad expression) a {@link DealGraphException}.
     */
    public <T> T query(String sparql, Function<QueryExecution, T> work) {
        Query q;
        try {
            q = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new InvalidQueryException("not a valid SPARQL query: an update (INSERT, DELETE, DROP, LOAD ...); the store is "
                        + "read-only here: add or remove articles with 'dealgraph ingest' and 'dealgraph delete'", e);
            }
            throw new InvalidQueryException("not a valid SPARQL query: " + e.getMessage(), e);
        }
        return shared(() -> {
            dataset.begin(ReadWrite.READ);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                return work.apply(qe);
            } catch (QueryException e) {
                throw new DealGraphException("query failed: " + e.getMessage(), e);
            } catch (DealGraphException e) {
                throw e;
            } catch (RuntimeException e) {
                // TDB2 reading a damaged node table or index: never an answer that looks whole
                throw new DealGraphException("query failed reading the store at " + location + " (" + e
                        + "); it may be damaged: run 'dealgraph verify'", e);
            } finally {
                dataset.end();
            }
        });
    }

    /**
     * Compacts the store: TDB2 writes copy-on-write, so every transaction leaves old blocks
     * behind; compaction writes a fresh generation of the database and deletes the old one.
     * Other uses of the store, in this thread or others, wait until it is done (see
     * {@link #sharedAccess()}); none fails.
     */
    public void compact() {
        if (maintenance.getReadHoldCount() > 0) {
            throw new IllegalStateException("cannot compact the store while this thread is using it");
        }
        maintenance.writeLock().lock();
        try {
            org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } finally {
            maintenance.writeLock().unlock();
        }
    }

    /** The store's size on disk in bytes: the blocks its files take (see {@link DiskUsage}). */
    public long sizeOnDisk() {
        return diskUsage().bytes();
    }

    /** The store's size on disk, and how it was measured. */
    public DiskUsage diskUsage() {
        return DiskUsage.of(location);
    }

    /**
     * Writes every article graph as gzip-compressed N-Quads (the graph name is each quad's
     * fourth term), one graph after another, from one read transaction, so the backup is a
     * consistent snapshot even while the store is being written. Streams the quads: memory grows
     * with the number of graphs only (their names).
     */
    public long backup(Path file) {
        // written under a temporary name and renamed when complete: a failed backup leaves the last good one
        try (StagedFile staged = StagedFile.of(file)) {
            long quads;
            try (OutputStream raw = staged.open();
                 OutputStream out = new java.util.zip.GZIPOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
                quads = shared(() -> Txn.calculateRead(dataset, () -> {
                    org.apache.jena.riot.system.StreamRDF sink = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out,
                            org.apache.jena.riot.RDFFormat.NQUADS_UTF8);
                    long[] n = {0};
                    sink.start();
                    // graph by graph, so each article's quads follow one another (NQuadsLoader reads a graph at a time; in
                    // the indexes' order they were spread through the file: a break-it tester's finding)
                    List<Node> graphs = new java.util.ArrayList<>();
                    dataset.asDatasetGraph().listGraphNodes().forEachRemaining(graphs::add);
                    for (Node g : graphs) {
                        dataset.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                            sink.quad(q);
                            n[0]++;
                        });
                    }
                    sink.finish();
                    return n[0];
                }));
            }
            staged.commit();
            return quads;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DealGraphException d && !DiskErrors.isDiskError(d)) {
                throw d;
            }
            throw DiskErrors.wrap("cannot write backup " + file, file, e);
        }
    }

    /**
     * Loads a backup made by {@link #backup(Path)} into this store, in one transaction: the store
     * holds all of it or, if anything fails, none of it.
     */
    public long restore(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             FailureKeepingInputStream in = new FailureKeepingInputStream(
                     new java.util.zip.GZIPInputStream(new java.io.BufferedInputStream(raw, 1 << 16)))) {
            return writeTransaction(() -> {
                consolidator.forget(); // the backup's articles name entities the counts in memory have not seen
                long[] n = {0};
                org.apache.jena.riot.system.StreamRDF sink = new org.apache.jena.riot.system.StreamRDFWrapper(
                        org.apache.jena.riot.system.StreamRDFLib.dataset(dataset.asDatasetGraph())) {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        n[0]++;
                        super.quad(q);
                    }
                };
                org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(sink);
                try {
                    in.rethrow(); // a file cut short: the parser took the failed read for the end; nothing is kept
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return n[0];
            });
        } catch (DealGraphException e) {
            if (e.getCause() instanceof org.apache.jena.riot.RiotException r) {
                throw new DealGraphException("backup " + file + " is not valid N-Quads: " + r.getMessage(), r);
            }
            throw e;
        } catch (org.apache.jena.riot.RiotException e) {
            throw new DealGraphException("backup " + file + " is not valid N-Quads: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new DealGraphException("cannot read backup " + file + ": " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new DealGraphException("cannot read backup " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A number that changes whenever this object writes to the store (write, delete, restore), so a
     * reader can tell that what it derived from the store may be stale. Counted before and after each
     * write, so a reader that read during a write looks again afterwards.
     */
    public long changes() {
        return changes.get();
    }

    /**
     * Checks the store against itself. TDB2 keeps no checksums, and a damaged block reads back as
     * other data without any error; but TDB2 holds each quad in six indexes and each term once in
     * its node table, and damage to one shows against the others. So: every quad index is read
     * whole and must hold the same quads (counted, and summed as order-free 64-bit hashes), and
     * every term the quads use must be found in the node table and lead back to its own id.
     * Reads only; runs in one read transaction.
     */
    public StoreCheck verify() {
        return shared(() -> Txn.calculateRead(dataset, () -> {
            org.apache.jena.tdb2.store.DatasetGraphTDB tdb = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            var table = tdb.getQuadTable().getNodeTupleTable();
            // below the caches: a cache that learnt id -> term would answer term -> id itself
            var nodes = table.getNodeTable().baseNodeTable();
            java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
            java.util.List<String> problems = new java.util.ArrayList<>();
            java.util.Set<org.apache.jena.tdb2.store.NodeId> ids = new java.util.HashSet<>();
            long firstSum = 0;
            String first = null;
            for (var index : table.getTupleTable().getIndexes()) {
                long n = 0;
                long sum = 0;
                try {
                    var it = index.all();
                    while (it.hasNext()) {
                        var t = it.next();
                        long h = 0;
                        for (int i = 0; i < t.len(); i++) {
                            var id = t.get(i);
                            long v = id.isPtr() ? id.getPtrLocation() : id.hashCode();
                            h = mix(h * 31 + v * 0x9E3779B97F4A7C15L + id.getTypeValue());
                            if (first == null) {
                                ids.add(t.get(i));
                            }
                        }
                        sum += mix(h);
                        n++;
                    }
                } catch (RuntimeException | Error e) {
                    problems.add("index " + index.getName() + " cannot be read past quad " + n + ": " + e);
                }
                counts.put(index.getName(), n);
                if (first == null) {
                    first = index.getName();
                    firstSum = sum;
                } else if (n != counts.get(first) || sum != firstSum) {
                    problems.add("index " + index.getName() + " disagrees with index " + first + " (" + n + " quads against "
                            + counts.get(first) + (n == counts.get(first) ? ", other quads" : "") + ")");
                }
            }
            long terms = 0;
            for (var id : ids) {
                if (!id.isPtr()) {
                    continue;
                }
                terms++;
                try {
                    Node node = nodes.getNodeForNodeId(id);
                    if (node == null) {
                        problems.add("node table: no term for id " + id);
                    } else if (!id.equals(nodes.getNodeIdForNode(node))) {
                        problems.add("node table: term " + abbreviate(node) + " read for id " + id + " does not lead back to it");
                    }
                } catch (RuntimeException | Error e) {
                    problems.add("node table: cannot read the term of id " + id + ": " + e);
                }
                if (problems.size() > 100) {
                    problems.add("(stopped after 100 problems)");
                    break;
                }
            }
            return new StoreCheck(counts, terms, problems);
        }));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String abbreviate(Node n) {
        String s = String.valueOf(n);
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    /** Number of article graphs (the consolidated graph is not one). */
    public long articles() {
        return shared(() -> Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.listModelNames();
            while (it.hasNext()) {
                if (!it.next().getURI().equals(DG.CONSOLIDATED)) {
                    n++;
                }
            }
            return n;
        }));
    }

    @Override
    public void close() {
        writer.shutdown();
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
