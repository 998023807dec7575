package org.dealgraph.event.trigger;

import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of a language's cue lexicon ({@code data/lang/<code>/cues.tsv}): the relation and
 * event it is evidence of (neither for a blocking phrase, which only keeps the cues inside it from
 * firing), where its parties stand, the deal status it reports, its confidence in [0, 1], its
 * compiled pattern (case-insensitive, at word boundaries unless a gap cue) and the file and entry
 * it came from, and the entity types its subject may have where the cue narrows the schema's. Immutable.
 *
 * @param regex    the regex as the lexicon writes it, without the boundaries the pattern adds
 * @param subjects the entity types the cue's subject may have (its optional seventh column, e.g. {@code ORGANIZATION}
 *                 for "bergabung dengan", which a person says of joining a team); empty for the relation schema's
 */
public record Cue(Set<Language> languages, Optional<RelationType> relation, Optional<EventType> event, Frame frame,
                  Optional<DealStatus> status, double confidence, String regex, Pattern pattern, String source,
                  Set<EntityType> subjects) {
    public Cue {
        languages = Set.copyOf(languages);
        subjects = Set.copyOf(subjects);
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(source, "source");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException(source + ": confidence out of [0,1]: " + confidence);
        }
    }

    /** This cue with another relation (a stopped acquisition is a failed attempt), status and all else kept. */
    public Cue withRelation(RelationType other) {
        return new Cue(languages, Optional.of(other), event, frame, status, confidence, regex, pattern, source, subjects);
    }

    /** This cue read as another relation and that relation's own event ({@link RelationType#event}): a stake sold is an investment. */
    public Cue asRelation(RelationType other) {
        return new Cue(languages, Optional.of(other), other.event(), frame, status, confidence, regex, pattern, source, subjects);
    }

    /** The same cue reporting another deal status (a stake read with the verb that buys it). */
    public Cue withStatus(Optional<DealStatus> other) {
        return new Cue(languages, relation, event, frame, other, confidence, regex, pattern, source, subjects);
    }

    /** The cue's feature label: the relation (or event) it is evidence of, and its frame ("acquires/LR"). */
    public String label() {
        return relation.map(RelationType::localName).orElse(event.map(EventType::localName).orElse("none")) + "/" + frame;
    }

    /** Whether the cue asserts nothing and only keeps the cues inside it from firing. */
    public boolean blocking() {
        return relation.isEmpty() && event.isEmpty();
    }
}
