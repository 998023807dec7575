package org.dealgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a benchmark run measures, and on what.
 *
 * @param corpus        article files and folders (text or JSON Lines); when they hold fewer articles
 *                      than the largest ingest size, the articles are repeated under new ids
 * @param ingestSizes   article counts to ingest; 0 stands for the whole corpus
 * @param queryArticles articles in the store the queries first run against
 * @param replicas      copies of the whole corpus graph in the scaled-up store the queries run
 *                      against next (each copy under new article ids, the same companies)
 * @param clients       concurrent HTTP clients
 * @param rounds        times each client runs each query
 * @param workDir       where the stores and N-Quads files go (deleted afterwards)
 * @param peers         also run the peer stores (RDF4J NativeStore)
 * @param queryTimeout  longest a query may take, on every store; a query that takes longer is
 *                      reported as such and not timed further
 */
public record BenchSettings(List<Path> corpus, List<Integer> ingestSizes, int queryArticles, int replicas, int clients,
                            int rounds, Path workDir, boolean peers, Duration queryTimeout) {
    public BenchSettings {
        corpus = List.copyOf(corpus);
        ingestSizes = List.copyOf(ingestSizes);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (corpus.isEmpty() || ingestSizes.isEmpty() || queryArticles < 1 || replicas < 1 || clients < 1 || rounds < 1) {
            throw new IllegalArgumentException("a benchmark needs a corpus, ingest sizes and positive counts");
        }
    }

    /** The same settings with other replicas, rounds and peers. */
    public BenchSettings with(int replicaCount, int roundCount, boolean withPeers) {
        return new BenchSettings(corpus, ingestSizes, queryArticles, replicaCount, clients, roundCount, workDir, withPeers, queryTimeout);
    }

    /** The small mode, for CI: a thousand articles, scaled up twice, a few rounds. */
    public static BenchSettings small(List<Path> corpus, Path workDir) {
        return new BenchSettings(corpus, List.of(100, 1000), 1000, 2, 4, 5, workDir, true, Duration.ofSeconds(5));
    }

    /** The full mode: 1k, 10k and the whole corpus; queries at 10k and at the corpus ten times over. */
    public static BenchSettings full(List<Path> corpus, Path workDir) {
        return new BenchSettings(corpus, List.of(1000, 10_000, 0), 10_000, 10, 4, 25, workDir, true, Duration.ofSeconds(30));
    }
}
