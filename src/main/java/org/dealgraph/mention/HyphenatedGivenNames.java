package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name whose given name is written as two syllables with a hyphen, the second in small letters, as Korean and
 * Taiwanese names are romanized: "Moon Jae-in", "Son Heung-min", "Tsai Ing-wen", "Kyung Dae-soo", which the finders end at
 * the hyphen ("Moon Jae"). A person's mention of two words whose last word is a capitalized syllable of at most five
 * letters, right before a hyphen and one to four small letters that end the word and are none of the language's participles
 * or name suffixes ({@code participles.txt}: "Icahn-led", "Lazard-run"; {@code name-suffixes.txt}: "Joe Biden-era", "Kanye
 * West-lah": a verifier's findings), runs on over them. Other names with a hyphen are left as found
 * ("Visual Radio-enabled" is no person's; "Goldston-Morris" has a capital after it; "Carl C. Icahn" has three words).
 *
 * <p>Source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 6 such
 * names were cut at the hyphen in both languages ("Kim Mahn-je", "So Chang-sik"), the cut one a node of its own that lost
 * the person's {@code worksFor} ("pejabat Partai Kebebasan Korea, Kyung Dae-soo"). Immutable and thread-safe.
 */
public final class HyphenatedGivenNames {
    /** A capitalized syllable of at most five letters ending the mention. */
    private static final Pattern LAST_SYLLABLE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{0,4}$");
    /** Right after the mention: a hyphen and the given name's second syllable, in small letters, ending the word. */
    private static final Pattern SECOND_SYLLABLE = Pattern.compile("-\\p{Ll}{1,4}(?![\\p{L}\\p{N}-])");

    /** Per language, its participles and name suffixes ({@code participles.txt}, {@code name-suffixes.txt}), each matched as a whole word. */
    private final Map<Language, Pattern> participles;

    private HyphenatedGivenNames(Map<Language, Pattern> participles) {
        this.participles = Map.copyOf(participles);
    }

    /** The rule with these languages' participles and name suffixes. */
    public static HyphenatedGivenNames of(LanguageProfiles languages) {
        Map<Language, Pattern> out = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            List<String> words = new java.util.ArrayList<>(p.entries(LanguageProfile.File.PARTICIPLES));
            words.addAll(p.entries(LanguageProfile.File.NAME_SUFFIXES));
            out.put(l, words.isEmpty() ? Pattern.compile("(?!)")
                    : Pattern.compile(LanguageProfile.alternation(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new HyphenatedGivenNames(out);
    }

    /** The names {@code names} finds, each person's given name run on over its hyphenated second syllable. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern participle = participles.getOrDefault(text.language(), Pattern.compile("(?!)"));
        String t = text.text();
        List<Mention> longer = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON || m.text().split(" ").length != 2 || !LAST_SYLLABLE.matcher(m.text()).find()) {
                continue;
            }
            Matcher s = SECOND_SYLLABLE.matcher(t).region(m.end(), t.length());
            s.useTransparentBounds(true);
            if (s.lookingAt() && !participle.matcher(t.substring(s.start() + 1, s.end())).matches()) {
                longer.add(new Mention(m.begin(), s.end(), t.substring(m.begin(), s.end()), m.type(), m.entryId(), m.finder(), m.confidence()));
            }
        }
        return MentionFinder.replacing(found, longer);
    }
}
