package org.dealgraph.evaluation;

/** What a score measures on the annotated corpus. */
public enum Metric {
    /** Entity mentions: same start, end and type as an annotated mention. */
    ENTITY("entities"),
    /** Relations, matched as {@code score.py} matches them. */
    RELATION("relations"),
    /** Relations whose confidence is at least the bucket's threshold. */
    RELATION_AT_CONFIDENCE("relations@"),
    /** Events: same type, the annotated participants among the predicted ones. */
    EVENT("events"),
    /** Amounts: same currency, value within 0.5%. */
    AMOUNT("amounts");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
