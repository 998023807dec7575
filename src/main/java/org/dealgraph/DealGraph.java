package org.dealgraph;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.corpus.AnnotatedArticle;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import org.dealgraph.evaluation.ArticleScore;
import org.dealgraph.evaluation.Bootstrap;
import org.dealgraph.evaluation.CorpusReport;
import org.dealgraph.evaluation.CorpusScorer;
import org.dealgraph.evaluation.GoldArticle;
import org.dealgraph.event.Extraction;
import org.dealgraph.evaluation.Scorer;
import org.dealgraph.export.ExportOptions;
import org.dealgraph.learning.CorpusTraining;
import org.dealgraph.learning.ModelBundle;
import org.dealgraph.learning.ModelTrainer;
import org.dealgraph.learning.TrainingArticle;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dealgraph.export.ExportReport;
import org.dealgraph.export.GraphExporter;
import org.dealgraph.rdf.ExtractionMapper;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.SparqlEndpoint;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.store.ArticleState;
import org.dealgraph.store.Consolidation;
import org.dealgraph.store.DiskUsage;
import org.dealgraph.store.GraphStore;
import org.dealgraph.store.IngestReport;
import org.dealgraph.store.StoreCheck;
import org.dealgraph.store.WriteFailedException;
import org.dealgraph.store.NQuadsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * dealgraph as a library: open a store, ingest articles, run SPARQL, serve the endpoint; or
 * extract articles with no store at all. Prints nothing and never exits the JVM; bad input is
 * reported in the returned {@link IngestReport}, failures of the environment as
 * {@link DealGraphException} (a query that cannot be parsed as its subclass
 * {@link InvalidQueryException}).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();
 * try (DealGraph g = DealGraph.open(Path.of("dealgraph-db"), pipeline)) {
 *     IngestReport r = g.ingest(List.of(Path.of("data/articles")), IngestListener.NONE);
 *     List<Map<String, RDFNode>> rows = g.select("SELECT ?s ?o WHERE { ?s <https://w3id.org/dealgraph#partnersWith> ?o }");
 *     try (SparqlEndpoint e = g.serve(EndpointSettings.defaults().withPort(0))) { ... }
 * }
 * }</pre>
 *
 * <p>Thread-safe for queries; run one ingest at a time.
 */
