package org.dealgraph.mention;

import org.dealgraph.DealGraphException;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A place's name with its compass or centre word: a place the finders name ("Jakarta", "Java") with a
 * word of the language's {@code place-directions.txt} written right after it ("{P} Selatan") or right
 * before it ("South {P}"), capital and all (or all capitals beside a place in capitals, as in a
 * dateline: "JAKARTA SELATAN"), is one place ("Jakarta Selatan", "South Jakarta", "Kota Malang": cities of their
 * own); the names inside the longer span ("Selatan" read as a place of its own) go. A word before the place that follows
 * a capitalized word goes on that word's name and is not taken ("Wali Kota Malang": Malang's mayor). The place
 * keeps no gazetteer entry, being another place. A name that runs on past the longer span keeps its
 * words and the place stays as it was. Languages without the file extend nothing.
 * Immutable and thread-safe.
 */
public final class PlaceDirections {
    /** Per language, the words after a place ({@code (?:Selatan|Utara)} at the start of what follows) and before it. */
    private final Map<Language, Sides> sides;

    private record Sides(Pattern after, Pattern before) {
    }

    private PlaceDirections(Map<Language, Sides> sides) {
        this.sides = Map.copyOf(sides);
    }

    /**
     * The directions of these languages.
     *
     * @throws DealGraphException naming the file and line where an entry has not one {@code {P}}, or nothing else
     */
    public static PlaceDirections of(LanguageProfiles languages) {
        return new PlaceDirections(languages.perLanguage(PlaceDirections::sides));
    }

    private static Sides sides(LanguageProfile p) {
        List<String> after = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (LanguageProfile.Flanking f : p.flanking(LanguageProfile.File.PLACE_DIRECTIONS, "{P}", "the place's name")) {
            String words = Pattern.quote(f.words()).replace(" ", "\\E\\s+\\Q");
            String caps = Pattern.quote(f.words().toUpperCase(java.util.Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
            // written as the place is: "Jakarta Selatan", and in a capitals dateline "JAKARTA SELATAN"
            (f.after() ? after : before).add(words);
            (f.after() ? after : before).add(caps);
        }
        // the longest first: "Barat Daya" before "Barat"
        Comparator<String> longest = Comparator.comparingInt(String::length).reversed();
        after.sort(longest);
        before.sort(longest);
        return new Sides(after.isEmpty() ? null : Pattern.compile("^[ \\t]+(?:" + String.join("|", after) + ")(?![\\p{L}\\d])"),
                before.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(?<!\\p{Lu}[\\p{L}\\p{N}'’-]{0,40}[ \\t]{1,3})(?:" + String.join("|", before)
                        + ")[ \\t]+$"));
    }

    /** Whether the letters of a text are all capitals: a capitals dateline's word joins a place in capitals only. */
    private static boolean allCaps(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** The names {@code names} finds, each place extended by its direction word. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Sides s = sides.get(text.language());
        if (s == null) {
            return found;
        }
        String t = text.text();
        List<Mention> places = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.PLACE) {
                continue;
            }
            int begin = m.begin();
            int end = m.end();
            boolean capitals = allCaps(m.text());
            if (s.after() != null) {
                java.util.regex.Matcher a = s.after().matcher(t).region(end, t.length());
                a.useTransparentBounds(true).useAnchoringBounds(true);
                if (a.lookingAt() && (capitals || !allCaps(a.group()))) {
                    end = a.end();
                }
            }
            if (s.before() != null) {
                java.util.regex.Matcher b = s.before().matcher(t).region(Math.max(0, begin - 30), begin);
                b.useTransparentBounds(true).useAnchoringBounds(true);
                if (b.find() && (capitals || !allCaps(b.group()))) {
                    begin = b.start();
                }
            }
            int b0 = begin;
            int e0 = end;
            // a name that runs on past the longer span ("Jakarta Selatan Raya Corp") keeps its words
            boolean crossed = found.stream().anyMatch(o -> o != m && o.begin() < e0 && b0 < o.end() && (o.begin() < b0 || o.end() > e0));
            if ((begin != m.begin() || end != m.end()) && !crossed) {
                places.add(new Mention(begin, end, t.substring(begin, end), EntityType.PLACE, "", m.finder(), m.confidence()));
            }
        }
        return MentionFinder.replacing(found, places);
    }
}
