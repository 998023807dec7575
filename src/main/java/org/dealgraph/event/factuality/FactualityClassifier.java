package org.dealgraph.event.factuality;

import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.text.Sentence;

/**
 * Decides how a sentence states what a trigger in it says. Immutable and thread-safe.
 *
 * <pre>{@code
 * FactualityReading r = classifier.classify(text, sentence, trigger);
 * if (r.asserted()) { ... confidence * r.weight() ... }
 * }</pre>
 */
@FunctionalInterface
public interface FactualityClassifier {
    /**
     * @param text     the article text (or a text of its length standing for it), which the
     *                 trigger's and the sentence's offsets index
     * @param sentence the sentence the trigger is in
     */
    FactualityReading classify(String text, Sentence sentence, Trigger trigger);
}
