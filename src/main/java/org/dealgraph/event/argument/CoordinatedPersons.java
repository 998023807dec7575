package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.event.Finding;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People listed together share a post's organization: where a sentence reads that one person works for an organization
 * and that person's name stands in a list of people's names, joined only by commas and the language's coordinators
 * ({@code coordinators.txt}: "and", "dan"), each other person of the list works for it too ("Intel was founded by Gordon
 * Moore and Robert Noyce", "pebalap Ducati Team, Michele Pirro dan Andrea Dovizioso", "Empat hakim MK tersebut adalah
 * Wahiduddin Adams, Arief Hidayat, Suhartoyo, Saldi Isra"). A person the findings already give an employer in that
 * sentence keeps theirs alone. The relation takes the listed relation's status and 0.9 of its confidence, and this stage's
 * name as its extractor.
 *
 * <p>Source: data/corpus/MANUAL.md, section 3 (each named person's post is {@code worksFor}); the shape was the most
 * frequent of the Indonesian {@code worksFor} relations the held-out fifth of the train split missed with both names read
 * ({@code tools/corpus/fold.py --seed 7}), and a fresh-user tester's finding ("founded in 1968 by Gordon Moore and Robert
 * Noyce"). Immutable and thread-safe.
 */
public final class CoordinatedPersons {
    /** The extractor these findings name as their provenance ({@code dg:extractor}). */
    public static final String NAME = "coordination";
    /** The share of the listed relation's confidence a relation of this stage takes. */
    static final double SHARE = 0.9;
    private final Map<Language, Pattern> listGaps;

    private CoordinatedPersons(Map<Language, Pattern> listGaps) {
        this.listGaps = listGaps;
    }

    /** The stage with the coordinators of every language of {@code languages}. */
    public static CoordinatedPersons of(LanguageProfiles languages) {
        return new CoordinatedPersons(languages.perLanguage(p -> Pattern.compile("(?i)\\s*(?:,\\s*(?:"
                + p.alternation(LanguageProfile.File.COORDINATORS) + "\\s+)?|\\s+" + p.alternation(LanguageProfile.File.COORDINATORS)
                + "\\s+)")));
    }

    /**
     * The findings with a {@code worksFor} finding added for each other person listed with one that has one, after the
     * others.
     *
     * @param entities the article's entities, whose keys the findings name
     */
    public List<Finding> joined(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Pattern gap = listGaps.get(analyzed.language());
        if (gap == null || findings.stream().noneMatch(f -> f.relation().filter(r -> r.type() == RelationType.WORKS_FOR).isPresent())) {
            return findings;
        }
        EntityIndex index = EntityIndex.of(entities);
        List<Mention> all = index.mentions();
        Set<String> employed = new HashSet<>();
        for (Finding f : findings) {
            f.relation().filter(r -> r.type() == RelationType.WORKS_FOR).ifPresent(r -> employed.add(r.subject() + " " + r.sentence()));
        }
        String text = analyzed.text();
        List<Finding> added = new ArrayList<>();
        for (Finding f : findings) {
            if (f.relation().isEmpty() || f.relation().get().type() != RelationType.WORKS_FOR) {
                continue;
            }
            Relation r = f.relation().get();
            if (r.sentence() < 0 || r.sentence() >= analyzed.sentences().size()) {
                continue;
            }
            Sentence s = analyzed.sentences().get(r.sentence());
            List<Mention> in = all.stream().filter(m -> m.begin() >= s.begin() && m.end() <= s.end()).toList();
            for (int i = 0; i < in.size(); i++) {
                if (!index.owner(in.get(i)).key().equals(r.subject())) {
                    continue;
                }
                for (int step : new int[] {1, -1}) {
                    for (int j = i + step; j >= 0 && j < in.size(); j += step) {
                        Mention left = in.get(Math.min(j, j - step));
                        Mention right = in.get(Math.max(j, j - step));
                        Entity other = index.owner(in.get(j));
                        if (other.type() != EntityType.PERSON || left.end() > right.begin()
                                || !gap.matcher(text.substring(left.end(), right.begin())).matches()) {
                            break;
                        }
                        if (!other.key().equals(r.subject()) && employed.add(other.key() + " " + r.sentence())) {
                            added.add(Finding.of(new Relation(other.key(), RelationType.WORKS_FOR, r.object(), r.sentence(), NAME,
                                    r.confidence() * SHARE, r.status())));
                        }
                    }
                }
            }
        }
        if (added.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings);
        out.addAll(added);
        return out;
    }
}
