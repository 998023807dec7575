package org.dealgraph.store;

import org.dealgraph.article.ArticleProblem;

import java.util.List;
import java.util.Objects;

/**
 * What an ingest did: articles added or replaced, articles skipped because the store already
 * held them unchanged, triples written, and the articles that failed with their problems.
 */
public record IngestReport(int stored, int skipped, long triples, List<ArticleProblem> problems) {
    public IngestReport {
        Objects.requireNonNull(problems, "problems");
        problems = List.copyOf(problems);
    }

    public int failed() {
        return problems.size();
    }

    public String summary() {
        return "articles " + stored + ", triples " + triples + ", skipped " + skipped + ", failed " + failed();
    }
}
