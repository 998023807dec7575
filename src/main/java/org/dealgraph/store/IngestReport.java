package org.dealgraph.store;

import org.dealgraph.article.ArticleProblem;

import java.util.List;
import java.util.Objects;

/**
 * What an ingest did: articles added (new to the store), replaced because their content changed,
 * re-extracted because the extractor changed (its code version, lexicons, gazetteers, models or
 * settings: see {@code ExtractorFingerprint}), articles skipped because the store already held
 * them unchanged from this extractor, triples written, and the articles that failed with their
 * problems. For {@code extract}, which has no store, every extracted article counts as added.
 */
public record IngestReport(int added, int changed, int reextracted, int skipped, long triples, List<ArticleProblem> problems) {
    public IngestReport {
        Objects.requireNonNull(problems, "problems");
        problems = List.copyOf(problems);
        if (added < 0 || changed < 0 || reextracted < 0 || skipped < 0 || triples < 0) {
            throw new IllegalArgumentException("negative count in an ingest report: added " + added + ", changed " + changed
                    + ", re-extracted " + reextracted + ", skipped " + skipped + ", triples " + triples);
        }
    }

    /** Articles written: added, changed and re-extracted. */
    public int stored() {
        return added + changed + reextracted;
    }

    public int failed() {
        return problems.size();
    }

    /** One line, e.g. {@code articles 5, triples 928, skipped 0, failed 0 (new 0, changed 1, re-extracted 4 as the extractor or consolidation changed)}. */
    public String summary() {
        return "articles " + stored() + ", triples " + triples + ", skipped " + skipped + ", failed " + failed()
                + " (new " + added + ", changed " + changed + ", re-extracted " + reextracted + " as the extractor or consolidation changed)";
    }
}
