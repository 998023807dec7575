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
     * Listed names, rule names checked by a trained model, and the model's own names. A rule name
     * that a model name overlaps takes the model's type (the rules type by name shape, the model by
     * context: "Winn-Dixie" is no person); a rule name no model name overlaps is kept only when the
     * rule's confidence is at least {@code keep} (a legal form), or it is not an organization (the rules
     * find people and outlets precisely, organizations loosely). Overlaps are then resolved as
     * in {@link #all}.
     */
    static MentionFinder checked(MentionFinder listed, MentionFinder rules, MentionFinder model, double keep) {
        return text -> {
            List<Mention> learned = model.find(text);
            List<Mention> checked = new ArrayList<>();
            for (Mention r : rules.find(text)) {
                Mention best = null;
                int overlap = 0;
                for (Mention m : learned) {
                    int o = Math.min(r.end(), m.end()) - Math.max(r.begin(), m.begin());
                    if (o > overlap) {
                        overlap = o;
                        best = m;
                    }
                }
                if (best != null && r.type() != EntityType.OUTLET) {
                    checked.add(new Mention(r.begin(), r.end(), r.text(), best.type(), r.entryId(), r.finder(), r.confidence()));
                } else if (r.type() != EntityType.ORGANIZATION || r.confidence() >= keep) {
                    checked.add(r);
                }
            }
            return all(listed, t -> checked, t -> learned).find(text);
        };
    }

    /**
     * The inner finder's names, and every other whole-word occurrence of them in the article's
     * sentences: a name recognised once is a name wherever it recurs ("Komileva said" after "Lena
     * Komileva"), as the annotation guidelines count mentions. A person's surname of four letters
     * or more recurs as that person too. Recurrences take the type of the name and 0.9 of its
     * confidence; they never overlap a name already found.
     */
    static MentionFinder propagated(MentionFinder inner) {
        return text -> {
            List<Mention> found = new ArrayList<>(inner.find(text));
            java.util.Map<String, Mention> forms = new java.util.LinkedHashMap<>();
            for (Mention m : found) {
                if (m.text().length() >= 2 && m.text().chars().anyMatch(Character::isUpperCase)) {
                    forms.putIfAbsent(m.text(), m);
                }
                if (m.type() == EntityType.PERSON) {
                    String[] words = m.text().split("\\s+");
                    String last = words[words.length - 1];
                    if (words.length > 1 && last.length() >= 4 && Character.isUpperCase(last.charAt(0))) {
                        forms.putIfAbsent(last, m);
                    }
                }
            }
            String all = text.text();
            List<Mention> added = new ArrayList<>();
            for (var e : forms.entrySet()) {
                String form = e.getKey();
                for (int at = all.indexOf(form); at >= 0; at = all.indexOf(form, at + 1)) {
                    int end = at + form.length();
                    if (at > 0 && Character.isLetterOrDigit(all.charAt(at - 1)) || end < all.length() && Character.isLetterOrDigit(all.charAt(end))) {
                        continue;
                    }
                    int b = at;
                    boolean inSentence = text.sentences().stream().anyMatch(s -> s.begin() <= b && end <= s.end());
                    Mention m = new Mention(at, end, form, e.getValue().type(), e.getValue().entryId(), e.getValue().finder(),
                            e.getValue().confidence() * 0.9);
                    if (inSentence && found.stream().noneMatch(m::overlaps) && added.stream().noneMatch(m::overlaps)) {
                        added.add(m);
                    }
                }
            }
            found.addAll(added);
            found.sort(Comparator.comparingInt(Mention::begin));
            return List.copyOf(found);
        };
    }
}
