package org.dealgraph.bench;

import org.dealgraph.mention.Gazetteer;
import org.dealgraph.store.Consolidation;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.dealgraph.store.GraphStore;

import java.nio.file.Path;
import java.util.List;

/** Writing extracted graphs into TDB2: incrementally in batched transactions, or with Jena's bulk loaders. */
final class IngestBench {
    static final String STORE = "dealgraph-tdb2";
    /** The method of a run with consolidation off, {@code incremental} or {@code end-to-end} with this suffix. */
    static final String UNCONSOLIDATED = "incremental-unconsolidated";
    static final String END_TO_END_UNCONSOLIDATED = "end-to-end-unconsolidated";

    private IngestBench() {
    }

    /**
     * Writes the graphs as {@code ingest} does: in transactions of whole articles, each as large as
     * {@link GraphStore#transactionFull} allows; then compacts.
     */
    static BenchReport.IngestFigure incremental(List<GraphStore.ArticleGraph> graphs, Path dir) {
        return incremental(graphs, dir, Consolidation.ON);
    }

    /**
     * As {@link #incremental(List, Path)}, with consolidation on or off: the figure's method is
     * {@code incremental} or {@value #UNCONSOLIDATED}, so one run can set the cost of consolidation
     * against writing the same graphs without it.
     */
    static BenchReport.IngestFigure incremental(List<GraphStore.ArticleGraph> graphs, Path dir, Consolidation consolidation) {
        try (GraphStore store = GraphStore.open(dir, Gazetteer.bundled(), consolidation)) {
            long start = System.nanoTime();
            long triples = 0;
            int from = 0;
            long pending = 0;
            for (int i = 0; i < graphs.size(); i++) {
                pending += graphs.get(i).graph().size();
                if (GraphStore.transactionFull(i + 1 - from, pending) || i == graphs.size() - 1) {
                    triples += store.write(graphs.subList(from, i + 1)).triples();
                    from = i + 1;
                    pending = 0;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = DiskUsage.of(dir);
            long c0 = System.nanoTime();
            store.compact();
            double compaction = (System.nanoTime() - c0) / 1e9;
            return figure(STORE, consolidation == Consolidation.ON ? "incremental" : UNCONSOLIDATED, graphs.size(), triples, seconds, bytes,
                    DiskUsage.of(dir), compaction);
        }
    }

    /** Loads an N-Quads file into a new store with one of Jena's TDB2 loaders ({@code phased} or {@code parallel}). */
    static BenchReport.IngestFigure bulk(String loader, Path nquads, int articles, Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            MonitorOutput quiet = (format, args) -> { };
            DataLoader l = loader.equals("parallel") ? LoaderFactory.parallelLoader(store.datasetGraph(), quiet)
                    : LoaderFactory.phasedLoader(store.datasetGraph(), quiet);
            long start = System.nanoTime();
            l.startBulk();
            try {
                l.load(nquads.toString());
                l.finishBulk();
            } catch (RuntimeException e) {
                l.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return figure(STORE, "bulk-" + loader, articles, l.countQuads(), seconds, DiskUsage.of(dir), null, null);
        }
    }

    /**
     * The last of {@code runs} (the same ingest repeated) with the median of their seconds, and the
     * rates that median gives; the median of an even count is the mean of the middle two.
     *
     * @throws IllegalArgumentException if {@code runs} is empty
     */
    static BenchReport.IngestFigure median(List<BenchReport.IngestFigure> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to take the median of");
        }
        double[] s = runs.stream().mapToDouble(BenchReport.IngestFigure::seconds).sorted().toArray();
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        BenchReport.IngestFigure last = runs.get(runs.size() - 1);
        return figure(last.store(), last.method(), last.articles(), last.triples(), median, last.bytesOnDisk(), last.bytesAfterCompaction(),
                last.compactionSeconds());
    }

    static BenchReport.IngestFigure figure(String store, String method, int articles, long triples, double seconds, long bytes,
                                           Long bytesAfter, Double compactionSeconds) {
        double perMillion = triples == 0 ? 0 : (bytesAfter != null ? bytesAfter : bytes) / 1e6 / (triples / 1e6);
        return new BenchReport.IngestFigure(store, method, articles, triples, ExtractionBench.round(seconds),
                ExtractionBench.round(articles / seconds), ExtractionBench.round(triples / seconds), bytes,
                ExtractionBench.round(perMillion), bytesAfter, compactionSeconds == null ? null : ExtractionBench.round(compactionSeconds));
    }
}
