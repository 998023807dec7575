package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.event.DealStatus;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one who takes a post over holds it: a person named right after a word of succession and an agent marker
 * ({@code succession.txt}, {@code agent-markers.txt}: "was replaced on an interim basis by finance director Leah Gupta",
 * "Posisinya digantikan oleh Dewi Lestari") works for the organization whose post it is, where no finding of the sentence
 * already gives them one: the employer of the person the sentence, or the one before it, names in a {@code worksFor}
 * finding ("Its chief financial officer, Martin Shaw, left last month and was replaced ... by Leah Gupta"), or else, where
 * the sentence names no organization, the article's most mentioned one. Up to {@value #MAX_WORDS} words may stand between
 * the word of succession and the agent marker ("on an interim basis") and between the marker and the name ("finance
 * director"). A fresh-user tester's findings (four such successors, in both languages, got no post); the predecessor
 * keeps none ({@link Predecessors}). Immutable and thread-safe.
 */
public final class Successors {
    /** The most words between the word of succession and the agent marker, and between the marker and the name. */
    static final int MAX_WORDS = 4;
    /** The confidence of a successor's post read so. */
    static final double CONFIDENCE = 0.6;
    public static final String NAME = "succession";
    private final Map<Language, Pattern> successions;

    private Successors(Map<Language, Pattern> successions) {
        this.successions = Map.copyOf(successions);
    }

    /** The words of succession and agent markers of each language of {@code languages}. */
    public static Successors of(LanguageProfiles languages) {
        return new Successors(languages.perLanguage(p -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])"
                + p.alternation(LanguageProfile.File.SUCCESSION) + "(?![\\p{L}\\p{N}])(?:\\s+[\\p{Ll}-]+){0," + MAX_WORDS + "}?\\s+"
                + p.alternation(LanguageProfile.File.AGENT_MARKERS) + "(?![\\p{L}\\p{N}])")));
    }

    /**
     * The findings {@code kept} and, after them, a {@code worksFor} finding (with its Appointment) for each successor they give
     * no post in the sentence; the predecessor's employer is looked for in {@code read}, the findings before a predecessor's
     * were dropped ({@link Predecessors#current}).
     */
    public List<Finding> added(AnalyzedText analyzed, List<Entity> entities, List<Finding> read, List<Finding> kept) {
        List<Finding> findings = kept;
        Pattern words = successions.get(analyzed.language());
        String text = analyzed.text();
        if (words == null || !words.matcher(text).find()) {
            return findings;
        }
        EntityIndex index = EntityIndex.of(entities);
        List<Finding> out = new ArrayList<>(findings);
        for (Sentence s : analyzed.sentences()) {
            Matcher m = words.matcher(text).region(s.begin(), s.end());
            while (m.find()) {
                int end = m.end();
                Optional<Mention> next = index.mentions().stream().filter(n -> n.begin() >= end && n.end() <= s.end()).findFirst()
                        .filter(n -> analyzed.words(end, n.begin()) <= MAX_WORDS && index.owner(n).type() == EntityType.PERSON);
                if (next.isEmpty()) {
                    continue;
                }
                Entity successor = index.owner(next.get());
                boolean placed = findings.stream().anyMatch(f -> f.sentence() == s.index() && f.relation()
                        .filter(r -> r.type() == RelationType.WORKS_FOR && r.subject().equals(successor.key())).isPresent());
                if (placed) {
                    continue;
                }
                Optional<String> employer = predecessorsEmployer(s, read, successor);
                if (employer.isEmpty() && index.mentions().stream().noneMatch(n -> n.begin() >= s.begin() && n.end() <= s.end()
                        && index.owner(n).type() == EntityType.ORGANIZATION)) {
                    employer = index.main().map(Entity::key);
                }
                employer.ifPresent(org -> {
                    Relation r = new Relation(successor.key(), RelationType.WORKS_FOR, org, s.index(), NAME, CONFIDENCE, DealStatus.REPORTED);
                    out.add(new Finding(Optional.of(r), Optional.of(EventType.APPOINTMENT),
                            List.of(new Participant("person", successor.key()), new Participant("organization", org)),
                            Optional.empty(), Optional.empty(), DealStatus.ANNOUNCED, s.index(), NAME, CONFIDENCE));
                });
            }
        }
        return out;
    }

    /**
     * The employer of a person the sentence or the one before names before the successor, in a {@code worksFor} finding of
     * those sentences ("Its chief financial officer, Martin Shaw, ... was replaced by"): the last such, if any.
     */
    private static Optional<String> predecessorsEmployer(Sentence s, List<Finding> findings, Entity successor) {
        String found = null;
        for (Finding f : findings) {
            if ((f.sentence() == s.index() || f.sentence() == s.index() - 1) && f.relation().isPresent()) {
                Relation r = f.relation().get();
                if (r.type() == RelationType.WORKS_FOR && !r.subject().equals(successor.key())) {
                    found = r.object();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
