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
 * Where two clauses, each with a trigger of its own, are joined: "Halvorsen acquired Kelvaro Inc, and Bramwell Holdings
 * acquired Tessaly Corp", "A membeli B dan C mengakuisisi D", "A agreed to buy B, while C completed its purchase of D",
 * "A acquired B, C acquired D, and E acquired F". The name after one trigger (its object) and the name before the next
 * (its subject) stand either side of a coordinator ({@code coordinators.txt}), of a bare comma, or of a comma and a clause
 * joiner ({@code clause-joiners.txt}: "while", "sementara", "sedangkan"), a definite article perhaps after it, and what
 * completes the first clause perhaps before it ("bought Pellam Oil for $50 million and Ostrava Mining bought ..."); yet
 * they are no list, and no relation or event holds across the seam.
 * <ul>
 * <li>The object is the first name after a trigger in its clause: no other name, no semicolon, colon or comma (but one
 *     inside a number, "Rp 1,5 triliun") and at most {@value #OBJECT_REACH} characters between them ("invested $10 million
 *     in Hexwell", "berinvestasi Rp 100 miliar di PT X"). Before a joiner the first clause's trigger may also follow its
 *     last name ("Lorne and Bexhill signed a partnership agreement, while ...").</li>
 * <li>After a coordinator or a bare comma the subject stands right before its trigger, nothing but space between
 *     ("acquired B and C for $3 million", "partnered with B and C to launch X", "acquired B, C and D" are lists); after a
 *     joiner, which opens a clause of its own whatever follows, the trigger is the first after the subject in its clause,
 *     within {@value #SUBJECT_REACH} characters and no comma ("while Delmont completed its purchase of Saphire").</li>
 * <li>The subject is of a type the second trigger takes before it ("milik Gilang dan Shandy memperkenalkan Jiwater": a
 *     launch's subject is an organization, so the two persons are a list of owners).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ClauseSeams {
    /** The most characters between a trigger and its object. */
    public static final int OBJECT_REACH = 60;

    /** The most characters between the subject after a clause joiner and its trigger. */
    public static final int SUBJECT_REACH = 40;

    /** What may stand between a trigger and its object: no clause punctuation, a comma only inside a number. */
    private static final Pattern OBJECT_GAP = Pattern.compile("(?:[^,;:]|(?<=\\d),(?=\\d)){0," + OBJECT_REACH + "}");

    /** What may stand between the subject after a clause joiner and its trigger. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("[^,;:]{0," + SUBJECT_REACH + "}");

    /**
     * What stands between the two names at a coordinator: the coordinator, perhaps before a definite article, after what
     * completes the first clause ("for $50 million and", ", and") but no semicolon or colon.
     */
    private final Pattern coordination;

    /** What stands between the two names at a clause joiner: a comma and the joiner, perhaps before a definite article. */
    private final Pattern joining;

    /**
     * What stands between the two names at a bare comma ("A acquired B, C acquired D, and E acquired F"): the comma, perhaps
     * after what completes the first clause and before a definite article.
     */
    private final Pattern comma;

    private ClauseSeams(Pattern coordination, Pattern joining, Pattern comma) {
        this.coordination = coordination;
        this.joining = joining;
        this.comma = comma;
    }

    /** The seams of one language: its coordinators, clause joiners and definite articles. */
    public static ClauseSeams of(LanguageProfile profile) {
        String articles = profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES);
        return new ClauseSeams(Pattern.compile("(?i)(?:[^;:]*?[\\s,])?(?<![\\p{L}-])(" + profile.alternation(LanguageProfile.File.COORDINATORS)
                        + ")\\s*(?:" + articles + "\\s+)?"),
                Pattern.compile("(?i)[^;:]*?,\\s*(" + profile.alternation(LanguageProfile.File.CLAUSE_JOINERS) + ")(?![\\p{L}-])\\s*,?\\s*(?:"
                        + articles + "\\s+)?"),
                Pattern.compile("(?i)[^;:,]*?(,)\\s*(?:" + articles + "\\s+)?"));
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
        if (cue.blocking() || cue.frame() == Frame.PAIR || cue.frame() == Frame.APPOS || cue.frame() == Frame.APPOS_RL || cue.frame().gap()) {
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
     * The seams of one sentence, in text order: for each, the half-open offsets of the coordinator, comma or joiner that
     * joins the two clauses. The name before the second trigger must be of a type that trigger takes there ("milik Gilang
     * dan Shandy memperkenalkan ...": a launch's subject is an organization, so the two persons are a list of owners).
     *
     * @param text     the text all offsets index
     * @param names    the sentence's names that may be parties, in text order
     * @param triggers the sentence's triggers, in any order; asked for only where two names are joined by a coordinator,
     *                 a comma or a clause joiner, and at most once
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
            boolean joined = false;
            if (!gap.matches()) {
                gap = comma.matcher(text).region(object.end(), subject.begin());
            }
            if (!gap.matches()) {
                gap = joining.matcher(text).region(object.end(), subject.begin());
                if (!gap.matches()) {
                    continue;
                }
                joined = true;
            }
            if (read == null) {
                read = triggers.get();
            }
            int previous = i == 0 ? 0 : names.get(i - 1).end();
            int next = i + 2 < names.size() ? names.get(i + 2).begin() : text.length();
            int joint = gap.start(1);
            boolean subjectsOwn = joined;
            // after a joiner the first clause's trigger may also follow its last name ("A and B signed an agreement, while")
            boolean afterTrigger = read.stream().anyMatch(t -> t.begin() >= previous && (t.end() <= object.begin()
                    && OBJECT_GAP.matcher(text).region(t.end(), object.begin()).matches()
                    || subjectsOwn && t.begin() >= object.end() && t.end() <= joint));
            boolean beforeTrigger = read.stream().anyMatch(t -> t.begin() >= subject.end() && t.before().contains(subject.type())
                    && (subjectsOwn ? t.end() <= next && SUBJECT_GAP.matcher(text).region(subject.end(), t.begin()).matches()
                    : text.substring(subject.end(), t.begin()).isBlank()));
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
