package org.dealgraph.bench;

import org.dealgraph.ArticleRejectedException;
import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;

import java.util.List;
import java.util.function.Consumer;

/**
 * Extraction against its floor (see {@link BenchReport.FloorFigure}): the same articles through
 * the text stage alone, through a rules-only pipeline and through the given pipeline, on one
 * thread, each after a warm-up, in one run.
 */
final class FloorBench {
    private final Pipeline pipeline;
    private final Pipeline rules;

    FloorBench(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.rules = pipeline.models().isPresent() ? Pipeline.builder().rulesOnly(true).build() : pipeline;
    }

    BenchReport.FloorFigure measure(String language, List<Article> articles) {
        List<Article> warm = articles.subList(0, Math.min(articles.size(), 200));
        time(warm, pipeline::analyze);
        time(warm, rules::extract);
        time(warm, pipeline::extract);
        double floor = time(articles, pipeline::analyze);
        double ruleSeconds = time(articles, rules::extract);
        double full = time(articles, pipeline::extract);
        return new BenchReport.FloorFigure(language, articles.size(), ExtractionBench.round(floor), ExtractionBench.round(ruleSeconds),
                ExtractionBench.round(full), ExtractionBench.round(ruleSeconds / floor), ExtractionBench.round(full / floor));
    }

    private static double time(List<Article> articles, Consumer<Article> work) {
        long start = System.nanoTime();
        for (Article a : articles) {
            try {
                work.accept(a);
            } catch (ArticleRejectedException e) {
                // the same articles are rejected by every stage: no cost to compare
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
