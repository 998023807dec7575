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
     * The entity as a party, by its most confident mention ending at or before {@code pos} (of equals, the last); empty if
     * the text has not named it yet. Coreference looks backward only: "It agreed to buy X" cannot mean a company the article
     * names in a later sentence, however often it names it afterwards. The most confident, not the last: a fact's confidence
     * weighs its parties' mentions, and a short name on capitals alone in between ("Danish brewer Halvorsen Bryggeri ...
     * Halvorsen has tried ... The brewer buys its malt from Viking Malt") had put the fact under the threshold (a fresh-user
     * tester's finding).
     */
    public static Optional<Party> namedBefore(Entity e, int pos) {
        Mention best = null;
        for (Mention m : e.mentions()) {
            if (m.end() <= pos && (best == null || m.confidence() > best.confidence()
                    || m.confidence() == best.confidence() && m.begin() > best.begin())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(m -> new Party(m, e));
    }
}
