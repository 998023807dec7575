package org.dealgraph.event.coreference;

import org.dealgraph.event.Party;
import org.dealgraph.event.salience.Focus;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Sentence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trigger whose clause names its objects but not its subject: where to look for who it is.
 *
 * @param text           the article text with places and outlets blanked, which all offsets index
 * @param parties        the sentence's parties, in text order
 * @param previous       the previous sentence's parties, in text order
 * @param cueBegin       where the trigger begins (article offset)
 * @param cueText        the trigger's text
 * @param objects        the parties found as the trigger's objects (at least one)
 * @param kinds          the entity types the subject may have
 * @param earlierSubject the entity key of the subject of the last relation found so far in this sentence
 * @param strongCue      whether the trigger is confident enough (0.85 or more) to take the article's focus as subject
 */
public record MissingSubject(String text, Sentence sentence, List<Party> parties, List<Party> previous, Focus focus,
                             int cueBegin, String cueText, List<Party> objects, Set<EntityType> kinds,
                             Optional<String> earlierSubject, boolean strongCue) {
    public MissingSubject {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        parties = List.copyOf(parties);
        previous = List.copyOf(previous);
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(cueText, "cueText");
        objects = List.copyOf(objects);
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("a missing subject is looked for only where the objects are known");
        }
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(earlierSubject, "earlierSubject");
    }
}
