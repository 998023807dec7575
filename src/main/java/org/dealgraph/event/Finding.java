package org.dealgraph.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence from one sentence: a relation, an event, or both (an acquisition is a
 * relation and a deal), with its participants, amount and date where the sentence states them.
 * Findings are merged into an article's relations and events by {@link FactMerger}.
 */
public record Finding(Optional<Relation> relation, Optional<EventType> event, List<Participant> participants,
                      Optional<Amount> amount, Optional<String> date, DealStatus status, int sentence, String extractor,
                      double confidence) {
    public Finding {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(extractor, "extractor");
        participants = List.copyOf(participants);
        if (relation.isEmpty() && event.isEmpty()) {
            throw new IllegalArgumentException("a finding needs a relation or an event");
        }
    }

    /** The finding of a relation alone, with no event: at the relation's sentence, by its extractor, with its status and confidence. */
    public static Finding of(Relation r) {
        return new Finding(Optional.of(r), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), r.status(), r.sentence(),
                r.extractor(), r.confidence());
    }
}
