package org.dealgraph.evaluation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a corpus report: a metric over everything ({@code part} "") or over one part of it:
 * an entity type, a relation, an event type, or (for {@link Metric#RELATION_AT_CONFIDENCE}) a
 * confidence threshold such as "0.5".
 */
public record Bucket(Metric metric, String part) implements Comparable<Bucket> {
    private static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::metric).thenComparing(Bucket::part);

    public Bucket {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(part, "part");
    }

    public static Bucket all(Metric metric) {
        return new Bucket(metric, "");
    }

    @Override
    public int compareTo(Bucket o) {
        return ORDER.compare(this, o);
    }

    /** "relations", "relations acquires", "relations@0.5". */
    @Override
    public String toString() {
        return metric == Metric.RELATION_AT_CONFIDENCE ? metric.label() + part : part.isEmpty() ? metric.label() : metric.label() + " " + part;
    }
}
