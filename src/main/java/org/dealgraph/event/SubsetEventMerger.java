package org.dealgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an article's events of one type whose parties are a subset of another's into that one:
 * "Medar acquired Automatic Inspection Devices" and "Medar said the acquisition ..." are one deal,
 * told the second time with fewer names. The larger event keeps its own parties, status and
 * confidence (a bid stays a bid however a later sentence names it), takes the other's amount and
 * date where it has none, and the sentences of both. Where the fuller event comes from the trigger
 * stage alone ({@link TriggerEventExtractor}) and the other from a relation or classifier, the
 * other is kept instead, with the trigger's amount, date and sentences: a trigger takes every
 * party of its sentence, a relation only those its frame names. Events of different types, and events whose parties only overlap, stay
 * apart.
 *
 * <p>Design decision: {@link FactMerger} keys an event by its type and exact parties, which a
 * trigger that names one party cannot meet; this runs after it rather than changing its key, so
 * that relations are merged as before.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubsetEventMerger {

    /** The events with every one whose parties are a subset of another's of the same type merged into that one; order kept. */
    public List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                Event small = out.get(i);
                Set<String> parts = parties(small);
                Event best = null;
                int at = -1;
                for (int j = 0; j < out.size(); j++) {
                    Event big = out.get(j);
                    if (j == i || big.type() != small.type()) {
                        continue;
                    }
                    Set<String> bigParts = parties(big);
                    if (bigParts.containsAll(parts) && (bigParts.size() > parts.size() || j < i)
                            && (best == null || big.confidence() > best.confidence())) {
                        best = big;
                        at = j;
                    }
                }
                if (best != null) {
                    if (best.extractor().equals(TriggerEventExtractor.NAME) && !small.extractor().equals(TriggerEventExtractor.NAME)) {
                        // a trigger's parties are the sentence's, a relation's are read from its frame: the latter stays
                        out.set(i, absorb(small, best));
                        out.remove(at);
                    } else {
                        out.set(at, absorb(best, small));
                        out.remove(i);
                    }
                    changed = true;
                    break outer;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The keys of an event's parties. */
    static Set<String> parties(Event e) {
        Set<String> out = new HashSet<>();
        e.participants().forEach(p -> out.add(p.entity()));
        return out;
    }

    /** {@code big} with {@code small}'s amount and date where it has none, the sentences of both and the higher confidence. */
    static Event absorb(Event big, Event small) {
        Optional<Amount> amount = big.amount().or(small::amount);
        Optional<String> date = big.date().or(small::date);
        List<Integer> sentences = new ArrayList<>(big.sentences());
        small.sentences().stream().filter(s -> !sentences.contains(s)).forEach(sentences::add);
        sentences.sort(Comparator.naturalOrder());
        return new Event(big.type(), big.participants(), amount, date, big.status(), sentences, big.extractor(),
                Math.max(big.confidence(), small.confidence()));
    }
}
