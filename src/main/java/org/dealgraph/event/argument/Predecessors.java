package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one an appointee replaces holds the post no longer. A person named right after a word of succession in a sentence
 * ({@code succession.txt} of each language: "replacing", "succeeds", "took over from", "menggantikan") is the
 * predecessor: that sentence's {@code worksFor} findings with the person as the employee, and its Appointment findings
 * with the person in the {@code person} role, of whatever extractor, are dropped. "Fenwick Pharma Ltd appointed Aisha
 * Okonkwo as chief executive, replacing Tom Reyes, who retired" appoints Okonkwo only; the annotation guidelines take
 * {@code worksFor} as a current post.
 *
 * <p>"Right after": the person's name starts at most {@value #MAX_WORDS} words after the word ("replacing the injured
 * Colin Charvis", "menggantikan posisi Arief"), with no other organization's or person's name between. A word of
 * succession followed by an agent marker ({@code agent-markers.txt}: "replaced by", "digantikan oleh") names the
 * successor after it; the predecessor is then the name right before it, at most {@value #MAX_WORDS} words before and
 * no other name between ("chief executive Tom Reyes will be replaced by Aisha Okonkwo"). Why: on four fifths of the
 * corpus's train split, 26 of the 39 people annotated right after such a word had no {@code worksFor} anywhere in their
 * article, and most of the other 13 were players named in match reports (README, Quality). Immutable and thread-safe.
 */
public final class Predecessors {
    /** The most words between the word of succession and the predecessor's name. */
    static final int MAX_WORDS = 3;
    private final Map<Language, Pattern> succession;

    private Predecessors(Map<Language, Pattern> succession) {
        this.succession = Map.copyOf(succession);
    }

    /** The words of succession of each language of {@code languages}, each perhaps followed by that language's agent marker. */
    public static Predecessors of(LanguageProfiles languages) {
        return new Predecessors(languages.perLanguage(p -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])"
                + p.alternation(LanguageProfile.File.SUCCESSION) + "(?![\\p{L}\\p{N}])(?<agent>\\s+"
                + p.alternation(LanguageProfile.File.AGENT_MARKERS) + "(?![\\p{L}\\p{N}]))?")));
    }

    /**
     * The findings but a predecessor's {@code worksFor} and Appointment in the sentence that names them one; every other
     * finding as given, in its order.
     *
     * @param entities the article's entities, whose keys the findings' relations and participants name
     */
    public List<Finding> current(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Pattern words = succession.get(analyzed.language());
        if (words == null || findings.stream().noneMatch(f -> person(f) != null)) {
            return findings;
        }
        Map<Integer, Set<String>> predecessors = predecessors(analyzed, entities, words);
        if (predecessors.isEmpty()) {
            return findings;
        }
        return findings.stream().filter(f -> {
            String person = person(f);
            return person == null || !predecessors.getOrDefault(f.sentence(), Set.of()).contains(person);
        }).toList();
    }

    /** The employee of a {@code worksFor} finding or the person of an Appointment finding, or null. */
    private static String person(Finding f) {
        if (f.relation().isPresent()) {
            Relation r = f.relation().get();
            return r.type() == RelationType.WORKS_FOR ? r.subject() : null;
        }
        if (f.event().filter(e -> e == EventType.APPOINTMENT).isPresent()) {
            return f.participants().stream().filter(p -> p.role().equals("person")).map(Participant::entity).findFirst().orElse(null);
        }
        return null;
    }

    /** Each sentence's predecessors: the keys of the people named right after a word of succession in it. */
    private static Map<Integer, Set<String>> predecessors(AnalyzedText analyzed, List<Entity> entities, Pattern words) {
        List<Mention> names = new ArrayList<>();
        Map<Mention, String> keys = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON) {
                    names.add(m);
                    keys.put(m, e.type() == EntityType.PERSON ? e.key() : null);
                }
            }
        }
        names.sort(java.util.Comparator.comparingInt(Mention::begin));
        String text = analyzed.text();
        Map<Integer, Set<String>> out = new HashMap<>();
        List<Sentence> sentences = analyzed.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int sentence = i;
            Matcher m = words.matcher(text).region(s.begin(), s.end());
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                java.util.Optional<Mention> replaced = m.group("agent") == null
                        ? names.stream().filter(n -> n.begin() >= end && n.end() <= s.end()).findFirst()
                                .filter(n -> analyzed.words(end, n.begin()) <= MAX_WORDS)
                        : names.stream().filter(n -> n.end() <= begin && n.begin() >= s.begin()).reduce((a, b) -> b)
                                .filter(n -> analyzed.words(n.end(), begin) <= MAX_WORDS); // "Tom Reyes was replaced by ..."
                replaced.filter(n -> keys.get(n) != null)
                        .ifPresent(n -> out.computeIfAbsent(sentence, k -> new HashSet<>()).add(keys.get(n)));
            }
        }
        return out;
    }

}
