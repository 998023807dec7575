package org.dealgraph.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal or event: its type, participants, amount and date where stated, status, the sentences
 * that report it, the extractor and a confidence. A deal reported twice in one article is one
 * event.
 */
public record Event(EventType type, List<Participant> participants, Optional<Amount> amount, Optional<String> date,
                    DealStatus status, List<Integer> sentences, String extractor, double confidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(extractor, "extractor");
        participants = List.copyOf(participants);
        sentences = List.copyOf(sentences);
        if (participants.isEmpty() || sentences.isEmpty()) {
            throw new IllegalArgumentException("an event needs participants and evidence: " + type);
        }
    }
}
