package org.dealgraph.article;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads the articles a file holds. A file that cannot be read, or an item in it that is not an
 * article, becomes a {@link ReadOutcome.Failed} naming the file (and line) and the problem;
 * reading goes on with the next item. Implementations are stateless and thread-safe; the
 * returned stream must be closed (it may hold the file open).
 */
@FunctionalInterface
public interface ArticleReader {
    Stream<ReadOutcome> read(Path file);
}
