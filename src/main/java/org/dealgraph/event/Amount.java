package org.dealgraph.event;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A money amount found in text: value in units of the currency, ISO 4217 code, the period it
 * recurs over as an ISO 8601 duration ("P1M") where stated, and where it was written.
 */
public record Amount(BigDecimal value, String currency, Optional<String> period, int begin, int end, String text) {
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(text, "text");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative amount: " + value);
        }
    }
}
