package org.dealgraph.event;

import org.dealgraph.event.trigger.Cue;
import org.dealgraph.event.trigger.Frame;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.LanguageProfile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** A name that may be a party: its half-open offsets in the text and its type. */
    public record Named(int begin, int end, EntityType type) {
    }

    /**
     * A trigger: its half-open offsets in the text and the types the party right before it may have as its argument
     * (the subject of "acquired", the one acquired before "was acquired by"; none where its parties follow it).
     */
    public record Opening(int begin, int end, Set<EntityType> before) {
        public Opening {
            before = before.isEmpty() ? Set.of() : Set.copyOf(before);
        }
    }

    /**
     * The types the party right before a cue of the lexicon may have as its argument, by the cue's frame and the relation
     * schema (the subject's types narrowed by the cue's own): none for a blocking cue and where both parties follow it.
     */
    public static Set<EntityType> before(Cue cue) {
        if (cue.blocking() || cue.frame() == Frame.PAIR || cue.frame() == Frame.APPOS || cue.frame().gap()) {
            return Set.of();
        }
        Set<EntityType> subjects;
        Set<EntityType> objects;
        if (cue.relation().isPresent()) {
            RelationSchema.RelationFacts r = RelationSchema.bundled().of(cue.relation().get());
            subjects = r.subjects();
            objects = r.objects();
        } else {
            RelationSchema.EventFacts e = RelationSchema.bundled().of(cue.event().orElseThrow());
            subjects = e.subjects();
            objects = e.objects();
        }
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        if (cue.frame() == Frame.RL) {
            out.addAll(objects);
        } else {
            out.addAll(subjects);
            if (!cue.subjects().isEmpty()) {
                out.retainAll(cue.subjects());
            }
            if (cue.frame() == Frame.TYPED) {
                out.addAll(objects);
            }
        }
        return out;
    }

    /**
     * The seams of one sentence, in text order: for each, the half-open offsets of the coordinator that joins the two
     * clauses. The name before the second trigger must be of a type that trigger takes there ("milik Gilang dan Shandy
     * memperkenalkan ...": a launch's subject is an organization, so the two persons are a list of owners).
     *
     * @param text     the text all offsets index
     * @param names    the sentence's names that may be parties, in text order
     * @param triggers the sentence's triggers, in any order; asked for only where two names are joined by a coordinator,
     *                 and at most once
     */
    public List<int[]> find(String text, List<Named> names, Supplier<List<Opening>> triggers) {
        List<int[]> out = new ArrayList<>();
        List<Opening> read = null;
        for (int i = 0; i + 1 < names.size(); i++) {
            Named object = names.get(i);
            Named subject = names.get(i + 1);
            if (subject.begin() < object.end()) {
                continue;
            }
            Matcher gap = coordination.matcher(text).region(object.end(), subject.begin());
            if (!gap.matches()) {
                continue;
            }
            if (read == null) {
                read = triggers.get();
            }
            boolean afterTrigger = read.stream().anyMatch(t -> t.end() <= object.begin()
                    && objectGap.matcher(text).region(t.end(), object.begin()).matches());
            boolean beforeTrigger = read.stream().anyMatch(t -> t.begin() >= subject.end() && t.before().contains(subject.type())
                    && text.substring(subject.end(), t.begin()).isBlank());
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
