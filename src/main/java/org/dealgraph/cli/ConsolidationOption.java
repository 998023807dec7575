package org.dealgraph.cli;

import org.dealgraph.store.Consolidation;
import picocli.CommandLine.Option;

/** {@code --no-consolidation}, shared by the commands that write a store ({@code ingest}, {@code load}). */
final class ConsolidationOption {
    @Option(names = "--no-consolidation",
            description = {"Store the article graphs as extracted: no canonical entities, no deals across articles, no "
                    + "consolidated graph (for a throwaway store, or to measure what consolidation costs; see README)."})
    boolean off;

    /** The setting the option gives: {@link Consolidation#ON} unless {@code --no-consolidation}. */
    Consolidation consolidation() {
        return off ? Consolidation.OFF : Consolidation.ON;
    }
}
