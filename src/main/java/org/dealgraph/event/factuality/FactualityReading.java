package org.dealgraph.event.factuality;

import java.util.Objects;

/**
 * What a factuality classifier makes of a trigger: its factuality, and the factor in [0, 1] by
 * which the trigger's findings' confidence is multiplied; 0 means the trigger asserts nothing.
 * A rumoured bid still counts in full (a bid is what rumours are about), a rumoured merger not at all.
 */
public record FactualityReading(Factuality factuality, double weight) {
    public static final FactualityReading ASSERTED = new FactualityReading(Factuality.ASSERTED, 1);

    public FactualityReading {
        Objects.requireNonNull(factuality, "factuality");
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight out of [0,1]: " + weight);
        }
    }

    /** Whether the trigger's findings are kept. */
    public boolean asserted() {
        return weight > 0;
    }
}
