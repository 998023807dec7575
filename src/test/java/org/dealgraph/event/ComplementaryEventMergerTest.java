package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComplementaryEventMergerTest {
    private static final ComplementaryEventMerger MERGER = new ComplementaryEventMerger();

    private static Event event(EventType type, String role, String party, int sentence, double confidence) {
        return new Event(type, List.of(new Participant(role, party)), Optional.empty(), Optional.empty(), DealStatus.ANNOUNCED,
                List.of(sentence), "test", confidence);
    }

    @Test
    void joinsAnArticlesTwoEventsOfOneTypeThatNameDifferentRoles() {
        // "Traders at Kelvaro Bank face a criminal investigation" (the target), "Zentra passed the case to the prosecutor" (the authority)
        Event target = event(EventType.REGULATORY_ACTION, "target", "kelvaro-bank", 1, 0.55);
        Event authority = event(EventType.REGULATORY_ACTION, "authority", "zentra", 8, 0.6);
        Event other = event(EventType.PAYMENT, "payer", "kelvaro-bank", 3, 0.7);
        List<Event> merged = MERGER.merge(List.of(target, other, authority));
        assertEquals(2, merged.size(), merged.toString());
        Event one = merged.get(0);
        assertEquals(List.of("kelvaro-bank", "zentra"), one.participants().stream().map(Participant::entity).toList());
        assertEquals(List.of(1, 8), one.sentences());
        assertEquals(0.6, one.confidence(), 1e-9, "the surer event's confidence");
        assertEquals(other, merged.get(1));
    }

    @Test
    void keepsTwoDealsApartThoughTheirRolesComplementEachOther() {
        // "Harlow Group bought a software firm last year ... Pinecrest Data was acquired by an unnamed investor"
        Event buyer = event(EventType.ACQUISITION, "acquirer", "harlow-group", 1, 0.55);
        Event bought = event(EventType.ACQUISITION, "target", "pinecrest-data", 2, 0.55);
        assertEquals(List.of(buyer, bought), MERGER.merge(List.of(buyer, bought)));
    }

    @Test
    void keepsEventsApartThatShareARoleOrComeThreeOfAType() {
        Event one = event(EventType.REGULATORY_ACTION, "target", "kelvaro-bank", 1, 0.55);
        Event two = event(EventType.REGULATORY_ACTION, "target", "lumen", 4, 0.55);
        assertEquals(List.of(one, two), MERGER.merge(List.of(one, two)));
        Event authority = event(EventType.REGULATORY_ACTION, "authority", "zentra", 8, 0.6);
        assertEquals(List.of(one, two, authority), MERGER.merge(List.of(one, two, authority)));
    }
}
