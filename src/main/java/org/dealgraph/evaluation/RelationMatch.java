package org.dealgraph.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one article's predicted relations (as {@link Scorer#key} keys of canonical names) meet its
 * gold relations, by the rules of {@code score.py}: a gold relation is found if any of its
 * acceptable keys was predicted; a predicted key that no gold or optional relation allows is an
 * extra. Shared by {@link Scorer} and {@link CorpusScorer} so the two cannot drift apart.
 */
record RelationMatch(List<Outcome> outcomes, List<String> extras) {
    /** A gold relation and whether it was found. */
    record Outcome(GoldArticle.GoldRelation relation, boolean hit) {
    }

    RelationMatch {
        outcomes = List.copyOf(outcomes);
        extras = List.copyOf(extras);
    }

    static RelationMatch of(GoldArticle gold, Set<String> predicted) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> allowed = new HashSet<>();
        for (GoldArticle.GoldRelation r : gold.relations()) {
            Set<String> keys = r.keys();
            outcomes.add(new Outcome(r, keys.stream().anyMatch(predicted::contains)));
            allowed.addAll(keys);
        }
        gold.optional().forEach(r -> allowed.addAll(r.keys()));
        List<String> extras = new ArrayList<>();
        for (String p : new TreeSet<>(predicted)) {
            if (!allowed.contains(p)) {
                extras.add(p);
            }
        }
        return new RelationMatch(outcomes, extras);
    }

    /** The predicate of a key. */
    static String predicate(String key) {
        return key.split("\u0000")[1];
    }
}
