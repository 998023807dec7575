package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plain name right after a preposition of place is a place: "menyewa gudang di Cikupa milik PT Mega Manunggal Property",
 * "pabrik di Purbalingga", which the finders typed an organization on their capitals alone and the cues then read as a
 * landlord or a rival (a fresh-user tester's finding). An organization's mention is retyped a place where it is one word
 * written with a capital and small letters (not "DPR", "KPK", "TaniHub"), no gazetteer entry, found on no evidence of its own
 * (below {@link MentionFinder#EVIDENCED}: no legal form, no descriptor), and every mention of that word in the article stands
 * right after one of the language's prepositions of place ({@code locative-prepositions.txt}: "di"); a word the article
 * also writes elsewhere ("Jakmall menjual ...") stays as found.
 *
 * <p>Source of the rule: in the corpus's Indonesian train split, 3,106 one-word names right after "di" are places and 333
 * organizations, nearly all of those in capitals or known companies. Immutable and thread-safe.
 */
public final class LocativePlaces {
    /** One word, a capital then small letters. */
    private static final Pattern PLAIN = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
    /** How many characters before a name the preposition of place, and a word of investing or working before it, are looked for. */
    private static final int WINDOW = 40;

    /** Per language, its prepositions of place at the end of the text before a name. */
    private final Map<Language, Pattern> before;

    private LocativePlaces(Map<Language, Pattern> before) {
        this.before = Map.copyOf(before);
    }

    /** The rule with these languages' prepositions of place; a language that lists none retypes nothing. */
    public static LocativePlaces of(LanguageProfiles languages) {
        Map<Language, Pattern> out = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.LOCATIVE_PREPOSITIONS).isEmpty()) {
                out.put(l, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + p.alternation(LanguageProfile.File.LOCATIVE_PREPOSITIONS) + "[ \\t]+$"));
            }
        }
        return new LocativePlaces(out);
    }

    /** The names {@code names} finds, each plain organization that stands only after a preposition of place a place. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> retype(text, names.find(text));
    }

    private List<Mention> retype(AnalyzedText text, List<Mention> found) {
        Pattern locative = before.get(text.language());
        if (locative == null) {
            return found;
        }
        String t = text.text();
        Set<String> elsewhere = new java.util.HashSet<>();
        Set<String> candidates = new java.util.HashSet<>();
        for (Mention m : found) {
            boolean located = locative.matcher(t.substring(Math.max(0, m.begin() - WINDOW), m.begin())).find();
            if (!located) {
                elsewhere.add(m.text());
            } else if (m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && m.confidence() < MentionFinder.EVIDENCED
                    && PLAIN.matcher(m.text()).matches()) {
                candidates.add(m.text());
            }
        }
        candidates.removeAll(elsewhere);
        // nor a word the article writes as a name elsewhere that no finder took ("Seekmi menggandeng ...")
        candidates.removeIf(w -> writtenElsewhere(t, w, locative));
        if (candidates.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(candidates.contains(m.text()) && m.type() == EntityType.ORGANIZATION
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.PLACE, m.entryId(), m.finder(), m.confidence()) : m);
        }
        return List.copyOf(out);
    }

    /** Whether the text writes {@code word} as a word of its own anywhere but right after a preposition of place. */
    private static boolean writtenElsewhere(String t, String word, Pattern locative) {
        java.util.regex.Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(t);
        while (m.find()) {
            if (!locative.matcher(t.substring(Math.max(0, m.start() - WINDOW), m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
