package org.dealgraph.spark;

/**
 * What one run of the job did: articles read, extracted (written as N-Quads and table rows),
 * skipped because an earlier run already extracted the same content with the same extractor,
 * failed (in the failures table), and the triples written.
 */
public record SparkRunReport(String run, long read, long extracted, long skipped, long failed, long triples) {
    public SparkRunReport {
        java.util.Objects.requireNonNull(run, "run");
    }

    /** One line, in the words of {@code ingest}'s summary. */
    public String summary() {
        return "run " + run + ": articles " + extracted + ", triples " + triples + ", skipped " + skipped + ", failed " + failed
                + " (" + read + " records read)";
    }
}
