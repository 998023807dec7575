package org.dealgraph.event.salience;

import org.dealgraph.mention.Mention;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.Sentence;

import java.util.regex.Pattern;

/**
 * Drops a mention that is a cited source: one that the language's citation phrase, with an
 * optional source noun and up to two more words, introduces within the 45 characters before it
 * ({@code citation.txt}, {@code source-nouns.txt}: "according to Reuters", "dilansir dari laman
 * Kontan"). Immutable and thread-safe.
 */
public final class CitationSalienceFilter implements SalienceFilter {
    private static final int WINDOW = 45;
    private final Pattern citation;

    private CitationSalienceFilter(Pattern citation) {
        this.citation = citation;
    }

    /** The filter of one language's citation phrases. */
    public static CitationSalienceFilter of(LanguageProfile profile) {
        return new CitationSalienceFilter(Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.CITATION) + "\\s*"
                + profile.alternation(LanguageProfile.File.SOURCE_NOUNS) + "?\\s*(?:[\\w-]+\\s+){0,2}$"));
    }

    @Override
    public boolean keeps(String text, Sentence s, Mention m) {
        String before = text.substring(Math.max(s.begin(), m.begin() - WINDOW), m.begin());
        return !citation.matcher(before).find();
    }
}
