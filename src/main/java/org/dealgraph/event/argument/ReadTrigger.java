package org.dealgraph.event.argument;

import org.dealgraph.event.factuality.FactualityReading;
import org.dealgraph.event.trigger.Trigger;

import java.util.Objects;

/** A trigger kept as a reading of its sentence, with its factuality. */
public record ReadTrigger(Trigger trigger, FactualityReading factuality) {
    public ReadTrigger {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(factuality, "factuality");
    }
}
