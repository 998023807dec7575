package org.dealgraph.mention;

import java.util.List;
import java.util.Objects;

/**
 * One known entity: a stable id (the IRI's local part), its canonical name, its type, other
 * names it goes by, its Wikidata item ("" when unknown), its country as ISO 3166-1 alpha-2
 * ("" when unknown) and, for a product, the ids of the entries that own it (none when unknown).
 */
public record GazetteerEntry(String id, EntityType type, String name, List<String> aliases, String wikidata, String country,
                             List<String> owners) {
    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(country, "country");
        aliases = List.copyOf(aliases);
        owners = List.copyOf(owners);
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry needs an id and a name: " + id + " / " + name);
        }
        if (!wikidata.isEmpty() && !wikidata.matches("Q[0-9]+")) {
            throw new IllegalArgumentException("not a Wikidata item id for " + id + ": " + wikidata);
        }
    }

    /** An entry with no owners. */
    public GazetteerEntry(String id, EntityType type, String name, List<String> aliases, String wikidata, String country) {
        this(id, type, name, aliases, wikidata, country, List.of());
    }
}
