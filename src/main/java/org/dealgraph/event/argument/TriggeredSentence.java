package org.dealgraph.event.argument;

import org.dealgraph.event.Party;
import org.dealgraph.event.salience.Focus;
import org.dealgraph.text.Sentence;

import java.util.List;
import java.util.Objects;

/**
 * A sentence to find arguments in: the article text with places and outlets blanked (which all
 * offsets index), the sentence's parties and the previous sentence's (in text order), what the
 * article is about, and the sentence's triggers as read (no two nested, in lexicon order).
 */
public record TriggeredSentence(String text, Sentence sentence, List<Party> parties, List<Party> previous, Focus focus,
                                List<ReadTrigger> triggers) {
    public TriggeredSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        parties = List.copyOf(parties);
        previous = List.copyOf(previous);
        Objects.requireNonNull(focus, "focus");
        triggers = List.copyOf(triggers);
    }
}
