package org.dealgraph.event.argument;

import org.dealgraph.text.LanguageProfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent marker of a passive whose auxiliary a headline leaves out ("Meta fined $1.3 billion by EU privacy
 * regulator"): a word of {@code agent-markers.txt} ("by", "oleh") at most four words after the verb, none of them a
 * participle ({@code participles.txt}) of a verb of its own, whose agent the marker would be ("bought shares held by
 * minority investors"). The cue stage ({@link FrameArgumentFinder}) and the trigger stage read it alike. Immutable and
 * thread-safe.
 */
public final class AgentMarker {
    private final Pattern marker;
    private final Pattern participle;

    private AgentMarker(Pattern marker, Pattern participle) {
        this.marker = marker;
        this.participle = participle;
    }

    /** The agent markers and participles of one language. */
    public static AgentMarker of(LanguageProfile profile) {
        return new AgentMarker(Pattern.compile("(?i)(?<![\\p{L}-])" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "(?=\\s)"),
                Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.PARTICIPLES)));
    }

    /**
     * Where the agent marker that follows a verb ends in {@code afterVerb} (the text right after the verb), or -1 where
     * none stands within four words of it or a participle stands before it.
     */
    public int end(String afterVerb) {
        Matcher m = marker.matcher(afterVerb);
        if (!m.find()) {
            return -1;
        }
        String before = afterVerb.substring(0, m.start()).strip();
        if (before.isEmpty()) {
            return m.end();
        }
        String[] words = before.split("\\s+");
        boolean verb = java.util.Arrays.stream(words).anyMatch(w -> participle.matcher(w).matches());
        return words.length <= 4 && !verb ? m.end() : -1;
    }
}
