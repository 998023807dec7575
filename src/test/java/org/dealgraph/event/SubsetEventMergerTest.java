package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubsetEventMergerTest {
    private static final SubsetEventMerger MERGER = new SubsetEventMerger();

    private static Event event(EventType type, List<String> parties, Optional<Amount> amount, DealStatus status, int sentence) {
        List<String> roles = type.roles();
        List<Participant> ps = new java.util.ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            ps.add(new Participant(roles.get(Math.min(i, 1)), parties.get(i)));
        }
        return new Event(type, ps, amount, Optional.empty(), status, List.of(sentence), "test", 0.6);
    }

    @Test
    void mergesAnEventToldWithFewerPartiesIntoTheFullerOne() {
        Amount price = new Amount(new BigDecimal("40000000"), "USD", Optional.empty(), 0, 4, "$40m");
        Event full = event(EventType.ACQUISITION, List.of("kestrel", "brightwater"), Optional.empty(), DealStatus.AGREED, 1);
        Event told = event(EventType.ACQUISITION, List.of("kestrel"), Optional.of(price), DealStatus.COMPLETED, 3);
        List<Event> merged = MERGER.merge(List.of(told, full));
        assertEquals(1, merged.size());
        Event e = merged.get(0);
        assertEquals(List.of("kestrel", "brightwater"), e.participants().stream().map(Participant::entity).toList());
        assertEquals(Optional.of(price), e.amount());
        assertEquals(DealStatus.AGREED, e.status(), "the fuller event keeps its status");
        assertEquals(List.of(1, 3), e.sentences());
    }

    @Test
    void keepsEventsOfOtherTypesOrOverlappingPartiesApart() {
        Event acquisition = event(EventType.ACQUISITION, List.of("kestrel", "brightwater"), Optional.empty(), DealStatus.AGREED, 1);
        Event payment = event(EventType.PAYMENT, List.of("kestrel"), Optional.empty(), DealStatus.REPORTED, 1);
        Event other = event(EventType.ACQUISITION, List.of("kestrel", "lumen"), Optional.empty(), DealStatus.AGREED, 2);
        assertEquals(List.of(acquisition, payment, other), MERGER.merge(List.of(acquisition, payment, other)));
    }

    @Test
    void keepsARelationsEventOverATriggersFullerOne() {
        Event relation = event(EventType.PARTNERSHIP, List.of("kelana", "harmoni"), Optional.empty(), DealStatus.SIGNED, 0);
        Event trigger = new Event(EventType.PARTNERSHIP, List.of(new Participant("partner", "kelana"), new Participant("partner", "harmoni"),
                new Participant("partner", "budiman")), Optional.empty(), Optional.of("2020-08-17"), DealStatus.ANNOUNCED, List.of(2),
                TriggerEventExtractor.NAME, 0.55);
        List<Event> merged = MERGER.merge(List.of(relation, trigger));
        assertEquals(1, merged.size());
        assertEquals(List.of("kelana", "harmoni"), merged.get(0).participants().stream().map(Participant::entity).toList());
        assertEquals(DealStatus.SIGNED, merged.get(0).status());
        assertEquals(Optional.of("2020-08-17"), merged.get(0).date());
        assertEquals(List.of(0, 2), merged.get(0).sentences());
    }
}
