package org.dealgraph.evaluation;

import org.dealgraph.corpus.AnnotatedArticle;
import org.dealgraph.corpus.Annotation;
import org.dealgraph.corpus.Span;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Amount;
import org.dealgraph.event.Event;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.mention.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores one article's extraction against its corpus annotation, bucket by bucket:
 * <ul>
 * <li>entity mentions: a predicted mention (with its entity's type) is right when an annotated
 *     mention has the same start, end and type; per type;</li>
 * <li>relations: as {@link Scorer} and {@code score.py} match them (canonical names through the
 *     aliases, symmetric relations either way round, optional relations neither rewarded nor
 *     penalized, inverse names read reversed); per relation; and again keeping only predicted
 *     relations whose confidence reaches each threshold;</li>
 * <li>events: a gold event is found, and a predicted one right, when the types agree and the
 *     gold participants are among the predicted ones ({@code score.py}'s rule); per type;</li>
 * <li>amounts: same currency and value within 0.5%, any gold alternative accepted; each
 *     distinct predicted (value, currency) counted once.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class CorpusScorer {
    /** Confidence thresholds at which relation precision and recall are reported unless set otherwise. */
    public static final List<Double> THRESHOLDS = List.of(0.3, 0.5, 0.7, 0.9);

    private final List<Double> thresholds;

    public CorpusScorer() {
        this(THRESHOLDS);
    }

    public CorpusScorer(List<Double> thresholds) {
        for (double t : thresholds) {
            if (t < 0 || t > 1) {
                throw new IllegalArgumentException("threshold out of [0,1]: " + t);
            }
        }
        this.thresholds = List.copyOf(thresholds);
    }

    public List<Double> thresholds() {
        return thresholds;
    }

    public ArticleScore score(AnnotatedArticle article, Extraction x) {
        Annotation a = article.annotation();
        GoldArticle gold = GoldArticle.of(a);
        Map<Bucket, Tally> tallies = new TreeMap<>();
        List<String> details = new ArrayList<>();
        String id = a.id();

        Set<String> predictedMentions = new LinkedHashSet<>();
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                predictedMentions.add(spanKey(article.documentOffset(m.begin()), article.documentOffset(m.end()), Annotation.typeName(e.type())));
            }
        }
        Set<String> goldMentions = new LinkedHashSet<>();
        for (Annotation.AnnotatedEntity e : a.entities()) {
            for (Span s : e.mentions()) {
                goldMentions.add(spanKey(s.start(), s.end(), Annotation.typeName(e.type())));
            }
        }
        for (String p : predictedMentions) {
            boolean right = goldMentions.contains(p);
            add(tallies, Metric.ENTITY, type(p), new Tally(right ? 1 : 0, 1, 0, 0));
            if (!right) {
                details.add("  extra " + id + ": mention " + describe(p, article.document()));
            }
        }
        for (String g : goldMentions) {
            boolean found = predictedMentions.contains(g);
            add(tallies, Metric.ENTITY, type(g), new Tally(0, 0, found ? 1 : 0, 1));
            if (!found) {
                details.add("  miss  " + id + ": mention " + describe(g, article.document()));
            }
        }

        Map<String, String> names = new HashMap<>();
        for (Entity e : x.entities()) {
            names.put(e.key(), gold.canon(e.name()));
        }
        Map<String, Double> confidence = new HashMap<>();
        for (Relation r : x.relations()) {
            confidence.merge(Scorer.key(names.get(r.subject()), r.type().localName(), names.get(r.object())), r.confidence(), Math::max);
        }
        RelationMatch match = RelationMatch.of(gold, confidence.keySet());
        for (RelationMatch.Outcome o : match.outcomes()) {
            add(tallies, Metric.RELATION, o.relation().predicate(), new Tally(o.hit() ? 1 : 0, o.hit() ? 1 : 0, o.hit() ? 1 : 0, 1));
            if (!o.hit()) {
                details.add("  miss  " + id + ": " + o.relation());
            }
        }
        for (String p : match.extras()) {
            add(tallies, Metric.RELATION, RelationMatch.predicate(p), new Tally(0, 1, 0, 0));
            details.add("  extra " + id + ": " + p.replace('\u0000', ' '));
        }
        for (double t : thresholds) {
            Set<String> kept = new HashSet<>();
            confidence.forEach((k, c) -> {
                if (c >= t) {
                    kept.add(k);
                }
            });
            RelationMatch at = RelationMatch.of(gold, kept);
            int hits = (int) at.outcomes().stream().filter(RelationMatch.Outcome::hit).count();
            tallies.merge(new Bucket(Metric.RELATION_AT_CONFIDENCE, java.math.BigDecimal.valueOf(t).stripTrailingZeros().toPlainString()),
                    new Tally(hits, hits + at.extras().size(), hits, at.outcomes().size()), Tally::plus);
        }

        List<PredictedEvent> events = new ArrayList<>();
        for (Event e : x.events()) {
            Set<String> parts = new HashSet<>();
            for (Participant p : e.participants()) {
                parts.add(names.get(p.entity()));
            }
            events.add(new PredictedEvent(e.type().localName(), parts));
        }
        for (GoldArticle.GoldEvent g : gold.events()) {
            boolean found = events.stream().anyMatch(p -> p.type().equals(g.type()) && p.participants().containsAll(g.participants()));
            add(tallies, Metric.EVENT, g.type(), new Tally(0, 0, found ? 1 : 0, 1));
            if (!found) {
                details.add("  miss  " + id + ": event " + g.type() + " " + g.participants());
            }
        }
        for (PredictedEvent p : events) {
            boolean right = gold.events().stream().anyMatch(g -> p.type().equals(g.type()) && p.participants().containsAll(g.participants()));
            add(tallies, Metric.EVENT, p.type(), new Tally(right ? 1 : 0, 1, 0, 0));
            if (!right) {
                details.add("  extra " + id + ": event " + p.type() + " " + p.participants());
            }
        }

        Set<String> seen = new HashSet<>();
        List<Amount> amounts = x.amounts().stream().filter(m -> seen.add(m.value().stripTrailingZeros().toPlainString() + " " + m.currency())).toList();
        for (GoldArticle.GoldAmount g : gold.amounts()) {
            boolean found = amounts.stream().anyMatch(m -> matches(m, g));
            add(tallies, Metric.AMOUNT, "", new Tally(0, 0, found ? 1 : 0, 1));
            if (!found) {
                details.add("  miss  " + id + ": amount " + g.values().get(0) + " " + g.currencies().get(0));
            }
        }
        for (Amount m : amounts) {
            boolean right = gold.amounts().stream().anyMatch(g -> matches(m, g));
            add(tallies, Metric.AMOUNT, "", new Tally(right ? 1 : 0, 1, 0, 0));
            if (!right) {
                details.add("  extra " + id + ": amount " + m.value().toPlainString() + " " + m.currency());
            }
        }
        return new ArticleScore(id, article.lang(), tallies, details);
    }

    private record PredictedEvent(String type, Set<String> participants) {
    }

    private static boolean matches(Amount m, GoldArticle.GoldAmount g) {
        for (int i = 0; i < g.values().size(); i++) {
            double gv = g.values().get(i);
            if (m.currency().equals(g.currencies().get(i)) && Math.abs(m.value().doubleValue() - gv) <= 0.005 * gv) {
                return true;
            }
        }
        return false;
    }

    /** Adds to the bucket of the part and to the metric's overall bucket. */
    private static void add(Map<Bucket, Tally> tallies, Metric metric, String part, Tally t) {
        tallies.merge(Bucket.all(metric), t, Tally::plus);
        if (!part.isEmpty()) {
            tallies.merge(new Bucket(metric, part), t, Tally::plus);
        }
    }

    private static String spanKey(int start, int end, String type) {
        return start + ":" + end + ":" + type;
    }

    private static String type(String spanKey) {
        return spanKey.substring(spanKey.lastIndexOf(':') + 1);
    }

    private static String describe(String spanKey, String document) {
        String[] p = spanKey.split(":");
        int start = Integer.parseInt(p[0]);
        int end = Integer.parseInt(p[1]);
        // one line per miss or extra: a name wrapped over two lines (Reuters) is printed on one
        String text = end <= document.length() && start <= end ? document.substring(start, end).replaceAll("\\s+", " ") : "?";
        return p[2] + " [" + start + "," + end + ") '" + text + "'";
    }
}
