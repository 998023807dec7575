package org.dealgraph.event;

import org.dealgraph.text.LanguageProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where two clauses joined by a coordinator meet, each with a trigger of its own: "Halvorsen acquired Kelvaro Inc, and
 * Bramwell Holdings acquired Tessaly Corp", "A membeli B dan C mengakuisisi D". The name right after one trigger (its
 * object) and the name right before the next (its subject) are joined by a coordinator ({@code coordinators.txt}; a
 * definite article may follow, and what completes the first clause may precede it: "bought Pellam Oil for $50 million
 * and Ostrava Mining bought ..."), yet they are no list, and no relation or event holds across the seam. Where anything
 * other than space (or a definite article) stands between the first trigger and its name, or anything but space
 * between the second name and its trigger, there is no seam ("acquired B and C for $3 million"). Immutable and
 * thread-safe.
 */
public final class ClauseSeams {
    /** What stands between a trigger and the name right after it: space, perhaps a definite article. */
    private final Pattern objectGap;
    /**
     * What stands between the two names: a coordinator, perhaps before a definite article, after what completes the first
     * clause ("for $50 million and", ", and") but no semicolon or colon.
     */
    private final Pattern coordination;

    private ClauseSeams(Pattern objectGap, Pattern coordination) {
        this.objectGap = objectGap;
        this.coordination = coordination;
    }

    /** The seams of one language: its coordinators and definite articles. */
    public static ClauseSeams of(LanguageProfile profile) {
        String articles = profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES);
        return new ClauseSeams(Pattern.compile("(?i)\\s*(?:" + articles + "\\s+)?"),
                Pattern.compile("(?i)(?:[^;:]*?[\\s,])?(?<![\\p{L}-])(" + profile.alternation(LanguageProfile.File.COORDINATORS)
                        + ")\\s*(?:" + articles + "\\s+)?"));
    }

    /**
     * The seams of one sentence, in text order: for each, the half-open offsets of the coordinator that joins the two
     * clauses.
     *
     * @param text     the text all offsets index
     * @param names    the half-open offsets {@code {begin, end}} of the sentence's names that may be parties, in text order
     * @param triggers the half-open offsets of the sentence's triggers, in any order; asked for only where two names are
     *                 joined by a coordinator, and at most once
     */
    public List<int[]> find(String text, List<int[]> names, Supplier<List<int[]>> triggers) {
        List<int[]> out = new ArrayList<>();
        List<int[]> read = null;
        for (int i = 0; i + 1 < names.size(); i++) {
            int[] object = names.get(i);
            int[] subject = names.get(i + 1);
            if (subject[0] < object[1]) {
                continue;
            }
            Matcher gap = coordination.matcher(text).region(object[1], subject[0]);
            if (!gap.matches()) {
                continue;
            }
            if (read == null) {
                read = triggers.get();
            }
            boolean afterTrigger = read.stream().anyMatch(t -> t[1] <= object[0]
                    && objectGap.matcher(text).region(t[1], object[0]).matches());
            boolean beforeTrigger = read.stream().anyMatch(t -> t[0] >= subject[1] && text.substring(subject[1], t[0]).isBlank());
            if (afterTrigger && beforeTrigger) {
                out.add(new int[]{gap.start(1), gap.end(1)});
            }
        }
        return out;
    }

    /** Whether a seam of {@code seams} stands between offsets {@code from} and {@code to}. */
    public static boolean between(List<int[]> seams, int from, int to) {
        return seams.stream().anyMatch(s -> s[0] >= from && s[1] <= to);
    }

    /**
     * {@code text} with each seam read as a clause break: its first character a semicolon and the rest spaces (the same
     * length, so every offset still holds).
     */
    public static String marked(String text, List<int[]> seams) {
        if (seams.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int[] s : seams) {
            for (int k = s[0]; k < s[1]; k++) {
                out.setCharAt(k, k == s[0] ? ';' : ' ');
            }
        }
        return out.toString();
    }
}
