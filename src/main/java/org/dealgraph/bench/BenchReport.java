package org.dealgraph.bench;

import java.util.List;
import java.util.Map;

/** Everything a benchmark run measured; written as JSON and printed as tables. */
public record BenchReport(Machine machine, String corpus, String mode, List<ExtractionFigure> extraction,
                          List<FloorFigure> floor, List<IngestFigure> ingest, List<QueryFigure> queries, List<String> notes) {

    /** Where it ran. */
    public record Machine(String os, String cpu, int cores, long maxHeapMb, String java, String date) {
    }

    /**
     * Extraction of one language's articles on some threads. {@code peakHeapMb} is the sum of the
     * heap pools' peaks during the run, an upper bound of the heap in use at any one time.
     */
    public record ExtractionFigure(String language, int threads, int articles, double megabytes, double seconds,
                                   double articlesPerSecond, double megabytesPerSecond, long triples, long peakHeapMb) {
    }

    /**
     * Extraction against its floor, on one thread, the same articles, in one run: the text stage
     * alone (language, sentences, tokens: {@code Pipeline.analyze}), extraction with the
     * gazetteer and rules only, and the whole extraction with the trained models (where the
     * pipeline has them), and between them the rules with the trained name finder alone (the
     * same bundle without its relation and event classifiers), so that each model's cost shows:
     * the name finder's is {@code namesOverFloor - rulesOverFloor}, the classifiers' is
     * {@code fullOverFloor - namesOverFloor}. Seconds are the measuring thread's CPU time, so that
     * other processes on a shared machine do not count. Absolute seconds depend on the machine; the
     * ratios are the figures to compare across machines.
     */
    public record FloorFigure(String language, int articles, double floorSeconds, double rulesSeconds, double namesSeconds,
                              double fullSeconds, double rulesOverFloor, double namesOverFloor, double fullOverFloor) {
    }

    /**
     * Loading articles' graphs into a store. {@code method} is incremental (batched transactions,
     * as {@code ingest} does), bulk (a bulk loader from N-Quads) or end-to-end (extraction and
     * incremental writes, as a user runs {@code ingest}).
     */
    public record IngestFigure(String store, String method, int articles, long triples, double seconds, double articlesPerSecond,
                               double triplesPerSecond, long bytesOnDisk, double mbPerMillionTriples,
                               Long bytesAfterCompaction, Double compactionSeconds) {
    }

    /**
     * One query over HTTP against one store, from concurrent clients. {@code failure} says why a
     * query was not timed (its figures are then -1) or why some requests failed: the status and
     * the start of the answer, or the client's error; empty when every request was answered.
     */
    public record QueryFigure(String store, String dataset, String query, long triples, int requests, int errors, int rows,
                              double medianMs, double p99Ms, String failure) {
        public QueryFigure {
            java.util.Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * Ratios of our figures over the peer's for the same work, and of the seconds of our ingest with
     * consolidation on over the same ingest with it off (incremental writes alone, and end-to-end).
     */
    public Map<String, Double> ratios() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (IngestFigure ours : ingest) {
            if (!ours.store().equals("dealgraph-tdb2") || !ours.method().startsWith("bulk")) {
                continue;
            }
            ingest.stream().filter(f -> !f.store().equals("dealgraph-tdb2") && f.articles() == ours.articles())
                    .forEach(peer -> {
                        out.put("load triples/s " + ours.method() + " / " + peer.store() + " @" + ours.articles(),
                                ours.triplesPerSecond() / peer.triplesPerSecond());
                        out.put("bytes on disk " + ours.method() + " / " + peer.store() + " @" + ours.articles(),
                                (double) ours.bytesOnDisk() / peer.bytesOnDisk());
                    });
        }
        for (IngestFigure on : ingest) {
            String offMethod = on.method().equals("incremental") ? IngestBench.UNCONSOLIDATED
                    : on.method().equals("end-to-end") ? IngestBench.END_TO_END_UNCONSOLIDATED : null;
            if (offMethod == null || !on.store().equals(IngestBench.STORE)) {
                continue;
            }
            ingest.stream().filter(f -> f.store().equals(on.store()) && f.method().equals(offMethod) && f.articles() == on.articles())
                    .findFirst().filter(off -> off.seconds() > 0)
                    .ifPresent(off -> out.put("seconds consolidation on / off " + on.method() + " @" + on.articles(), on.seconds() / off.seconds()));
        }
        for (QueryFigure ours : queries) {
            if (!ours.store().equals("dealgraph-tdb2")) {
                continue;
            }
            queries.stream().filter(f -> !f.store().equals("dealgraph-tdb2") && f.dataset().equals(ours.dataset())
                            && f.query().equals(ours.query()))
                    .filter(peer -> peer.rows() >= 0 && ours.rows() >= 0 && peer.errors() == 0 && ours.errors() == 0)
                    .forEach(peer -> out.put("p99 " + ours.query() + " / " + peer.store() + " @" + ours.dataset(), ours.p99Ms() / peer.p99Ms()));
        }
        return out;
    }
}
