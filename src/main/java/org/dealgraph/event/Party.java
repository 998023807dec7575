package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention that may take part in a relation, with the entity it names: what argument finding and
 * coreference pass between them. Offsets are the mention's (half-open, into the article text).
 */
public record Party(Mention mention, Entity entity) {
    public Party {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
    }

    public int begin() {
        return mention.begin();
    }

    public int end() {
        return mention.end();
    }

    public EntityType type() {
        return entity.type();
    }

    /**
     * The entity as a party, by its last mention ending at or before {@code pos}; empty if the text
     * has not named it yet. Coreference looks backward only: "It agreed to buy X" cannot mean a
     * company the article names in a later sentence, however often it names it afterwards.
     */
    public static Optional<Party> namedBefore(Entity e, int pos) {
        Mention last = null;
        for (Mention m : e.mentions()) {
            if (m.end() <= pos && (last == null || m.begin() > last.begin())) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> new Party(m, e));
    }
}
