package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.Sentence;

import java.util.Objects;

/**
 * A pair of entities named in one sentence that a learned stage may relate: the earlier and the
 * later mention (the closest pair where an entity is named more than once), their entities, and
 * the features describing the pair ({@link RelationFeatures}). Outcome labels name the relation and
 * its direction: {@code acquires>} when the earlier entity is the subject, {@code acquires<} when the
 * later one is, {@code none} when the sentence does not relate them.
 */
public record RelationCandidate(Sentence sentence, Entity first, Mention firstMention, Entity second, Mention secondMention,
                                String[] features) {
    public RelationCandidate {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(firstMention, "firstMention");
        Objects.requireNonNull(secondMention, "secondMention");
        features = features.clone();
        if (firstMention.begin() > secondMention.begin()) {
            throw new IllegalArgumentException("the first mention must come first: " + firstMention + " " + secondMention);
        }
    }

    /** The outcome label for a relation of this pair, subject first. */
    public String label(RelationType type, Entity subject) {
        return type.localName() + (type.symmetric() || subject.key().equals(first.key()) ? ">" : "<");
    }

    public static final String NONE = "none";
}
