package org.dealgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link GraphStore#verify()} found: the quads each index holds, the terms checked in the
 * node table, and each problem; a store without problems is {@link #intact()}.
 */
public record StoreCheck(Map<String, Long> quadsPerIndex, long terms, List<String> problems) {
    public StoreCheck {
        quadsPerIndex = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(quadsPerIndex, "quadsPerIndex")));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (terms < 0) {
            throw new IllegalArgumentException("negative term count: " + terms);
        }
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** Quads in the store (as its first index counts them). */
    public long quads() {
        return quadsPerIndex.values().stream().findFirst().orElse(0L);
    }
}
