package org.dealgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges events of one type that a sentence tells as one deal done by a unit and its parent: "Sedgwick Group Plc said
 * its wholly-owned subsidiary Sedgwick Tomenson Inc had acquired BSi Incorp" is one acquisition with both as acquirer,
 * where the stages before read one event per buyer. Two events merge when they share a sentence, one holds every party
 * of the other but one, that party has the same role as one of the first's, and the article's relations state that one
 * of those two is owned by the other ({@code ownedBy}, either way). The merged event keeps the status of the one that
 * takes the party in (the first where either could), takes the other's amount and date where it has none, the sentences
 * of both and the higher confidence.
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
        return PairMerging.untilStable(events, (a, b) -> merged(owned, a, b));
    }

    /**
     * {@code first} with the one party of {@code second} it lacks, or {@code second} with the one of first, where that party
     * and one of the other event's own in the same role are unit and parent, and the rest of the smaller event is in the other.
     */
    private static Optional<Event> merged(Set<String> owned, Event first, Event second) {
        if (first.type() != second.type() || second.sentences().stream().noneMatch(first.sentences()::contains)) {
            return Optional.empty();
        }
        return into(owned, first, second).or(() -> into(owned, second, first));
    }

    /** {@code big} with the one party of {@code small} it lacks, where big holds that party's unit or parent in the same role. */
    private static Optional<Event> into(Set<String> owned, Event big, Event small) {
        Set<String> bigParties = SubsetEventMerger.parties(big);
        List<Participant> missing = small.participants().stream().filter(p -> !bigParties.contains(p.entity())).toList();
        if (missing.size() != 1 || SubsetEventMerger.parties(small).size() < 2) {
            return Optional.empty();
        }
        Participant added = missing.get(0);
        boolean family = big.participants().stream().anyMatch(p -> p.role().equals(added.role())
                && owned.contains(p.entity() + "\u0000" + added.entity()));
        if (!family) {
            return Optional.empty();
        }
        List<Participant> participants = new ArrayList<>(big.participants());
        participants.add(added);
        return Optional.of(SubsetEventMerger.absorb(new Event(big.type(), participants, big.amount(), big.date(), big.status(),
                big.sentences(), big.extractor(), big.confidence()), small));
    }
}
