package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who a deal's arguments are, and what status it has, where the sentence makes that hard. Names are invented, except the issue's own examples. */
class DealArgumentTest {

    private static Extraction extract(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", "Untitled story", body, "", Optional.empty(), lang));
    }

    private static Set<String> relations(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.relations().stream().map(r -> names.get(r.subject()) + " " + r.type().localName() + " " + names.get(r.object()))
                .collect(Collectors.toSet());
    }

    private static Event event(Extraction x, EventType type) {
        return x.events().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " in " + x.events()));
    }

    private static String key(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + x.entities())).key();
    }

    @Test
    void attachesTheObjectPastAnAmountBetweenCueAndArgument() {
        Extraction x = extract("Amazon will invest $1.5 billion in Anthropic.", "en");
        assertTrue(relations(x).contains("Amazon investsIn Anthropic"), relations(x).toString());
        Event e = event(x, EventType.INVESTMENT);
        assertEquals(1.5e9, e.amount().orElseThrow().value().doubleValue());
        Extraction y = extract("Kestrel Dynamics Corp invested $40 million in Halcyon Systems Inc last year.", "en");
        assertTrue(relations(y).contains("Kestrel Dynamics Corp investsIn Halcyon Systems Inc"), relations(y).toString());
        Extraction z = extract("PT Lintas Data Tbk berinvestasi Rp 2 triliun di PT Kelana Niaga.", "id");
        assertTrue(relations(z).contains("PT Lintas Data Tbk investsIn PT Kelana Niaga"), relations(z).toString());
    }

    @Test
    void aUnitSoldUnnamedLeavesTheBuyerAndTheSellerOfOneAcquisition() {
        // MANUAL: an unnamed party is left out; on the held-out fifth of the train split 4 more English events found, 1 wrong
        Extraction x = extract("Orvane Industries sold all of its farm equipment operations to Kestrel Dynamics Corp for $107 million.", "en");
        Event e = event(x, EventType.ACQUISITION);
        assertEquals(Set.of("acquirer:" + key(x, "Kestrel Dynamics Corp"), "seller:" + key(x, "Orvane Industries")),
                e.participants().stream().map(p -> p.role() + ":" + p.entity()).collect(Collectors.toSet()));
        // a named unit sold: its buyer, the unit as target, and the one who sells it
        Extraction n = extract("PT Kaldera Teknologi melepas layanan Dompetku ke PT Lintas Data Tbk senilai Rp 50 miliar.", "id");
        assertEquals(Set.of("acquirer:" + key(n, "PT Lintas Data Tbk"), "target:" + key(n, "Dompetku"), "seller:" + key(n, "PT Kaldera Teknologi")),
                event(n, EventType.ACQUISITION).participants().stream().map(p -> p.role() + ":" + p.entity()).collect(Collectors.toSet()));
        // bought from someone: the one after the source preposition is the seller
        Extraction f = extract("Kestrel Dynamics Corp bought Orvane Systems Inc from Halcyon Group for $50 million.", "en");
        assertTrue(event(f, EventType.ACQUISITION).participants().contains(new Participant("seller", key(f, "Halcyon Group"))),
                f.events().toString());
        // goods bought from a company: the company sold them, and nobody bought a company (tester Z3)
        for (String[] goods : new String[][] {{"Brackwell Holdings Ltd bought 500 trucks from Kestrel Dynamics Corp.", "en"},
                {"PT Mitra Baja Perkasa membeli 100 truk dari PT Kelana Niaga.", "id"}}) {
            Extraction g = extract(goods[0], goods[1]);
            assertTrue(g.events().stream().noneMatch(v -> v.type() == EventType.ACQUISITION), goods[0] + " -> " + g.events());
            assertTrue(relations(g).stream().noneMatch(r -> r.contains(" acquires ")), goods[0] + " -> " + relations(g));
        }
        // what a company sells to a customer is no unit: no acquisition
        Extraction y = extract("Orvane Industries sold its new chips to Kestrel Dynamics Corp last year.", "en");
        assertTrue(y.events().stream().noneMatch(v -> v.type() == EventType.ACQUISITION), y.events().toString());
    }

    @Test
    void neverCompletesAFutureOrPlannedDeal() {
        for (String[] text : new String[][] {
                {"Amazon will invest $1.5 billion in Anthropic.", "en"},
                {"Kestrel Dynamics Corp plans to invest in Halcyon Systems Inc.", "en"},
                {"PT Lintas Data Tbk akan berinvestasi Rp 2 triliun di PT Kelana Niaga.", "id"},
                {"PT Lintas Data Tbk berencana berinvestasi di PT Kelana Niaga.", "id"}}) {
            Extraction x = extract(text[0], text[1]);
            assertFalse(x.events().isEmpty(), text[0]);
            assertTrue(x.events().stream().noneMatch(e -> e.status() == DealStatus.COMPLETED), text[0] + ": " + x.events());
            assertTrue(x.relations().stream().noneMatch(r -> r.status() == DealStatus.COMPLETED), text[0] + ": " + x.relations());
        }
        Extraction done = extract("Kestrel Dynamics Corp invested $40 million in Halcyon Systems Inc last year.", "en");
        assertEquals(DealStatus.COMPLETED, event(done, EventType.INVESTMENT).status());
    }

    @Test
    void neverResolvesItToACompanyNamedOnlyLater() {
        Extraction x = extract("It agreed to buy Halcyon Systems Inc for $3 billion. Kestrel Dynamics Corp shares rose on Monday. "
                + "Analysts at Kestrel Dynamics Corp were pleased, and Kestrel Dynamics Corp staff too.", "en");
        assertTrue(relations(x).stream().noneMatch(r -> r.startsWith("Kestrel Dynamics Corp")), relations(x).toString());
        Extraction y = extract("Kestrel Dynamics Corp shares rose on Monday. Analysts at Kestrel Dynamics Corp were pleased. "
                + "It agreed to buy Halcyon Systems Inc for $3 billion.", "en");
        assertTrue(relations(y).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(y).toString());
    }

    @Test
    void readsAnAppointmentAsWorksFor() {
        Extraction en = extract("Kestrel Dynamics Corp appointed Laura Whitfield as chief financial officer.", "en");
        assertTrue(relations(en).contains("Laura Whitfield worksFor Kestrel Dynamics Corp"), relations(en).toString());
        assertEquals(DealStatus.ANNOUNCED, event(en, EventType.APPOINTMENT).status());
        Extraction id = extract("PT Lintas Data Tbk menunjuk Wiyono Sukarno sebagai direktur keuangan.", "id");
        assertTrue(relations(id).contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), relations(id).toString());
        Event e = event(id, EventType.APPOINTMENT);
        assertTrue(e.participants().contains(new Participant("person", key(id, "Wiyono Sukarno"))), e.toString());
        assertTrue(e.participants().contains(new Participant("organization", key(id, "PT Lintas Data Tbk"))), e.toString());
    }

    @Test
    void resolvesListedCompaniesWrittenWithTheirLegalForms() {
        Extraction x = extract("PT Astra International Tbk akan mengakuisisi PT Mitra Teh Nusantara senilai Rp 1 triliun. "
                + "PT Indofood Sukses Makmur Tbk berencana membeli PT Mitra Teh Nusantara.", "id");
        assertEquals("astra", key(x, "PT Astra International Tbk"));
        assertEquals("indofood", x.entities().stream().filter(e -> e.name().contains("Indofood")).findFirst().orElseThrow().key());
        assertEquals("mitra-teh-nusantara", key(x, "PT Mitra Teh Nusantara"));
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Nusantara") || e.name().equals("PT Mitra Teh")), x.entities().toString());
        assertTrue(relations(x).contains("PT Astra International Tbk seeksToAcquire PT Mitra Teh Nusantara"), relations(x).toString());
    }

    @Test
    void makesTheSellerOfAStakeNeitherTargetNorInvestor() {
        Extraction x = extract("Kestrel Dynamics Corp agreed to acquire Halcyon Systems Inc's 44 percent stake in Nimbus Cloud Corp "
                + "for $10 billion.", "en");
        assertEquals(Set.of("Kestrel Dynamics Corp investsIn Nimbus Cloud Corp"), relations(x));
        Event e = event(x, EventType.INVESTMENT);
        assertTrue(e.participants().contains(new Participant("seller", key(x, "Halcyon Systems Inc"))), e.toString());
        assertTrue(e.participants().contains(new Participant("investee", key(x, "Nimbus Cloud Corp"))), e.toString());
        assertNotEquals(DealStatus.COMPLETED, e.status());
        // the rules' frame (the trained name finder of the 3,525-article bundle does not find the unknown "Altice" opening a
        // sentence, and without a buyer the classifier reads the seller as the investor: README, Quality)
        Extraction issue = org.dealgraph.TestPipeline.rulesOnly().extract(new Article("t", "Untitled story",
                "Altice agreed to acquire Vodafone's 44 percent stake in SFR. Altice is based in Amsterdam.", "", Optional.empty(), "en"));
        assertTrue(relations(issue).stream().noneMatch(r -> r.startsWith("Vodafone") || r.endsWith("Vodafone")), relations(issue).toString());
    }

    @Test
    void buyingSharesOfACompanyIsAnInvestmentInItButBuyingAllItsSharesIsItsAcquisition() {
        // GUIDELINES: a stake is investsIn; "has acquired" and "acquired ... shares of" overlap, and the longer cue is the reading
        org.dealgraph.Pipeline rules = org.dealgraph.Pipeline.builder().rulesOnly(true).build();
        Extraction some = rules.extract(new Article("t", "Untitled story", "Kestrel Dynamics Corp told the Securities and Exchange "
                + "Commission it has acquired 72,600 shares of Halcyon Systems Inc, or 5.1 pct of the total.", "", Optional.empty(), "en"));
        assertEquals(Set.of("Kestrel Dynamics Corp investsIn Halcyon Systems Inc"), relations(some));
        Extraction all = rules.extract(new Article("t", "Untitled story", "Kestrel Dynamics Corp said it has acquired all the shares "
                + "of Halcyon Systems Inc.", "", Optional.empty(), "en"));
        assertEquals(Set.of("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(all));
        // a controlling stake bought is the company bought (MANUAL: over 50 per cent); half or less is a stake
        for (String share : List.of("100 pct of the shares of", "a 51 percent stake in", "a controlling interest in")) {
            assertEquals(Set.of("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(rules.extract(new Article("t",
                    "Untitled story", "Kestrel Dynamics Corp said it acquired " + share + " Halcyon Systems Inc.", "", Optional.empty(),
                    "en"))), share);
        }
        assertEquals(Set.of("Kestrel Dynamics Corp investsIn Halcyon Systems Inc"), relations(rules.extract(new Article("t",
                "Untitled story", "Kestrel Dynamics Corp said it acquired a 50 percent stake in Halcyon Systems Inc.", "", Optional.empty(),
                "en"))));
        // the same in Indonesian: "mengakuisisi 100 persen saham", "saham mayoritas" (M9 of the tester's findings)
        for (String share : List.of("mengakuisisi 100 persen saham", "membeli 51 persen saham", "membeli saham mayoritas")) {
            assertEquals(Set.of("PT Kelana Nusantara acquires PT Harmoni Abadi"), relations(rules.extract(new Article("t",
                    "Kabar", "PT Kelana Nusantara " + share + " PT Harmoni Abadi senilai Rp 500 miliar.", "", Optional.empty(), "id"))),
                    share);
        }
        assertEquals(Set.of("PT Kelana Nusantara investsIn PT Harmoni Abadi"), relations(rules.extract(new Article("t", "Kabar",
                "PT Kelana Nusantara membeli 20 persen saham PT Harmoni Abadi senilai Rp 500 miliar.", "", Optional.empty(), "id"))));
        // "a block of shares" is no ban
        Extraction block = rules.extract(new Article("t", "Untitled story", "Kestrel Dynamics Corp sold a block of shares to Halcyon "
                + "Systems Inc.", "", Optional.empty(), "en"));
        assertTrue(relations(block).stream().noneMatch(r -> r.contains(" blocks ")), relations(block).toString());
    }

    @Test
    void usingSomethingMakesACustomerOnlyOfAServiceOrOfTheOneItComesFrom() {
        org.dealgraph.Pipeline rules = org.dealgraph.Pipeline.builder().rulesOnly(true).build();
        java.util.function.Function<String, Set<String>> of = body -> relations(rules.extract(new Article("t", "Untitled story", body, "",
                Optional.empty(), body.contains(" menggunakan ") ? "id" : "en")));
        assertTrue(of.apply("PT Kelana Digital menggunakan layanan cloud dari Nimbus Cloud Corp.")
                .contains("PT Kelana Digital customerOf Nimbus Cloud Corp"));
        assertTrue(of.apply("Ponsel Halcyon Nova secara default menggunakan Android Go, kata PT Kelana Digital.").stream()
                .noneMatch(r -> r.contains(" customerOf ")));
        assertTrue(of.apply("Kestrel Dynamics Corp uses cloud services from Nimbus Cloud Corp.")
                .contains("Kestrel Dynamics Corp customerOf Nimbus Cloud Corp"));
        assertTrue(of.apply("Kestrel Dynamics Corp said Halcyon Systems Inc used Nimbus Cloud Corp to win the race.").stream()
                .noneMatch(r -> r.contains(" customerOf ")));
    }

    @Test
    void theOneAFrontedPhraseAddressesIsNotTheSpeakerWhoseDealItIs() {
        org.dealgraph.Pipeline rules = org.dealgraph.Pipeline.builder().rulesOnly(true).build();
        Set<String> r = relations(rules.extract(new Article("t", "Untitled story", "In a filing with the Securities and Exchange "
                + "Commission, Kestrel Dynamics Corp said it bought Halcyon Systems Inc.", "", Optional.empty(), "en")));
        assertEquals(Set.of("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), r);
    }

    @Test
    void buyingAStakeOrSharesCountedInSheetsIsAnInvestmentOnly() {
        org.dealgraph.Pipeline rules = org.dealgraph.Pipeline.builder().rulesOnly(true).build();
        assertEquals(Set.of("Kestrel Dynamics Corp investsIn Halcyon Systems Inc"), relations(rules.extract(new Article("t",
                "Untitled story", "Kestrel Dynamics Corp agreed to buy a stake in Halcyon Systems Inc.", "", Optional.empty(), "en"))));
        assertEquals(Set.of("PT Kelana Digital Tbk investsIn PT Nimbus Makmur"), relations(rules.extract(new Article("t",
                "Berita", "PT Kelana Digital Tbk membeli 72.600 lembar saham PT Nimbus Makmur.", "", Optional.empty(), "id"))));
    }

    @Test
    void theOneALetterIsAddressedToIsNotTheBuyer() {
        org.dealgraph.Pipeline rules = org.dealgraph.Pipeline.builder().rulesOnly(true).build();
        assertEquals(Set.of("Kestrel Dynamics Corp acquires Nimbus Cloud Corp"), relations(rules.extract(new Article("t",
                "Untitled story", "In a letter to Halcyon Systems Inc, Kestrel Dynamics Corp said it would buy Nimbus Cloud Corp.", "",
                Optional.empty(), "en"))));
    }
}
