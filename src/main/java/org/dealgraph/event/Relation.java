package org.dealgraph.event;

import java.util.Objects;

/**
 * A binary relation between two entities of an article (by entity key), with its evidence: the
 * sentence it came from, the extractor that found it, a confidence in [0, 1], and the deal
 * status its cue reports.
 */
public record Relation(String subject, RelationType type, String object, int sentence, String extractor, double confidence,
                       DealStatus status) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(status, "status");
        if (subject.equals(object)) {
            throw new IllegalArgumentException("a relation needs two entities: " + subject + " " + type.localName());
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** The identity of the fact: subject, type, object, with symmetric relations ordered. */
    public String factKey() {
        if (type.symmetric() && subject.compareTo(object) > 0) {
            return object + " " + type.localName() + " " + subject;
        }
        return subject + " " + type.localName() + " " + object;
    }
}
