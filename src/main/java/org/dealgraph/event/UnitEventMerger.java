package org.dealgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges events of one type that a sentence tells as one deal done by a unit and its parent: "Sedgwick Group Plc said
 * its wholly-owned subsidiary Sedgwick Tomenson Inc had acquired BSi Incorp" is one acquisition with both as acquirer,
 * where the stages before read one event per buyer. Two events merge when they share a sentence and every party but one
 * each, the two other parties have the same role, and the article's relations state that one of them is owned by the
 * other ({@code ownedBy}, either way). The merged event keeps the first event's status, takes the other's amount and
 * date where it has none, the sentences of both and the higher confidence.
 *
 * <p>Source: data/corpus/MANUAL.md, section 4 ("a role may hold a list") and section 3 ("a unit and its parent as the
 * buyer" are equally right in one place); on the held-out fifth of the train split the corpus's events name both.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitEventMerger {

    /** The events with those told as one deal of a unit and its parent merged; order kept, a merged event at the first's place. */
    public List<Event> merge(List<Relation> relations, List<Event> events) {
        Set<String> owned = new HashSet<>();
        for (Relation r : relations) {
            if (r.type() == RelationType.OWNED_BY) {
                owned.add(r.subject() + "\u0000" + r.object());
                owned.add(r.object() + "\u0000" + r.subject());
            }
        }
        if (owned.isEmpty() || events.size() < 2) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Optional<Event> merged = merged(owned, out.get(i), out.get(j));
                    if (merged.isPresent()) {
                        out.set(i, merged.get());
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** {@code first} with the one party of {@code second} it lacks, where that party and first's own other one are unit and parent. */
    private static Optional<Event> merged(Set<String> owned, Event first, Event second) {
        if (first.type() != second.type() || second.sentences().stream().noneMatch(first.sentences()::contains)) {
            return Optional.empty();
        }
        Set<String> firstParties = SubsetEventMerger.parties(first);
        Set<String> secondParties = SubsetEventMerger.parties(second);
        List<Participant> onlyFirst = first.participants().stream().filter(p -> !secondParties.contains(p.entity())).toList();
        List<Participant> onlySecond = second.participants().stream().filter(p -> !firstParties.contains(p.entity())).toList();
        if (onlyFirst.size() != 1 || onlySecond.size() != 1 || firstParties.size() != secondParties.size()
                || firstParties.size() < 2) {
            return Optional.empty();
        }
        Participant mine = onlyFirst.get(0);
        Participant theirs = onlySecond.get(0);
        if (!mine.role().equals(theirs.role()) || !owned.contains(mine.entity() + "\u0000" + theirs.entity())) {
            return Optional.empty();
        }
        List<Participant> participants = new ArrayList<>(first.participants());
        participants.add(theirs);
        return Optional.of(SubsetEventMerger.absorb(new Event(first.type(), participants, first.amount(), first.date(), first.status(),
                first.sentences(), first.extractor(), first.confidence()), second));
    }
}
