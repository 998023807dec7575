package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds names in an analyzed article. Implementations are immutable and thread-safe and keep no
 * state between calls.
 *
 * <pre>{@code
 * MentionFinder finder = MentionFinder.all(new GazetteerMentionFinder(gazetteer), new PatternMentionFinder(gazetteer));
 * List<Mention> mentions = finder.find(analyzed);
 * }</pre>
 */
@FunctionalInterface
public interface MentionFinder {
    List<Mention> find(AnalyzedText text);

    /**
     * All finders' mentions, overlaps resolved: the longer span wins, then a gazetteer match over a
     * rule match, then the higher confidence. The result is sorted by offset.
     */
    static MentionFinder all(MentionFinder... finders) {
        List<MentionFinder> list = List.of(finders);
        return text -> {
            List<Mention> candidates = new ArrayList<>();
            for (MentionFinder f : list) {
                candidates.addAll(f.find(text));
            }
            // the longer name wins ("Sumitomo Mitsui Financial" over the known "Sumitomo Mitsui"), then a known one
            candidates.sort(Comparator.comparingInt(Mention::length).reversed()
                    .thenComparing((Mention m) -> m.entryId().isEmpty())
                    .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                    .thenComparingInt(Mention::begin));
            List<Mention> kept = new ArrayList<>();
            for (Mention m : candidates) {
                if (kept.stream().noneMatch(m::overlaps)) {
                    kept.add(m);
                }
            }
            kept.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(kept);
        };
    }

    /**
     * The names {@code first} finds, and those of {@code gaps} where {@code first} found nothing
     * that overlaps them: a trained name finder adds the names the gazetteer and the rules miss
     * without changing those they find (whose spans and types the rule-based relation extraction
     * relies on). The result is sorted by offset.
     */
    static MentionFinder filling(MentionFinder first, MentionFinder gaps) {
        return text -> {
            List<Mention> found = new ArrayList<>(first.find(text));
            for (Mention m : gaps.find(text)) {
                if (found.stream().noneMatch(m::overlaps)) {
                    found.add(m);
                }
            }
            found.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(found);
        };
    }
}
