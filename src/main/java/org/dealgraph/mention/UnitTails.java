package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organization's name written right before a place, or a known one right before an acronym, names its office or unit
 * there, another organization: "BI Malang", "OJK Jatim", "Shell Canada", "BMW Group Indonesia", "TNI AU", "PLN NP", where
 * the finders read the name and the place apart. An organization's mention followed, with only spaces between, by a
 * place's mention (or a name the gazetteer knows as a place), or a gazetteer organization's mention by an acronym of two
 * capitals, becomes one organization's mention over both, with no gazetteer entry of its own (the unit is not the known
 * body). Longer acronyms name programmes and operations ("BRI KUR", "KPK OTT"), and no person's title ("Polri AKBP"), no
 * currency ("Microsoft US$ 20 juta") and no acronym in a line of capitals ("PEPSICO UNIT") is a unit; a name of the
 * language's common words alone opens none ("Kota Depok" is a place); nor does the run go on where a capitalized word or a
 * number follows the tail ("BI Malang Samsun Hadi": the titled run's rules read the person), or across a line's end.
 *
 * <p>The source of the rule: in the annotated train and dev splits ({@code data/corpus}), where a gazetteer
 * organization's name stands right before a place's name the annotated mention runs on through the place 290 times of 322
 * in Indonesian and 13 of 13 in English (of all annotated organizations' mentions right before a place's name, 117 stop
 * before it, and 3,070 annotated organizations' mentions end in one); after a known name an acronym of two capitals ("TNI
 * AU" 15 times, "PLN NP" 6, "DPR RI" 69) the same. On the held-out fifth of the train split ({@code tools/corpus/fold.py
 * --seed 7}) the round's stages together read 31 more mentions right (25,283 to 25,314).
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitTails {
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** A unit's acronym after a known name: two capitals ("TNI AU", "PLN NP"); longer ones name programmes ("BRI KUR", "KPK OTT"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2}(?![\\p{L}\\p{N}'’.-])");
    /** What may follow a name's tail: a space, the text's end or a closing punctuation mark (not "$" of "US$"). */
    private static final Pattern TAIL_END = Pattern.compile("(?=\\s|$|[,.;:!?)\"'”’])");
    private final WordList titles = WordList.bundled("person-titles");
    /** Every language's currency forms ({@code currencies.tsv}): "Microsoft USD 20 juta" names no unit. */
    private final Set<String> currencies;
    /** Per language, its common words, lower case ({@code common-words.txt}): a "name" of nothing else ("Kota") opens no unit. */
    private final Map<Language, Set<String>> common;
    /** The gazetteer whose places name a tail no mention covers (a finder's longer run lost to the known name before it). */
    private final Gazetteer gazetteer;
    private static final Pattern PLACE_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}");

    private UnitTails(Set<String> currencies, Map<Language, Set<String>> common,
                      Gazetteer gazetteer) {
        this.currencies = Set.copyOf(currencies);
        this.common = Map.copyOf(common);
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The stage with the currency forms and common words of these languages and this gazetteer's places. */
    public static UnitTails of(LanguageProfiles languages, Gazetteer gazetteer) {
        Set<String> currencies = new HashSet<>();
        Map<Language, Set<String>> common = new HashMap<>();
        for (Language l : languages.languages()) {
            currencies.addAll(languages.of(l).currencies(true).keySet());
            currencies.addAll(languages.of(l).currencies(false).keySet());
            common.put(l, languages.of(l).lowerCaseWords(LanguageProfile.File.COMMON_WORDS));
        }
        return new UnitTails(currencies, common, gazetteer);
    }

    /** The names {@code names} finds, an organization's name run on through the place or acronym right after it. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        String t = text.text();
        Set<String> commonWords = common.getOrDefault(text.language(), Set.of());
        List<Mention> longer = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || Arrays.stream(m.text().split("\\s+"))
                    .allMatch(w -> !ACRONYM.matcher(w).matches() && commonWords.contains(w.toLowerCase(Locale.ROOT)))) {
                continue; // "Kota Depok", "Wali Kota Madiun": a word the language writes small is no organization's name
            }
            Matcher gap = SPACES.matcher(t).region(m.end(), t.length());
            if (!gap.lookingAt()) {
                continue;
            }
            int from = gap.end();
            int end = -1;
            for (Mention o : found) {
                if (o.begin() == from) {
                    end = o.type() == EntityType.PLACE ? o.end() : -2;
                }
            }
            if (end == -1) {
                end = knownPlaceEnd(t, from);
            }
            if (end == -1 && !m.entryId().isEmpty() && !capitalsOnly(t, m.begin())) {
                Matcher a = ACRONYM.matcher(t).region(from, t.length());
                if (a.lookingAt() && !titles.contains(a.group()) && !currencies.contains(a.group())) {
                    end = a.end();
                }
            }
            if (end < 0 || !TAIL_END.matcher(t).region(end, t.length()).lookingAt() || runsOn(t, end)) {
                continue;
            }
            longer.add(new Mention(m.begin(), end, t.substring(m.begin(), end), EntityType.ORGANIZATION, "", PatternMentionFinder.NAME,
                    MentionFinder.EVIDENCED));
        }
        return MentionFinder.replacing(found, longer);
    }

    /** The end of the longest name of up to three capitalized words at {@code from} that the gazetteer knows as a place, or -1. */
    private int knownPlaceEnd(String t, int from) {
        Matcher w = PLACE_WORDS.matcher(t).region(from, t.length());
        if (!w.lookingAt()) {
            return -1;
        }
        String words = w.group();
        for (int end = words.length(); end > 0; end = words.lastIndexOf(' ', end - 1)) {
            String name = words.substring(0, end).strip();
            if (gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals(name)
                    || e.type() == EntityType.PLACE && e.aliases().contains(name))) {
                return from + name.length();
            }
        }
        return -1;
    }

    /** Whether the line holding {@code at} has no small letter: a headline in capitals ("PEPSICO UNIT ..."), no acronym's place. */
    private static boolean capitalsOnly(String t, int at) {
        int from = t.lastIndexOf('\n', at) + 1;
        int to = t.indexOf('\n', at);
        return t.substring(from, to < 0 ? t.length() : to).chars().noneMatch(Character::isLowerCase);
    }

    /** Whether a capitalized word or a number follows, with only spaces between: the run of names goes on. */
    private static boolean runsOn(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < t.length() && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)));
    }
}
