package org.dealgraph.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * How an article states a relation. The first three are relations (asserted is the default); the
 * other three are annotated as non-relations, so that a model learns what is not a fact.
 */
public enum Factuality {
    ASSERTED, RUMORED, FAILED, NEGATED, HYPOTHETICAL, REJECTED;

    /** Whether a statement of this factuality is a relation (rather than a non-relation). */
    public boolean isRelation() {
        return this == ASSERTED || this == RUMORED || this == FAILED;
    }

    public static Optional<Factuality> fromName(String name) {
        for (Factuality f : values()) {
            if (f.label().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
