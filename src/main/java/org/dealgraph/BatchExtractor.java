package org.dealgraph;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.event.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Extracts a batch of articles on a few threads, the results in the order of the articles. A
 * rejected article, or one that makes extraction fail, comes back as that article's problem.
 * Design decision: this is the top of a batch, so it catches broadly; the stack trace goes to
 * the log so that the failure can be reproduced from the article named in the problem.
 */
public final class BatchExtractor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchExtractor.class);

    /**
     * One article's outcome: what {@code then} made of its extraction, or its problem; and the extraction's warnings
     * ({@link Extraction#warnings()}), named by the article's id.
     */
    public record Result<T>(Article article, Optional<T> value, Optional<ArticleProblem> problem, List<ArticleProblem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final Pipeline pipeline;
    private final ExecutorService pool;

    public BatchExtractor(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pipeline = pipeline;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dealgraph-extract");
            t.setDaemon(true);
            return t;
        });
    }

    public <T> List<Result<T>> extract(List<Article> articles, Function<Extraction, T> then) {
        List<Result<T>> out = new ArrayList<>(articles.size());
        if (pool == null) {
            for (Article a : articles) {
                out.add(one(a, then));
            }
            return out;
        }
        List<Future<Result<T>>> futures = new ArrayList<>(articles.size());
        for (Article a : articles) {
            futures.add(pool.submit(() -> one(a, then)));
        }
        for (Future<Result<T>> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DealGraphException("interrupted while extracting", e);
            } catch (ExecutionException e) {
                throw new DealGraphException("extraction worker failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private <T> Result<T> one(Article a, Function<Extraction, T> then) {
        try {
            Extraction x = pipeline.extract(a);
            return new Result<>(a, Optional.of(then.apply(x)), Optional.empty(), x.warnings());
        } catch (ArticleRejectedException e) {
            return new Result<>(a, Optional.empty(), Optional.of(e.problem()), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extraction failed on article {}", a.id(), e);
            return new Result<>(a, Optional.empty(),
                    Optional.of(new ArticleProblem(a.id(), "extraction failed (" + e + "); please report this article")), List.of());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
