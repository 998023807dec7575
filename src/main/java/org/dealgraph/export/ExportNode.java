package org.dealgraph.export;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of an export: an entity (or, in a bipartite export, a deal or event), with its label,
 * category ("organization", "person", ..., "event"), Wikidata id and country where known, the
 * number of articles that mention it, and the first and last dates it was seen.
 */
public record ExportNode(String id, String label, String category, String wikidata, String country, long articles,
                         Optional<String> firstSeen, Optional<String> lastSeen) {
    public ExportNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
