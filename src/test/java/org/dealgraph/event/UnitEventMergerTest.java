package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One deal of a unit and its parent is one event with both in the role. Names are invented. */
class UnitEventMergerTest {
    private static final UnitEventMerger MERGER = new UnitEventMerger();

    private static Event acquisition(String acquirer, String target, int sentence) {
        return new Event(EventType.ACQUISITION, List.of(new Participant("acquirer", acquirer), new Participant("target", target)),
                Optional.empty(), Optional.empty(), DealStatus.AGREED, List.of(sentence), "test", 0.6);
    }

    private static Relation owned(String unit, String parent) {
        return new Relation(unit, RelationType.OWNED_BY, parent, 0, "test", 0.8, DealStatus.REPORTED);
    }

    private static List<Set<String>> merged(List<Relation> relations, Event... events) {
        return MERGER.merge(relations, List.of(events)).stream()
                .map(e -> e.participants().stream().map(p -> p.role() + ":" + p.entity()).collect(Collectors.toSet())).toList();
    }

    @Test
    void aUnitAndItsParentBuyingOneTargetInOneSentenceAreOneAcquisition() {
        assertEquals(List.of(Set.of("acquirer:halvorsen-tomenson", "acquirer:halvorsen-group", "target:kelvaro")),
                merged(List.of(owned("halvorsen-tomenson", "halvorsen-group")),
                        acquisition("halvorsen-tomenson", "kelvaro", 0), acquisition("halvorsen-group", "kelvaro", 0)));
        // the event with the seller too takes the parent in, whichever comes first
        Event sale = new Event(EventType.ACQUISITION, List.of(new Participant("acquirer", "halvorsen-tomenson"), new Participant("target", "kelvaro"),
                new Participant("seller", "orvane")), Optional.empty(), Optional.empty(), DealStatus.AGREED, List.of(0), "test", 0.6);
        assertEquals(List.of(Set.of("acquirer:halvorsen-tomenson", "acquirer:halvorsen-group", "target:kelvaro", "seller:orvane")),
                merged(List.of(owned("halvorsen-tomenson", "halvorsen-group")), acquisition("halvorsen-group", "kelvaro", 0), sale));
        // the ownership read the other way round merges as well
        assertEquals(1, merged(List.of(owned("halvorsen-group", "halvorsen-tomenson")),
                acquisition("halvorsen-tomenson", "kelvaro", 0), acquisition("halvorsen-group", "kelvaro", 0)).size());
    }

    @Test
    void rivalsOrDealsOfOtherSentencesStayApart() {
        // two bidders for one target that own nothing of each other make two deals
        assertEquals(2, merged(List.of(owned("brindle", "tavimo")),
                acquisition("halvorsen-group", "kelvaro", 0), acquisition("brindle-capital", "kelvaro", 0)).size());
        // a unit and its parent buying in different sentences may be buying twice
        assertEquals(2, merged(List.of(owned("halvorsen-tomenson", "halvorsen-group")),
                acquisition("halvorsen-tomenson", "kelvaro", 0), acquisition("halvorsen-group", "kelvaro", 3)).size());
        // the parent as target of the other event is another deal
        assertEquals(2, merged(List.of(owned("halvorsen-tomenson", "halvorsen-group")),
                acquisition("halvorsen-tomenson", "kelvaro", 0), acquisition("kelvaro", "halvorsen-group", 0)).size());
    }
}
