package org.dealgraph.event.argument;

import org.dealgraph.event.Party;
import org.dealgraph.event.trigger.Cue;

import java.util.Objects;
import java.util.Optional;

/**
 * A trigger's arguments: the cue read (with the status it reports), its subject, its object
 * (empty for a one-party event), the seller of a stake its buyer buys, the weight in [0, 1] its
 * factuality and the way its subject was found give the finding's confidence, and the article
 * offset the nearest amount, the date and the tense are read from. A one-party event's party takes the event type's role
 * at {@code soloRole} (0, its first role, such as the acquirer; 1, its second, such as the target of a sale whose buyer the
 * text does not name).
 */
public record Arguments(Cue cue, Party subject, Optional<Party> object, Optional<Party> seller, double weight, int anchor, int soloRole) {
    /** Arguments whose one party, if the object is empty, takes the event type's first role. */
    public Arguments(Cue cue, Party subject, Optional<Party> object, Optional<Party> seller, double weight, int anchor) {
        this(cue, subject, object, seller, weight, anchor, 0);
    }

    public Arguments {
        if (soloRole < 0 || soloRole > 1) {
            throw new IllegalArgumentException("solo role " + soloRole + " of " + cue.source());
        }
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(seller, "seller");
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight + " of " + cue.source());
        }
        if (object.filter(o -> o.entity().key().equals(subject.entity().key())).isPresent()) {
            throw new IllegalArgumentException("subject and object are one entity: " + subject.entity().key());
        }
    }

    /** Whether these arguments state a binary relation (its subject is what later clauses may continue). */
    public boolean relation() {
        return object.isPresent() && cue.relation().isPresent();
    }
}
