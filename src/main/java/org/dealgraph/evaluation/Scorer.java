package org.dealgraph.evaluation;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.Event;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extractions against gold annotations the way the evaluation's {@code score.py} does:
 * names matched after normalization (accents, case, punctuation and legal forms removed) through
 * the gold aliases; a relation counts once per article; optional relations are neither rewarded
 * nor penalized; symmetric relations match either way round. Reports micro-averaged precision,
 * recall and F1 overall, per language and per relation, event and amount recall, and every miss
 * and extra.
 */
public final class Scorer {
    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "pt", "tbk",
            "persero", "ag", "sa", "gmbh", "group", "holdings", "the", "company");

    /** True positives, false positives and false negatives of one bucket. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int dtp, int dfp, int dfn) {
            return new Counts(tp + dtp, fp + dfp, fn + dfn);
        }
    }

    /** The scores of a set of articles. */
    public record Score(Map<String, Counts> buckets, double entityRecall, double eventRecall, double amountRecall, List<String> details) {
        public Counts all() {
            return buckets.getOrDefault("all", new Counts(0, 0, 0));
        }
    }

    private final Map<String, Counts> buckets = new TreeMap<>();
    private final List<String> details = new ArrayList<>();
    private int eventsFound;
    private int eventsTotal;
    private int amountsFound;
    private int amountsTotal;
    private int partiesFound;
    private int partiesTotal;

    /** Adds one article's extraction and gold to the score. */
    public void add(GoldArticle gold, Extraction x) {
        Map<String, String> names = new HashMap<>();
        for (Entity e : x.entities()) {
            names.put(e.key(), gold.canon(e.name()));
        }
        Set<String> predicted = new HashSet<>();
        for (Relation r : x.relations()) {
            predicted.add(key(names.get(r.subject()), r.type().localName(), names.get(r.object())));
        }
        Set<String> entityNames = new HashSet<>(names.values());
        Set<Set<String>> parties = new HashSet<>();
        for (GoldArticle.GoldRelation r : gold.relations()) {
            parties.add(r.subjects());
            parties.add(r.objects());
        }
        for (Set<String> party : parties) {
            partiesTotal++;
            if (party.stream().anyMatch(entityNames::contains)) {
                partiesFound++;
            }
        }
        RelationMatch match = RelationMatch.of(gold, predicted);
        for (RelationMatch.Outcome o : match.outcomes()) {
            count(gold, o.relation().predicate(), o.hit() ? 1 : 0, 0, o.hit() ? 0 : 1);
            if (!o.hit()) {
                details.add("  miss  " + gold.article() + ": " + o.relation());
            }
        }
        for (String p : match.extras()) {
            count(gold, RelationMatch.predicate(p), 0, 1, 0);
            details.add("  extra " + gold.article() + ": " + p.replace('\u0000', ' '));
        }
        for (GoldArticle.GoldEvent e : gold.events()) {
            eventsTotal++;
            boolean hit = x.events().stream().anyMatch(ev -> ev.type().localName().equals(e.type())
                    && participants(ev, names).containsAll(e.participants()));
            if (hit) {
                eventsFound++;
            } else {
                details.add("  miss  " + gold.article() + ": event " + e.type() + " " + e.participants());
            }
        }
        for (GoldArticle.GoldAmount a : gold.amounts()) {
            amountsTotal++;
            boolean hit = false;
            for (int i = 0; i < a.values().size(); i++) {
                double gv = a.values().get(i);
                String gc = a.currencies().get(i);
                hit |= x.amounts().stream().anyMatch(am -> am.currency().equals(gc)
                        && Math.abs(am.value().doubleValue() - gv) <= 0.005 * gv);
            }
            if (hit) {
                amountsFound++;
            } else {
                details.add("  miss  " + gold.article() + ": amount " + a.values().get(0) + " " + a.currencies().get(0));
            }
        }
    }

    private static Set<String> participants(Event ev, Map<String, String> names) {
        Set<String> out = new HashSet<>();
        for (Participant p : ev.participants()) {
            out.add(names.get(p.entity()));
        }
        return out;
    }

    private void count(GoldArticle gold, String predicate, int tp, int fp, int fn) {
        for (String b : List.of("all", "lang:" + gold.lang(), "rel:" + predicate)) {
            buckets.merge(b, new Counts(tp, fp, fn), (a, c) -> a.plus(c.tp(), c.fp(), c.fn()));
        }
    }

    public Score score() {
        return new Score(Map.copyOf(buckets), partiesTotal == 0 ? 0 : (double) partiesFound / partiesTotal,
                eventsTotal == 0 ? 0 : (double) eventsFound / eventsTotal,
                amountsTotal == 0 ? 0 : (double) amountsFound / amountsTotal, List.copyOf(details));
    }

    /** A relation's identity; symmetric relations ordered, parts separated by NUL. */
    static String key(String s, String p, String o) {
        if (RelationType.find(p).filter(RelationType::symmetric).isPresent() && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        return s + "\u0000" + p + "\u0000" + o;
    }

    /** A name as score.py compares it. */
    static String norm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String w : s.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !SUFFIXES.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.toString();
    }
}
