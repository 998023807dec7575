package org.dealgraph.event.salience;

import org.dealgraph.mention.Mention;
import org.dealgraph.text.Sentence;

/**
 * Decides whether a mention of a sentence may be a party to what the sentence reports, or only
 * stands beside it (a cited outlet: "according to X", "dilansir X"). Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Mention> parties = mentions.stream().filter(m -> filter.keeps(text, sentence, m)).toList();
 * }</pre>
 */
@FunctionalInterface
public interface SalienceFilter {
    /**
     * @param text the article text, which the sentence's and the mention's offsets index
     */
    boolean keeps(String text, Sentence sentence, Mention mention);
}
