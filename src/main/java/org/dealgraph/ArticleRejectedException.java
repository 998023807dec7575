package org.dealgraph;

import org.dealgraph.article.ArticleProblem;

/** An article that cannot be extracted (unsupported language, too long): carries the recorded problem. */
public class ArticleRejectedException extends DealGraphException {
    private final transient ArticleProblem problem;

    public ArticleRejectedException(ArticleProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ArticleProblem problem() {
        return problem;
    }
}
