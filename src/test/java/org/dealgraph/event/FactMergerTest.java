package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How findings of several extractors become one article's relations and events. */
class FactMergerTest {
    private static Finding owned(String owned, String owner, String extractor, double confidence) {
        return owned(owned, owner, extractor, confidence, 0);
    }

    private static Finding owned(String owned, String owner, String extractor, double confidence, int sentence) {
        return new Finding(Optional.of(new Relation(owned, RelationType.OWNED_BY, owner, sentence, extractor, confidence, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, sentence, extractor, confidence);
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

    @Test
    void anArticleGivesAThingOneOwnerTheRulesOverTheClassifiersThenTheMoreProbable() {
        FactMerger merger = new FactMerger(0.4);
        // "cloud Azure milik Microsoft, setelah diblokir oleh OpenAI": the ownership phrase names the owner
        assertEquals(List.of("azure ownedBy microsoft"), relations(merger.merge(List.of(
                owned("azure", "openai", ClassifierRelationExtractor.NAME, 0.9), owned("azure", "microsoft", "ownership", 0.6)))));
        assertEquals(List.of("azure ownedBy microsoft"), relations(merger.merge(List.of(
                owned("azure", "microsoft", ClassifierRelationExtractor.NAME, 0.9), owned("azure", "openai", ClassifierRelationExtractor.NAME, 0.6)))));
        // the rule's owner in one sentence, the classifier's other owner in another: the rule's stays
        assertEquals(List.of("azure ownedBy microsoft"), relations(merger.merge(List.of(
                owned("azure", "openai", ClassifierRelationExtractor.NAME, 0.9, 3), owned("azure", "microsoft", "ownership", 0.6, 15)))));
        // the classifier's owners of one thing in two sentences both stay: a sentence's most probable is chosen
        assertEquals(2, relations(merger.merge(List.of(owned("azure", "microsoft", ClassifierRelationExtractor.NAME, 0.9, 1),
                owned("azure", "openai", ClassifierRelationExtractor.NAME, 0.6, 2)))).size());
        // two rules may disagree: neither is the classifier's to drop
        assertEquals(2, relations(merger.merge(List.of(owned("azure", "microsoft", "cue", 0.6), owned("azure", "openai", "ownership", 0.6)))).size());
        // a rule's owner below the threshold names no owner
        assertEquals(List.of("azure ownedBy openai"), relations(merger.merge(List.of(
                owned("azure", "openai", ClassifierRelationExtractor.NAME, 0.9), owned("azure", "microsoft", "ownership", 0.3)))));
    }
}
