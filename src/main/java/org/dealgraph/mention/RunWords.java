package org.dealgraph.mention;

import java.util.Locale;
import java.util.Set;

/**
 * The words by which one of the rules' runs shows itself one name, where a trained name finder found
 * only part of it ({@link MentionFinder#combining(MentionFinder, MentionFinder, MentionFinder,
 * java.util.function.Function, double, java.util.function.Predicate, RunWords)}): common words, which
 * continue a name after it ("Grey Global"), and name openers, which open one before it ("Bank Sentral
 * Eropa" where the model found "Sentral Eropa"); and honorifics, which stand before a person's name but
 * are no part of it, where the model read one into it ("Iptu Sardono"). The pipeline's are every
 * language's {@code common-words.txt}, {@code name-openers.txt} and {@code honorifics.txt}, as news in
 * one language names companies in another's words ("Zentara Networks" in Indonesian news). Immutable
 * and thread-safe.
 *
 * @param common      common words, in small letters
 * @param openers     name openers, as written (capitalized)
 * @param honorifics  a pattern a whole honorific matches, as written, its final period removed
 */
public record RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics) {
    /** No words: every part the model finds splits the run. */
    public static final RunWords NONE = new RunWords(Set.of(), Set.of());

    public RunWords {
        common = Set.copyOf(common);
        openers = Set.copyOf(openers);
        java.util.Objects.requireNonNull(honorifics, "honorifics");
    }

    /** Common words and name openers, no honorifics. */
    public RunWords(Set<String> common, Set<String> openers) {
        this(common, openers, java.util.regex.Pattern.compile("(?!)"));
    }

    /** Whether {@code words} is one or more honorifics and nothing else ("Iptu", "Irjen Pol", "Mr."). */
    public boolean honorificsOnly(String words) {
        String[] w = words.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return false;
        }
        for (String x : w) {
            if (!honorifics.matcher(x.endsWith(".") ? x.substring(0, x.length() - 1) : x).matches()) {
                return false;
            }
        }
        return true;
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
