package org.dealgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges one article's findings into its facts: each relation at most once per subject,
 * predicate and object (the most confident evidence kept), each deal or event once per type and
 * set of participants (its most advanced status, the first amount and date stated, all the
 * sentences that report it). Where one pair is both acquired and sought, the more confident
 * reading wins. Findings below the confidence threshold are dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactMerger {
    private final double threshold;

    public FactMerger(double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public record Facts(List<Relation> relations, List<Event> events) {
        public Facts {
            relations = List.copyOf(relations);
            events = List.copyOf(events);
        }
    }

    public Facts merge(List<Finding> findings) {
        Map<String, Relation> relations = new LinkedHashMap<>();
        Map<String, List<Finding>> events = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.confidence() < threshold) {
                continue;
            }
            f.relation().ifPresent(r -> relations.merge(r.factKey(), r, (a, b) -> b.confidence() > a.confidence() ? b : a));
            f.event().ifPresent(t -> events.computeIfAbsent(eventKey(t, f), k -> new ArrayList<>()).add(f));
        }
        resolveAcquisitionConflicts(relations);
        List<Event> out = new ArrayList<>();
        for (List<Finding> group : events.values()) {
            Finding best = group.stream().max(Comparator.comparingDouble(Finding::confidence)).orElseThrow();
            DealStatus status = group.stream().map(Finding::status).max(Comparator.comparingInt(DealStatus::progress)).orElseThrow();
            Optional<Amount> amount = group.stream().map(Finding::amount).flatMap(Optional::stream).findFirst();
            Optional<String> date = group.stream().map(Finding::date).flatMap(Optional::stream).findFirst();
            List<Integer> sentences = group.stream().map(Finding::sentence).distinct().sorted().toList();
            out.add(new Event(best.event().orElseThrow(), best.participants(), amount, date, status, sentences,
                    best.extractor(), best.confidence()));
        }
        return new Facts(new ArrayList<>(relations.values()), out);
    }

    private static String eventKey(EventType type, Finding f) {
        Set<String> parts = f.participants().stream().map(Participant::entity).collect(Collectors.toCollection(TreeSet::new));
        return type.localName() + " " + parts;
    }

    private static void resolveAcquisitionConflicts(Map<String, Relation> relations) {
        List<String> drop = new ArrayList<>();
        for (Relation r : relations.values()) {
            if (r.type() == RelationType.ACQUIRES) {
                String seeks = r.subject() + " " + RelationType.SEEKS_TO_ACQUIRE.localName() + " " + r.object();
                Relation other = relations.get(seeks);
                if (other != null) {
                    drop.add(other.confidence() > r.confidence() ? r.factKey() : seeks);
                }
            }
        }
        drop.forEach(relations::remove);
    }
}
