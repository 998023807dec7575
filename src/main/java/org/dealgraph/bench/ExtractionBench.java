package org.dealgraph.bench;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.BatchExtractor;
import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.rdf.ExtractionMapper;
import org.dealgraph.store.GraphStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Extraction throughput: articles to RDF graphs, as {@code extract} and {@code ingest} do it, in batches on N threads. */
final class ExtractionBench {
    static final int BATCH = 100;
    private final Pipeline pipeline;
    private final ExtractionMapper mapper = new ExtractionMapper();

    ExtractionBench(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    BenchReport.ExtractionFigure measure(String language, List<Article> articles, int threads) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long[] triples = {0};
        extract(articles, threads, g -> triples[0] += g.graph().size()); // graphs are dropped as they come: memory is the pipeline's
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double mb = Corpus.megabytes(articles);
        return new BenchReport.ExtractionFigure(language, threads, articles.size(), round(mb), round(seconds),
                round(articles.size() / seconds), round(mb / seconds), triples[0], peak >> 20);
    }

    /** The articles' graphs, in order; articles the pipeline rejects are left out. */
    List<GraphStore.ArticleGraph> extract(List<Article> articles, int threads) {
        List<GraphStore.ArticleGraph> out = new ArrayList<>(articles.size());
        extract(articles, threads, out::add);
        return out;
    }

    private void extract(List<Article> articles, int threads, Consumer<GraphStore.ArticleGraph> sink) {
        try (BatchExtractor batcher = new BatchExtractor(pipeline, threads)) {
            for (int i = 0; i < articles.size(); i += BATCH) {
                for (BatchExtractor.Result<Model> r : batcher.extract(articles.subList(i, Math.min(articles.size(), i + BATCH)), mapper::map)) {
                    r.value().ifPresent(m -> sink.accept(new GraphStore.ArticleGraph(r.article().id(), ExtractionMapper.contentHash(r.article()),
                            pipeline.fingerprint().value(), m)));
                }
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
