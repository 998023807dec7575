package org.dealgraph.evaluation;

import java.util.Objects;

/** The tally of a bucket over a set of articles, and its precision, recall and F1 with confidence intervals. */
public record Estimate(Tally tally, Interval precision, Interval recall, Interval f1) {
    public Estimate {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(recall, "recall");
        Objects.requireNonNull(f1, "f1");
    }
}
