package org.dealgraph.event.trigger;

import org.dealgraph.text.Sentence;

import java.util.List;

/**
 * Finds the triggers of a cue lexicon in a sentence: every match of every cue that is found in
 * sentences (gap cues are read between parties instead), in lexicon order, then by position, with
 * article offsets. Implementations differ in cost only: they find the same triggers. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * TriggerFinder finder = WordIndexTriggerFinder.of(CueLexicon.of(profile));
 * List<Trigger> triggers = finder.find(sentence);
 * }</pre>
 */
@FunctionalInterface
public interface TriggerFinder {
    List<Trigger> find(Sentence sentence);
}
