package org.dealgraph.event.argument;

import java.util.List;

/**
 * Finds the arguments of a sentence's triggers among its parties: who does what to whom.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Arguments> found = finder.find(new TriggeredSentence(text, sentence, parties, previous, focus, triggers));
 * }</pre>
 */
@FunctionalInterface
public interface ArgumentFinder {
    /** The arguments found, in the order the sentence's findings are made from them. */
    List<Arguments> find(TriggeredSentence sentence);
}
