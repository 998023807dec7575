package org.dealgraph.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An edge of an export: one relation kind between two nodes, directed or not, weighted by the
 * number of articles that support it, with the dates it was first and last seen, the latest deal
 * status where one applies, and (for dynamic exports) the dates on which it was reported.
 */
public record ExportEdge(String id, String source, String target, String kind, boolean directed, long weight,
                         Optional<String> firstSeen, Optional<String> lastSeen, Optional<String> status, List<String> dates) {
    public ExportEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(status, "status");
        dates = List.copyOf(dates);
    }
}
