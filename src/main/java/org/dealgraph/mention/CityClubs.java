package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clubs named by their city: in a sports report, a place whose name is also its club's ("Liverpool beat Chelsea",
 * "gawang Napoli") is the club, an organization that players and managers work for, not the place
 * ({@code data/lexicon/city-clubs.txt}). An article is a sports report where it writes three of its language's
 * sports words or more, two of them different ({@code data/lang/<code>/sports-words.txt}). Such a mention loses its
 * gazetteer entry (the place's), so its entity is the club's.
 *
 * <p>Source of the rule: in four fifths of the corpus's train split (seed 7), in sports reports so found (three sports words or
 * more, two different), the listed names are annotated organizations 340 times and places 13 times.
 *
 * <p>Immutable and thread-safe.
 */
public final class CityClubs {
    private final WordList clubs = WordList.bundled("city-clubs");
    private final Map<Language, Pattern> sportsWords = new TreeMap<>();

    /** The stage with these languages' sports words. */
    public CityClubs(LanguageProfiles profiles) {
        for (Language l : profiles.languages()) {
            List<String> words = profiles.of(l).entries(LanguageProfile.File.SPORTS_WORDS);
            if (!words.isEmpty()) {
                sportsWords.put(l, Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:" + LanguageProfile.alternation(words) + ")(?![\\p{L}\\d-])"));
            }
        }
    }

    /** The mentions, each place named as a club retyped an organization where the article is a sports report; order kept. */
    public List<Mention> retyped(AnalyzedText analyzed, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.PLACE && clubs.contains(m.text())) || !sportsReport(analyzed)) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == EntityType.PLACE && clubs.contains(m.text())
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, "", m.finder(), m.confidence())
                    : m);
        }
        return out;
    }

    /** Whether the article writes three of its language's sports words or more, two of them different. */
    boolean sportsReport(AnalyzedText analyzed) {
        Pattern words = sportsWords.get(analyzed.language());
        if (words == null) {
            return false;
        }
        Matcher m = words.matcher(analyzed.text());
        int count = 0;
        Set<String> distinct = new HashSet<>();
        while (m.find()) {
            count++;
            distinct.add(m.group().toLowerCase(Locale.ROOT));
        }
        return count >= 3 && distinct.size() >= 2;
    }
}
