package org.dealgraph.evaluation;

/** A point estimate and its confidence interval {@code [low, high]}. */
public record Interval(double point, double low, double high) {
    public Interval {
        if (Double.isNaN(point) || Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("not an interval: " + point + " [" + low + ", " + high + "]");
        }
    }

    public double width() {
        return high - low;
    }

    public boolean contains(double x) {
        return low <= x && x <= high;
    }
}
