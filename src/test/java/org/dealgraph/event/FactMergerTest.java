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

    /** A finding of a relation with its event (roles of the event type, subject first), or of the event alone if {@code type} is null. */
    private static Finding deal(String subject, RelationType type, EventType event, String object, DealStatus status, String extractor,
                                double confidence) {
        List<String> roles = event.roles();
        return new Finding(Optional.ofNullable(type).map(t -> new Relation(subject, t, object, 1, extractor, confidence, status)),
                Optional.of(event), List.of(new Participant(roles.get(0), subject), new Participant(roles.get(1), object)),
                Optional.empty(), Optional.empty(), status, 1, extractor, confidence);
    }

    private static List<String> events(FactMerger.Facts facts) {
        return facts.events().stream().map(e -> e.type().localName() + " " + e.participants().stream().map(Participant::entity).toList()
                + " " + e.status().localName()).toList();
    }

    @Test
    void aDealOnlySoughtKeepsABidsStatusWhereAnotherReadingCallsItAgreed() {
        // "Vantor plans to acquire Selwyn": the bid (rumored) and an event classifier's acquisition (agreed) of one pair
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("vantor", RelationType.SEEKS_TO_ACQUIRE, EventType.ACQUISITION, "selwyn", DealStatus.RUMORED, "cue", 0.8),
                deal("vantor", null, EventType.ACQUISITION, "selwyn", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.9)));
        assertEquals(List.of("Acquisition [vantor, selwyn] rumored"), events(facts));
        // with the deal agreed as well, the most advanced status stands
        facts = new FactMerger(0.4).merge(List.of(
                deal("vantor", RelationType.ACQUIRES, EventType.ACQUISITION, "selwyn", DealStatus.AGREED, "cue", 0.9),
                deal("vantor", null, EventType.ACQUISITION, "selwyn", DealStatus.COMPLETED, ClassifierRelationExtractor.NAME, 0.9)));
        assertEquals(List.of("Acquisition [vantor, selwyn] completed"), events(facts));
    }

    @Test
    void aStakeBoughtIsNoAcquisitionAndTheCompanyBoughtNoInvestment() {
        // "PT Gema membeli 20 persen saham PT Harapan": an investment; the event classifier's acquisition of the pair goes
        FactMerger.Facts stake = new FactMerger(0.4).merge(List.of(
                deal("gema", RelationType.INVESTS_IN, EventType.INVESTMENT, "harapan", DealStatus.COMPLETED, "cue", 0.77),
                deal("gema", null, EventType.ACQUISITION, "harapan", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.6)));
        assertEquals(List.of("Investment [gema, harapan] completed"), events(stake));
        FactMerger.Facts bought = new FactMerger(0.4).merge(List.of(
                deal("halcyon", RelationType.ACQUIRES, EventType.ACQUISITION, "brightwater", DealStatus.AGREED, "cue", 0.81),
                deal("halcyon", null, EventType.INVESTMENT, "brightwater", DealStatus.ANNOUNCED, ClassifierRelationExtractor.NAME, 0.66)));
        assertEquals(List.of("Acquisition [halcyon, brightwater] agreed"), events(bought));
    }

    @Test
    void theSellerOfACompanyIsNoTargetOfItsBuyer() {
        // "PT Cahaya membeli 51 persen saham PT Dirga dari PT Elang": Cahaya buys Dirga; the acquisition of Elang goes
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("cahaya", RelationType.ACQUIRES, EventType.ACQUISITION, "dirga", DealStatus.COMPLETED, "cue", 0.86),
                deal("cahaya", null, EventType.ACQUISITION, "elang", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.89)));
        assertEquals(List.of("Acquisition [cahaya, dirga] completed"), events(facts));
    }

    @Test
    void aRulesPaymentOutweighsTheClassifiersPaymentTheOtherWay() {
        // "KPPU menjatuhkan denda Rp 15 miliar kepada PT Antar Kita": the fined company pays; the classifier's KPPU pays it goes
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("antar", RelationType.PAYS, EventType.PAYMENT, "kppu", DealStatus.REPORTED, "cue", 0.76),
                deal("kppu", RelationType.PAYS, EventType.PAYMENT, "antar", DealStatus.REPORTED, ClassifierRelationExtractor.NAME, 0.51)));
        assertEquals(List.of("antar pays kppu"), relations(facts));
        // two rules' payments both ways both stand
        facts = new FactMerger(0.4).merge(List.of(
                deal("antar", RelationType.PAYS, EventType.PAYMENT, "kppu", DealStatus.REPORTED, "cue", 0.76),
                deal("kppu", RelationType.PAYS, EventType.PAYMENT, "antar", DealStatus.REPORTED, "cue", 0.76)));
        assertEquals(2, relations(facts).size(), relations(facts).toString());
    }

    @Test
    void thePayeeOfAPaymentDoesNotBuyItsPayer() {
        // "A court ordered Harlow Dynamics to pay $5 million to Bank Veritas": a rule's payment; the classifier's acquisition
        // of Harlow by Bank Veritas, relation and event, goes
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("harlow", RelationType.PAYS, EventType.PAYMENT, "veritas", DealStatus.ANNOUNCED, "cue", 0.8),
                deal("veritas", RelationType.ACQUIRES, EventType.ACQUISITION, "harlow", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.68)));
        assertEquals(List.of("harlow pays veritas"), relations(facts));
        assertEquals(List.of("Payment [harlow, veritas] announced"), events(facts));
        // "B membayar Rp 5 miliar kepada A atas pembelian server": a trigger's acquisition by the payee of no named target goes too
        Finding bought = new Finding(Optional.empty(), Optional.of(EventType.ACQUISITION),
                List.of(new Participant(EventType.ACQUISITION.roles().get(0), "veritas")), Optional.empty(), Optional.empty(),
                DealStatus.NEGOTIATING, 1, TriggerEventExtractor.NAME, 0.55);
        facts = new FactMerger(0.4).merge(List.of(
                deal("harlow", RelationType.PAYS, EventType.PAYMENT, "veritas", DealStatus.ANNOUNCED, "cue", 0.8), bought));
        assertEquals(List.of("Payment [harlow, veritas] announced"), events(facts));
        // the payer's acquisition of the payee stands ("Halcyon paid $2 billion to Brightwater's owners"), as does a rule's;
        // the price paid for the company is no payment to it (see thePricePaidForACompanyIsNoPaymentToIt)
        facts = new FactMerger(0.4).merge(List.of(
                deal("harlow", RelationType.PAYS, EventType.PAYMENT, "veritas", DealStatus.ANNOUNCED, "cue", 0.8),
                deal("harlow", RelationType.ACQUIRES, EventType.ACQUISITION, "veritas", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.68)));
        assertEquals(List.of("harlow acquires veritas"), relations(facts));
        facts = new FactMerger(0.4).merge(List.of(
                deal("harlow", RelationType.PAYS, EventType.PAYMENT, "veritas", DealStatus.ANNOUNCED, "cue", 0.8),
                deal("veritas", RelationType.ACQUIRES, EventType.ACQUISITION, "harlow", DealStatus.AGREED, "cue", 0.81)));
        assertEquals(List.of("harlow pays veritas", "veritas acquires harlow"), relations(facts));
        assertEquals(List.of("Payment [harlow, veritas] announced", "Acquisition [veritas, harlow] agreed"), events(facts));
    }

    @Test
    void anEventNamingFewerOfItsPartiesJoinsTheOneItFitsInItsSentence() {
        // "Orvana completed the sale of Delmar to Kestrel": the sale of Delmar (completed, Orvana the seller) is Kestrel's acquisition
        Finding sale = new Finding(Optional.empty(), Optional.of(EventType.ACQUISITION),
                List.of(new Participant("target", "delmar"), new Participant("seller", "orvana")), Optional.empty(), Optional.empty(),
                DealStatus.COMPLETED, 1, TriggerEventExtractor.NAME, 0.55);
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("kestrel", RelationType.ACQUIRES, EventType.ACQUISITION, "delmar", DealStatus.AGREED, "cue", 0.8), sale));
        assertEquals(List.of("Acquisition [kestrel, delmar, orvana] completed"), events(facts));
        // it fits two acquisitions of Delmar: it stays apart
        facts = new FactMerger(0.4).merge(List.of(
                deal("kestrel", RelationType.ACQUIRES, EventType.ACQUISITION, "delmar", DealStatus.AGREED, "cue", 0.8),
                deal("harlow", RelationType.SEEKS_TO_ACQUIRE, EventType.ACQUISITION, "delmar", DealStatus.RUMORED, "cue", 0.8), sale));
        assertEquals(3, facts.events().size(), events(facts).toString());
    }

    @Test
    void thePricePaidForACompanyIsNoPaymentToIt() {
        // "Halcyon agreed to pay $2 billion to acquire Brightwater": the money goes to Brightwater's owners
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(
                deal("halcyon", RelationType.PAYS, EventType.PAYMENT, "brightwater", DealStatus.REPORTED, "cue", 0.9),
                deal("halcyon", RelationType.ACQUIRES, EventType.ACQUISITION, "brightwater", DealStatus.AGREED, "cue", 0.9)));
        assertEquals(List.of("halcyon acquires brightwater"), relations(facts));
        assertEquals(List.of("Acquisition [halcyon, brightwater] agreed"), events(facts));
        // a payment between them in another sentence stands
        Finding later = new Finding(Optional.of(new Relation("halcyon", RelationType.PAYS, "brightwater", 4, "cue", 0.9, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 4, "cue", 0.9);
        facts = new FactMerger(0.4).merge(List.of(later,
                deal("halcyon", RelationType.ACQUIRES, EventType.ACQUISITION, "brightwater", DealStatus.AGREED, "cue", 0.9)));
        assertEquals(List.of("halcyon pays brightwater", "halcyon acquires brightwater"), relations(facts));
    }

    @Test
    void aBuyerIsNoUnitOfWhatItBuysNorAnInvesteeOfItsInvestorsUnit() {
        // the classifier's "Brask ownedBy Nordic" beside "Brask acquires Nordic" in one sentence goes; in another it stays
        assertEquals(List.of("brask acquires nordic"), relations(new FactMerger(0.4).merge(List.of(
                owned("brask", "nordic", ClassifierRelationExtractor.NAME, 0.8, 1),
                deal("brask", RelationType.ACQUIRES, EventType.ACQUISITION, "nordic", DealStatus.AGREED, "cue", 0.9)))));
        assertEquals(2, relations(new FactMerger(0.4).merge(List.of(
                owned("brask", "nordic", ClassifierRelationExtractor.NAME, 0.8, 5),
                deal("brask", RelationType.ACQUIRES, EventType.ACQUISITION, "nordic", DealStatus.AGREED, "cue", 0.9)))).size());
        // "a year after Brindle raised $200 million from Accel": the classifier's "Brindle ownedBy Accel" goes
        assertEquals(List.of("accel investsIn brindle"), relations(new FactMerger(0.4).merge(List.of(
                owned("brindle", "accel", ClassifierRelationExtractor.NAME, 0.6, 1),
                deal("accel", RelationType.INVESTS_IN, EventType.INVESTMENT, "brindle", DealStatus.ANNOUNCED, "cue", 0.85)))));
        // a rule's ownership stands beside an investment
        assertEquals(2, relations(new FactMerger(0.4).merge(List.of(
                owned("brindle", "accel", "ownership", 0.8, 1),
                deal("accel", RelationType.INVESTS_IN, EventType.INVESTMENT, "brindle", DealStatus.ANNOUNCED, "cue", 0.85)))).size());
    }

    @Test
    void whoWorksForACompanyByARuleDoesNotBuyIt() {
        Finding works = new Finding(Optional.of(new Relation("budi", RelationType.WORKS_FOR, "kirana", 1, "cue", 0.8, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 1, "cue", 0.8);
        FactMerger.Facts facts = new FactMerger(0.4).merge(List.of(works,
                deal("budi", RelationType.ACQUIRES, EventType.ACQUISITION, "kirana", DealStatus.AGREED, "cue", 0.9),
                deal("budi", RelationType.INVESTS_IN, EventType.INVESTMENT, "kirana", DealStatus.ANNOUNCED, ClassifierRelationExtractor.NAME, 0.7)));
        assertEquals(List.of("budi worksFor kirana"), relations(facts));
        assertEquals(List.of(), events(facts));
        // a rule's investment stands: an officer may buy the company's shares
        facts = new FactMerger(0.4).merge(List.of(works,
                deal("budi", RelationType.INVESTS_IN, EventType.INVESTMENT, "kirana", DealStatus.COMPLETED, "cue", 0.85)));
        assertEquals(List.of("budi worksFor kirana", "budi investsIn kirana"), relations(facts));
    }

    @Test
    void whereARuleReadsACompanysBuyerTheClassifiersOtherBuyerOfItInThatSentenceGoes() {
        FactMerger merger = new FactMerger(0.4);
        // "KPPU memblokir akuisisi PT Halcyon oleh PT Kestrel": the rule reads Kestrel's bid; the classifier's KPPU goes
        assertEquals(List.of("kestrel seeksToAcquire halcyon"), relations(merger.merge(List.of(
                deal("kestrel", RelationType.SEEKS_TO_ACQUIRE, EventType.ACQUISITION, "halcyon", DealStatus.FAILED, "cue", 0.7),
                deal("kppu", RelationType.SEEKS_TO_ACQUIRE, EventType.ACQUISITION, "halcyon", DealStatus.FAILED,
                        ClassifierRelationExtractor.NAME, 0.9)))));
        // the classifier's reading of the rule's own buyer stays, as do a rule's two buyers (a consortium)
        assertEquals(List.of("kestrel acquires halcyon"), relations(merger.merge(List.of(
                deal("kestrel", RelationType.ACQUIRES, EventType.ACQUISITION, "halcyon", DealStatus.AGREED, "cue", 0.7),
                deal("kestrel", RelationType.ACQUIRES, EventType.ACQUISITION, "halcyon", DealStatus.AGREED,
                        ClassifierRelationExtractor.NAME, 0.9)))));
        assertEquals(2, relations(merger.merge(List.of(
                deal("kestrel", RelationType.ACQUIRES, EventType.ACQUISITION, "halcyon", DealStatus.AGREED, "cue", 0.7),
                deal("alder", RelationType.ACQUIRES, EventType.ACQUISITION, "halcyon", DealStatus.AGREED, "cue", 0.7)))).size());
        // likewise a plaintiff's defendants: "The FTC has sued Vantor to block its purchase of Kestrel"
        assertEquals(List.of("ftc sues vantor"), relations(merger.merge(List.of(
                deal("ftc", RelationType.SUES, EventType.LAWSUIT, "vantor", DealStatus.FILED, "cue", 0.7),
                deal("ftc", RelationType.SUES, EventType.LAWSUIT, "kestrel", DealStatus.FILED, ClassifierRelationExtractor.NAME, 0.9)))));
        // with no rule's buyer, the classifier's stands
        assertEquals(List.of("kppu acquires halcyon"), relations(merger.merge(List.of(
                deal("kppu", RelationType.ACQUIRES, EventType.ACQUISITION, "halcyon", DealStatus.AGREED, ClassifierRelationExtractor.NAME, 0.9)))));
    }
}
