package org.dealgraph.mention;

import java.util.Locale;
import java.util.Set;

/**
 * The words by which one of the rules' runs shows itself one name, where a trained name finder found
 * only part of it ({@link MentionFinder#combining(MentionFinder, MentionFinder, MentionFinder,
 * java.util.function.Function, double, java.util.function.Predicate, RunWords)}): common words, which
 * continue a name after it ("Grey Global"), and name openers, which open one before it ("Bank Sentral
 * Eropa" where the model found "Sentral Eropa"). The pipeline's are every language's
 * {@code common-words.txt} and {@code name-openers.txt}, as news in one language names companies in
 * another's words ("Zentara Networks" in Indonesian news). Immutable and thread-safe.
 *
 * @param common  common words, in small letters
 * @param openers name openers, as written (capitalized)
 */
public record RunWords(Set<String> common, Set<String> openers) {
    /** No words: every part the model finds splits the run. */
    public static final RunWords NONE = new RunWords(Set.of(), Set.of());

    public RunWords {
        common = Set.copyOf(common);
        openers = Set.copyOf(openers);
    }

    /** Whether {@code word}, as written, is a common word. */
    public boolean common(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, as written, opens names. */
    public boolean opener(String word) {
        return openers.contains(word);
    }
}
