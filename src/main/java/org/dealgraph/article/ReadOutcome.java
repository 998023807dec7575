package org.dealgraph.article;

/** What a reader yields for each item of its input: an article, or the problem that kept it from being one. */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Failed {

    record Read(Article article) implements ReadOutcome {
        public Read {
            java.util.Objects.requireNonNull(article, "article");
        }
    }

    record Failed(ArticleProblem problem) implements ReadOutcome {
        public Failed {
            java.util.Objects.requireNonNull(problem, "problem");
        }
    }
}
