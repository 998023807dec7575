package org.dealgraph.article;

/** What a reader yields for each item of its input: an article, or the problem that kept it from being one. */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Failed {

    /**
     * An article and where it was read: the file, and for JSON Lines {@code file:line} (as a problem
     * names it); the article's id where it came from no file.
     */
    record Read(Article article, String source) implements ReadOutcome {
        public Read {
            java.util.Objects.requireNonNull(article, "article");
            java.util.Objects.requireNonNull(source, "source");
        }

        /** An article read from no file: its source is its id. */
        public Read(Article article) {
            this(article, article.id());
        }
    }

    record Failed(ArticleProblem problem) implements ReadOutcome {
        public Failed {
            java.util.Objects.requireNonNull(problem, "problem");
        }
    }
}
