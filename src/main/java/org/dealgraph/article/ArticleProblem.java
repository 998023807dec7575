package org.dealgraph.article;

import java.util.Objects;

/**
 * Bad input, recorded as data: which article (or file and line) and what is wrong with it.
 * A batch records the problem and goes on.
 */
public record ArticleProblem(String source, String problem) {
    public ArticleProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return source + ": " + problem;
    }
}
