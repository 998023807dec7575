package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the finders read in an article's body is a name where its headline writes it too. A headline is short, in title
 * case, in small letters or in capitals ("Tanda-tanda Oppo A60 Segera Masuk Indonesia", "Canon 6d mark ii", "GROUP SELLS
 * MOST OF STAKE IN CCX INC"), and the finders often miss a name there that they find in the body. Each name of the body
 * (organization, person, product, place), as written there, is looked for in the headline as a whole word run: written
 * the same, or in another case where the headline is written in one case, small letters but its first or all capitals (a
 * headline in title or sentence case that writes "apple" means the fruit). The longest names go first; a headline name a found one
 * overlaps is left as it is, but a shorter found name inside it gives way ("Oppo" of "Oppo A60"). The new name takes the
 * type the body's mentions of the name have most often, and no gazetteer entry unless they share one. A name of one word
 * that the language writes in small letters ({@code common-words.txt}) is not looked for in another case. A headline name the
 * body never writes, that holds a body's name and a word the language writes in small letters besides, is names run together
 * with the headline's verbs ("Kelvaro Systems Acquires Tavimo Labs"): it gives way to the body's names in it, in a headline in
 * title case only (one in one case writes a name's own common words so too, "NIPPON OIL", "xbox one", and in a sentence a
 * capitalized common word is a name's own, "kesepakatan dengan Sony Music Entertainment").
 *
 * <p>The source of the rule: on the held-out fifth of the train split ({@code tools/corpus/fold.py --seed 7}), the finders
 * missed 455 of 1,770 annotated headline mentions (Indonesian 261 of 749); the body named 230 of the missed in the same
 * words, 200 of them in another case. Immutable and thread-safe; language-independent but for the common words.
 */
public final class HeadlineNames {
    private static final Set<EntityType> KINDS = Set.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT, EntityType.PLACE);
    private final Set<String> common;

    private HeadlineNames(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /**
     * The stage with {@code common}, the words of every language that it writes in small letters, lower case.
     */
    public static HeadlineNames of(Set<String> common) {
        return new HeadlineNames(common);
    }

    /** The names {@code names} finds, and the body's names where the headline writes them. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> inHeadline(text, names.find(text));
    }

    private List<Mention> inHeadline(AnalyzedText text, List<Mention> found) {
        Optional<Sentence> headline = text.sentences().stream().findFirst().filter(Sentence::headline);
        if (headline.isEmpty()) {
            return found;
        }
        Sentence h = headline.get();
        // the body's names, as written, with the types and gazetteer entries of their mentions
        Map<String, List<Mention>> body = new HashMap<>();
        for (Mention m : found) {
            if (m.begin() >= h.end() && KINDS.contains(m.type())) {
                body.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
            }
        }
        List<String> names = new ArrayList<>(body.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String t = text.text();
        // a headline in small letters but its first ("Canon 6d mark ii") or in capitals ("TALKS WITH JACOBS") writes no name's case
        String written = h.text();
        boolean oneCase = written.length() > 1 && written.substring(1).chars().noneMatch(Character::isUpperCase)
                || written.chars().noneMatch(Character::isLowerCase);
        List<Mention> head = new ArrayList<>(found.stream().filter(m -> m.begin() < h.end()).toList());
        // a headline name the body never writes that runs a body's name together with a word the language writes in small
        // letters ("Kelvaro Systems Acquires Tavimo Labs", "Harwick Mining Completes") gives way to the body's names in it; not
        // in a headline in one case, where a name's own words are written so too ("NIPPON OIL", "xbox one"), and only in title
        // case: in a sentence a capitalized common word is a name's own ("menandatangani kesepakatan dengan Sony Music
        // Entertainment")
        boolean splits = !oneCase && titleCase(written);
        head.removeIf(m -> splits && runTogether(m, body.keySet()));
        List<Mention> added = new ArrayList<>();
        for (String name : names) {
            boolean oneCommonWord = name.indexOf(' ') < 0 && common.contains(name.toLowerCase(Locale.ROOT));
            Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    oneCommonWord ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).region(h.begin(), h.end());
            while (w.find()) {
                String as = w.group();
                boolean sameCase = as.equals(name) || oneCase;
                int b = w.start();
                int e = w.end();
                // a found or added name that overlaps and is not inside this one keeps its place
                boolean blocked = java.util.stream.Stream.concat(head.stream(), added.stream())
                        .anyMatch(o -> o.begin() < e && o.end() > b && !(o.begin() >= b && o.end() <= e && o.length() < e - b));
                if (!sameCase || blocked) {
                    continue;
                }
                added.add(like(body.get(name), b, e, as));
            }
        }
        return MentionFinder.replacing(found, added);
    }

    /**
     * A new mention of a name at [{@code b}, {@code e}) written {@code as}, like the found mentions {@code same} of it: the type
     * they have most often, their gazetteer entry if they share one, and the finder and confidence of the most confident.
     */
    static Mention like(List<Mention> same, int b, int e, String as) {
        EntityType type = same.stream().collect(java.util.stream.Collectors.groupingBy(Mention::type, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<EntityType, Long>comparingByValue().thenComparing(x -> x.getKey().ordinal() * -1))
                .orElseThrow().getKey();
        Set<String> entries = new java.util.HashSet<>(same.stream().map(Mention::entryId).toList());
        String entry = entries.size() == 1 ? entries.iterator().next() : "";
        Mention best = same.stream().max(Comparator.comparingDouble(Mention::confidence)).orElseThrow();
        return new Mention(b, e, as, type, entry, best.finder(), best.confidence());
    }

    /** Whether a headline capitalizes at least four in five of its words, as title case does. */
    private static boolean titleCase(String headline) {
        Matcher w = WORD.matcher(headline);
        int words = 0;
        int capitalized = 0;
        while (w.find()) {
            if (Character.isLetter(w.group().charAt(0))) {
                words++;
                capitalized += Character.isUpperCase(w.group().charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalized * 5 >= words * 4;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /**
     * Whether a headline's mention is names run together: the body does not write it, it holds a body's name as the body
     * writes it and, outside the body's names it holds, a word the language writes in small letters ({@code common-words.txt}).
     */
    private boolean runTogether(Mention m, Set<String> bodyNames) {
        if (bodyNames.contains(m.text()) || m.text().indexOf(' ') < 0) {
            return false;
        }
        boolean[] covered = new boolean[m.length()];
        boolean holds = false;
        for (String name : bodyNames) {
            if (name.length() >= m.length()) {
                continue;
            }
            Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(m.text());
            while (w.find()) {
                holds = true;
                java.util.Arrays.fill(covered, w.start(), w.end(), true);
            }
        }
        if (!holds) {
            return false;
        }
        Matcher word = WORD.matcher(m.text());
        while (word.find()) {
            if (!covered[word.start()] && common.contains(word.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
