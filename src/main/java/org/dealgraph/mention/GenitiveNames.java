package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company named in the genitive, a shop or a firm called after its founder: "Sainsbury's", "Macy's", "Wendy's", "Harlow's",
 * where the finders ended the name before its "'s" as they end a possessor's ("Calloway's chief executive"). Where the article
 * writes an organization's or a product's name with "'s" once in a place no possessive stands, before no noun it could own,
 * the name holds the "'s" in each such place; before a noun it stays the possessor the cues read ("Zorvex's owner Trian
 * Partners"), one entity with the name in the genitive (the resolver compares names without it). A name the finders read
 * as a person's is left a possessor ("Mike Leigh's tale", "Brown's rules"), and so is one the article also writes without
 * "'s" ("beat Kestrel's. Kestrel said ...": a break-it tester's finding). The places no possessive stands: before a sentence's or a clause's punctuation
 * other than a quote ("AAP's \"B\" shares") or the text's end ("profits at Macy's."),
 * before the language's coordinators ({@code coordinators.txt}: "Harlow's and Broadmere"), its speech verbs ({@code
 * speech-verbs.txt}: "Sainsbury's said") and its company verbs ({@code company-verbs.txt}: "Macy's agreed to buy"); not after
 * a word of comparison ({@code comparison-words.txt}: "higher than Trendix's,", "unlike Trendix's,"). Before a
 * comma or a coordinator, a list of possessors ("Apple's and Google's app stores") is no such place: another genitive
 * before a word in small letters follows in the clause. A name the gazetteer knows keeps its own form (its entry names
 * the company as it is written: "McDonald's" is an entry, "Apple" another).
 *
 * <p>The source of the rule: in the annotated train, dev and test splits ({@code data/corpus}), 124 English organizations'
 * mentions end in "'s" ("Wendy's" 26, "McDonald's" 13, "Foster's" 12, "Standard & Poor's" 7, "Moody's" 6), and a fresh
 * tester's invented articles of this round lost "Harlow's", "Macy's" and "Sainsbury's" to their possessive's cut.
 *
 * <p>Immutable and thread-safe.
 */
public final class GenitiveNames {
    /** The genitive's ending right after a name: "'s" or "’s", no letter after it. */
    private static final Pattern GENITIVE = Pattern.compile("['’]s(?![\\p{L}\\p{N}])");
    /** Another possessor in the genitive before a word in small letters ("Google's app stores", "Velora Systems' chief executives"). */
    private static final Pattern POSSESSOR = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&.-]*(?:['’]s|s['’])[ \\t]+\\p{Ll}");
    /** Where a clause ends: its punctuation. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?\\n]");

    /** Per language: what follows a name in the genitive where no possessive stands, anchored after the "'s". */
    private final Map<Language, Pattern> nameEnds;
    /** Per language: a comma or a coordinator after the "'s", anchored there (a list, perhaps of possessors). */
    private final Map<Language, Pattern> listers;

    /** Per language: a word of comparison right before a name ({@code comparison-words.txt}: "than", "unlike"), at the end of the text before it. */
    private final Map<Language, Pattern> comparisons;

    private GenitiveNames(Map<Language, Pattern> nameEnds, Map<Language, Pattern> listers, Map<Language, Pattern> comparisons) {
        this.nameEnds = Map.copyOf(nameEnds);
        this.listers = Map.copyOf(listers);
        this.comparisons = Map.copyOf(comparisons);
    }

    /** The stage with the coordinators, speech verbs, company verbs and comparison words of these languages. */
    public static GenitiveNames of(LanguageProfiles languages) {
        Map<Language, Pattern> ends = new HashMap<>();
        Map<Language, Pattern> lists = new HashMap<>();
        Map<Language, Pattern> compare = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String coordinators = p.alternation(LanguageProfile.File.COORDINATORS);
            String verbs = p.alternation(LanguageProfile.File.SPEECH_VERBS, LanguageProfile.File.COMPANY_VERBS);
            ends.put(l, Pattern.compile("(?:[ \\t]*(?:[.,;:!?)]|$)|[ \\t]+(?:" + coordinators + "|" + verbs + ")(?![\\p{L}\\p{N}-]))",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            compare.put(l, Pattern.compile("(?<![\\p{L}-])" + p.alternation(LanguageProfile.File.COMPARISON_WORDS) + "[ \\t]+$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            lists.put(l, Pattern.compile("(?:[ \\t]*,|[ \\t]+" + coordinators + "(?![\\p{L}\\p{N}]))",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new GenitiveNames(ends, lists, compare);
    }

    /** The names {@code names} finds, each name the article writes in the genitive as a name run on through its "'s". Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern end = nameEnds.get(text.language());
        if (end == null) {
            return found;
        }
        Pattern lister = listers.get(text.language());
        Pattern comparison = comparisons.get(text.language());
        String t = text.text();
        Set<String> named = new HashSet<>();
        Set<String> bare = new HashSet<>();
        // each unlisted mention whose "'s" stands where no possessive does, run on through it: read once, kept for the names
        List<Mention> atNameEnd = new ArrayList<>();
        for (Mention m : found) {
            int after = genitiveEnd(t, m);
            if (after < 0) {
                bare.add(m.text());
            } else if (m.entryId().isEmpty() && nameEnds(t, after, end, lister)) {
                atNameEnd.add(new Mention(m.begin(), after, t.substring(m.begin(), after), m.type(), "", m.finder(), m.confidence()));
                if (m.type() != EntityType.PLACE && m.type() != EntityType.PERSON && !compared(t, m, comparison)) {
                    named.add(m.text());
                }
            }
        }
        named.removeAll(bare);
        if (named.isEmpty()) {
            return found;
        }
        List<Mention> longer = atNameEnd.stream().filter(m -> named.contains(m.text().substring(0, m.text().length() - 2))).toList();
        return MentionFinder.replacing(found, longer);
    }

    /** Whether a word of comparison stands right before the mention ("higher than Trendix's", "unlike Trendix's"): an elided possession. */
    private static boolean compared(String t, Mention m, Pattern comparison) {
        return comparison.matcher(t.substring(Math.max(0, m.begin() - 20), m.begin())).find();
    }

    /** Whether what follows the "'s" ending at {@code after} is a place no possessive stands, no list of possessors. */
    private static boolean nameEnds(String t, int after, Pattern end, Pattern lister) {
        return end.matcher(t).region(after, t.length()).lookingAt() && !possessorsListed(t, after, lister);
    }

    /** Where the genitive's "'s" right after the mention ends, or -1 where none follows it. */
    private static int genitiveEnd(String t, Mention m) {
        Matcher g = GENITIVE.matcher(t).region(m.end(), t.length());
        g.useTransparentBounds(true);
        return g.lookingAt() ? g.end() : -1;
    }

    /** Whether a comma or a coordinator after the "'s" opens a list of possessors: another genitive before a small word in the clause. */
    private static boolean possessorsListed(String t, int after, Pattern lister) {
        Matcher l = lister.matcher(t).region(after, t.length());
        if (!l.lookingAt()) {
            return false;
        }
        Matcher stop = CLAUSE_END.matcher(t).region(l.end(), t.length());
        int clauseEnd = stop.find() ? stop.start() : t.length();
        return POSSESSOR.matcher(t).region(l.end(), Math.min(clauseEnd, l.end() + 120)).find();
    }
}
