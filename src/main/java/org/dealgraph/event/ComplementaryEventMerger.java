package org.dealgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Event coreference across sentences: where an article reports exactly two actions of one type
 * against a party (a regulator's action, a lawsuit, a block: {@link #TYPES}), and each names parties
 * only in roles the other leaves empty ("Traders at Citigroup are facing a criminal investigation"
 * names the target, "BaFin has passed the case to the prosecutor" the authority), they are one
 * event told in two places. Deals are left apart: an article tells of more than one ("Harlow Group
 * bought a software firm last year ... Pinecrest Data was acquired by an unnamed investor", a
 * fresh-user tester's finding), and on the held-out fifth of the train split the deals this joined
 * were all wrong. The merged event has the parties of both, the
 * status, extractor and confidence of the surer one, the amount and date of either (the surer
 * one's first) and the sentences of both. Events of one type that share a role, and types the
 * article reports three times or more, stay apart: there the parties could belong to different
 * events.
 *
 * <p>Runs after {@link SubsetEventMerger}, which joins an event into one that names all its parties.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplementaryEventMerger {
    /** The event types an article's two reports of which are one event where their roles complement each other. */
    static final java.util.Set<EventType> TYPES = java.util.EnumSet.of(EventType.REGULATORY_ACTION, EventType.LAWSUIT, EventType.BLOCK);

    /** The events, each of {@link #TYPES}' two events with complementary roles merged into one; order kept (the merged one where the first was). */
    public List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (EventType type : TYPES) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).type() == type) {
                    at.add(i);
                }
            }
            if (at.size() != 2) {
                continue;
            }
            Event first = out.get(at.get(0));
            Event second = out.get(at.get(1));
            Set<String> firstRoles = roles(first);
            Set<String> secondRoles = roles(second);
            if (firstRoles.stream().anyMatch(secondRoles::contains)
                    || !java.util.Collections.disjoint(SubsetEventMerger.parties(first), SubsetEventMerger.parties(second))) {
                continue;
            }
            Event sure = first.confidence() >= second.confidence() ? first : second;
            Event other = sure == first ? second : first;
            List<Participant> participants = new ArrayList<>(first.participants());
            participants.addAll(second.participants());
            List<Integer> sentences = new ArrayList<>(sure.sentences());
            other.sentences().stream().filter(s -> !sentences.contains(s)).forEach(sentences::add);
            sentences.sort(Comparator.naturalOrder());
            out.set(at.get(0), new Event(type, participants, sure.amount().or(other::amount), sure.date().or(other::date), sure.status(),
                    sentences, sure.extractor(), sure.confidence()));
            out.remove((int) at.get(1));
        }
        return List.copyOf(out);
    }

    private static Set<String> roles(Event e) {
        Set<String> out = new HashSet<>();
        e.participants().forEach(p -> out.add(p.role()));
        return out;
    }
}