public final class DealGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DealGraph.class);
    private static final int BATCH = 100;

    private final GraphStore store;
    private final Supplier<Pipeline> pipeline;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final int threads;

    private DealGraph(GraphStore store, Supplier<Pipeline> pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /**
     * This store, ingesting on {@code n} extraction threads (default: one per processor). The
     * result shares the store with this object: close either one, once.
     */
    public DealGraph withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + n);
        }
        return new DealGraph(store, pipeline, n);
    }

    /**
     * The version of this build: the Maven project version (e.g. {@code 0.1.0-SNAPSHOT}), read from the
     * resource Maven writes at build time, the same the extractor fingerprint ({@code dg:extractorVersion})
     * names; {@code unknown} outside a Maven build.
     */
    public static String version() {
        return ExtractorFingerprint.projectVersion();
    }

    /** Opens (or creates) the TDB2 store at {@code location}; ingests extract with {@code pipeline}. */
    public static DealGraph open(Path location, Pipeline pipeline) {
        return open(location, pipeline, Consolidation.ON);
    }

    /**
     * As {@link #open(Path, Pipeline)}, with consolidation across articles on (the default) or off
     * ({@link Consolidation#OFF}: article graphs stored as extracted, for a throwaway store or to
     * measure what consolidation costs), for the writes and deletes of this opening.
     */
    public static DealGraph open(Path location, Pipeline pipeline, Consolidation consolidation) {
        Objects.requireNonNull(pipeline, "pipeline");
        return new DealGraph(GraphStore.open(location, Gazetteer.bundled(), consolidation), () -> pipeline,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Opens (or creates) the TDB2 store at {@code location}; the default pipeline is built on
     * the first ingest, so opening a store only to query it loads no models.
     */
    public static DealGraph open(Path location) {
        return open(location, Consolidation.ON);
    }

    /** As {@link #open(Path)}, with consolidation on or off as in {@link #open(Path, Pipeline, Consolidation)}. */
    public static DealGraph open(Path location, Consolidation consolidation) {
        Pipeline[] built = new Pipeline[1];
        return new DealGraph(GraphStore.open(location, Gazetteer.bundled(), consolidation), () -> {
            synchronized (built) {
                if (built[0] == null) {
                    built[0] = Pipeline.builder().build();
                }
                return built[0];
            }
        }, Runtime.getRuntime().availableProcessors());
    }

    /** The RDF graph of one article alone, with no store; the extraction's warnings are logged. */
    public static Model extractGraph(Pipeline pipeline, Article article) {
        Extraction x = pipeline.extract(article);
        x.warnings().forEach(w -> LOG.warn("{}", w));
        return new ExtractionMapper().map(x);
    }

    /**
     * Extracts every article of {@code inputs} and writes, for each, {@code outDir/<id>.nt}: the
     * N-Triples of that article's graph alone. {@code outDir} is created if absent. An article whose id names the same
     * file as an earlier one's of the run ("x/y" and "x_y": characters file systems reject become "_") is a problem
     * of the report and is not extracted, so no output overwrites another.
     *
     * @throws DealGraphException if {@code outDir} is a file, or cannot be created
     */
    public static IngestReport extractTo(Pipeline pipeline, List<Path> inputs, Path outDir, IngestListener listener) {
        return extractTo(pipeline, inputs, outDir, listener, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #extractTo(Pipeline, List, Path, IngestListener)}, extracting on {@code threads} threads. */
    public static IngestReport extractTo(Pipeline pipeline, List<Path> inputs, Path outDir, IngestListener listener, int threads) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new DealGraphException("cannot write to " + outDir + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new DealGraphException("cannot create output folder " + outDir + ": " + e.getMessage(), e);
        }
        ExtractionMapper mapper = new ExtractionMapper();
        List<ArticleProblem> problems = new ArrayList<>();
        int[] done = {0};
        long[] triples = {0};
        Map<String, String> seen = new java.util.HashMap<>();
        Map<String, String> files = new java.util.HashMap<>(); // output file name to the article id written there
        List<Article> pending = new ArrayList<>();
        Function<Extraction, Long> write = x -> {
            Model m = mapper.map(x);
            Path out = outDir.resolve(fileName(x.text().article().id()) + ".nt");
            try (OutputStream os = Files.newOutputStream(out)) {
                RDFDataMgr.write(os, m, RDFFormat.NTRIPLES_UTF8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output for " + x.text().article().id(), e);
            }
            return m.size();
        };
        try (BatchExtractor batcher = new BatchExtractor(pipeline, threads);
             Stream<ReadOutcome> outcomes = new ArticleSources().read(inputs)) {
            Runnable drain = () -> {
                for (BatchExtractor.Result<Long> r : batcher.extract(pending, write)) {
                    r.problem().ifPresent(p -> problems.add(located(p, seen.get(r.article().id()), r.article().id())));
                    warn(r, seen.get(r.article().id()));
                    r.value().ifPresent(n -> {
                        triples[0] += n;
                        done[0]++;
                    });
                }
                pending.clear();
                listener.progress(done[0], problems.size());
            };
            outcomes.forEach(o -> {
                if (o instanceof ReadOutcome.Failed f) {
                    problems.add(f.problem());
                } else if (o instanceof ReadOutcome.Read r) {
                    String first = seen.putIfAbsent(r.article().id(), r.source());
                    String taken = first != null ? null : files.putIfAbsent(fileName(r.article().id()), r.article().id());
                    if (first != null) {
                        problems.add(duplicate(r, first));
                    } else if (taken != null) {
                        // "x/y" and "x_y" share the file x_y.nt: the second would overwrite the first one's output
                        seen.remove(r.article().id());
                        problems.add(new ArticleProblem(r.source().equals(r.article().id()) ? r.article().id() : r.source(),
                                "article " + r.article().id() + " would be written to " + fileName(r.article().id()) + ".nt, which article "
                                        + taken + " of this run already writes; not extracted (give it an id of its own)"));
                    } else {
                        pending.add(r.article());
                    }
                }
                if (pending.size() >= BATCH) {
                    drain.run();
                }
            });
            drain.run();
        }
        return new IngestReport(done[0], 0, 0, 0, triples[0], problems);
    }

    /**
     * The result of {@link #evaluate}: the scores, the number of articles scored (those a gold file names that were
     * read and extracted; 0 means the scores say nothing), and the inputs that could not be scored.
     */
    public record Evaluation(Scorer.Score score, int articles, List<ArticleProblem> problems) {
        public Evaluation {
            if (articles < 0) {
                throw new IllegalArgumentException("articles scored is negative: " + articles);
            }
            problems = List.copyOf(problems);
        }
    }

    /**
     * Scores extraction on annotated articles: every {@code *.json} gold file in {@code goldDir}
     * (the format of the annotation guidelines) against the article of {@code inputs} it names
     * (its file name without extension is the article id). A gold file whose article is not among
     * the inputs is a problem whose source is the gold file's path.
     */
    public static Evaluation evaluate(Pipeline pipeline, List<Path> inputs, Path goldDir) {
        Map<String, GoldArticle> golds = new LinkedHashMap<>();
        Map<String, Path> goldFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldArticle g = GoldArticle.read(f);
                String id = g.article().contains(".") ? g.article().substring(0, g.article().lastIndexOf('.')) : g.article();
                golds.put(id, g);
                goldFiles.put(id, f);
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read gold folder " + goldDir + ": " + e.getMessage(), e);
        }
        Scorer scorer = new Scorer();
        List<ArticleProblem> problems = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        int[] articles = {0};
        try (Stream<ReadOutcome> outcomes = new ArticleSources().read(inputs)) {
            outcomes.forEach(o -> {
                if (o instanceof ReadOutcome.Failed f) {
                    problems.add(f.problem());
                } else if (o instanceof ReadOutcome.Read r && golds.containsKey(r.article().id()) && scored.add(r.article().id())) {
                    try (BatchExtractor one = new BatchExtractor(pipeline, 1)) {
                        BatchExtractor.Result<Extraction> res = one.extract(List.of(r.article()), x -> x).get(0);
                        res.problem().ifPresent(p -> problems.add(located(p, r.source(), r.article().id())));
                        warn(res, r.source());
                        res.value().ifPresent(x -> {
                            scorer.add(golds.get(r.article().id()), x);
                            articles[0]++;
                        });
                    }
                }
            });
        }
        golds.keySet().stream().filter(id -> !scored.contains(id))
                .forEach(id -> problems.add(new ArticleProblem(goldFiles.get(id).toString(), "names article " + id + ", not among the inputs")));
        return new Evaluation(scorer.score(), articles[0], problems);
    }

    /**
     * Loads (a selection of) the annotated corpus: the annotations and {@code splits.tsv} of
     * {@code annotationDir} joined with the texts of {@code corpusDir}; see {@link AnnotatedCorpus}.
     */
    public static AnnotatedCorpus loadCorpus(Path annotationDir, Path corpusDir, CorpusSelection selection) {
        return AnnotatedCorpus.load(annotationDir, corpusDir, selection);
    }

    /** The result of {@link #evaluate(Pipeline, AnnotatedCorpus, Bootstrap, int)}: the report, each article's score, and every problem. */
    public record CorpusEvaluation(CorpusReport report, List<ArticleScore> articles, List<ArticleProblem> problems) {
        public CorpusEvaluation {
            Objects.requireNonNull(report, "report");
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Extracts every article of an annotated corpus with {@code pipeline} on {@code threads}
     * threads and scores it (see {@link CorpusScorer}), with bootstrap confidence intervals. The
     * problems are the corpus's and those of articles that could not be extracted (left out of
     * the scores).
     *
     * <pre>{@code
     * AnnotatedCorpus test = DealGraph.loadCorpus(Path.of("data/corpus"), corpora, CorpusSelection.of(Split.TEST));
     * CorpusReport r = DealGraph.evaluate(Pipeline.builder().build(), test, Bootstrap.defaults(), 2).report();
     * Interval f1 = r.all().estimate(Bucket.all(Metric.RELATION)).f1();
     * }</pre>
     */
    public static CorpusEvaluation evaluate(Pipeline pipeline, AnnotatedCorpus corpus, Bootstrap bootstrap, int threads) {
        CorpusScorer scorer = new CorpusScorer();
        List<ArticleProblem> problems = new ArrayList<>(corpus.problems());
        List<ArticleScore> scores = new ArrayList<>();
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        corpus.articles().forEach(a -> byId.put(a.article().id(), a));
        List<Article> articles = corpus.articles().stream().map(AnnotatedArticle::article).toList();
        try (BatchExtractor batcher = new BatchExtractor(pipeline, threads)) {
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + BATCH));
                for (BatchExtractor.Result<ArticleScore> r : batcher.extract(chunk, x -> scorer.score(byId.get(x.text().article().id()), x))) {
                    r.problem().ifPresent(problems::add);
                    warn(r, r.article().id());
                    r.value().ifPresent(scores::add);
                }
            }
        }
        LOG.info("evaluated {} annotated articles, {} problems", scores.size(), problems.size());
        return new CorpusEvaluation(CorpusReport.of(scores, bootstrap), scores, problems);
    }

    /**
     * Trains the pipeline's models (a name finder and a relation classifier per language) on the
     * articles of an annotated corpus, usually its train split, or on a seeded sample of
     * {@code fraction} of them; see {@link ModelTrainer}. The bundle's metadata records the
     * split file's digest, the selection, the fraction, the seed and the settings. Write it with
     * {@link ModelBundle#write} and use it with {@code Pipeline.builder().models(bundle)}.
     *
     * @throws DealGraphException when a language has too little annotated data to train on
     */
    public static ModelBundle train(AnnotatedCorpus corpus, String selection, double fraction, long seed,
                                    ModelTrainer.Settings settings) {
        return train(corpus, selection, fraction, seed, settings, false);
    }

    /**
     * As {@link #train(AnnotatedCorpus, String, double, long, ModelTrainer.Settings)}, with the
     * relation and event classifiers also trained on pairs across sentences through a reference
     * word when {@code crossSentence} (see {@link ModelTrainer#ModelTrainer(ModelTrainer.Settings, boolean)}).
     */
    public static ModelBundle train(AnnotatedCorpus corpus, String selection, double fraction, long seed,
                                    ModelTrainer.Settings settings, boolean crossSentence) {
        return train(corpus, selection, fraction, seed, settings, crossSentence, org.dealgraph.text.LanguageProfiles.bundled());
    }

    /**
     * As {@link #train(AnnotatedCorpus, String, double, long, ModelTrainer.Settings, boolean)}, over
     * these languages' data ({@link org.dealgraph.text.LanguageProfiles#load}): articles in one of
     * its languages are trained on, each read with its language's models and words.
     */
    public static ModelBundle train(AnnotatedCorpus corpus, String selection, double fraction, long seed,
                                    ModelTrainer.Settings settings, boolean crossSentence, org.dealgraph.text.LanguageProfiles languages) {
        List<TrainingArticle> all = CorpusTraining.articles(corpus.articles(), languages);
        List<TrainingArticle> chosen = ModelTrainer.sample(all, fraction, seed);
        ObjectNode meta = ModelTrainer.metadata();
        meta.put("trainedOn", selection).put("fraction", fraction).put("seed", seed).put("articles", chosen.size());
        LOG.info("training on {} of {} annotated articles ({})", chosen.size(), all.size(), selection);
        return new ModelTrainer(settings, crossSentence, languages).train(chosen, meta);
    }

    /**
     * An extraction's problem with an article (an unsupported language, a text too long), named by where the article was
     * read, as a reader names its problems: {@code news.jsonl:7: article j7: unsupported language 'fr' ...}. Unchanged
     * where the article was read from no file (its source is its id) or the problem already names another source.
     */
    static ArticleProblem located(ArticleProblem p, String source, String id) {
        if (source == null || source.equals(id) || !p.source().equals(id)) {
            return p;
        }
        return new ArticleProblem(source, "article " + id + ": " + p.problem());
    }

    /** Logs an extracted article's warnings, named by where it was read as its problems are ({@link #located}). */
    private static void warn(BatchExtractor.Result<?> r, String source) {
        r.warnings().forEach(w -> LOG.warn("{}", located(w, source, r.article().id())));
    }

    /** The problem of an article whose id one read before in the run, at {@code first}: both named by where they were read. */
    private static ArticleProblem duplicate(ReadOutcome.Read r, String first) {
        String id = r.article().id();
        if (r.source().equals(id) && first.equals(id)) {
            return new ArticleProblem(id, "duplicate article id in this run; the first one was kept");
        }
        return new ArticleProblem(r.source(), "duplicate article id " + id + " in this run; the first one, " + first + ", was kept");
    }

    /** A file name for an article id: characters that file systems reject are replaced. */
    static String fileName(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return s.startsWith(".") ? "_" + s : s;
    }

    /** Reads, extracts and stores the articles of {@code inputs} (files and folders). */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        try (Stream<ReadOutcome> outcomes = new ArticleSources().read(inputs)) {
            return ingest(outcomes, listener);
        }
    }

    /**
     * Loads N-Quads of article graphs (the Spark job's output, or a backup) from files and folders
     * ({@code *.nq}, {@code *.nq.gz}): into an empty store with TDB2's bulk loader, into one that
     * holds articles incrementally, skipping articles held with the same content hash and
     * extractor and replacing changed ones, as {@link #ingest} does. See {@link NQuadsLoader}.
     */
    public IngestReport load(List<Path> inputs, NQuadsLoader.Mode mode, IngestListener listener) {
        IngestReport r = new NQuadsLoader(store).load(inputs, mode, done -> listener.progress(done, 0));
        LOG.debug("load into {}: {}", store.location(), r.summary());
        return r;
    }

    /** Extracts and stores the given articles. */
    public IngestReport ingestArticles(List<Article> articles, IngestListener listener) {
        return ingest(articles.stream().map(ReadOutcome.Read::new), listener);
    }

    private IngestReport ingest(Stream<? extends ReadOutcome> outcomes, IngestListener listener) {
        List<ArticleProblem> problems = new ArrayList<>();
        List<GraphStore.ArticleGraph> batch = new ArrayList<>();
        Map<String, String> seen = new java.util.HashMap<>();
        long[] totals = new long[5]; // added, changed, re-extracted, skipped, triples
        Pipeline extractor = pipeline.get();
        String fingerprint = extractor.fingerprint().value();
        int[] done = {0};
        List<Article> pending = new ArrayList<>();
        long[] batchTriples = {0};
        try (BatchExtractor batcher = new BatchExtractor(extractor, threads)) {
            // extraction goes in chunks of BATCH articles, writes in transactions as large as
            // GraphStore.transactionFull allows: every TDB2 transaction copies the blocks it touches
            java.util.function.Consumer<Boolean> drain = last -> {
                for (BatchExtractor.Result<Model> r : batcher.extract(pending, mapper::map)) {
                    r.problem().ifPresent(p -> problems.add(located(p, seen.get(r.article().id()), r.article().id())));
                    warn(r, seen.get(r.article().id()));
                    r.value().ifPresent(m -> {
                        batch.add(new GraphStore.ArticleGraph(r.article().id(), ExtractionMapper.contentHash(r.article()), fingerprint, m));
                        batchTriples[0] += m.size();
                    });
                }
                pending.clear();
                if (last || GraphStore.transactionFull(batch.size(), batchTriples[0])) {
                    flush(batch, totals);
                    batchTriples[0] = 0;
                    listener.progress(done[0], problems.size()); // everything read so far is committed or reported
                }
            };
            outcomes.forEach(o -> {
                if (o instanceof ReadOutcome.Failed f) {
                    problems.add(f.problem());
                    LOG.debug("rejected {}", f.problem());
                } else if (o instanceof ReadOutcome.Read r) {
                    Article a = r.article();
                    String first = seen.putIfAbsent(a.id(), r.source());
                    if (first != null) {
                        problems.add(duplicate(r, first));
                    } else if (store.state(a.id(), ExtractionMapper.contentHash(a), fingerprint) == ArticleState.UNCHANGED) {
                        totals[3]++;
                    } else {
                        pending.add(a);
                    }
                }
                done[0]++;
                if (pending.size() >= BATCH) {
                    drain.accept(false);
                }
            });
            drain.accept(true);
        } catch (WriteFailedException e) {
            // what earlier transactions committed is durable: say what it was
            throw e.withCommitted(new IngestReport((int) totals[0], (int) totals[1], (int) totals[2], (int) totals[3], totals[4], problems));
        }
        IngestReport report = new IngestReport((int) totals[0], (int) totals[1], (int) totals[2], (int) totals[3], totals[4], problems);
        // Design decision: DEBUG, not INFO: the summary is the return value, and every caller that
        // reports it (the CLI, the ingest endpoint) would otherwise print it twice.
        LOG.debug("ingest into {}: {}", store.location(), report.summary());
        return report;
    }

    private void flush(List<GraphStore.ArticleGraph> batch, long[] totals) {
        if (batch.isEmpty()) {
            return;
        }
        store.write(batch).addTo(totals, batch.size());
        batch.clear();
    }

    /**
     * Runs a SELECT query; each row maps the variables bound in it to their RDF terms: IRIs as
     * resources, literals with their datatype, so {@code row.get("value").asLiteral().getLong()}
     * reads a number as a number. The terms belong to no model of the store and stay usable after
     * the call. A query that cannot be parsed is an {@link InvalidQueryException}.
     */
    public List<Map<String, RDFNode>> select(String sparql) {
        Model detached = ModelFactory.createDefaultModel();
        return store.query(sparql, qe -> {
            List<Map<String, RDFNode>> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Map<String, RDFNode> out = new LinkedHashMap<>();
                for (String v : vars) {
                    RDFNode n = row.get(v);
                    if (n != null) {
                        out.put(v, detached.asRDFNode(n.asNode()));
                    }
                }
                rows.add(java.util.Collections.unmodifiableMap(out));
            }
            return rows;
        });
    }

    /**
     * As {@link #select(String)}, each term as a string: an IRI, a blank node's label, or a
     * literal's lexical form (its datatype and language dropped; {@code "0.51e0"} for a double).
     * For display; code that computes with the values should use {@link #select(String)}.
     */
    public List<Map<String, String>> selectStrings(String sparql) {
        return select(sparql).stream().map(row -> {
            Map<String, String> out = new LinkedHashMap<>();
            row.forEach((v, n) -> out.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()));
            return out;
        }).toList();
    }

    /** Runs any query (SELECT, ASK, CONSTRUCT, DESCRIBE) and writes its results to {@code out}. */
    public void query(String sparql, QueryFormat format, OutputStream out) {
        store.query(sparql, qe -> {
            write(qe, format, out);
            return null;
        });
    }

    private static void write(QueryExecution qe, QueryFormat format, OutputStream out) {
        var q = qe.getQuery();
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, q.getPrologue());
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                case TABLE -> ResultSetFormatter.out(out, b);
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format == QueryFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }

    /** Exports the company network for Gephi and other graph tools (see {@link ExportOptions}). */
    public ExportReport export(ExportOptions options, Path out) {
        return new GraphExporter().export(store, options, out);
    }

    /** Starts the read-only SPARQL endpoint over this store. */
    public SparqlEndpoint serve(EndpointSettings settings) {
        // one ingest at a time through the server: TDB2 has one writer anyway, and batches stay whole
        Object lock = new Object();
        return SparqlEndpoint.start(store, settings, articles -> {
            synchronized (lock) {
                return ingestArticles(articles, IngestListener.NONE);
            }
        });
    }

    /** What a compaction did: the store's size on disk before and after (see {@link DiskUsage}). */
    public record Compaction(DiskUsage before, DiskUsage after) {
        public long bytesBefore() {
            return before.bytes();
        }

        public long bytesAfter() {
            return after.bytes();
        }
    }

    /** Compacts the store (see {@link GraphStore#compact()}). */
    public Compaction compact() {
        DiskUsage before = store.diskUsage();
        store.compact();
        return new Compaction(before, store.diskUsage());
    }

    /** Writes a consistent snapshot of the store to {@code file} as gzip-compressed N-Quads; returns the quads written. */
    public long backup(Path file) {
        return store.backup(file);
    }

    /** Loads a backup into this store in one transaction; returns the quads read. */
    public long restore(Path file) {
        return store.restore(file);
    }

    /** Checks the store's indexes against each other and its node table (see {@link GraphStore#verify()}). */
    public StoreCheck verify() {
        return store.verify();
    }

    /** What {@link #restore(Path, Path)} did; the restored store was verified. */
    public record Restored(long articles, long quads) {
    }

    /**
     * Restores a backup into a new store at {@code location}, a folder that does not exist yet or
     * is empty. If the restore fails, the folder is left as it was found (removed if this made it,
     * emptied if it was empty), so that a retry can go ahead; the failure is a
     * {@link DealGraphException}.
     */
    public static Restored restore(Path backup, Path location) {
        boolean existed = Files.isDirectory(location);
        try (Stream<Path> files = existed ? Files.list(location) : Stream.empty()) {
            if (files.findAny().isPresent()) {
                throw new DealGraphException("store folder " + location + " is not empty; restore into a new folder");
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read store folder " + location + ": " + e.getMessage(), e);
        }
        try {
            try (DealGraph g = open(location)) {
                long quads = g.restore(backup);
                StoreCheck check = g.verify();
                if (!check.intact()) {
                    throw new DealGraphException("the restored store failed verification: " + String.join("; ", check.problems()));
                }
                if (check.quads() != quads) {
                    throw new DealGraphException("the restored store holds " + check.quads() + " quads, the backup " + quads);
                }
                return new Restored(g.articles(), quads);
            }
        } catch (RuntimeException e) {
            removeMadeStore(location, existed);
            throw e instanceof DealGraphException d ? d : new DealGraphException("cannot restore " + backup + ": " + e.getMessage(), e);
        }
    }

    private static void removeMadeStore(Path location, boolean keepFolder) {
        try (Stream<Path> files = Files.walk(location)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!keepFolder || !f.equals(location)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("a failed restore left files in {}: {}", location, e.getMessage());
        }
    }

    /**
     * Makes {@code decisions} the store's merge and split decisions and applies them to what it
     * holds; they are kept in the store and applied to every later ingest (see
     * {@link GraphStore#decide}). Returns how many article graphs changed.
     */
    public long decide(org.dealgraph.store.MergeDecisions decisions) {
        return store.decide(decisions);
    }

    /** The decisions that name no entity the store holds (see {@link GraphStore#unmatched}); in the order given. */
    public List<org.dealgraph.store.MergeDecisions.Decision> unmatched(org.dealgraph.store.MergeDecisions decisions) {
        return store.unmatched(decisions);
    }

    /**
     * Removes an article from the store: its graph, and with consolidation its share of the
     * consolidated graph (a deal or canonical entity only it reported goes with it; see
     * {@link GraphStore#delete}). One write transaction: on an error nothing is removed.
     *
     * @param articleId the article's id, as ingested (its {@code dcterms:identifier}: the JSON Lines {@code id}, or the file name without its extension)
     * @return true if the store held the article, false if it did not (nothing changed)
     */
    public boolean delete(String articleId) {
        return store.delete(articleId);
    }

    /** Number of articles in the store. */
    public long articles() {
        return store.articles();
    }

    public GraphStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
