package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How findings of several extractors become one article's relations and events. */
class FactMergerTest {
    private static Finding owned(String owned, String owner, String extractor, double confidence) {
        return new Finding(Optional.of(new Relation(owned, RelationType.OWNED_BY, owner, 0, extractor, confidence, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 0, extractor, confidence);
    }

    private static List<String> relations(FactMerger.Facts facts) {
        return facts.relations().stream().map(Relation::factKey).toList();
    }

    @Test
    void keepsTheRulesDirectionOfOwnershipOverTheClassifiersEvenWhenLessConfident() {
        FactMerger merger = new FactMerger(0.4);
        assertEquals(List.of("tiktok ownedBy bytedance"), relations(merger.merge(List.of(
                owned("tiktok", "bytedance", "cue", 0.7), owned("bytedance", "tiktok", ClassifierRelationExtractor.NAME, 0.95)))));
        assertEquals(List.of("tiktok ownedBy bytedance"), relations(merger.merge(List.of(
                owned("bytedance", "tiktok", ClassifierRelationExtractor.NAME, 0.95), owned("tiktok", "bytedance", "ownership", 0.6)))));
    }

    @Test
    void keepsTheMoreConfidentOfTwoRulesReadingOwnershipBothWays() {
        assertEquals(List.of("beta ownedBy acme"), relations(new FactMerger(0.4).merge(List.of(
                owned("acme", "beta", "cue", 0.6), owned("beta", "acme", "ownership", 0.8)))));
    }
}
