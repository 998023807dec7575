package org.dealgraph.event.argument;

import org.dealgraph.text.LanguageProfile;

import java.util.regex.Pattern;

/**
 * The one spoken to: in "Harbor told the Securities and Exchange Commission it has acquired ...",
 * "Kelana mengatakan kepada OJK pihaknya telah mengakuisisi ...", the party right after an addressee
 * marker ({@code addressee-markers.txt}: "told", "informed", "kepada"; with at most two words between:
 * "the U.S.") and right before the speaker's self-reference ({@code self-references.txt}, after an
 * optional bracketed short form and complementizer, and with no comma: ", its partner," is an
 * aside about the party, not the speaker) is told of the deal and takes no part in it; "it" is the
 * speaker. Immutable and thread-safe.
 */
public final class Addressee {
    private final Pattern toldBefore;
    private final Pattern selfAfter;

    private Addressee(LanguageProfile profile) {
        this.toldBefore = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.ADDRESSEE_MARKERS)
                + "\\s+(?:[\\p{L}.]+\\s+){0,2}$");
        this.selfAfter = Pattern.compile("(?i)^[ \\t]+(?:\\([^()]{1,20}\\)[ \\t]+)?(?:"
                + profile.alternation(LanguageProfile.File.COMPLEMENTIZERS) + "[ \\t]+)?"
                + profile.alternation(LanguageProfile.File.SELF_REFERENCES) + "\\b");
    }

    /** The reading of one language's addressee markers, complementizers and self-references. */
    public static Addressee of(LanguageProfile profile) {
        return new Addressee(profile);
    }

    /**
     * Whether the name at {@code [begin, end)} of {@code text} is spoken to: an addressee marker
     * stands right before it (within 40 characters) and the speaker's self-reference right after it.
     */
    public boolean spokenTo(String text, int begin, int end) {
        // regions with the default (opaque, anchoring) bounds read as the substrings would, without copying the text
        return selfAfter.matcher(text).region(end, text.length()).lookingAt() && markedBefore(text, begin);
    }

    /**
     * Whether the name at {@code [begin, end)} is addressed by a phrase set off before the sentence's subject: an
     * addressee marker right before it (within 40 characters) and a comma right after it ("In a filing with the
     * Securities and Exchange Commission, Taco Bell said it bought ..."). Such a name is no sentence's subject; "denda
     * kepada PT X sebesar ..." (no comma) is no such phrase.
     */
    public boolean addressed(String text, int begin, int end) {
        return COMMA_AFTER.matcher(text).region(end, text.length()).lookingAt() && markedBefore(text, begin);
    }

    private static final Pattern COMMA_AFTER = Pattern.compile("[ \\t]*,");

    private boolean markedBefore(String text, int begin) {
        return toldBefore.matcher(text).region(Math.max(0, begin - 40), begin).find();
    }
}
