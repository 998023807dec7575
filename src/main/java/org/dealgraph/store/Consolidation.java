package org.dealgraph.store;

/**
 * Whether a store consolidates what its articles report as it writes them (README "One node per
 * company and per deal"). The default, and what a store is for, is {@link #ON}.
 */
public enum Consolidation {
    /**
     * Each entity under its canonical IRI, each deal reported as a {@code dg:EventReport} of one
     * consolidated deal, labels and deals derived again in the consolidated graph at every write
     * and delete.
     */
    ON,
    /**
     * Article graphs stored as the extractor made them (its keys, its types, no consolidated
     * graph): for a throwaway store, or to measure what consolidation costs. An article written
     * this way is marked so ({@code dg:extractorVersion} ends in {@value #UNCONSOLIDATED}), so a
     * later ingest with consolidation on re-extracts and consolidates it rather than skip it.
     */
    OFF;

    /** What {@link #OFF} appends to an article's extractor fingerprint. */
    public static final String UNCONSOLIDATED = " unconsolidated";

    /** The extractor fingerprint an article written under this setting states. */
    String fingerprint(String extractor) {
        return this == ON ? extractor : extractor + UNCONSOLIDATED;
    }
}
