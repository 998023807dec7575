package org.dealgraph.bench;

import org.dealgraph.ArticleRejectedException;
import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.learning.ModelBundle;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

import java.util.List;
import java.util.function.Consumer;

/**
 * Extraction against its floor (see {@link BenchReport.FloorFigure}): the same articles through
 * the text stage alone, through a rules-only pipeline, through the rules and the bundle's name
 * finder alone, and through the given pipeline, on one thread, each after a warm-up, in one run.
 *
 * <p>Design decision: each pass is timed by the thread's CPU time, not the wall clock: on a
 * machine shared with other work the wall clock charges their load to whichever pass ran
 * alongside it, and the ratios, the figures this table exists for, stop meaning anything.
 */
final class FloorBench {
    private final Pipeline pipeline;
    private final Pipeline rules;
    private final Pipeline names;

    FloorBench(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.rules = pipeline.models().isPresent() ? Pipeline.builder().rulesOnly(true).build() : pipeline;
        this.names = pipeline.models().map(m -> Pipeline.builder()
                .models(ModelBundle.of(m.nameFinders(), Map.of(), Map.of(), m.metadata())).build()).orElse(pipeline);
    }

    BenchReport.FloorFigure measure(String language, List<Article> articles) {
        List<Article> warm = articles.subList(0, Math.min(articles.size(), 200));
        time(warm, pipeline::analyze);
        time(warm, rules::extract);
        time(warm, names::extract);
        time(warm, pipeline::extract);
        double floor = time(articles, pipeline::analyze);
        double ruleSeconds = time(articles, rules::extract);
        double nameSeconds = time(articles, names::extract);
        double full = time(articles, pipeline::extract);
        return new BenchReport.FloorFigure(language, articles.size(), ExtractionBench.round(floor), ExtractionBench.round(ruleSeconds),
                ExtractionBench.round(nameSeconds), ExtractionBench.round(full), ExtractionBench.round(ruleSeconds / floor),
                ExtractionBench.round(nameSeconds / floor), ExtractionBench.round(full / floor));
    }

    private static double time(List<Article> articles, Consumer<Article> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        for (Article a : articles) {
            try {
                work.accept(a);
            } catch (ArticleRejectedException e) {
                // the same articles are rejected by every stage: no cost to compare
            }
        }
        long end = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        return (end - start) / 1e9;
    }
}
