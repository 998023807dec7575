package org.dealgraph.server;

import org.dealgraph.article.Article;
import org.dealgraph.store.IngestReport;

import java.util.List;

/** Where the ingest endpoint sends the articles it receives: extraction and a transactional write. */
@FunctionalInterface
public interface ArticleSink {
    IngestReport ingest(List<Article> articles);
}
