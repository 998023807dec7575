package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction of relations and events from sentences written the way news writes them. Names are invented on purpose. */
class ExtractionBehaviourTest {

    private static Extraction extract(String title, String body, String lang) {
        return TestPipeline.get().extract(new Article("t", title, body, "", java.util.Optional.empty(), lang));
    }

    private static Set<String> relations(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.relations().stream().map(r -> names.get(r.subject()) + " " + r.type().localName() + " " + names.get(r.object()))
                .collect(Collectors.toSet());
    }

    @Test
    void readsAnIndonesianPartnershipWithAnAppositiveObject() {
        Extraction x = extract("Kabar", "Platform Kelana menyebut bahwa pihaknya telah menandatangani kesepakatan dengan "
                + "label musik ternama, yakni Harmoni Records.", "id");
        assertTrue(relations(x).contains("Kelana partnersWith Harmoni Records"), relations(x).toString());
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.PARTNERSHIP && e.status() == DealStatus.SIGNED));
    }

    @Test
    void readsMenekenAsSigningAndAnApprovedAppointmentAsOne() {
        Extraction signed = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Satu Jaya Abadi dan PT Dua Jaya Makmur meneken "
                + "perjanjian kerja sama pengembangan pabrik baterai.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(signed).contains("PT Satu Jaya Abadi partnersWith PT Dua Jaya Makmur"), relations(signed).toString());
        Extraction appointed = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Rapat umum pemegang saham PT Bank Pundi Makmur Tbk "
                + "menyetujui pengangkatan Siti Rahmawati sebagai Direktur Utama.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(appointed).contains("Siti Rahmawati worksFor PT Bank Pundi Makmur Tbk"), relations(appointed).toString());
        // the appointment's noun after no approving verb appoints none of the names around it
        Extraction share = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Thierry Henry disebut punya andil dalam pengangkatan "
                + "sang pelatih Como 1907, Osian Roberts.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(share).stream().noneMatch(r -> r.contains(" worksFor ")), relations(share).toString());
    }

    @Test
    void readsARivalBidBeatenByTheWinnerAsNoBidForTheWinner() {
        Extraction won = extract("Contract", "Halvorsen Systems, a subsidiary of Kongsvik Group, beat a rival bid from Thales Group to win "
                + "the contract.", "en");
        assertTrue(relations(won).stream().noneMatch(r -> r.contains("seeksToAcquire")), relations(won).toString());
        Extraction beating = TestPipeline.rulesOnly().extract(new Article("t", "Deal", "Vantor Labs agreed to buy Corra Therapeutics for "
                + "750 million euros, beating a rival bid from Holm Pharma.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(beating).contains("Holm Pharma seeksToAcquire Corra Therapeutics"), relations(beating).toString());
    }

    @Test
    void readsTheOneWhoAwardsAContractAsTheCustomer() {
        for (String body : List.of("Statoil ASA has awarded a NOK 2.1 billion contract to Halvorsen Systems Inc.",
                "Halvorsen Systems Inc was awarded a $40 million contract by Statoil ASA to build two rigs.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Contract", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Statoil ASA customerOf Halvorsen Systems Inc"), relations(x).toString());
        }
    }

    @Test
    void readsABuyerOfGoodsAndACustomerNamedByItsSupplierAsTheCustomer() {
        for (String body : List.of("Harlow Foods buys its packaging from Venmere Plastics.",
                "Harlow Foods signed a contract to buy 40 turbines from Venmere Plastics.",
                "Venmere Plastics counts Harlow Foods and Brisco Group among its customers.",
                "Venmere Plastics, whose clients include Harlow Foods, reported higher profit.",
                "Harlow Foods is one of Venmere Plastics' biggest customers.",
                "Harlow Foods uses software made by Venmere Plastics.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Supply", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Harlow Foods customerOf Venmere Plastics"), body + " " + relations(x));
        }
        // the trained classifier's owner of a pair a rule reads as customer and supplier in the same sentence goes
        Extraction used = extract("Supply", "Harlow Bank uses software made by Venmere Systems.", "en");
        assertTrue(relations(used).contains("Harlow Bank customerOf Venmere Systems"), relations(used).toString());
        assertTrue(relations(used).stream().noneMatch(r -> r.contains("ownedBy")), relations(used).toString());
        // a buyer of a business, or of a stake, from its seller is no customer of the seller
        for (String body : List.of("Harlow Group bought Brisco Foods from Venmere Group for $2 billion.",
                "Harlow Group bought a 20 pct stake in Brisco Foods from Venmere Group.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).stream().noneMatch(r -> r.contains("customerOf")), body + " " + relations(x));
        }
    }

    @Test
    void goodsSoldFromANamedSourceAreNoAcquisitionOfTheSource() {
        // "agreed to sell 60% of the power from its planned Hollandse Rand wind farm to Amazon" gave Amazon acquires Hollandse
        // Rand (a fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "News", "Zeewind Energie BV agreed to sell 60% of the power "
                + "from its planned Kustrand wind farm to Nimbus Cloud. Orvane Corp agreed to sell Halcyon Systems to Kestrel Ltd.",
                "", java.util.Optional.empty(), "en"));
        assertTrue(relations(x).contains("Kestrel Ltd acquires Halcyon Systems"), relations(x).toString());
        assertTrue(relations(x).stream().noneMatch(r -> r.startsWith("Nimbus Cloud acquires")), relations(x).toString());
    }

    @Test
    void twoTitledPairsJoinedByACoordinatorEachKeepTheirOwnOrganization() {
        // "Direktur Utama Telkomsel, Hendra Kusuma, dan CEO Orbitra, James Whitaker": the first person was given the second
        // organization as if the title after "dan" were his apposition (a fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kerja sama", "Perjanjian tersebut ditandatangani oleh Direktur "
                + "Utama Kelana Seluler, Hendra Wibisono, dan CEO Orvanta, James Whitford, di Jakarta.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(x).contains("Hendra Wibisono worksFor Kelana Seluler"), relations(x).toString());
        assertTrue(relations(x).contains("James Whitford worksFor Orvanta"), relations(x).toString());
        assertFalse(relations(x).contains("Hendra Wibisono worksFor Orvanta"), relations(x).toString());
    }

    @Test
    void theObjectOfAFirstVerbIsNoArgumentOfASecondVerbJoinedByAnd() {
        // "sources ... from UPL and distributes Mahyco seeds under a distribution agreement" gave Mahyco partnersWith UPL (a
        // fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "News", "Dalton Foods sources most of its grain from "
                + "Harlow Mills Ltd and distributes Kestrel Seeds under a distribution agreement. Brenholt Corp moved its systems to "
                + "Nimbus Cloud and hired Corvant Group to review its network.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(x).contains("Dalton Foods customerOf Harlow Mills Ltd"), relations(x).toString());
        assertTrue(relations(x).stream().noneMatch(r -> r.startsWith("Harlow Mills Ltd ") || r.startsWith("Kestrel Seeds partnersWith Harlow")
                || r.startsWith("Nimbus Cloud ")), relations(x).toString());
    }

    @Test
    void aNameBeforeTheTriggerThatIsNoPartyIsNotReplacedByTheArticlesDominantCompany() {
        // "Skyline is a subsidiary of ...": the short name was no organization party, and the regulator the article is about
        // was made the unit (a fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Telcomm fines Brightwave Mobile", "Regulator Telcomm fined "
                + "Brightwave Mobile on Monday. Telcomm said the fine was fair. Telcomm will publish its report in May. Brightwave is a "
                + "subsidiary of Aurelius Telecom Group.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(x).contains("Telcomm ownedBy Aurelius Telecom Group"), relations(x).toString());
    }

    @Test
    void readsInvestorsCustomersUnitsRivalsFailedBidsFoundersAndParentsInLessCommonWordings() {
        // each a wording a fresh-user tester's articles held and the rules did not read (the unit after "its wholly owned": the
        // held-out fifth)
        Map<String, List<String>> expected = Map.of(
                "Veltrix Bio was backed in a 2022 financing round by Norhaven Capital and Brightfell Partners.",
                List.of("en", "Norhaven Capital investsIn Veltrix Bio", "Brightfell Partners investsIn Veltrix Bio"),
                "Kordan Dairy Ltd has supplied Halvenor Stores with milk since 2015.",
                List.of("en", "Halvenor Stores customerOf Kordan Dairy Ltd"),
                "Talvik Energy Corp said its wholly owned Talvik Offshore Ltd would sell the field.",
                List.of("en", "Talvik Offshore Ltd ownedBy Talvik Energy Corp"),
                "The acquisition puts Brenholt Shipping in direct competition with Kestrel Lines.",
                List.of("en", "Brenholt Shipping competesWith Kestrel Lines"),
                "Earlier this year, Brenholt Media called off its planned merger with smaller streamer Vireon after the talks failed.",
                List.of("en", "Brenholt Media seeksToAcquire Vireon"),
                "Saham PT Beton Lestari Indonesia kini dikabarkan diincar oleh PT Karya Beton Perkasa Tbk.",
                List.of("id", "PT Karya Beton Perkasa Tbk seeksToAcquire PT Beton Lestari Indonesia"),
                "Halden Harbour Works had won a 2.3 billion yuan ($317 million) contract from the Lamu Ports Authority.",
                List.of("en", "Lamu Ports Authority customerOf Halden Harbour Works"),
                "Kasumi Motors, founded in 2017 by former Norvik engineer Hiroshi Kasumi, sells cars.",
                List.of("en", "Hiroshi Kasumi worksFor Kasumi Motors"),
                "Kapal itu disewa oleh PT Samudra Niaga Shipping (SNS), subholding PT Samudra Niaga (Persero) di bidang pelayaran.",
                List.of("id", "PT Samudra Niaga Shipping ownedBy PT Samudra Niaga (Persero)"),
                "Startup Warungku didanai oleh Sinar Capital dan Benua Ventures sejak 2021.",
                List.of("id", "Sinar Capital investsIn Warungku", "Benua Ventures investsIn Warungku"));
        expected.forEach((body, want) -> {
            Extraction x = extract("News", body, want.get(0));
            assertTrue(relations(x).containsAll(want.subList(1, want.size())), body + " " + relations(x));
        });
    }

    @Test
    void readsASellersBuyerAListedCustomerOrInvestorADefendantFacingASuitAndAPairThatSaidTheyWouldFormAVenture() {
        Map<String, String> expected = Map.of(
                "Prairie Harvest Cooperative sells most of its wheat to milling company Eastfield Mills.",
                "Eastfield Mills customerOf Prairie Harvest Cooperative",
                "Quantix Semiconductor's biggest customers include cloud provider Nimbus Compute.",
                "Nimbus Compute customerOf Quantix Semiconductor",
                "Shares rose. Lumenic Labs' other investors include Tetsuwa Electronics.",
                "Tetsuwa Electronics investsIn Lumenic Labs",
                "Coastal Power Corp faces a lawsuit from the City of Fresno over a wildfire.",
                "City of Fresno sues Coastal Power Corp",
                "Nordvik Shipping and Kaito Lines said on Tuesday they would form a joint venture to run container services.",
                "Nordvik Shipping partnersWith Kaito Lines");
        expected.forEach((body, relation) -> {
            Extraction x = extract("News", body, "en");
            assertTrue(relations(x).contains(relation), body + " " + relations(x));
            // the investor is not owned by the company it invests in
            assertFalse(relations(x).contains("Tetsuwa Electronics ownedBy Lumenic Labs"), relations(x).toString());
        });
        Extraction sold = TestPipeline.rulesOnly().extract(new Article("t", "Deal", "Harlow Group sold its stake in Brisco Foods to "
                + "Venmere Group.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(sold).stream().noneMatch(r -> r.contains("customerOf")), relations(sold).toString());
    }

    @Test
    void readsAContractWonFromACustomerARenterAndADefendantFacingASuitInIndonesian() {
        Map<String, String> expected = Map.of(
                "PT Samudra Lintas Bahari Tbk meraih kontrak sewa tiga kapal tanker dari PT Energi Petro Nusantara senilai Rp 850 miliar.",
                "PT Energi Petro Nusantara customerOf PT Samudra Lintas Bahari Tbk",
                "PT Kirim Cepat Ekspres menyewa gudang seluas 25.000 meter persegi di Cikarang dari PT Delta Logistik Park.",
                "PT Kirim Cepat Ekspres customerOf PT Delta Logistik Park",
                "PT Wijaya Karsa Bangun Tbk masih menghadapi gugatan dari subkontraktor PT Mitra Baja Konstruksi.",
                "PT Mitra Baja Konstruksi sues PT Wijaya Karsa Bangun Tbk");
        expected.forEach((body, relation) -> {
            Extraction x = extract("Kabar", body, "id");
            assertTrue(relations(x).contains(relation), body + " " + relations(x));
            assertFalse(relations(x).contains("PT Samudra Lintas Bahari Tbk customerOf PT Energi Petro Nusantara"), relations(x).toString());
        });
    }

    @Test
    void readsTheSubjectBeforeARelativeClauseThatEndsInAList() {
        Map<String, String> expected = Map.of(
                "Swiftline Logistics, which handles parcels for Modehaus and ShopNord, competes with Paketwerk GmbH in Germany.",
                "Swiftline Logistics competesWith Paketwerk GmbH",
                "Swiftline Logistics, which handles parcels for Modehaus, Zalan and ShopNord, agreed to buy Paketwerk GmbH.",
                "Swiftline Logistics acquires Paketwerk GmbH");
        expected.forEach((body, relation) -> {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "News", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains(relation), body + " " + relations(x));
            assertTrue(relations(x).stream().noneMatch(r -> r.startsWith("ShopNord ") || r.endsWith(" ShopNord")), relations(x).toString());
        });
    }

    @Test
    void readsAFailedAttemptByANamedBidderAsABidNotAnAcquisition() {
        for (String body : List.of("The deal follows a failed attempt by Halvorsen Re to buy Dutch insurer Van Leeuwen Verzekeringen in 2023.",
                "The deal follows an unsuccessful bid by Halvorsen Re to acquire Van Leeuwen Verzekeringen.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "News", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Halvorsen Re seeksToAcquire Van Leeuwen Verzekeringen"), body + " " + relations(x));
            assertFalse(relations(x).contains("Halvorsen Re acquires Van Leeuwen Verzekeringen"), body + " " + relations(x));
        }
        Extraction failed = TestPipeline.rulesOnly().extract(new Article("t", "News", "Halvorsen Re failed in its attempt to buy Van "
                + "Leeuwen Verzekeringen in 2023.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(failed).contains("Halvorsen Re acquires Van Leeuwen Verzekeringen"), relations(failed).toString());
    }

    @Test
    void keepsATickerTheArticleDefinesAfterACompanysNameUnderTheDefaultNamePolicy() {
        Extraction x = extract("Kabar", "PT Wijaya Karsa Bangun Tbk (WKBN) membukukan laba bersih Rp 120 miliar. Direktur Utama WKBN, "
                + "Yudi Hartanto, mengatakan perseroan akan membagikan dividen.", "id");
        assertTrue(relations(x).contains("Yudi Hartanto worksFor PT Wijaya Karsa Bangun Tbk"), relations(x).toString());
    }

    @Test
    void readsAnExecutiveNamedAsItsTitleHolderAfterTheCompany() {
        Extraction after = TestPipeline.rulesOnly().extract(new Article("t", "News", "Harlow Industries Corp said Laura Whitfield, its "
                + "chairman and chief executive, would step down next year.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(after).contains("Laura Whitfield worksFor Harlow Industries Corp"), relations(after).toString());
        Extraction before = TestPipeline.rulesOnly().extract(new Article("t", "News", "Volga Petroleum Co says the sale is punishment for "
                + "the political ambitions of its founder, Mikhail Orlov.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(before).contains("Mikhail Orlov worksFor Volga Petroleum Co"), relations(before).toString());
    }

    @Test
    void readsOwnershipFromAnOwnerJoinedByOwnedAndNotFromItsOwnUnitsDivision() {
        Extraction owned = TestPipeline.rulesOnly().extract(new Article("t", "News", "Shares of Brindle Foods Ltd fell. The Kestrel "
                + "Holdings-owned Brindle Foods cut 800 jobs.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(owned).contains("Brindle Foods Ltd ownedBy Kestrel Holdings"), relations(owned).toString());
        // "the business division of its subsidiary, Orbit": the group owns Orbit, not the other way round
        Extraction division = TestPipeline.rulesOnly().extract(new Article("t", "News", "Kestrel Group has transferred the business "
                + "division of its subsidiary, Orbit Ltd, to Vantor Inc.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(division).contains("Kestrel Group ownedBy Orbit Ltd"), relations(division).toString());
    }

    @Test
    void readsTheBidderWhoOutbidARivalAsTheBuyerAndAnInterestAsAnInvestment() {
        Extraction outbid = TestPipeline.rulesOnly().extract(new Article("t", "News", "Norvik Capital outbid Halden Energy to buy "
                + "Korvo Oil.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(outbid).contains("Norvik Capital acquires Korvo Oil"), relations(outbid).toString());
        assertFalse(relations(outbid).contains("Halden Energy acquires Korvo Oil"), relations(outbid).toString());
        Extraction interest = TestPipeline.rulesOnly().extract(new Article("t", "News", "First Harlow Corp agreed to acquire a 35 pct "
                + "interest in Wood Tallis Corp.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(interest).contains("First Harlow Corp investsIn Wood Tallis Corp"), relations(interest).toString());
        assertFalse(relations(interest).contains("First Harlow Corp acquires Wood Tallis Corp"), relations(interest).toString());
    }

    @Test
    void readsASubsidiaryNamedInAppositionAfterItsParentAndACompanySaidToBeSomeones() {
        // "Anak usaha X (ACR), Y": Y is X's, not the reverse; "PT Y yang merupakan perusahaan milik Z": Z, a person too, owns Y
        for (String body : List.of("Anak usaha PT Graha Persada Tbk (GRPS), PT Sinar Niaga (SN) selaku pengembang proyek itu mencabut gugatan.",
                "Penyidik menggeledah kantor PT Sinar Niaga yang merupakan perusahaan milik PT Graha Persada Tbk.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", body, "", java.util.Optional.empty(), "id"));
            assertTrue(relations(x).contains("PT Sinar Niaga ownedBy PT Graha Persada Tbk"), body + " " + relations(x));
            assertFalse(relations(x).contains("PT Graha Persada Tbk ownedBy PT Sinar Niaga"), body + " " + relations(x));
        }
        Extraction person = TestPipeline.get().extract(new Article("t", "Kabar", "KPK menggeledah kantor PT Cahaya Terang Satata yang "
                + "merupakan perusahaan milik Bambang Irianto.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(person).contains("PT Cahaya Terang Satata ownedBy Bambang Irianto"), relations(person).toString());
        // a state- or region-owned company names no owner: the company after it is none (a tester's finding)
        Extraction state = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Pipa Jaya, perusahaan milik daerah, menggandeng "
                + "PT Air Bersih Mandiri.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(state).stream().noneMatch(r -> r.contains("ownedBy")), relations(state).toString());
    }

    @Test
    void readsAMajorityHeldAFoundedUnitAndAControllingHolderAsOwnership() {
        for (String body : List.of("PT Graha Persada Tbk menguasai 60% saham PT Sinar Niaga.",
                "PT Graha Persada Tbk mendirikan anak usaha baru bernama PT Sinar Niaga pada Januari 2024.",
                "PT Graha Persada Tbk merupakan pemegang saham pengendali PT Sinar Niaga.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", body, "", java.util.Optional.empty(), "id"));
            assertTrue(relations(x).contains("PT Sinar Niaga ownedBy PT Graha Persada Tbk"), body + " " + relations(x));
            assertFalse(relations(x).contains("PT Graha Persada Tbk ownedBy PT Sinar Niaga"), body + " " + relations(x));
            assertFalse(relations(x).contains("PT Graha Persada Tbk acquires PT Sinar Niaga"), body + " " + relations(x));
        }
        // a minority held stays an investment
        Extraction minority = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Graha Persada Tbk menguasai 30% saham "
                + "PT Sinar Niaga.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(minority).contains("PT Graha Persada Tbk investsIn PT Sinar Niaga"), relations(minority).toString());
    }

    @Test
    void readsNoAppointmentWhereSuspectsAreNamed() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "KPK juga telah menetapkan empat orang sebagai "
                + "tersangka, kata juru bicara KPK Febri Santoso.", "", java.util.Optional.empty(), "id"));
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.APPOINTMENT), x.events().toString());
        assertTrue(relations(x).contains("Febri Santoso worksFor KPK"), relations(x).toString());
    }

    @Test
    void readsTheInvestorsOfARoundNamedByReferenceInTheNextSentence() {
        Extraction en = TestPipeline.rulesOnly().extract(new Article("t", "Startup news", "Payments startup Kelvaro raised $12 million in "
                + "a Series A round. The round was led by Sequoia Capital, with participation from Accel Partners.", "",
                java.util.Optional.empty(), "en"));
        assertTrue(relations(en).containsAll(Set.of("Sequoia Capital investsIn Kelvaro", "Accel Partners investsIn Kelvaro")),
                relations(en).toString());
        Extraction id = TestPipeline.rulesOnly().extract(new Article("t", "Kabar startup", "Startup kopi Kopiku meraih pendanaan Seri A "
                + "senilai US$ 5 juta dari Harmoni Ventures. Putaran ini juga diikuti oleh MDI Ventures.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(id).containsAll(Set.of("Harmoni Ventures investsIn Kopiku", "MDI Ventures investsIn Kopiku")),
                relations(id).toString());
        // one round, one event, with both investors
        assertEquals(1, id.events().stream().filter(e -> e.type() == EventType.INVESTMENT).count(), id.events().toString());
    }

    @Test
    void readsNoPaymentFromAnIdiomOrAPricePerShare() {
        Extraction en = TestPipeline.rulesOnly().extract(new Article("t", "News", "Harlow Industries Corp paid tribute to Vantor Labs for "
                + "its work. Vantor Labs is paying 35 dlrs cash per share for 83 pct of Orbit Media Corp's stock.", "",
                java.util.Optional.empty(), "en"));
        assertTrue(relations(en).stream().noneMatch(r -> r.contains(" pays ")), relations(en).toString());
        Extraction id = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Kerajaan menggunakan anggaran untuk membayar upah "
                + "para staf Biro Rumah Tangga Kerajaan.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(id).stream().noneMatch(r -> r.contains(" pays ")), relations(id).toString());
    }

    @Test
    void splitsATitledPersonsNameThatOpensWithTheArticlesCompany() {
        // "CEO Kelvara Laksamana Mustika" where the article names Kelvara and, alone, Laksamana (a fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Layanan web builder hadir", "Berangkat dari semangat "
                + "kolaborasi, layanan Kelvara hari ini resmi diluncurkan. Untuk solusi e-commerce, Kelvara menargetkan kalangan UKM. "
                + "Kepada media, CEO Kelvara Laksamana Mustika mengungkapkan layanan ini berdiri berdasarkan kolaborasi. \"Kami ingin "
                + "membantu UKM,\" kata Laksamana.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(x).contains("Laksamana Mustika worksFor Kelvara"), relations(x).toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Kelvara") && e.type() == EntityType.ORGANIZATION),
                x.entities().toString());
    }

    @Test
    void readsASentencesFirstWordBeforeItsOwnerOrAFundingAsACompany() {
        for (String body : List.of("Hulvana, which is majority-owned by Walt Disney Co, raised its subscription price.",
                "Hulvana, a unit of Walt Disney Co, raised its subscription price.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Company news", body, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Hulvana ownedBy Walt Disney Co"), body + " " + relations(x));
        }
        Extraction round = TestPipeline.rulesOnly().extract(new Article("t", "Company news", "Stryda closed a $600 million round. The "
                + "round was led by Andreessen Horowitz.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(round).contains("Andreessen Horowitz investsIn Stryda"), relations(round).toString());
    }

    @Test
    void givesEveryPersonOfAListThePostOfOne() {
        Extraction en = TestPipeline.rulesOnly().extract(new Article("t", "News", "Orvane Systems Inc was founded in 1968 by Gordon Moore "
                + "and Robert Noyce, the company said.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(en).containsAll(Set.of("Gordon Moore worksFor Orvane Systems Inc", "Robert Noyce worksFor Orvane Systems Inc")),
                relations(en).toString());
        // a person the sentence gives an employer of their own keeps it alone
        Extraction own = TestPipeline.rulesOnly().extract(new Article("t", "News", "Laura Whitfield, chief executive of Harlow Industries "
                + "Corp, and Mark Dent, chairman of Vantor Labs Inc, signed the deal.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(own).contains("Mark Dent worksFor Harlow Industries Corp"), relations(own).toString());
    }

    @Test
    void readsAUnitNamedByItsOwnerAndAJointVentureBesideItsParent() {
        Extraction unit = TestPipeline.rulesOnly().extract(new Article("t", "News", "The company said it bought 33 lots in Colorado from "
                + "Richmond Homes Ltd, an Orvane unit, in return for notes.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(unit).contains("Richmond Homes Ltd ownedBy Orvane"), relations(unit).toString());
        Extraction venture = TestPipeline.rulesOnly().extract(new Article("t", "News", "Revenues exclude those for Brask Sprint Inc, a "
                + "joint venture with Halvorsen Corp.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(venture).contains("Brask Sprint Inc ownedBy Halvorsen Corp"), relations(venture).toString());
        // the tokenizer's "Rosneft-" | "owned": the hyphen is no part of the owner's name
        Extraction hyphen = TestPipeline.rulesOnly().extract(new Article("t", "News", "Analysts said the Rosneft-owned Yugansk was "
                + "not part of the deal.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(hyphen).contains("Yugansk ownedBy Rosneft"), relations(hyphen).toString());
    }

    @Test
    void keepsThisRoundsRulesFromTheirOverReaches() {
        // a suspect named by KPK is no employee of it
        Extraction suspect = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "KPK menetapkan Agus Salim sebagai tersangka.",
                "", java.util.Optional.empty(), "id"));
        assertTrue(relations(suspect).stream().noneMatch(r -> r.contains(" worksFor ")), relations(suspect).toString());
        // "its" after two organizations may stand for either
        Extraction two = TestPipeline.rulesOnly().extract(new Article("t", "News", "The European Commission fined Zolta Labs Inc, and "
                + "Tomas Revik, its chief executive, said the company would appeal.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(two).contains("Tomas Revik worksFor European Commission"), relations(two).toString());
        // a round to come is no investment yet
        Extraction next = TestPipeline.rulesOnly().extract(new Article("t", "Startup news", "Payments startup Kelvaro raised $12 million "
                + "in a Series A round. The next round will be led by Sequoia Capital.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(next).contains("Sequoia Capital investsIn Kelvaro"), relations(next).toString());
        // the bidder that outbid a rival, an unknown first word of its sentence, is read
        Extraction outbid = TestPipeline.rulesOnly().extract(new Article("t", "News", "Norvik outbid Halden to buy Korvo.", "",
                java.util.Optional.empty(), "en"));
        assertTrue(relations(outbid).contains("Norvik acquires Korvo"), relations(outbid).toString());
    }

    @Test
    void readsATieNoLongerHeldAsNone() {
        Extraction id = extract("Kabar", "PT Kebun Sawit Lestari tidak lagi menjadi anak usaha PT Sinar Harapan Agro Tbk.", "id");
        assertTrue(relations(id).stream().noneMatch(r -> r.contains("ownedBy")), relations(id).toString());
        Extraction bukan = extract("Kabar", "PT Sumber Air kini bukan lagi anak perusahaan PT Tirta Nusantara.", "id");
        assertTrue(relations(bukan).stream().noneMatch(r -> r.contains("ownedBy")), relations(bukan).toString());
        Extraction en = extract("News", "Brightwater Foods is no longer a unit of Kestrel Holdings Inc.", "en");
        assertTrue(relations(en).stream().noneMatch(r -> r.contains("ownedBy")), relations(en).toString());
    }

    @Test
    void readsTheCompanyNamedByItsKindOrABarePerusahaanAsTheArticlesCompany() {
        for (String second : List.of("Perusahaan juga membayar Rp 35 miliar per tahun kepada PT Pelabuhan Sumbawa Jaya.",
                "Bank tersebut membayar Rp 35 miliar per tahun kepada PT Pelabuhan Sumbawa Jaya.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Bank Tambang Raya Tbk membuka kantor baru. " + second,
                    "", java.util.Optional.empty(), "id"));
            assertTrue(relations(x).contains("PT Bank Tambang Raya Tbk pays PT Pelabuhan Sumbawa Jaya"), relations(x).toString());
        }
        // a bare "Perusahaan" refers only right before the cue, not before another verb
        Extraction other = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Bank Tambang Raya Tbk membuka kantor baru. "
                + "\"Perusahaan akan menghukum staf yang membeli produk iPhone,\" katanya.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(other).stream().noneMatch(r -> r.startsWith("PT Bank Tambang Raya Tbk ")), relations(other).toString());
        // companies in general are no reference to the article's company
        Extraction some = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Bank Tambang Raya Tbk membuka kantor baru. "
                + "Sejumlah perusahaan membayar Rp 35 miliar kepada PT Pelabuhan Sumbawa Jaya.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(some).stream().noneMatch(r -> r.contains(" pays ")), relations(some).toString());
    }

    @Test
    void readsTheBuyingOfAMinorityStakeNamedByItsNounAsAnInvestment() {
        Extraction minority = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Dompet Nusantara Tbk menyepakati pembelian 40% "
                + "saham PT Bayarin Digital senilai Rp 500 miliar.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(minority).contains("PT Dompet Nusantara Tbk investsIn PT Bayarin Digital"), relations(minority).toString());
        assertFalse(relations(minority).contains("PT Dompet Nusantara Tbk acquires PT Bayarin Digital"), relations(minority).toString());
        Extraction control = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Dompet Nusantara Tbk menyelesaikan akuisisi 75% "
                + "saham PT Bayarin Digital.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(control).contains("PT Dompet Nusantara Tbk acquires PT Bayarin Digital"), relations(control).toString());
    }

    @Test
    void readsTheNameSetBesideAReferenceAfterAnOwnershipNounAsTheOwner() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Nikel Timur", "PT Nikel Timur Jaya Tbk mencatat laba naik. "
                + "Induk usaha perseroan, PT Timur Raya Resources, menambah kepemilikan.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(x).contains("PT Nikel Timur Jaya Tbk ownedBy PT Timur Raya Resources"), relations(x).toString());
        assertFalse(relations(x).contains("PT Timur Raya Resources ownedBy PT Nikel Timur Jaya Tbk"), relations(x).toString());
    }

    @Test
    void readsACompanySoldToABuyerAsTheSellersHolding() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Sinar Harapan Agro Tbk melepas seluruh kepemilikan "
                + "sahamnya di PT Kebun Sawit Lestari kepada Perak Plantations Berhad.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(x).contains("Perak Plantations Berhad acquires PT Kebun Sawit Lestari"), relations(x).toString());
        // a company's products sold to a buyer are no sale of the company (a fresh-user tester's finding on a passive cue tried)
        Extraction goods = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "Produk PT Kencana Digital dijual kepada PT Prima "
                + "Ventura dengan harga khusus.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(goods).stream().noneMatch(r -> r.contains(" acquires ")), relations(goods).toString());
        Extraction minority = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Sinar Harapan Agro Tbk melepas 25 persen "
                + "kepemilikan sahamnya di PT Kebun Sawit Lestari kepada Perak Plantations Berhad.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(minority).contains("Perak Plantations Berhad investsIn PT Kebun Sawit Lestari"), relations(minority).toString());
        // shares sold with no buyer named still assert nothing
        Extraction unnamed = TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Sinar Harapan Agro Tbk melepas kepemilikan "
                + "sahamnya di PT Kebun Sawit Lestari.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(unnamed).isEmpty(), relations(unnamed).toString());
    }

    @Test
    void readsTheMonthMayAsNoHedge() {
        // "May" capitalized is the month: the deal is agreed, not rumoured; "may" in small letters still hedges
        Extraction agreed = extract("Dunmore buys Selkirk", "Dunmore Telecom agreed in May to buy Selkirk Broadband for 600 million pounds.", "en");
        assertTrue(relations(agreed).contains("Dunmore Telecom acquires Selkirk Broadband"), relations(agreed).toString());
        Extraction hedged = extract("Talks", "Kelvaro Inc may buy Tavimo Labs Inc, people familiar with the talks said.", "en");
        assertFalse(relations(hedged).contains("Kelvaro Inc acquires Tavimo Labs Inc"), relations(hedged).toString());
    }

    @Test
    void neverReadsTheAgentOfAnApprovalAsTheDealsBuyerAndReadsAnApprovedDealAsAgreed() {
        Extraction x = extract("Merger", "Halcyon Systems Inc agreed to buy Alder Networks Inc in May. "
                + "The merger was approved by the European Commission.", "en");
        String commission = x.entities().stream().filter(e -> e.name().contains("European Commission")).map(Entity::key).findFirst().orElseThrow();
        assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION)
                .noneMatch(e -> e.participants().stream().anyMatch(p -> p.entity().equals(commission))), x.events().toString());
        Extraction id = extract("Akuisisi", "Akuisisi PT Bank Sentosa oleh PT Maju Jaya Tbk telah disetujui Otoritas Jasa Keuangan pada Senin.", "id");
        assertTrue(relations(id).contains("PT Maju Jaya Tbk acquires PT Bank Sentosa"), relations(id).toString());
        assertTrue(id.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.status() == DealStatus.AGREED)
                && id.relations().stream().allMatch(r -> r.status() == DealStatus.AGREED), id.events().toString());
    }

    @Test
    void readsATargetThatAgreedToBeBoughtAsAnAgreedDealNotACompletedOne() {
        for (Extraction x : List.of(extract("Deal news", "Dunmore Telecom agreed to be bought by Selkirk Broadband for 600 million pounds.", "en"),
                extract("Deal news", "Dunmore Telecom, a maker of routers, agreed on Friday to be taken over by Selkirk Broadband.", "en"),
                TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                        "Dunmore Telecom has agreed to be acquired by Selkirk Broadband for 600 million pounds.", "", java.util.Optional.empty(), "en")))) {
            assertTrue(relations(x).contains("Selkirk Broadband acquires Dunmore Telecom"), relations(x).toString());
            assertTrue(x.relations().stream().allMatch(r -> r.status() == DealStatus.AGREED), x.relations().toString());
            assertTrue(!x.events().isEmpty() && x.events().stream().allMatch(e -> e.status() == DealStatus.AGREED), x.events().toString());
        }
    }

    @Test
    void readsACompanyThatSellsItselfAsTheTarget() {
        Extraction agreed = extract("Deal news", "Halcyon Systems Inc agreed to sell itself to Kestrel Dynamics Corp for $5 billion.", "en");
        assertTrue(relations(agreed).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(agreed).toString());
        assertTrue(agreed.relations().stream().allMatch(r -> r.status() == DealStatus.AGREED), agreed.relations().toString());
        Extraction sold = TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                "Halcyon Systems Inc sold itself to Kestrel Dynamics Corp in 2019.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(sold).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(sold).toString());
        assertTrue(sold.relations().stream().allMatch(r -> r.status() == DealStatus.COMPLETED), sold.relations().toString());
        // a sale only sought is the buyer's bid, a failed or tried one no deal (a fresh-user tester's finding)
        Extraction talks = extract("Deal news", "Halcyon Systems Inc is in talks to sell itself to Kestrel Dynamics Corp.", "en");
        assertTrue(relations(talks).contains("Kestrel Dynamics Corp seeksToAcquire Halcyon Systems Inc"), relations(talks).toString());
        Extraction tried = extract("Deal news", "Halcyon Systems Inc tried to sell itself to Kestrel Dynamics Corp last year.", "en");
        assertFalse(relations(tried).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(tried).toString());
        // the next tester's variants: the progressive, an amount between, and two companies selling themselves
        for (String text : List.of("Halcyon Systems Inc is selling itself to Kestrel Dynamics Corp.",
                "Halcyon Systems Inc agreed to sell itself for $2 billion to Kestrel Dynamics Corp.",
                "Halcyon Systems Inc and Brindle Health Inc agreed to sell themselves to Kestrel Dynamics Corp.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), text + " " + relations(x));
            assertTrue(x.relations().stream().allMatch(r -> r.status() == DealStatus.AGREED), text + " " + x.relations());
        }
    }

    @Test
    void readsAUnitWhoseNameHoldsTheWordDivisionAsOwnedNotTheBuyerBeforeIt() {
        Extraction x = extract("Deal news", "Kestrel Inc said it agreed to buy the assets of the Filter Products Division of "
                + "Mine Safety Appliances Co for undisclosed terms.", "en");
        assertTrue(relations(x).contains("Filter Products Division ownedBy Mine Safety Appliances Co"), relations(x).toString());
        assertFalse(relations(x).contains("Kestrel Inc ownedBy Mine Safety Appliances Co"), relations(x).toString());
        // a name before the word of ownership is the owner's, not the unit's ("a Boeing subsidiary of 37 dlrs a share")
        Extraction boeing = extract("Deal news", "The merger will be done through a tender offer by a Boeing subsidiary of 37 dlrs a share "
                + "for all of ARGOSystems Inc's shares.", "en");
        assertTrue(boeing.entities().stream().anyMatch(e -> e.name().equals("Boeing")), boeing.entities().toString());
        assertTrue(relations(boeing).stream().noneMatch(r -> r.startsWith("Boeing ownedBy")), relations(boeing).toString());
        // the noun in lower case, after the unit's name (a fresh-user tester's finding)
        Extraction lower = TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                "Kestrel Inc said it agreed to buy the Filter Products division of Mine Safety Appliances Co.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(lower).contains("Kestrel Inc ownedBy Mine Safety Appliances Co"), relations(lower).toString());
    }

    @Test
    void readsAUnitNamedInAnAppositionAsTheSellersNotAsOwningTheBuyer() {
        // "its cloud unit," names the unit right after the comma; a buyer after "to" is none (a fresh-user tester's finding)
        for (boolean rules : new boolean[] {true, false}) {
            Extraction x = (rules ? TestPipeline.rulesOnly() : TestPipeline.get()).extract(new Article("t", "Harlow sells cloud unit",
                    "Harlow Group sold Denby, its cloud unit, to Vantor Inc. for $2 billion.", "", java.util.Optional.empty(), "en"));
            assertFalse(relations(x).contains("Vantor Inc ownedBy Denby"), relations(x).toString());
            assertTrue(relations(x).contains("Vantor Inc acquires Denby"), relations(x).toString());
        }
    }

    @Test
    void readsAPartyWrittenWithAnAbbreviationsPeriodAsThePartyOfTheVerbAfterIt() {
        // the period of "Inc." or "Corp." inside a sentence ends no clause (a fresh-user tester's finding: "sued Vantor Inc. to
        // block its purchase" lost its buyer, and "Vantor Corp. bought Denby Corp." every relation)
        for (String[] c : new String[][] {
                {"Vantor Corp. bought Denby Corp. on Monday.", "Vantor Corp acquires Denby Corp"},
                {"Vantor Inc. will invest $5 million in Denby Inc., the company said.", "Vantor Inc investsIn Denby Inc"},
                {"The Federal Trade Commission sued Vantor Inc. to block its purchase of Denby Corp.", "Vantor Inc acquires Denby Corp"},
                {"PT Vantor Tbk. mengakuisisi PT Denby senilai Rp 5 triliun.", "PT Vantor Tbk acquires PT Denby"}}) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", c[0], "", java.util.Optional.empty(),
                    c[0].startsWith("PT") ? "id" : "en"));
            assertTrue(relations(x).contains(c[1]), c[0] + " " + relations(x));
        }
        // nor does it part two names joined by "and" ("Orrin Energy Inc. and Pell Gas Corp formed")
        Extraction joint = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Orrin Energy Inc. and Pell Gas Corp formed "
                + "a joint venture to develop a gas terminal.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(joint).contains("Orrin Energy Inc partnersWith Pell Gas Corp")
                || relations(joint).contains("Pell Gas Corp partnersWith Orrin Energy Inc"), relations(joint).toString());
        // a known company before "and" is a name of its own, not the start of one with the name after it (a second fresh-user
        // tester's finding: "OpenAI and Microsoft Corp." one name); "Procter and Gamble Co" stays one
        Extraction sued = extract("Deal news", "Halden Press sued OpenAI and Microsoft Corp. over copyright on Wednesday.", "en");
        assertTrue(sued.entities().stream().noneMatch(e -> e.name().contains(" and ")), sued.entities().toString());
        assertTrue(extract("Deal news", "Shares of Procter and Gamble Co rose 2 percent.", "en").entities().stream()
                .anyMatch(e -> e.name().equals("Procter and Gamble Co")));
        // a full stop before a capitalized word still ends the clause
        Extraction two = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Shares of Vantor Corp. rose 5 percent. "
                + "Bought by Denby Corp, Harlow Inc closed.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(two).stream().noneMatch(r -> r.startsWith("Vantor Corp")), relations(two).toString());
    }

    @Test
    void readsABidderThatWithdrawsFromItsDealAsItsFailedBidder() {
        // who calls off, abandons or walks away from a deal is its party, the deal a failed bid (fresh-user testers' findings)
        for (String[] c : new String[][] {
                {"Halden Group has called off its $900 million bid for Brightline Homes.", "Halden Group seeksToAcquire Brightline Homes"},
                {"Corvex Inc abandoned its $6 billion takeover of Tamsin Semiconductor.", "Corvex Inc seeksToAcquire Tamsin Semiconductor"},
                {"Halden Group Plc has walked away from its proposed £900m takeover of Brightline Homes.",
                        "Halden Group Plc seeksToAcquire Brightline Homes"},
                {"PT Vantor Tbk mundur dari rencana akuisisi PT Denby Utama.", "PT Vantor Tbk seeksToAcquire PT Denby Utama"},
                // a company pursued (a second fresh-user tester's finding)
                {"Ardent Holdings Ltd. said on Monday it had abandoned its pursuit of Tamsin Chemicals.",
                        "Ardent Holdings Ltd seeksToAcquire Tamsin Chemicals"}}) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", c[0], "", java.util.Optional.empty(),
                    c[0].startsWith("PT") ? "id" : "en"));
            assertTrue(relations(x).contains(c[1]), c[0] + " " + relations(x));
            assertTrue(relations(x).stream().noneMatch(r -> r.contains(" acquires ")), c[0] + " " + relations(x));
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.status() == DealStatus.FAILED),
                    c[0] + " " + x.events());
        }
        // one who blocks a deal is still no party to it
        Extraction blocked = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Regulators in Brussels blocked "
                + "Halden Group's $900 million bid for Brightline Homes.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(blocked).contains("Halden Group seeksToAcquire Brightline Homes"), relations(blocked).toString());
        assertTrue(relations(blocked).stream().noneMatch(r -> r.startsWith("Brussels")), relations(blocked).toString());
    }

    @Test
    void readsTheNameAnAsideOrAnOwnerDescribesAsTheSubjectNotTheNameInIt() {
        // a name inside the subject's aside or after an owner marker only describes the subject (fresh-user testers' findings)
        for (String[] c : new String[][] {
                {"Delmar Foods, in which Temasek Holdings owns a 20% stake, has acquired snack maker Crispo Ltd for $65 million.",
                        "Delmar Foods acquires Crispo Ltd", "Temasek Holdings acquires Crispo Ltd"},
                {"Grup MNC milik Hary Tanoesoedibjo mencaplok 60 persen saham PT Visi Media Asia Tbk senilai Rp 950 miliar.",
                        "MNC acquires PT Visi Media Asia Tbk", "Hary Tanoesoedibjo acquires PT Visi Media Asia Tbk"},
                // a place's possessive inside the aside (a second fresh-user tester's finding)
                {"Delmar Foods, a unit of Singapore's Temasek Holdings, has agreed to buy Olive Bay for $40 million.",
                        "Delmar Foods acquires Olive Bay", "Temasek Holdings acquires Olive Bay"}}) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", c[0], "", java.util.Optional.empty(),
                    c[0].startsWith("Grup") ? "id" : "en"));
            assertTrue(relations(x).contains(c[1]), c[0] + " " + relations(x));
            assertFalse(relations(x).contains(c[2]), c[0] + " " + relations(x));
        }
    }

    @Test
    void readsTheOwnerOfGoodsBoughtAsNoTargetButAShareholderSellingItsStakeAsOne() {
        // what a name owns and sells is bought, not the name (a fresh-user tester's finding)
        for (String[] c : new String[][] {
                {"Ridgeway Foods has agreed to buy Unilever's ice cream factory in Poland for $80 million.", "Ridgeway Foods acquires Unilever"},
                {"PT Indofood CBP Sukses Makmur Tbk membeli pabrik milik Nestle di Karawang senilai Rp 300 miliar.",
                        "PT Indofood CBP Sukses Makmur Tbk acquires Nestle"},
                {"PT Indofood CBP Sukses Makmur Tbk membeli pabrik milik Nestle di Karawang senilai Rp 300 miliar.",
                        "PT Indofood CBP Sukses Makmur Tbk ownedBy Nestle"},
                {"PT Sarana Menara Nusantara Tbk juga membeli 1.000 menara milik PT XL Axiata Tbk senilai Rp 4 triliun.",
                        "PT Sarana Menara Nusantara Tbk acquires PT XL Axiata Tbk"}}) {
            for (boolean rules : new boolean[] {true, false}) {
                // the trained classifier too (a second fresh-user tester's finding: "agreed to buy Bayer's crop science business")
                Extraction x = (rules ? TestPipeline.rulesOnly() : TestPipeline.get()).extract(new Article("t", "Deal news", c[0], "",
                        java.util.Optional.empty(), c[0].startsWith("PT") ? "id" : "en"));
                assertFalse(relations(x).contains(c[1]), c[0] + " " + relations(x));
            }
        }
        Extraction bayer = extract("Deal news", "Corvid Partners agreed to buy Bayer's crop science business.", "en");
        assertTrue(relations(bayer).stream().noneMatch(r -> r.endsWith(" Bayer")), relations(bayer).toString());
        // a share of the name is still bought of it
        Extraction shares = TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                "Vantor Corp agreed to buy Kestrel Inc's shares for $5 million.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(shares).stream().anyMatch(r -> r.startsWith("Vantor Corp ") && r.endsWith(" Kestrel Inc")), relations(shares).toString());
        Extraction unit = TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                "Vantor Corp bought Kestrel Inc's Traffic Services business.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(unit).contains("Vantor Corp acquires Traffic Services"), relations(unit).toString());
    }

    @Test
    void readsAMinorityStakeSoldAsTheBuyersInvestmentAndNeverTheSellersInTheBuyer() {
        // fresh-user testers' findings: the seller read as investing in the buyer, a minority stake as the company's acquisition
        Extraction halcyon = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Halcyon Partners has sold its 30% stake "
                + "in Orbit Media to Vantor Corp for $210 million.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(halcyon).contains("Vantor Corp investsIn Orbit Media"), relations(halcyon).toString());
        Extraction maxis = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Maxis Bhd sold a 10% stake in its fibre "
                + "unit to KKR for 500 million ringgit.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(maxis).stream().noneMatch(r -> r.startsWith("Maxis Bhd investsIn")), relations(maxis).toString());
        Extraction saratoga = TestPipeline.rulesOnly().extract(new Article("t", "Berita", "PT Saratoga Investama Sedaya Tbk melepas 25 "
                + "persen saham PT Tower Bersama Infrastructure Tbk kepada GIC Pte Ltd senilai Rp 4,2 triliun.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(saratoga).contains("GIC Pte Ltd investsIn PT Tower Bersama Infrastructure Tbk"), relations(saratoga).toString());
        assertTrue(relations(saratoga).stream().noneMatch(r -> r.contains(" acquires ")), relations(saratoga).toString());
        assertTrue(saratoga.events().stream().anyMatch(e -> e.type() == EventType.INVESTMENT), saratoga.events().toString());
        // a stake of no number stays the company's acquisition by its buyer
        Extraction whole = TestPipeline.rulesOnly().extract(new Article("t", "Berita", "PT Saratoga Investama Sedaya Tbk melepas "
                + "saham PT Tower Bersama Infrastructure Tbk kepada GIC Pte Ltd.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(whole).contains("GIC Pte Ltd acquires PT Tower Bersama Infrastructure Tbk"), relations(whole).toString());
    }

    @Test
    void readsAFundingRoundsNameAsNoPartyAndItsLeadAsTheInvestor() {
        // "Series B" read as an organization (a fresh-user tester's finding)
        for (String[] c : new String[][] {{"Dompetku has raised $45 million in a Series B round led by Brightwave Capital.", "en"},
                {"Dompetku meraih pendanaan Seri A senilai US$ 15 juta yang dipimpin oleh Northstar Group.", "id"}}) {
            Extraction x = extract("Funding", c[0], c[1]);
            assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Seri")), x.entities().toString());
            assertTrue(relations(x).stream().anyMatch(r -> r.endsWith(" investsIn Dompetku")), relations(x).toString());
        }
    }

    @Test
    void assertsNoBidWhoseSpeculationOrReportTheBidderRejects() {
        // fresh-user testers' findings: a rejected speculation read as a rumoured bid, a dismissed report as a negotiation
        for (String text : List.of("Apex Industries rejected speculation that it would bid for Brennan Tools, saying it was focused "
                        + "on its existing businesses.",
                "Lindqvist Group dismissed a media report that it was planning to buy Dutch retailer Hema B.V., saying it had no such plans.")) {
            for (boolean rules : new boolean[] {true, false}) {
                Extraction x = (rules ? TestPipeline.rulesOnly() : TestPipeline.get()).extract(new Article("t", "Deal news", text, "",
                        java.util.Optional.empty(), "en"));
                assertTrue(relations(x).stream().noneMatch(r -> r.contains(" seeksToAcquire ") || r.contains(" acquires ")),
                        text + " " + relations(x));
            }
        }
    }

    @Test
    void readsTheEmployerSomeoneCameFromAsNoCurrentEmployer() {
        // "joined the company from Grab" read as working for Grab (a fresh-user tester's finding)
        for (String[] c : new String[][] {
                {"\"We will keep investing,\" said Lisa Tan, head of Southeast Asia at Orbit Media. Tan joined the company from Grab in 2020.",
                        "en", "Lisa Tan worksFor Grab"},
                {"Budi Santoso, direktur keuangan PT Vantor Tbk, bergabung dengan perseroan dari PT Kestrel Utama pada 2019.",
                        "id", "Budi Santoso worksFor PT Kestrel Utama"}}) {
            Extraction x = extract("People", c[0], c[1]);
            assertFalse(relations(x).contains(c[2]), c[0] + " " + relations(x));
            assertTrue(relations(x).stream().anyMatch(r -> r.startsWith(c[2].substring(0, c[2].indexOf(" worksFor")) + " worksFor ")),
                    c[0] + " " + relations(x));
        }
    }

    @Test
    void readsTwoLegalFormsOfOneNameAsOneCompanyNeverALegalFormAlone() {
        // "Toyota Tsusho Co. Ltd." gave a company "Ltd", then the buyer once the period ended no clause (a fresh-user tester's finding)
        for (String[] c : new String[][] {{"Toyota Tsusho Co. Ltd. acquired CFAO SAS for 2.3 billion euros.", "Toyota Tsusho Co. Ltd"},
                {"Hon Hai Precision Industry Co., Ltd. will invest $1 billion in Sharp Corp.", "Hon Hai Precision Industry Co., Ltd"}}) {
            for (boolean rules : new boolean[] {true, false}) {
                Extraction x = (rules ? TestPipeline.rulesOnly() : TestPipeline.get()).extract(new Article("t", "Deal news", c[0], "",
                        java.util.Optional.empty(), "en"));
                assertTrue(x.entities().stream().noneMatch(e -> e.name().matches("(?i)ltd\\.?")), x.entities().toString());
                assertTrue(x.entities().stream().anyMatch(e -> e.name().equals(c[1])), x.entities().toString());
                assertTrue(relations(x).stream().anyMatch(r -> r.startsWith(c[1] + " ")), relations(x).toString());
            }
        }
    }

    @Test
    void readsAFirmsFinancialAdviserAsItsSupplier() {
        for (String[] c : new String[][] {
                {"Kestrel Dynamics Corp said its financial advisor, Halcyon Partners Inc, had found the offer inadequate.",
                        "Kestrel Dynamics Corp customerOf Halcyon Partners Inc"},
                {"Kestrel Dynamics Corp, which owns 47 cable systems, said it retained Halcyon Partners Inc as its financial adviser.",
                        "Kestrel Dynamics Corp customerOf Halcyon Partners Inc"},
                {"Halcyon Partners Inc, the investment bank, is advising Kestrel Dynamics Corp on the sale.",
                        "Kestrel Dynamics Corp customerOf Halcyon Partners Inc"}}) {
            Extraction x = extract("Adviser", c[0], "en");
            assertTrue(relations(x).contains(c[1]), c[0] + " " + relations(x));
        }
    }

    @Test
    void readsALawsuitToBlockADealAsNoBlockAndTheDealAsPending() {
        for (String text : List.of("The Federal Trade Commission sued on Tuesday to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission filed a lawsuit to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.")) {
            Extraction x = extract("Deal news", text, "en");
            assertTrue(relations(x).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(x).toString());
            assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.BLOCKS), x.relations().toString());
            assertTrue(x.relations().stream().filter(r -> r.type() == RelationType.ACQUIRES).allMatch(r -> r.status() == DealStatus.AGREED),
                    x.relations().toString());
            assertFalse(relations(x).stream().anyMatch(r -> r.startsWith("Federal Trade Commission acquires")), relations(x).toString());
        }
    }

    @Test
    void readsADealNamedWithItsBuyerFirstAfterBy() {
        for (String[] c : new String[][] {
                {"The acquisition by Kestrel Dynamics Corp of Halcyon Systems Inc was completed on Monday.",
                        "Kestrel Dynamics Corp acquires Halcyon Systems Inc"},
                {"The minister decided not to refer the proposed acquisition by Reed International Plc <REED.L> of <Technical Publishing "
                        + "Company Inc> to the Monopolies and Mergers Commission.", "Reed International Plc seeksToAcquire Technical Publishing Company Inc"},
                {"A hostile bid by Kestrel Dynamics Corp for Halcyon Systems Inc was rejected.", "Kestrel Dynamics Corp seeksToAcquire Halcyon Systems Inc"}}) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", c[0], "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains(c[1]), c[0] + " " + relations(x));
            assertFalse(relations(x).stream().anyMatch(r -> r.startsWith("Halcyon") || r.startsWith("Technical")), c[0] + " " + relations(x));
        }
    }

    @Test
    void readsASaleWhoseBuyerGoesUnnamedAsTheTargetsAcquisitionWithItsSeller() {
        // MANUAL: a party the text does not name is left out; the target and the seller stay (four fifths of the train split
        // hold 55 such acquisitions with a target and a seller and no acquirer, and 19 with a target alone)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Eli Lilly and Co said its board decided to sell "
                + "Elizabeth Arden Inc, a wholly owned subsidiary that makes cosmetics.", "", java.util.Optional.empty(), "en"));
        assertTrue(roles(x).containsAll(Set.of("Acquisition target=Elizabeth Arden Inc", "Acquisition seller=Eli Lilly and Co")),
                roles(x).toString());
        assertFalse(roles(x).contains("Acquisition acquirer=Elizabeth Arden Inc"), roles(x).toString());
        assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.ACQUIRES), x.relations().toString());
        // shares sold are no company sold
        Extraction shares = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Kestrel Corp said it sold 300,000 "
                + "Halcyon Inc common shares for 20 mln dlrs.", "", java.util.Optional.empty(), "en"));
        assertTrue(shares.events().stream().noneMatch(e -> e.type().localName().equals("Acquisition")), shares.events().toString());
        // nor are a company's goods or bonds (fresh-user testers' findings)
        for (String text : List.of("Halcyon Inc sells Kestrel Corp software to banks.", "Halcyon Inc sold Kestrel Corp bonds last year.")) {
            Extraction goods = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(goods.events().stream().noneMatch(e -> e.type().localName().equals("Acquisition")), text + " " + goods.events());
        }
        // a sale said in the past is done
        Extraction sold = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "Vantor Corp sold Halcyon Inc in 2019.", "",
                java.util.Optional.empty(), "en"));
        assertTrue(sold.events().stream().anyMatch(e -> e.type().localName().equals("Acquisition") && e.status() == DealStatus.COMPLETED),
                sold.events().toString());
    }

    @Test
    void readsAnAttemptToBlockADealAsNoBlockAndTheDealAsPending() {
        // a fresh-user tester's findings: moving, asking, seeking or voting to block, a lawsuit's aim further off, and a
        // negated lawsuit, block nothing; the deal they aim at stands, agreed
        for (String text : List.of("The Justice Department moved to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission asked a federal judge to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission is seeking to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission sued in federal court in Washington on Tuesday to block Kestrel Dynamics Corp's purchase of "
                        + "Halcyon Systems Inc.",
                "The Federal Trade Commission did not sue to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission sued Procter & Gamble Co to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                // a wish, a plan, an expectation, a vote with its adverb, a judge asked by name (fresh-user testers' findings)
                "The Federal Trade Commission wants to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission plans to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission is expected to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission voted unanimously to block Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission asked U.S. District Judge Amy Berman Jackson to block Kestrel Dynamics Corp's purchase of "
                        + "Halcyon Systems Inc.",
                // a block not done is no block, and the deal it did not block stays agreed, not completed
                "The Federal Trade Commission has not blocked Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), text + " " + relations(x));
            assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.BLOCKS), text + " " + x.relations());
            assertTrue(x.relations().stream().filter(r -> r.type() == RelationType.ACQUIRES).allMatch(r -> r.status() == DealStatus.AGREED),
                    text + " " + x.relations());
        }
        // the one sued owns the deal a possessive names after the word of blocking
        Extraction sued = TestPipeline.rulesOnly().extract(new Article("t", "Deal news",
                "The Federal Trade Commission sued Kestrel Dynamics Corp to block its purchase of Halcyon Systems Inc.", "",
                java.util.Optional.empty(), "en"));
        assertTrue(relations(sued).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), relations(sued).toString());
        assertTrue(relations(sued).contains("Federal Trade Commission sues Kestrel Dynamics Corp"), relations(sued).toString());
        // but the one who sues, reviews or will review is no buyer: an agent, a sentence's subject, two sued (testers' findings)
        for (String text : List.of("Kestrel Dynamics Corp was sued by the Federal Trade Commission to block its purchase of Halcyon Systems Inc.",
                "The European Commission is reviewing its acquisition of Halcyon Systems Inc.",
                "Kestrel Dynamics Corp said the Federal Trade Commission will review its purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission sued Kestrel Dynamics Corp and Alder Robotics Ltd to block its purchase of Halcyon Systems Inc.",
                // the one asked to approve is no party either (a fresh-user tester's finding)
                "Kestrel Dynamics Corp asked the Federal Trade Commission to approve its purchase of Halcyon Systems Inc.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).stream().noneMatch(r -> r.matches("(European Commission|Federal Trade Commission|Alder Robotics Ltd) "
                    + "(acquires|seeksToAcquire|blocks) .*")), text + " " + relations(x));
        }
        // the same in Indonesian: an attempt to block blocks nothing, and no Block event
        Extraction upaya = TestPipeline.rulesOnly().extract(new Article("t", "Berita", "KPPU berupaya memblokir akuisisi PT Halcyon "
                + "Systems oleh PT Kestrel Dynamics Tbk.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(upaya).contains("PT Kestrel Dynamics Tbk acquires PT Halcyon Systems"), relations(upaya).toString());
        assertTrue(upaya.relations().stream().noneMatch(r -> r.type() == RelationType.BLOCKS), upaya.relations().toString());
        assertTrue(upaya.events().stream().noneMatch(e -> e.type().localName().equals("Block")), upaya.events().toString());
        // a negation in an earlier clause does not undo a later block (a fresh-user tester's finding)
        Extraction meski = TestPipeline.rulesOnly().extract(new Article("t", "Berita", "Meski OJK tidak keberatan, KPPU memblokir "
                + "akuisisi PT Halcyon Systems oleh PT Kestrel Dynamics Tbk.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(meski).contains("PT Kestrel Dynamics Tbk seeksToAcquire PT Halcyon Systems"), relations(meski).toString());
        assertTrue(relations(meski).stream().noneMatch(r -> r.contains(" acquires ")), relations(meski).toString());
        // a request, a future and a negation in Indonesian (fresh-user testers' findings): no block, the deal agreed
        for (String text : List.of("KPPU meminta pengadilan memblokir akuisisi PT Halcyon Systems oleh PT Kestrel Dynamics Tbk.",
                "KPPU akan memblokir akuisisi PT Halcyon Systems oleh PT Kestrel Dynamics Tbk.",
                "KPPU tidak memblokir akuisisi PT Halcyon Systems oleh PT Kestrel Dynamics Tbk.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Berita", text, "", java.util.Optional.empty(), "id"));
            assertTrue(relations(x).contains("PT Kestrel Dynamics Tbk acquires PT Halcyon Systems"), text + " " + relations(x));
            assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.BLOCKS), text + " " + x.relations());
            assertTrue(x.relations().stream().filter(r -> r.type() == RelationType.ACQUIRES).allMatch(r -> r.status() == DealStatus.AGREED),
                    text + " " + x.relations());
        }
        // the one sued owns the deal with a time, a place or a participle between (fresh-user testers' findings)
        for (String text : List.of("The Federal Trade Commission sued Kestrel Dynamics Corp on Monday to block its purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission sued Kestrel Dynamics Corp in December to block its purchase of Halcyon Systems Inc.",
                "The Federal Trade Commission sued Kestrel Dynamics Corp, seeking to block its purchase of Halcyon Systems Inc.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Kestrel Dynamics Corp acquires Halcyon Systems Inc"), text + " " + relations(x));
        }
        // who sues to block a deal sues neither party by that word (a fresh-user tester's finding: the target read as sued)
        Extraction toBlock = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "The Federal Trade Commission sued to block "
                + "Kestrel Dynamics Corp's purchase of Halcyon Systems Inc.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(toBlock).stream().noneMatch(r -> r.contains(" sues ")), relations(toBlock).toString());
        // a lawsuit's clause of its own is no aim: the deal after it stands
        Extraction after = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "After the lawsuit was dismissed in May, "
                + "Kestrel Dynamics Corp decided to invest in Halcyon Systems Inc.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(after).contains("Kestrel Dynamics Corp investsIn Halcyon Systems Inc"), relations(after).toString());
        // the agent after the object of a blocking verb's noun is the noun's, not the verb's ("memblokir akuisisi X oleh Y")
        Extraction kppu = TestPipeline.rulesOnly().extract(new Article("t", "Berita", "KPPU memblokir akuisisi PT Halcyon Systems "
                + "oleh PT Kestrel Dynamics Tbk.", "", java.util.Optional.empty(), "id"));
        assertTrue(relations(kppu).contains("KPPU blocks PT Halcyon Systems"), relations(kppu).toString());
        assertTrue(relations(kppu).stream().noneMatch(r -> r.startsWith("PT Kestrel Dynamics Tbk blocks")), relations(kppu).toString());
        // a block done stays one
        Extraction done = TestPipeline.rulesOnly().extract(new Article("t", "Ban", "The Ministry of Communication blocked Kestrel Dynamics Corp.",
                "", java.util.Optional.empty(), "en"));
        assertTrue(relations(done).contains("Ministry of Communication blocks Kestrel Dynamics Corp"), relations(done).toString());
    }

    @Test
    void aTitleAndACompanyBeforeAPersonSetBesideThemStayOneCompany() {
        // the fresh-user tester's most frequent finding: "PT Karya" cut off, "Emas Mandiri" read as a person
        Set<String> r = relations(extract("Kabar", "Jakarta - Direktur Operasional PT Karya Emas Mandiri, Budi Santoso, mengatakan "
                + "laba naik.", "id"));
        assertTrue(r.contains("Budi Santoso worksFor PT Karya Emas Mandiri"), r.toString());
        // a titled person after the comma is the next of a list, no name set beside the company: the run keeps its person
        Set<String> list = relations(extract("Kabar", "Jakarta - Direktur Utama Bank Mandiri Darmawan Junaidi, Wakil Direktur Utama "
                + "Alexandra Askandar, dan Direktur Keuangan Sigit Prastowo hadir.", "id"));
        assertTrue(list.contains("Darmawan Junaidi worksFor Bank Mandiri"), list.toString());
    }

    @Test
    void readsAOneWordCompanyAtASentencesStartByItsDealVerb() {
        // fresh-user testers' findings: the buyer or the target lost where its name opens the sentence
        assertTrue(relations(extract("Berita", "Vantor sepakat membeli Kestrel senilai Rp 2 triliun.", "id"))
                .contains("Vantor acquires Kestrel"));
        assertTrue(relations(extract("Deal news", "Kestrel agreed to be acquired by Vantor for $2 billion.", "en"))
                .contains("Vantor acquires Kestrel"));
        // and a partner taken on ("menggandeng"), its vice-president quoted after it ("VP Operasional Antarin, Yoga Pratama")
        Set<String> partner = relations(extract("Kerja Sama Baru", "Jakarta - Antarin menggandeng Payora untuk layanan pembayaran. "
                + "VP Operasional Antarin, Yoga Pratama, mengatakan kerja sama itu penting.", "id"));
        assertTrue(partner.containsAll(Set.of("Antarin partnersWith Payora", "Yoga Pratama worksFor Antarin")), partner.toString());
    }

    @Test
    void readsADealTheClauseSaysFailedAsAFailedBid() {
        // fresh-user testers' findings: a failed deal named by its adjective, and one whose buyer comes first ("by X of Y")
        for (String text : List.of("The failed acquisition by Vantor Corp of Kestrel Inc hurt its shares.",
                "The acquisition by Vantor Corp of Kestrel Inc was blocked by regulators.",
                "The failed acquisition of Kestrel Inc by Vantor Corp hurt its shares.",
                "Vantor Corp's failed acquisition of Kestrel Inc hurt its shares.",
                "Vantor Corp's unsuccessful bid for Kestrel Inc ended in May.")) {
            Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", text, "", java.util.Optional.empty(), "en"));
            assertTrue(relations(x).contains("Vantor Corp seeksToAcquire Kestrel Inc"), text + " " + relations(x));
            assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.ACQUIRES), text + " " + x.relations());
            assertTrue(x.relations().stream().allMatch(r -> r.status() == DealStatus.FAILED), text + " " + x.relations());
        }
        // who approves a deal is still no party to it
        Extraction approval = TestPipeline.rulesOnly().extract(new Article("t", "Deal news", "The European Commission's approval of "
                + "the acquisition of Kestrel Inc by Vantor Corp came in May.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(approval).stream().noneMatch(r -> r.startsWith("European Commission")), relations(approval).toString());
    }

    @Test
    void neverReadsARegulatorExaminingADealAsItsBuyer() {
        String[][] cases = {
                {"id", "Otoritas Jasa Keuangan (OJK) memeriksa rencana akuisisi PT Bank Cendana oleh PT Nusantara Digital Tbk.",
                        "Otoritas Jasa Keuangan", "PT Nusantara Digital Tbk", "PT Bank Cendana"},
                {"en", "The Federal Trade Commission is reviewing the acquisition of Kestrel Dynamics Corp by Halcyon Systems Inc.",
                        "Federal Trade Commission", "Halcyon Systems Inc", "Kestrel Dynamics Corp"},
                // in the passive after the deal, the examiner is no party either, and the deal under review is agreed
                {"id", "Akuisisi PT Bank Sentosa oleh PT Maju Jaya Tbk sedang diperiksa Otoritas Jasa Keuangan.",
                        "Otoritas Jasa Keuangan", "PT Maju Jaya Tbk", "PT Bank Sentosa"},
                {"en", "The acquisition of Alder Robotics Ltd by Kestrel Dynamics Corp is being reviewed by the Federal Trade Commission.",
                        "Federal Trade Commission", "Kestrel Dynamics Corp", "Alder Robotics Ltd"}};
        for (String[] c : cases) {
            Extraction x = extract("Deal news", c[1], c[0]);
            Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
            String regulator = x.entities().stream().filter(e -> e.name().contains(c[2])).map(Entity::key).findFirst().orElseThrow();
            assertTrue(relations(x).stream().anyMatch(r -> r.endsWith(" acquires " + c[4]) && r.startsWith(c[3])), relations(x).toString());
            assertFalse(relations(x).stream().anyMatch(r -> r.startsWith(names.get(regulator) + " ")), relations(x).toString());
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION)
                    .noneMatch(e -> e.participants().stream().anyMatch(p -> p.entity().equals(regulator))), x.events().toString());
            assertTrue(x.relations().stream().filter(r -> r.type() == RelationType.ACQUIRES).allMatch(r -> r.status() == DealStatus.AGREED)
                    && x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.status() == DealStatus.AGREED),
                    "a deal under review is agreed: " + x.relations() + " " + x.events());
        }
    }

    @Test
    void readsPartnersNamedTogetherBeforeTheirAgreement() {
        for (String[] c : new String[][] {
                {"en", "Veltrane Software Inc and Oskari Bank Ltd signed a partnership agreement on Monday.", "Veltrane Software Inc", "Oskari Bank Ltd"},
                {"en", "Veltrane Software Inc and Oskari Bank Ltd announced a strategic partnership to build a payments platform.",
                        "Veltrane Software Inc", "Oskari Bank Ltd"},
                {"id", "PT Kelana Nusantara Tbk dan PT Harmoni Abadi sepakat membentuk perusahaan patungan.", "PT Kelana Nusantara Tbk",
                        "PT Harmoni Abadi"}}) {
            Set<String> r = relations(extract("News", c[1], c[0]));
            assertTrue(r.contains(c[2] + " partnersWith " + c[3]) || r.contains(c[3] + " partnersWith " + c[2]), c[1] + " " + r);
        }
    }

    @Test
    void readsPassiveAcquisitionsTheRightWayRound() {
        Extraction x = extract("News", "The other half of Brightwater Inc was bought by Kestrel Dynamics Corp in 2001.", "en");
        assertEquals(Set.of("Kestrel Dynamics Corp acquires Brightwater Inc"), relations(x));
        Event e = x.events().get(0);
        assertEquals(EventType.ACQUISITION, e.type());
        assertEquals("2001", e.date().orElseThrow());
    }

    @Test
    void readsAMemorandumOfUnderstandingBetweenTwoPartiesAsTheirPartnership() {
        for (String[] c : new String[][] {
                {"id", "Acara diakhiri dengan penandatanganan MoU antara PT Harmoni Abadi dan PT Ultra Sakti di Jakarta."},
                {"id", "Kedua pihak meneken nota kesepahaman antara PT Harmoni Abadi dan PT Ultra Sakti pada Senin."},
                {"en", "The event ended with the signing of a memorandum of understanding between Harmoni Abadi Ltd and Ultra Sakti Corp."}}) {
            Set<String> r = relations(extract("News", c[1], c[0]));
            assertTrue(r.stream().anyMatch(x -> x.contains("Harmoni Abadi") && x.contains(" partnersWith ") && x.contains("Ultra Sakti")),
                    c[1] + " " + r);
        }
    }

    @Test
    void readsAProductMarketedByItsMakerAsItsLaunch() {
        // "memasarkan" and "dipasarkan" were six of the annotators' launch triggers on four fifths of the train split
        Extraction x = extract("Kabar", "PT Kaldera Teknologi memasarkan ponsel Nova X1 di Jakarta mulai Senin.", "id");
        Set<String> launches = roles(x).stream().filter(r -> r.startsWith("ProductLaunch")).collect(Collectors.toSet());
        assertTrue(launches.containsAll(Set.of("ProductLaunch organization=PT Kaldera Teknologi", "ProductLaunch product=Nova X1")),
                launches.toString());
    }

    @Test
    void aNameAfterAnIndonesianKindOfAppOrPlatformIsAProductThatMayBeACustomer() {
        // product-nouns.txt, counted on four fifths of the train split: 71 of 97 names after "aplikasi" were products
        Extraction x = extract("Kabar", "Pengguna aplikasi Lumora terus bertambah. Perusahaan itu juga mengoperasikan satelit dinamai Garudasat.", "id");
        Map<String, EntityType> types = x.entities().stream().collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
        assertEquals(EntityType.PRODUCT, types.get("Lumora"), types.toString());
        assertEquals(EntityType.PRODUCT, types.get("Garudasat"), types.toString());
        // an app named as a party stands in for its owner as a customer (GUIDELINES)
        assertTrue(relations(extract("Kabar", "Aplikasi Kelana menyewa server dari Nimbus Cloud Corp.", "id"))
                .contains("Kelana customerOf Nimbus Cloud Corp"));
    }

    @Test
    void readsEachMemberOfAListAfterAGapCueAlike() {
        Set<String> r = relations(extract("News", "Kestrel Holdings Inc owns Beta Systems Corp and Gamma Media Inc.", "en"));
        assertTrue(r.containsAll(Set.of("Beta Systems Corp ownedBy Kestrel Holdings Inc", "Gamma Media Inc ownedBy Kestrel Holdings Inc")),
                r.toString());
        Set<String> id = relations(extract("Kabar", "PT Kelana Nusantara Tbk memiliki PT Beta Data dan PT Gamma Media.", "id"));
        assertTrue(id.containsAll(Set.of("PT Beta Data ownedBy PT Kelana Nusantara Tbk", "PT Gamma Media ownedBy PT Kelana Nusantara Tbk")),
                id.toString());
        // a list joined by a comma alone is no list: "Beta Systems Corp, Gamma Media Inc" may be an apposition
        Set<String> apposition = relations(extract("News", "Kestrel Holdings Inc owns Beta Systems Corp, a maker of chips.", "en"));
        assertTrue(apposition.contains("Beta Systems Corp ownedBy Kestrel Holdings Inc"), apposition.toString());
    }

    @Test
    void aRegulatorThatDecidesOnADealIsNoBuyerInIt() {
        for (String[] c : new String[][] {
                {"id", "Komisi Pengawas Persaingan Usaha (KPPU) menyetujui penggabungan usaha antara PT Semen Baturaja Tbk dan "
                        + "PT Semen Nusa Jaya.", "Komisi Pengawas Persaingan Usaha"},
                {"en", "Britain's Competition and Markets Authority (CMA) on Monday cleared Bramwell Health's 780 million pound "
                        + "takeover of Oakridge Pharmacy Ltd.", "Competition and Markets Authority"}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> roles = roles(x);
            assertTrue(roles.stream().anyMatch(r -> r.startsWith("RegulatoryAction authority=")), c[1] + " " + roles);
            assertTrue(roles.stream().noneMatch(r -> r.startsWith("Acquisition acquirer=" + c[2])), c[1] + " " + roles);
            assertTrue(relations(x).stream().noneMatch(r -> r.startsWith(c[2])), c[1] + " " + relations(x));
        }
    }

    @Test
    void readsABidAsSeekingNotAcquiring() {
        for (String[] c : new String[][] {
                {"id", "Pada 2020, Halcyon Systems mengumumkan niatnya untuk mengakuisisi PT Lintas Data Tbk.",
                        "Halcyon Systems seeksToAcquire PT Lintas Data Tbk"},
                {"en", "Vantor Inc plans to acquire Selwyn Robotics Ltd for about $300 million.", "Vantor Inc seeksToAcquire Selwyn Robotics Ltd"},
                {"id", "PT Mega Surya Tbk berencana mengakuisisi PT Dirga Pratama senilai Rp 500 miliar.",
                        "PT Mega Surya Tbk seeksToAcquire PT Dirga Pratama"}}) {
            Extraction x = extract("Kabar", c[1], c[0]);
            assertEquals(Set.of(c[2]), relations(x), c[1]);
            for (Event e : x.events()) {
                assertTrue(Set.of(DealStatus.RUMORED, DealStatus.NEGOTIATING).contains(e.status()), c[1] + " " + e);
            }
        }
    }

    @Test
    void marksADealTheBuyerAgreedToAsAgreedNotCompleted() {
        for (String[] c : new String[][] {
                {"id", "PT Kelana Networks sepakat mengakuisisi PT Harmoni Records senilai Rp 20 miliar."},
                {"id", "PT Kelana Networks telah setuju untuk mengakuisisi PT Harmoni Records."},
                {"en", "Kelana Networks Inc agreed to acquire Harmoni Records Ltd for $20 million."}}) {
            Extraction x = extract("Kabar", c[1], c[0]);
            assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION), c[1] + " " + x.events());
            for (Event e : x.events()) {
                assertEquals(DealStatus.AGREED, e.status(), c[1] + " " + e);
            }
        }
        // told as done, the deal is completed
        Extraction done = extract("Kabar", "PT Kelana Networks telah mengakuisisi PT Harmoni Records pada 2023.", "id");
        assertTrue(done.events().stream().anyMatch(e -> e.status() == DealStatus.COMPLETED), done.events().toString());
    }

    @Test
    void readsADistributorAndCompaniesThatDevelopTogetherAsPartners() {
        for (String[] c : new String[][] {
                {"en", "Kelana Networks Inc will distribute Harmoni Records Ltd's products in Asia under a new agreement."},
                {"en", "Kelana Networks Inc is the exclusive distributor of Harmoni Records Ltd in Indonesia."},
                {"en", "Kelana Networks Inc and Harmoni Records Ltd will jointly develop a new battery."},
                {"id", "PT Kelana Networks akan mendistribusikan produk PT Harmoni Records di Asia."},
                {"id", "PT Kelana Networks dan PT Harmoni Records akan bersama-sama mengembangkan baterai baru."}}) {
            Set<String> r = relations(extract("Kabar", c[1], c[0]));
            assertTrue(r.stream().anyMatch(x -> x.contains("Kelana Networks") && x.contains(" partnersWith ") && x.contains("Harmoni Records")),
                    c[1] + " " + r);
        }
        // distributing what has no name, or money, is no partnership
        assertTrue(relations(extract("Kabar", "Kelana Networks Inc will distribute dividends to shareholders of Harmoni Records Ltd.", "en"))
                .stream().noneMatch(x -> x.contains(" partnersWith ")));
    }

    @Test
    void readsABuyerGivenApprovalToBuyAsAcquiring() {
        Set<String> r = relations(extract("News", "BB&T Corp. got approval to buy Susquehanna Bancshares Inc. for $2.5 billion.", "en"));
        assertTrue(r.contains("BB&T Corp acquires Susquehanna Bancshares Inc"), r.toString());
    }

    @Test
    void readsACompanysParentNamedAfterItsPossessiveAsItsOwner() {
        Set<String> r = relations(extract("News", "Polaris Air's parent company Eastwind Group posted record profit.", "en"));
        assertTrue(r.contains("Polaris Air ownedBy Eastwind Group"), r.toString());
        assertFalse(r.contains("Eastwind Group ownedBy Polaris Air"), r.toString());
    }

    @Test
    void aMinorityOwnerInvestsInTheCompanyAndAControllerOwnsIt() {
        Set<String> minority = TestPipeline.ruleRelations(
                "Beghin Sucres SA, which is 49.6 pct owned by Gruppo Verano SpA, is to raise its capital.", "en");
        assertTrue(minority.contains("Gruppo Verano SpA investsIn Beghin Sucres SA"), minority.toString());
        assertFalse(minority.contains("Beghin Sucres SA ownedBy Gruppo Verano SpA"), minority.toString());
        Set<String> majority = TestPipeline.ruleRelations("Korvan Foods Ltd is 55.2 pct owned by Tasman Wide Industries Ltd.", "en");
        assertTrue(majority.contains("Korvan Foods Ltd ownedBy Tasman Wide Industries Ltd"), majority.toString());
        assertFalse(majority.contains("Tasman Wide Industries Ltd investsIn Korvan Foods Ltd"), majority.toString());
        Set<String> controlled = TestPipeline.ruleRelations(
                "Larrimor Motors SpA, which is controlled by Orlan Holdings Group, broke even last year.", "en");
        assertTrue(controlled.contains("Larrimor Motors SpA ownedBy Orlan Holdings Group"), controlled.toString());
    }

    @Test
    void aNumberOfACompanysSharesBoughtIsAStakeInItNotItsPurchase() {
        Set<String> r = TestPipeline.ruleRelations("Teck Holdings Corp agreed to purchase 4.5 mln Trilogy Resource Corp common shares "
                + "at 1.50 dlrs each. Orvana Group Inc said it bought 527,000 Brinkmann Instruments Inc shares.", "en");
        assertTrue(r.containsAll(Set.of("Teck Holdings Corp investsIn Trilogy Resource Corp",
                "Orvana Group Inc investsIn Brinkmann Instruments Inc")), r.toString());
        assertFalse(r.contains("Teck Holdings Corp acquires Trilogy Resource Corp"), r.toString());
        assertFalse(r.contains("Orvana Group Inc acquires Brinkmann Instruments Inc"), r.toString());
    }

    @Test
    void aTitledPersonOfACompanyWorksForItAndIsNoPartOfItsName() {
        Set<String> r = TestPipeline.ruleRelations("Analyst Jane Doe of Tavimo Research Inc said the bid was low.", "en");
        assertTrue(r.contains("Jane Doe worksFor Tavimo Research Inc"), r.toString());
    }

    @Test
    void aPersonDescribedAsACompanysOneWorksForItButNotInAFormerOffice() {
        Set<String> r = TestPipeline.ruleRelations("Maria Lopez, Kelvaro Systems' futurologist, told reporters it was a shame. "
                + "Cynthia Cooper, Orvana Telecom's ex-head of internal accounting, alerted the board.", "en");
        assertTrue(r.contains("Maria Lopez worksFor Kelvaro Systems"), r.toString());
        assertFalse(r.contains("Cynthia Cooper worksFor Orvana Telecom"), r.toString());
    }

    @Test
    void readsTheOneWhoBroughtALawsuitSettledAsSuing() {
        Extraction x = extract("News", "Nova Retail agreed to pay $15 million to settle a lawsuit brought by Clearview Suppliers.", "en");
        assertTrue(relations(x).contains("Clearview Suppliers sues Nova Retail"), relations(x).toString());
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.LAWSUIT && e.status() == DealStatus.SETTLED), x.events().toString());
    }

    @Test
    void neverEndsANameInTheCoordinatorBeforeTheNextName() {
        Extraction x = extract("", "Corvid Systems and Lumen Grid announced a strategic partnership to build battery storage in Texas.", "en");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().endsWith(" and")), x.entities().toString());
        assertTrue(relations(x).contains("Corvid Systems partnersWith Lumen Grid") || relations(x).contains("Lumen Grid partnersWith Corvid Systems"),
                relations(x).toString());
    }

    @Test
    void readsTheCompanyInTheNextSentenceAsThePreviousSentencesSubject() {
        Extraction x = extract("", "Brightwave bought Solvent Labs in 2025. The company then acquired Nordic Data AB for $45 million.", "en");
        assertTrue(relations(x).contains("Brightwave acquires Nordic Data AB"), relations(x).toString());
        assertFalse(relations(x).contains("Solvent Labs acquires Nordic Data AB"), relations(x).toString());
        assertFalse(roles(x).contains("Acquisition acquirer=Solvent Labs"), roles(x).toString());
        Set<String> id = relations(extract("", "Zapline membeli Moovo senilai Rp 1,2 triliun. Perusahaan itu juga berinvestasi di Kargoku.", "id"));
        assertTrue(id.contains("Zapline investsIn Kargoku"), id.toString());
    }

    @Test
    void readsAnIndonesianCompanyThatUsesANamedServiceAsItsCustomer() {
        for (String text : new String[] {"Bukalapak memakai Microsoft Azure sejak 2025.", "Bukalapak menggunakan Microsoft Azure."}) {
            Set<String> r = relations(extract("", text, "id"));
            assertTrue(r.stream().anyMatch(x -> x.startsWith("Bukalapak customerOf Microsoft")), text + " " + r);
        }
        // a name the sentence goes on after, with no purpose, is no service used
        Set<String> r = relations(extract("", "Bukalapak menggunakan Microsoft Azure dan Google Cloud yang disewa bersama Tokopedia.", "id"));
        assertTrue(r.stream().noneMatch(x -> x.contains("customerOf Tokopedia")), r.toString());
    }

    @Test
    void doesNotAssertNegatedOrHypotheticalStatements() {
        Extraction x = extract("Kabar", "Jika proyek berhasil, mereka tidak perlu membayar jutaan dolar kepada Kestrel Dynamics Inc. "
                + "Halcyon Systems tidak bermitra dengan PT Lintas Data Tbk.", "id");
        assertTrue(x.relations().isEmpty(), relations(x).toString());
    }

    @Test
    void neverMakesACitedOutletAParty() {
        Extraction x = extract("News", "According to Reuters, Kestrel Dynamics Corp signed an agreement with Halcyon Systems Inc. "
                + "Dilansir Bloomberg, kerja sama dengan Reuters berlanjut.", "en");
        assertTrue(relations(x).contains("Kestrel Dynamics Corp partnersWith Halcyon Systems Inc"), relations(x).toString());
        assertTrue(relations(x).stream().noneMatch(r -> r.contains("Reuters") || r.contains("Bloomberg")), relations(x).toString());
    }

    @Test
    void readsPaymentsWithAmountAndPeriod() {
        Extraction x = extract("Kabar", "Aplikasi Kelana rutin membayar Nimbus Cloud Corp US$20 juta (sekitar Rp 322 miliar) per bulan.", "id");
        assertTrue(relations(x).contains("Kelana pays Nimbus Cloud Corp"), relations(x).toString());
        Amount a = x.events().stream().filter(e -> e.type() == EventType.PAYMENT).findFirst().orElseThrow().amount().orElseThrow();
        assertEquals("USD", a.currency());
        assertEquals("P1M", a.period().orElseThrow());
    }

    @Test
    void readsWhoWorksWhereFromTitles() {
        // each language's titles in an article of that language: role nouns are language data (data/lang/<code>/role-nouns.txt)
        Set<String> r = relations(extract("News", "\"We are ready,\" said Laura Whitfield, chief executive of Kestrel Dynamics Corp.", "en"));
        assertTrue(r.contains("Laura Whitfield worksFor Kestrel Dynamics Corp"), r.toString());
        Set<String> s = relations(extract("Kabar", "Direktur Pemasaran PT Lintas Data Tbk Wiyono Sukarno hadir.", "id"));
        assertTrue(s.contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), s.toString());
    }

    @Test
    void readsTheClientsOfAdvisersLendersSuppliersAndMakers() {
        for (String[] c : new String[][] {
                {"en", "Halvern Foods Inc said it retained Orbis Capital Corp as its financial adviser.", "Halvern Foods Inc customerOf Orbis Capital Corp"},
                {"en", "Orbis Bank Ltd will provide bridge financing to Halvern Foods Inc for the offer.", "Halvern Foods Inc customerOf Orbis Bank Ltd"},
                {"en", "Tessel Robotics Corp will supply warehouse robots to Halvern Foods Inc.", "Halvern Foods Inc customerOf Tessel Robotics Corp"},
                {"en", "Tessel Robotics Corp supplies data centers to Halvern Foods Inc.", "Halvern Foods Inc customerOf Tessel Robotics Corp"},
                {"en", "Skyreach Airways Ltd ordered 20 aircraft from Vantor Aerospace Corp.", "Skyreach Airways Ltd customerOf Vantor Aerospace Corp"},
                {"en", "Tessel Robotics Corp won a $40 million contract from Halvern Foods Inc.", "Halvern Foods Inc customerOf Tessel Robotics Corp"},
                {"en", "Lumina Dairy Corp signed a five-year supply agreement with Halvern Foods Inc.", "Halvern Foods Inc customerOf Lumina Dairy Corp"},
                {"id", "PT Bank Lestari Tbk menyalurkan kredit senilai Rp 2 triliun kepada PT Kelana Niaga Tbk.", "PT Kelana Niaga Tbk customerOf PT Bank Lestari Tbk"},
                {"id", "PT Kelana Niaga Tbk memperoleh pinjaman sebesar Rp 2 triliun dari PT Bank Lestari Tbk.", "PT Kelana Niaga Tbk customerOf PT Bank Lestari Tbk"},
                {"id", "PT Sinar Komponen Tbk memasok suku cadang ke PT Kelana Motor Indonesia.", "PT Kelana Motor Indonesia customerOf PT Sinar Komponen Tbk"},
                {"id", "PT Sinar Komponen Tbk menandatangani perjanjian pasokan dengan PT Kelana Motor Indonesia.", "PT Kelana Motor Indonesia customerOf PT Sinar Komponen Tbk"},
                {"en", "Halvern Foods Inc obtained a $50 million loan from Orbis Bank Ltd to refinance its debt.", "Halvern Foods Inc customerOf Orbis Bank Ltd"},
                {"en", "Halvern Foods Inc has retained Orbis Capital Corp to advise on strategic options.", "Halvern Foods Inc customerOf Orbis Capital Corp"},
                {"id", "PT Kelana Niaga Tbk menunjuk PT Danareksa Sekuritas sebagai penjamin emisi obligasi.", "PT Kelana Niaga Tbk customerOf PT Danareksa Sekuritas"},
                {"id", "PT Bayu Samudra menandatangani perjanjian jual beli gas dengan PT Kelana Energi.", "PT Kelana Energi customerOf PT Bayu Samudra"}}) {
            Set<String> r = relations(extract("News", c[1], c[0]));
            assertTrue(r.contains(c[2]), c[1] + " " + r);
        }
        Set<String> r = relations(extract("Kabar", "PT Bank Lestari Tbk memberikan penghargaan kepada PT Kelana Niaga Tbk.", "id"));
        assertTrue(r.stream().noneMatch(x -> x.contains("customerOf")), "an award is no loan: " + r);
        for (String none : List.of("Orvana Systems supplied evidence to the Federal Court in its dispute with Zentrix Labs.",
                "Brightwell Energy hired Maria Santos as chief financial officer.",
                "Sequoia Capital will provide funding to Lumora AI, a startup based in Jakarta.",
                "PT Sinar Komponen Tbk memasok data kepada PT Kelana Motor Indonesia.",
                // retained shares, not a firm retained for something (Q24)
                "Harlow Dynamics Inc retained Orvana Systems shares worth $10 million after the sale.")) {
            Set<String> n = relations(extract("News", none, none.startsWith("PT") ? "id" : "en"));
            assertTrue(n.stream().noneMatch(x -> x.contains("customerOf")), none + " " + n);
        }
        Set<String> two = relations(extract("Kabar", "PT Kelvora Robotics Indonesia menjalin kerja sama dengan PT Bank Sentosa Tbk untuk "
                + "layanan pembiayaan. Bank Sentosa juga menyalurkan kredit kepada PT Kelvora Robotics Indonesia senilai Rp 200 miliar.", "id"));
        assertTrue(two.stream().anyMatch(x -> x.contains(" partnersWith ")), "a partnership another sentence states stays: " + two);
        Set<String> supply = relations(extract("News", "Lumina Dairy Corp signed a supply agreement with Halvern Foods Inc.", "en"));
        assertTrue(supply.stream().noneMatch(x -> x.contains("partnersWith")), "a supply agreement is no partnership: " + supply);
        Set<String> gas = relations(extract("Kabar", "PT Bayu Samudra menandatangani perjanjian jual beli gas dengan PT Kelana Energi.", "id"));
        assertTrue(gas.stream().noneMatch(x -> x.contains("partnersWith")), "a gas sale and purchase agreement is no partnership: " + gas);
    }

    /** Each event's roles as "Type role=Name" strings, one per participant. */
    private static Set<String> roles(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.events().stream().flatMap(e -> e.participants().stream().map(p -> e.type().localName() + " " + p.role() + "="
                + names.get(p.entity()))).collect(Collectors.toSet());
    }

    @Test
    void advisersAreNeitherBuyersNorSellersAndTheBuyerAfterToIsNoTarget() {
        // S4, S6, S12, S18: an adviser is no party to the deal; the one a unit is sold to buys it; a seller is no target
        Set<String> advised = roles(extract("News", "Goldman Sachs advised on the sale of Pinewood Foods to Harlan Group.", "en"));
        assertFalse(advised.contains("Acquisition seller=Goldman Sachs") || advised.contains("Acquisition acquirer=Goldman Sachs"),
                advised.toString());
        Set<String> unit = roles(extract("News", "Morgan Stanley advised Tenaris on the sale of its pipe unit to Nippon Steel.", "en"));
        assertFalse(unit.contains("Acquisition target=Nippon Steel"), unit.toString());
        assertTrue(unit.contains("Acquisition acquirer=Nippon Steel"), unit.toString());
        Set<String> merger = roles(extract("News", "Pelham Ltd retained Lazard Ltd to advise on the merger.", "en"));
        assertFalse(merger.contains("Acquisition acquirer=Lazard Ltd"), merger.toString());
        Set<String> bought = roles(extract("News", "Brask Holdings bought Nordic Feeds from Velta Group, with Lazard Ltd advising Velta.", "en"));
        assertTrue(bought.contains("Acquisition target=Nordic Feeds"), bought.toString());
        assertFalse(bought.contains("Acquisition target=Velta Group") || bought.contains("Acquisition target=Lazard Ltd"), bought.toString());
        // "fined A, B and C": a list after the trigger still takes the second role whole
        Set<String> fined = roles(extract("News", "The regulator fined Harlow Dynamics Inc, Kestrel Mining Corp and Orvana Systems Corp.", "en"));
        assertTrue(fined.containsAll(List.of("RegulatoryAction target=Harlow Dynamics Inc", "RegulatoryAction target=Kestrel Mining Corp",
                "RegulatoryAction target=Orvana Systems Corp")), fined.toString());
        // S10: a court's order names no authority, least of all the one ordered to pay
        Set<String> court = roles(extract("News", "A court ordered Valmont Corp to pay $5 million to Greyhaven Ltd for breach of contract.", "en"));
        assertFalse(court.contains("RegulatoryAction authority=Valmont Corp"), court.toString());
    }

    @Test
    void anIndonesianSaleNamedByItsNounIsTheBuyersAcquisition() {
        // S8: "penjualan X kepada Y" is Y's acquisition of X, as "menjual X kepada Y" is
        Set<String> r = relations(extract("Kabar", "Astra International menyelesaikan penjualan PT Delta Mobil kepada PT Sinar Jaya "
                + "senilai Rp 2 triliun.", "id"));
        assertTrue(r.contains("PT Sinar Jaya acquires PT Delta Mobil"), r.toString());
    }

    @Test
    void aUnitOfAGroupNamedBeforeItsParentStaysItsOwnCompany() {
        // S1, S2: the parent's short name after its unit's is the parent, not a short form of the unit
        Set<String> r = relations(extract("News", "Allianz SE agreed to buy HSBC Life from HSBC for $1 billion.", "en"));
        assertTrue(r.contains("Allianz SE acquires HSBC Life"), r.toString());
        assertFalse(r.contains("Allianz SE acquires HSBC"), r.toString());
        Extraction id = extract("Kabar", "BCA Syariah menjalin kemitraan dengan Tokopedia. Sementara itu BCA mencatat laba naik.", "id");
        Map<String, String> keys = id.entities().stream().collect(Collectors.toMap(Entity::name, Entity::key, (a, b) -> a));
        assertTrue(keys.containsKey("BCA Syariah") && keys.containsKey("BCA"), keys.toString());
        assertFalse(keys.get("BCA Syariah").equals(keys.get("BCA")), keys.toString());
    }

    @Test
    void anAdviserOnASaleAndThePayeeOfAPurchaseAreNoBuyers() {
        // Q6: the party before "the sale of" sells or advises; R9, Q7: the one paid sells, whoever the trigger or classifier names
        for (String[] c : new String[][] {
                {"en", "Harlow Dynamics Inc retained Goldman Sachs as financial adviser for the sale of its drone unit.", "Goldman Sachs"},
                {"id", "PT Arunika Digital melakukan pembayaran nontunai sebesar Rp 5 miliar kepada PT Bayu Samudra atas pembelian server.",
                        "PT Bayu Samudra"},
                {"en", "A court ordered Harlow Dynamics Inc to pay $5 million to Bank Veritas.", "Bank Veritas"}}) {
            Extraction x = extract("News", c[1], c[0]);
            Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION && e.participants().stream()
                    .anyMatch(p -> p.role().equals("acquirer") && c[2].equals(names.get(p.entity())))), c[1] + " " + x.events());
            assertTrue(relations(x).stream().noneMatch(r -> r.startsWith(c[2] + " acquires") || r.startsWith(c[2] + " seeksToAcquire")),
                    c[1] + " " + relations(x));
        }
    }

    @Test
    void aKnownCompanysNameWithALineOfBusinessAfterItNamesAnotherCompanyOfItsGroup() {
        // R10: "Mandiri Sekuritas" is the group's broker, not Bank Mandiri; Bank Mandiri named as itself stays the gazetteer's
        Extraction id = extract("Kabar", "PT Kelana Niaga Tbk menunjuk Mandiri Sekuritas sebagai penasihat keuangan. "
                + "Analis BCA Sekuritas menilai Bank Mandiri diuntungkan.", "id");
        Map<String, String> names = id.entities().stream().collect(Collectors.toMap(Entity::name, Entity::key, (a, b) -> a));
        assertTrue(names.containsKey("Mandiri Sekuritas") && names.containsKey("BCA Sekuritas"), names.toString());
        assertFalse(names.get("Mandiri Sekuritas").equals(names.get("Bank Mandiri")), names.toString());
        assertEquals("bank-mandiri", names.get("Bank Mandiri"), names.toString());
        assertTrue(relations(id).contains("PT Kelana Niaga Tbk customerOf Mandiri Sekuritas"), relations(id).toString());
        Extraction en = extract("News", "Harlow Dynamics Inc retained HSBC Securities as its adviser.", "en");
        assertTrue(relations(en).contains("Harlow Dynamics Inc customerOf HSBC Securities"), relations(en).toString());
        // a digital arm, a university, a logistics arm of a known name (in the annotated splits the mention always ran on through them)
        Extraction more = extract("Kabar", "BCA Digital meluncurkan aplikasi baru, dan Telkom University menggandeng KAI Logistik.", "id");
        Set<String> orgs = more.entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(orgs.containsAll(Set.of("BCA Digital", "Telkom University", "KAI Logistik")), orgs.toString());
    }

    @Test
    void aKnownNameInsideALongerWordIsNoMention() {
        // the Indonesian tokenizer splits "MB16AP" at letters and digits; "AP" of it is no news agency
        for (String lang : List.of("id", "en")) {
            Extraction x = extract("Kabar", "Asus menyiapkan monitor bernama ZenScreen Go MB16AP untuk pengguna.", lang);
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("AP")), lang + " " + x.entities());
        }
    }

    @Test
    void anExpectationDeniedAssertsNoBid() {
        Set<String> r = relations(extract("News", "Microsoft is not expected to bid for Nuvexa Analytics Inc.", "en"));
        assertTrue(r.stream().noneMatch(x -> x.contains("seeksToAcquire") || x.contains("acquires")), r.toString());
        for (String doubted : List.of("Zentrix Labs Inc is unlikely to buy Orbitel Systems Corp this year.",
                "Analysts doubt Zentrix Labs Inc will buy Orbitel Systems Corp.")) {
            Set<String> d = relations(extract("News", doubted, "en"));
            assertTrue(d.stream().noneMatch(x -> x.contains("seeksToAcquire") || x.contains("acquires")), doubted + " " + d);
        }
        Set<String> plain = relations(extract("News", "Microsoft is expected to bid for Nuvexa Analytics Inc.", "en"));
        assertTrue(plain.contains("Microsoft seeksToAcquire Nuvexa Analytics Inc"), "an expected bid stays a rumoured one: " + plain);
    }

    @Test
    void aFormerOfficeIsNoCurrentEmployer() {
        Set<String> en = relations(extract("News", "Former Zentrix Labs Inc chief executive Mark Delaney joined Harlow Dynamics Inc as chairman.", "en"));
        assertFalse(en.contains("Mark Delaney worksFor Zentrix Labs Inc"), en.toString());
        Set<String> appos = relations(extract("News", "Mark Delaney, the former chief executive of Zentrix Labs Inc, said the deal was fair.", "en"));
        assertFalse(appos.contains("Mark Delaney worksFor Zentrix Labs Inc"), appos.toString());
        Set<String> id = relations(extract("Kabar", "Mantan Direktur Utama PT Lintas Data Tbk Wiyono Sukarno kini menjabat sebagai komisaris "
                + "PT Kelana Niaga Tbk.", "id"));
        assertFalse(id.contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), id.toString());
        assertTrue(id.contains("Wiyono Sukarno worksFor PT Kelana Niaga Tbk"), "the office held now stays: " + id);
        Extraction hired = extract("News", "Brightwell Energy Corp has hired former Zentrix Labs Inc executive Mark Delaney to lead its trading arm.", "en");
        Map<String, String> names = hired.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        assertTrue(hired.events().stream().noneMatch(e -> e.type() == EventType.APPOINTMENT
                && e.participants().stream().anyMatch(p -> "Zentrix Labs Inc".equals(names.get(p.entity())))), "no appointment at the former employer");
        Set<String> also = relations(extract("Kabar", "Wiyono Sukarno, Direktur Utama PT Lintas Data Tbk yang juga mantan Komisaris "
                + "PT Kelana Niaga Tbk, mengatakan laba naik.", "id"));
        assertFalse(also.contains("Wiyono Sukarno worksFor PT Kelana Niaga Tbk"), also.toString());
        Set<String> unit = relations(extract("News", "Orvana Systems Corp, a former unit of Zentrix Labs Inc, raised new funds.", "en"));
        assertFalse(unit.contains("Orvana Systems Corp ownedBy Zentrix Labs Inc"), unit.toString());
        Set<String> now = relations(extract("News", "Zentrix Labs Inc chief executive Mark Delaney said the deal was fair.", "en"));
        assertTrue(now.contains("Mark Delaney worksFor Zentrix Labs Inc"), now.toString());
    }

    @Test
    void theOneAnAppointeeReplacesHoldsThePostNoLonger() {
        // a fresh-user tester's finding (V13): the replaced chief executive was read as appointed and employed
        for (String[] c : new String[][] {
                {"en", "Fenwick Pharma Ltd on Monday appointed Aisha Okonkwo as chief executive, replacing Tom Reyes, who retired.",
                        "Aisha Okonkwo", "Tom Reyes", "Fenwick Pharma Ltd"},
                {"en", "Pellmont Industries Plc named Yusuf Demir chief financial officer on Friday, succeeding Claire Boyd.",
                        "Yusuf Demir", "Claire Boyd", "Pellmont Industries Plc"},
                {"id", "PT Lintas Data Tbk mengangkat Wiyono Sukarno sebagai Direktur Utama menggantikan Bambang Hartono.",
                        "Wiyono Sukarno", "Bambang Hartono", "PT Lintas Data Tbk"}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> r = relations(x);
            assertTrue(r.contains(c[2] + " worksFor " + c[4]), c[1] + " " + r);
            assertFalse(r.contains(c[3] + " worksFor " + c[4]), c[1] + " " + r);
            assertTrue(roles(x).contains("Appointment person=" + c[2]), c[1] + " " + roles(x));
            assertFalse(roles(x).contains("Appointment person=" + c[3]), c[1] + " " + roles(x));
        }
        // "replaced by" names the successor after it and the predecessor before it
        Extraction passive = extract("News", "Ostrava Metals Ltd chief executive Tom Reyes was replaced by Aisha Okonkwo in May.", "en");
        assertFalse(relations(passive).contains("Tom Reyes worksFor Ostrava Metals Ltd"), relations(passive).toString());
        assertFalse(roles(passive).contains("Appointment person=Tom Reyes"), roles(passive).toString());
    }

    @Test
    void aPaymentNotMadeADebtPaidDownAndAPricePerShareAreNoPayments() {
        // a fresh-user tester's finding (V6): the name nearest "pay" became a payer
        for (String[] c : new String[][] {
                {"en", "Talvik Motors Inc was sued by Orrin Components LLC, which alleges the carmaker failed to pay invoices worth $48 million."},
                {"en", "Ostervang Energy A/S said Kelby Wind Farms Ltd would use the proceeds to pay down debt."},
                {"en", "Castellan Group, which also owns payroll firm Tidewell Inc, will pay $32 per share in cash."},
                // Indonesian negation.txt held "gagal" before this round: this line guards that no payment comes back
                {"id", "PT Kelana Niaga Tbk gagal membayar utang kepada PT Harmoni Abadi senilai Rp 2 triliun."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), c[1] + " " + roles(x));
            assertTrue(relations(x).stream().noneMatch(r -> r.contains(" pays ")), c[1] + " " + relations(x));
        }
        Set<String> paid = relations(extract("News", "Belmont Stores Inc pays Quorra Cloud Inc about $3 million a month.", "en"));
        assertTrue(paid.contains("Belmont Stores Inc pays Quorra Cloud Inc"), paid.toString());
    }

    @Test
    void rivalsNamedTogetherBeforeTheirRivalryCompeteAndABidForAContractIsNoTakeover() {
        // a fresh-user tester's finding (V12)
        for (String[] c : new String[][] {
                {"en", "Norwegian shipbuilders Nordlys Marine and Vantor Yards are competing for a contract to build six electric ferries."},
                {"id", "PT Alfa Retail dan PT Beta Mart terus bersaing ketat di pasar minimarket."}}) {
            Set<String> r = relations(extract("News", c[1], c[0]));
            assertTrue(r.stream().anyMatch(x -> x.contains(" competesWith ")), c[1] + " " + r);
        }
        Set<String> bid = relations(extract("News", "Nordlys Marine Ltd and its rival Vantor Yards Ltd both bid for the contract to build "
                + "six ferries.", "en"));
        assertTrue(bid.stream().noneMatch(x -> x.contains("seeksToAcquire") || x.contains("acquires")), bid.toString());
        // nor is it an acquisition event, nor is taking over from another executive (a tester's findings, the W-list)
        for (String text : new String[] {"Nordlys Marine Ltd and its rival Vantor Yards Ltd both bid for the contract to build six ferries.",
                "Premont Transit Ltd bid for the contract in January.",
                "Aldous Rail Ltd and Premont Transit Ltd submitted bids for the Midlands rail tender.",
                "Martin Jacobs, 58, takes over from interim CEO Dana Whitley at Keston Corp."}) {
            Extraction x = extract("News", text, "en");
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION), text + " " + roles(x));
        }
    }

    @Test
    void aUnitBoughtFromItsSellerWasTheSellersButAStakeBoughtFromAHolderIsNot() {
        Set<String> whole = relations(extract("News", "Kestrel Corp has signed a definitive agreement to acquire Western National Life "
                + "Insurance Co from Beneficial Corp.", "en"));
        assertTrue(whole.contains("Western National Life Insurance Co ownedBy Beneficial Corp"), whole.toString());
        Set<String> stake = relations(extract("News", "Halden Ltd said it acquired a 10 pct stake in Hk Hotels Ltd from Liang Holdings Ltd.", "en"));
        assertFalse(stake.contains("Hk Hotels Ltd ownedBy Liang Holdings Ltd"), stake.toString());
    }

    @Test
    void aBidItsTargetFightsOffAcceptsOrBecomesASubsidiaryUnderNamesTheBidder() {
        for (String[] c : new String[][] {
                {"Harcourt Brace Jovanovich Inc, which is fighting off a takeover bid from British Printing and Communication Corp PLC, "
                        + "declared a special dividend.", "British Printing and Communication Corp PLC seeksToAcquire Harcourt Brace Jovanovich Inc"},
                {"Spectra-Physics Inc said it is considering a 32 dlr a share bid from Ciba-Geigy Corp.", "Ciba-Geigy Corp seeksToAcquire Spectra-Physics Inc"},
                {"Dome Petroleum Ltd has accepted a 5.1 billion dlr bid from Amoco Corp.", "Amoco Corp acquires Dome Petroleum Ltd"},
                {"First Granite Bancorp Inc said it agreed in principle to become a wholly owned subsidiary of Magna Group Inc.",
                        "Magna Group Inc acquires First Granite Bancorp Inc"}}) {
            Set<String> r = relations(extract("News", c[0], "en"));
            assertTrue(r.contains(c[1]), c[0] + " " + r);
        }
        // ... and in Indonesian: a bid its target weighs or receives, a target that agrees to become a subsidiary
        for (String[] c : new String[][] {
                {"PT Hijau Lestari Plantation menerima tawaran akuisisi dari PT Astra Agro Lestari Tbk pekan lalu.",
                        "PT Astra Agro Lestari Tbk seeksToAcquire PT Hijau Lestari Plantation"},
                {"PT Semen Padang Tbk tengah mempertimbangkan tawaran dari Siam Cement Group.", "Siam Cement Group seeksToAcquire PT Semen Padang Tbk"},
                {"PT Kebun Makmur Jaya sepakat menjadi anak usaha PT Sampoerna Agro Tbk setelah transaksi senilai Rp 1,1 triliun.",
                        "PT Sampoerna Agro Tbk acquires PT Kebun Makmur Jaya"}}) {
            Set<String> r = relations(extract("Kabar", c[0], "id"));
            assertTrue(r.contains(c[1]), c[0] + " " + r);
        }
        // a rival bid the winner beat: the losing bidder sought the target, and is no rival of it (a tester's finding, W4)
        Set<String> beaten = relations(extract("News", "Solvane AG agreed to buy Corra Therapeutics Ltd for 750 million euros, beating a rival "
                + "bid from Holm Pharma Ltd.", "en"));
        assertTrue(beaten.contains("Holm Pharma Ltd seeksToAcquire Corra Therapeutics Ltd"), beaten.toString());
        assertFalse(beaten.stream().anyMatch(x -> x.contains("competesWith")), beaten.toString());
        // a bid someone would have the target accept is a bid, not a deal
        Set<String> forced = relations(extract("News", "Irwin Jacobs said he could not force Gillette Co to accept a 47 dlr a share takeover "
                + "bid made by Revlon Group Inc.", "en"));
        assertFalse(forced.contains("Revlon Group Inc acquires Gillette Co"), forced.toString());
    }

    @Test
    void anOfficeOrOwnerOfBeforeIsNoCurrentOneButAnEarlierStatementIsCurrent() {
        Set<String> en = relations(extract("News", "Orbis Bank Corp appointed Laura Whitfield, previously chief financial officer at "
                + "Dalton Insurance Inc, as chief executive.", "en"));
        assertFalse(en.contains("Laura Whitfield worksFor Dalton Insurance Inc"), en.toString());
        Set<String> owned = relations(extract("News", "Brindle Health Inc was previously owned by Orvane Systems Corp.", "en"));
        assertFalse(owned.contains("Brindle Health Inc ownedBy Orvane Systems Corp"), owned.toString());
        Set<String> id = relations(extract("Kabar", "Wiyono Sukarno sebelumnya menjabat Wakil Direktur Utama PT Lintas Data Tbk.", "id"));
        assertFalse(id.contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), id.toString());
        // ... also with the adverb first and a comma (a tester's finding, W2)
        Set<String> comma = relations(extract("Kabar", "PT Bank Sentosa Tbk mengangkat Andi Wijaya sebagai Direktur Utama. Sebelumnya, Andi "
                + "menjabat sebagai Direktur Bisnis Kecil PT Lintas Data Tbk.", "id"));
        assertFalse(comma.contains("Andi Wijaya worksFor PT Lintas Data Tbk"), comma.toString());
        // a new post at the employer of before, named before the person: current
        Set<String> promoted = relations(extract("Kabar", "PT Lintas Data Tbk menunjuk Wiyono Sukarno yang sebelumnya menjabat Wakil "
                + "Direktur Utama PT Lintas Data Tbk menjadi Direktur Utama.", "id"));
        assertTrue(promoted.contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), promoted.toString());
        // "earlier" as the sentence's adverb tells when it was said: the office is current
        Set<String> said = relations(extract("Kabar", "Sebelumnya, Direktur Utama PT Lintas Data Tbk Wiyono Sukarno mengatakan laba naik.", "id"));
        assertTrue(said.contains("Wiyono Sukarno worksFor PT Lintas Data Tbk"), said.toString());
        Set<String> saidEn = relations(extract("News", "Previously, Zentrix Labs Inc chief executive Mark Delaney said the deal was fair.", "en"));
        assertTrue(saidEn.contains("Mark Delaney worksFor Zentrix Labs Inc"), saidEn.toString());
    }

    @Test
    void expandsListsOnlyWhenClosedByAnd() {
        Extraction x = extract("Kabar", "Aplikasi Kelana menyewa server dari Nimbus Cloud Corp dan Zentara Networks.", "id");
        assertTrue(relations(x).containsAll(List.of("Kelana customerOf Nimbus Cloud Corp", "Kelana customerOf Zentara Networks")),
                relations(x).toString());
        // the cue rule's list expansion, without the models: the English name finder may retype the unknown one-word
        // "Kelana" (no context says what it is), and the cue then meets the next organization, which is no list expansion
        Extraction y = TestPipeline.rulesOnly().extract(new Article("t", "Halcyon Systems is negotiating the purchase of Kelana, Nimbus Cloud Corp",
                "Users of Kelana were surprised.", "", java.util.Optional.empty(), "en"));
        assertFalse(relations(y).contains("Halcyon Systems seeksToAcquire Nimbus Cloud Corp"), relations(y).toString());
    }

    @Test
    void mergesADealReportedTwiceIntoOneEvent() {
        Extraction x = extract("Kelana bermitra dengan Harmoni Records", "Kelana bermitra dengan Harmoni Records sejak 2021.", "id");
        assertEquals(1, x.events().size());
        assertEquals(2, x.events().get(0).sentences().size());
        assertEquals(1, x.relations().size());
    }

    @Test
    void everyFactCarriesItsEvidence() {
        Extraction x = extract("News", "Kestrel Dynamics Corp sued Halcyon Systems Inc in March.", "en");
        Relation r = x.relations().get(0);
        assertEquals(RelationType.SUES, r.type());
        assertEquals("cue", r.extractor());
        assertTrue(r.confidence() > 0.5 && r.confidence() <= 1);
        assertTrue(x.text().sentences().get(r.sentence()).text().contains("sued"));
    }

    @Test
    void keepsTheWholeNameAfterPtWhereItBeginsWithAKnownName() {
        // "Astra" is in the gazetteer (Astra International); "PT Astra Digital" is another company, and so is "PT Kelana Digital"
        Extraction x = extract("Berita", "PT Astra Digital menggugat PT Cahaya Rahayu. PT Kelana Digital meluncurkan aplikasi KelanaPay.", "id");
        Set<String> names = x.entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("PT Astra Digital", "PT Kelana Digital")), names.toString());
        assertTrue(relations(x).contains("PT Astra Digital sues PT Cahaya Rahayu"), relations(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Astra International")), names.toString());
    }

    @Test
    void keepsACompanysNameWholeWhereTheArticleWritesItBareOrAfterATitle() {
        Extraction x = extract("Berita", "PT Astra Digital menggugat PT Cahaya Rahayu. Kuasa hukum Astra Digital mengatakan gugatan "
                + "didaftarkan Senin. Budi Santoso, Direktur Utama PT Bumi Lestari, mengatakan hal itu.", "id");
        Set<String> keys = x.entities().stream().map(Entity::key).collect(Collectors.toSet());
        assertTrue(keys.containsAll(List.of("astra-digital", "bumi-lestari")) && !keys.contains("astra") && !keys.contains("bumi-resources"),
                x.entities().toString());
        assertTrue(relations(x).contains("PT Astra Digital sues PT Cahaya Rahayu"), relations(x).toString());
        Extraction y = extract("News", "Astra Digital Ltd sued Cahaya Rahayu Ltd on Monday. Astra Digital said the claim was filed.", "en");
        assertTrue(y.entities().stream().noneMatch(e -> e.key().equals("astra")), y.entities().toString());
    }

    @Test
    void keepsACompanyWrittenWithALegalFormAnOrganizationAfterATitleAndInTheHeadline() {
        Extraction x = extract("Kelana Niaga Catat Laba", "PT Kelana Niaga Tbk mencatat laba Rp 5 miliar. Direktur Utama "
                + "Kelana Niaga, Budi Santoso, mengatakan hal itu.", "id");
        Entity kelana = x.entities().stream().filter(e -> e.name().equals("PT Kelana Niaga Tbk")).findFirst().orElseThrow();
        assertEquals(org.dealgraph.mention.EntityType.ORGANIZATION, kelana.type(), x.entities().toString());
        assertTrue(relations(x).contains("Budi Santoso worksFor PT Kelana Niaga Tbk"), relations(x).toString());
    }

    @Test
    void readsNoCompanyInACurrencySymbolAndAFineAfterAPaymentVerbOnlyOneWay() {
        Extraction x = extract("News", "Harbor Capital Corp paid S$20 million to Kestrel Media Ltd.", "en");
        assertEquals(Set.of("Harbor Capital Corp pays Kestrel Media Ltd"), relations(x));
        Extraction y = extract("Berita", "PT Cahaya Rahayu membayar denda Rp 1 miliar kepada Otoritas Jasa Keuangan.", "id");
        assertTrue(relations(y).contains("PT Cahaya Rahayu pays Otoritas Jasa Keuangan"), relations(y).toString());
        assertFalse(relations(y).contains("Otoritas Jasa Keuangan pays PT Cahaya Rahayu"), relations(y).toString());
    }

    @Test
    void readsAFineAsPaidByItsTargetNotByTheAuthority() {
        Extraction x = extract("Berita", "Otoritas Jasa Keuangan menjatuhkan denda kepada PT Sinar Kelana Tbk sebesar Rp 1,2 triliun.", "id");
        assertFalse(relations(x).contains("Otoritas Jasa Keuangan pays PT Sinar Kelana Tbk"), relations(x).toString());
        assertTrue(relations(x).contains("PT Sinar Kelana Tbk pays Otoritas Jasa Keuangan"), relations(x).toString());
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.REGULATORY_ACTION));
    }

    @Test
    void givesAnApprovalToTheAuthorityNotToTheDealsAgent() {
        Map<String, String> names;
        for (String body : List.of("The European Commission approved the acquisition of Kestrel Media Ltd by Harbor Capital Corp.",
                "Harbor Capital Corp's purchase of Kestrel Media Ltd was approved by the European Commission.")) {
            Extraction x = extract("News", body, "en");
            assertTrue(relations(x).contains("Harbor Capital Corp acquires Kestrel Media Ltd"), body + " " + relations(x));
            assertFalse(relations(x).contains("European Commission acquires Kestrel Media Ltd"), body + " " + relations(x));
            names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
            Event approval = x.events().stream().filter(e -> e.type() == EventType.REGULATORY_ACTION).findFirst().orElseThrow();
            Map<String, String> n = names;
            assertEquals(Set.of("European Commission"), approval.participants().stream().filter(r -> r.role().equals("authority"))
                    .map(r -> n.get(r.entity())).collect(Collectors.toSet()), body);
        }
    }

    @Test
    void givesEachPartyOfAnEventOneRoleWhereFindingsReadItBothWays() {
        for (String[] a : new String[][]{{"The acquisition of Kestrel Media Ltd by Harbor Capital Corp was completed on Monday.", "en"},
                {"PT Sinar Kelana Tbk menerima pembayaran Rp 2 miliar dari PT Bumi Lestari.", "id"}}) {
            Extraction x = extract("News", a[0], a[1]);
            Event e = x.events().get(0);
            assertEquals(e.participants().size(), e.participants().stream().map(Participant::entity).distinct().count(), e.toString());
        }
    }

    @Test
    void statesNoOwnershipFromALaunchThatIsOnlyAssumed() {
        for (String[] a : new String[][]{{"If Halcyon Motors Corp launches the Volt X2, Teravolt Energy Ltd will supply batteries.", "en"},
                {"Jika Samsung Electronics Indonesia meluncurkan Galaxy A55, harga Galaxy A54 akan turun.", "id"}}) {
            Extraction x = extract("News", a[0], a[1]);
            assertTrue(relations(x).stream().noneMatch(r -> r.contains("ownedBy")), a[0] + " " + relations(x));
        }
        Extraction y = extract("News", "Halcyon Motors Corp launched the Volt X2 in Oslo.", "en");
        assertTrue(relations(y).contains("Volt X2 ownedBy Halcyon Motors Corp"), relations(y).toString());
    }

    @Test
    void readsNoCountryInACurrencysName() {
        Extraction x = extract("Berita", "PT Sinar Kelana Tbk menerima pinjaman US$ 1,5 juta dari PT Bumi Rahayu senilai 2 juta dolar AS.", "id");
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == org.dealgraph.mention.EntityType.PLACE),
                x.entities().toString());
        Extraction y = extract("Berita", "Presiden AS berkunjung ke Jakarta pekan lalu.", "id");
        assertTrue(y.entities().stream().anyMatch(e -> e.type() == org.dealgraph.mention.EntityType.PLACE), y.entities().toString());
    }

    @Test
    void readsATickerInExchangeContextAsTheCompanysNameNotAsTwoOrganizations() {
        Extraction x = extract("News", "Shares of Quarn (NYSE: QRN) rose 5 percent on Monday after the results.", "en");
        assertEquals(List.of("Quarn"), x.entities().stream().filter(e -> e.type() == org.dealgraph.mention.EntityType.ORGANIZATION)
                .map(Entity::name).toList(), x.entities().toString());
        Entity quarn = x.entities().stream().filter(e -> e.name().equals("Quarn")).findFirst().orElseThrow();
        assertTrue(quarn.mentions().stream().anyMatch(m -> m.text().equals("NYSE: QRN")), quarn.toString());
        // at a sentence's start too, where a lone capitalized word is otherwise no name
        Extraction y = extract("Market update", "Quarn (NYSE: QRN) agreed to acquire Zelto Ltd for $40 million.", "en");
        assertEquals(Set.of("Quarn acquires Zelto Ltd"), relations(y));
        assertTrue(y.entities().stream().noneMatch(e -> e.name().contains("NYSE") || e.name().equals("QRN")), y.entities().toString());
    }

    @Test
    void readsAnAcquisitionSomeoneStoppedAsAFailedAttempt() {
        for (String[] c : new String[][] {
                {"en", "The European Commission blocked the acquisition of Kestrel Media Ltd by Harbor Capital Corp on Monday."},
                {"en", "Regulators blocked Harbor Capital Corp's acquisition of Kestrel Media Ltd on Monday."},
                {"id", "KPPU membatalkan akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk pada Senin."},
                {"en", "The European Commission blocked the $2 billion acquisition of Kestrel Media Ltd by Harbor Capital Corp."},
                {"id", "KPPU Batalkan Akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk"},
                {"id", "PT Sinar Kelana Tbk tidak jadi membeli PT Lintas Rahardja."},
                {"en", "Kestrel Media Ltd rejected a takeover offer from Harbor Capital Corp."},
                {"en", "Harbor Capital Corp also said it had ended talks to buy Kestrel Media Ltd."},
                {"id", "PT Lintas Rahardja menolak tawaran akuisisi dari PT Sinar Kelana Tbk."},
                {"en", "The acquisition of Kestrel Media Ltd by Harbor Capital Corp was blocked by the European Commission."},
                {"id", "Akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk dibatalkan oleh KPPU pada Senin."},
                // V3: a word of intention before the amount ("planned $5.4 billion takeover"), and the regulator unnamed
                {"en", "China's market regulator blocked Harbor Capital Corp's planned $5.4 billion takeover of Kestrel Media Ltd."}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> r = relations(x);
            assertTrue(r.stream().anyMatch(s -> s.contains(" seeksToAcquire ")), c[1] + " " + r);
            assertFalse(r.stream().anyMatch(s -> s.contains(" acquires ")), c[1] + " " + r);
            Event deal = x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).findFirst().orElseThrow();
            assertEquals(DealStatus.FAILED, deal.status(), c[1]);
            // the target that rejects an offer is no authority (a regulator's act)
            assertFalse(x.events().stream().anyMatch(e -> e.type() == EventType.REGULATORY_ACTION && c[1].contains("offer from")), c[1]);
        }
        Extraction away = extract("News", "Harbor Capital Corp walked away from its planned takeover of Kestrel Media Ltd.", "en");
        assertFalse(relations(away).stream().anyMatch(s -> s.contains(" acquires ")), relations(away).toString());
        assertTrue(away.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION && e.status() != DealStatus.FAILED),
                "a deal walked away from is no completed one");
        Extraction partnership = extract("News", "Regulators blocked the partnership between Kestrel Media Ltd and Harbor Capital Corp.", "en");
        assertFalse(relations(partnership).stream().anyMatch(s -> s.contains(" partnersWith ")), relations(partnership).toString());
    }

    @Test
    void readsADealThatFellThroughAsAFailedAttempt() {
        for (String[] c : new String[][] {
                {"en", "Orvane Systems Inc's planned acquisition of Brindle Health Ltd fell through on Friday."},
                {"en", "Harbor Freight Lines Inc's $200 million takeover of Coastal Trucking Corp collapsed on Friday."},
                {"id", "Rencana akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk resmi dibatalkan."},
                {"id", "Akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk batal setelah kedua pihak gagal sepakat."}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> r = relations(x);
            assertFalse(r.stream().anyMatch(s -> s.contains(" acquires ")), c[1] + " " + r);
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.status() == DealStatus.FAILED),
                    c[1] + " " + x.events());
        }
        // a failure told of a name in a relative clause is no failed deal
        for (String[] c : new String[][] {
                {"en", "Harbor Freight Lines Inc acquired Coastal Trucking Corp, whose shares collapsed last year."},
                {"id", "PT Sinar Kelana Tbk mengakuisisi PT Lintas Rahardja yang gagal bayar tahun lalu."}}) {
            Set<String> r = relations(extract("News", c[1], c[0]));
            assertTrue(r.stream().anyMatch(s -> s.contains(" acquires ")), c[1] + " " + r);
        }
    }

    @Test
    void readsNoRegulatorsDecisionInAConditionStillToBeMet() {
        for (String[] c : new String[][] {
                {"en", "Harbor Freight Lines Inc agreed to buy Coastal Trucking Corp for $200 million, pending approval by regulators."},
                {"en", "Kestrel Media Ltd agreed to sell its radio unit to Fenmore Ltd, subject to shareholder approval."},
                {"id", "PT Sinar Kelana Tbk sepakat membeli PT Lintas Rahardja. Transaksi tersebut masih menunggu persetujuan OJK."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.REGULATORY_ACTION), c[1] + " " + x.events());
        }
        Extraction approved = extract("News", "The European Commission approved the acquisition of Coastal Trucking Corp by Harbor Freight Lines Inc.", "en");
        assertTrue(approved.events().stream().anyMatch(e -> e.type() == EventType.REGULATORY_ACTION), approved.events().toString());
    }

    @Test
    void takesNoOneWhoSpeaksOfADealForItsParty() {
        for (String[] c : new String[][] {
                {"en", "Alpha Corp bought Beta Inc last week. Alpha chief executive Jane Doe said the acquisition would strengthen the company."},
                {"id", "PT Surya Tani Makmur mengakuisisi PT Benih Unggul. Direktur Utama PT Surya Tani Makmur, Budi Hartanto, "
                        + "mengatakan akuisisi ini memperkuat usaha perseroan."}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> people = x.entities().stream().filter(e -> e.type() == org.dealgraph.mention.EntityType.PERSON)
                    .map(Entity::key).collect(Collectors.toSet());
            assertFalse(people.isEmpty(), c[1]);
            assertTrue(x.events().stream().noneMatch(e -> e.participants().stream().anyMatch(p -> people.contains(p.entity()))),
                    c[1] + " " + x.events());
        }
    }

    @Test
    void readsAFineInEitherVoiceAsAPaymentByItsTarget() {
        for (String[] c : new String[][] {
                {"en", "The Federal Trade Commission fined Kestrel Media Ltd $5 million on Monday.", "Kestrel Media Ltd pays Federal Trade Commission"},
                {"en", "Kestrel Media Ltd was fined $5 million by the Federal Trade Commission.", "Kestrel Media Ltd pays Federal Trade Commission"},
                {"id", "Otoritas Jasa Keuangan mendenda PT Cahaya Rahayu sebesar Rp 3 miliar.", "PT Cahaya Rahayu pays Otoritas Jasa Keuangan"},
                {"id", "PT Cahaya Rahayu didenda Rp 5 miliar oleh Otoritas Jasa Keuangan.", "PT Cahaya Rahayu pays Otoritas Jasa Keuangan"},
                {"id", "PT Cahaya Rahayu didenda Otoritas Jasa Keuangan Rp 2 miliar.", "PT Cahaya Rahayu pays Otoritas Jasa Keuangan"},
                {"en", "The Federal Trade Commission imposed a $5 million fine on Kestrel Media Ltd.", "Kestrel Media Ltd pays Federal Trade Commission"}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertEquals(Set.of(c[2]), relations(x), c[1]);
            assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.PAYMENT && e.amount().isPresent()), c[1] + " " + x.events());
        }
    }

    @Test
    void readsASanctionThatIsAFineAsNoBlock() {
        Extraction x = extract("Berita", "Otoritas Jasa Keuangan menjatuhkan sanksi denda sebesar Rp 500 juta kepada PT Cahaya Rahayu.", "id");
        assertEquals(Set.of("PT Cahaya Rahayu pays Otoritas Jasa Keuangan"), relations(x));
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.BLOCK), x.events().toString());
    }

    @Test
    void readsAnApprovedAcquisitionAsAgreedNotCompleted() {
        for (String[] c : new String[][] {
                {"en", "The European Commission approved the acquisition of Kestrel Media Ltd by Harbor Capital Corp on Monday."},
                {"id", "KPPU menyetujui akuisisi PT Lintas Rahardja oleh PT Sinar Kelana Tbk pada Senin."},
                {"en", "The acquisition of Kestrel Media Ltd by Harbor Capital Corp was approved by the European Commission."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertTrue(relations(x).stream().anyMatch(s -> s.contains(" acquires ")), c[1] + " " + relations(x));
            Event deal = x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).findFirst().orElseThrow();
            assertEquals(DealStatus.AGREED, deal.status(), c[1]);
        }
    }

    @Test
    void makesNoPartyOfADealOfWhoBlocksIt() {
        for (String[] c : new String[][] {
                {"en", "The European Commission blocked the acquisition of Kestrel Media Ltd and Pellow Systems Inc by Harbor Capital Corp."},
                {"id", "KPPU membatalkan merger PT Lintang Jaya dan PT Surya Makmur."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertFalse(relations(x).stream().anyMatch(r -> r.startsWith("European Commission seeksToAcquire")
                    || r.startsWith("European Commission acquires") || r.startsWith("KPPU")), c[1] + " " + relations(x));
            Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).flatMap(e -> e.participants().stream())
                    .noneMatch(p -> Set.of("European Commission", "KPPU").contains(names.get(p.entity()))), c[1] + " " + x.events());
        }
    }

    @Test
    void aBuyerIsNoUnitOfWhatItBuysAndThePriceOfACompanyIsNoPaymentToIt() {
        // S19, T26: "its X unit to Y" is Y's purchase of X, not Y owned by X
        Set<String> unit = relations(extract("News", "Velta Group sold its Nordic Feeds unit to Brask Holdings for $50 million.", "en"));
        assertTrue(unit.contains("Nordic Feeds ownedBy Velta Group"), unit.toString());
        assertFalse(unit.contains("Brask Holdings ownedBy Nordic Feeds"), unit.toString());
        // S21: paying an amount for a company is buying it; the price goes to its owners, no payment to it
        Extraction paid = extract("News", "Halcyon Inc paid $2 billion for Stellar Networks Corp.", "en");
        assertEquals(Set.of("Halcyon Inc acquires Stellar Networks Corp"), relations(paid));
        assertTrue(paid.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), paid.events().toString());
        Set<String> ads = relations(extract("News", "Halcyon Inc paid $5 million for Google ads last year.", "en"));
        assertTrue(ads.stream().noneMatch(r -> r.contains(" acquires ")), ads.toString());
    }

    @Test
    void fundsRaisedFromInvestorsAreTheirInvestment() {
        // T1: "Y raised $N from X" is X's investment in Y, not Y's in X
        Extraction x = extract("News", "Kelvara Technologies Inc raised $20 million from Accel Partners and Tiger Global.", "en");
        assertTrue(relations(x).contains("Accel Partners investsIn Kelvara Technologies Inc"), relations(x).toString());
        Set<String> r = roles(x);
        assertTrue(r.containsAll(List.of("Investment investor=Accel Partners", "Investment investor=Tiger Global",
                "Investment investee=Kelvara Technologies Inc")), r.toString());
        assertFalse(r.contains("Investment investor=Kelvara Technologies Inc"), r.toString());
        Set<String> secured = roles(extract("News", "Marlowe Robotics Inc said it had secured $35 million in funding from SoftBank Vision Fund.", "en"));
        assertTrue(secured.contains("Investment investor=SoftBank Vision Fund"), secured.toString());
    }

    @Test
    void aCompanyThatUsesAnothersServiceIsItsCustomer() {
        // T3, GUIDELINES' "TikTok uses Azure": the user is the customer of what it uses
        Set<String> r = relations(extract("News", "Kestrel Media Ltd uses Microsoft Azure to store its videos.", "en"));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("Kestrel Media Ltd customerOf Microsoft")), r.toString());
    }

    @Test
    void linksToOtherStoriesAndPhotoCaptionsAssertNothing() {
        // T10, T21: a read-also link on its own line or in brackets in a paragraph; the paragraph's own sentence stays
        for (String body : List.of("Orvane Systems Inc signed a deal with Brindle Health Corp.\n\nRelated: Amazon buys Whole Foods",
                "Orvane Systems Inc signed a deal with Brindle Health Corp. [Read: Amazon buys Whole Foods]")) {
            Set<String> r = relations(extract("News", body, "en"));
            assertFalse(r.stream().anyMatch(s -> s.contains(" acquires ")), body + " " + r);
            assertTrue(r.stream().anyMatch(s -> s.contains(" partnersWith ")), body + " " + r);
        }
        Set<String> id = relations(extract("Kabar", "PT Kirana Logistik menjalin kerja sama dengan PT Pos Indonesia. "
                + "(Baca: Gojek akuisisi Tokopedia senilai Rp 100 triliun)", "id"));
        assertFalse(id.stream().anyMatch(s -> s.contains(" acquires ")), id.toString());
        // T29: a photo caption in brackets on its own line
        Extraction photo = extract("News", "Harbor Capital Corp signed a deal with Kestrel Media Ltd.\n\n"
                + "(Photo: Harbor Capital Corp chief executive Mark Delaney shakes hands with Kestrel Media Ltd chairman Wiyono Sukarno.)", "en");
        assertTrue(photo.entities().stream().noneMatch(e -> e.name().equals("Photo")), photo.entities().toString());
        assertTrue(relations(photo).stream().noneMatch(s -> s.contains(" worksFor ")), relations(photo).toString());
    }

    @Test
    void aThreatOrTalksAreNoActDone() {
        // T22: a threat to block or to sue is neither
        Set<String> block = relations(extract("Kabar", "Kominfo mengancam akan memblokir aplikasi Velto jika tidak mendaftar.", "id"));
        assertTrue(block.stream().noneMatch(s -> s.contains(" blocks ")), block.toString());
        Set<String> sue = relations(extract("News", "Orvane Systems Inc threatened to sue Brindle Health Corp over the patents.", "en"));
        assertTrue(sue.stream().noneMatch(s -> s.contains(" sues ")), sue.toString());
        // T13: an investment in talks or said as to come is announced, not completed
        for (String planned : List.of("Harbor Capital Corp and Pellow Systems Inc are in talks to invest $300 million in Kestrel Media Ltd.",
                "Harbor Capital Corp said on Monday it would invest $1 billion in Kestrel Media Ltd.")) {
            Extraction x = extract("News", planned, "en");
            assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.INVESTMENT), planned + " " + x.events());
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.INVESTMENT && e.status() == DealStatus.COMPLETED),
                    planned + " " + x.events());
        }
    }

    @Test
    void aLawsuitBroughtByAnotherIsTheirsAndASettledOneIsSettled() {
        // T24: the one who brought the suit sues
        Set<String> brought = relations(extract("News", "Orvane Systems Inc settled a patent lawsuit brought by Halvorsen Energy Corp.", "en"));
        assertTrue(brought.contains("Halvorsen Energy Corp sues Orvane Systems Inc"), brought.toString());
        assertFalse(brought.contains("Orvane Systems Inc sues Halvorsen Energy Corp"), brought.toString());
        // T15: "settled its lawsuit against" is a settled suit
        Extraction settled = extract("News", "Orvane Systems Inc settled its lawsuit against Halvorsen Energy Corp.", "en");
        assertTrue(settled.events().stream().anyMatch(e -> e.type() == EventType.LAWSUIT && e.status() == DealStatus.SETTLED),
                settled.events().toString());
    }

    @Test
    void aPurchaseBlockedAfterAPluralPossessiveIsAFailedBid() {
        // T5: "blocked Harbor Capital Partners' purchase of" governs the purchase as "blocked Harbor's purchase of" does
        Extraction x = extract("News", "The Federal Trade Commission blocked Harbor Capital Partners' purchase of Kestrel Media Ltd.", "en");
        assertFalse(relations(x).contains("Harbor Capital Partners acquires Kestrel Media Ltd"), relations(x).toString());
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION
                && (e.status() == DealStatus.COMPLETED || e.status() == DealStatus.AGREED)), x.events().toString());
    }

    @Test
    void aCompanyNamedInTheSubjectsAppositionIsNoPartyToItsDeal() {
        // T9: "Djarum, the owner of BCA, bought shares of Tiket.com": Djarum buys, not BCA
        Set<String> r = relations(extract("News", "Halvorsen Group, the owner of Kestrel Media Ltd, bought shares of Pellow Systems Inc.", "en"));
        assertTrue(r.contains("Halvorsen Group investsIn Pellow Systems Inc"), r.toString());
        assertTrue(r.stream().noneMatch(s -> s.startsWith("Kestrel Media Ltd investsIn ") || s.startsWith("Kestrel Media Ltd acquires ")), r.toString());
        // the cue stage reads the Indonesian apposition so too (the trained classifier still pairs the owned with the shares)
        Set<String> id = relations(extract("Kabar", "PT Djaya Makmur, pemilik PT Kelana Niaga, membeli saham PT Lintas Data.", "id"));
        assertTrue(id.contains("PT Djaya Makmur investsIn PT Lintas Data"), id.toString());
        // U3, U4: the trigger stage and the classifier read it so too
        Extraction shares = extract("News", "Djarum, the owner of BCA, bought shares of Tiket.com on Monday. The price was not disclosed.", "en");
        Map<String, String> names = shares.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        assertTrue(shares.events().stream().flatMap(e -> e.participants().stream()).noneMatch(p -> "BCA".equals(names.get(p.entity()))),
                shares.events().toString());
        Set<String> rival = relations(extract("News", "Grab, a rival of Gojek, partnered with Visa on Monday. The deal covers six countries.", "en"));
        assertTrue(rival.contains("Grab partnersWith Visa") || rival.contains("Visa partnersWith Grab"), rival.toString());
        assertFalse(rival.contains("Gojek partnersWith Visa") || rival.contains("Visa partnersWith Gojek"), rival.toString());
        // U26: joining an association as a member is no merger with it
        Set<String> member = relations(extract("Kabar", "PT Sentosa Air bergabung dengan Asosiasi Air Minum Indonesia sebagai anggota pada 2015.", "id"));
        assertTrue(member.stream().noneMatch(x -> x.contains(" acquires ")), member.toString());
    }

    @Test
    void aFounderAndOneWhoJoinsInAnOfficeWorkThereAndBuyNothing() {
        // T17: founding a company or joining it in an office is working for it (GUIDELINES: founder)
        for (String[] c : new String[][] {
                {"en", "Jane Doe founded Orvane Systems Inc in 2012 with two friends from college.", "Jane Doe worksFor Orvane Systems Inc"},
                {"id", "Budi Santoso mendirikan PT Kirana Logistik pada 2015 bersama dua rekannya.", "Budi Santoso worksFor PT Kirana Logistik"},
                {"id", "Budi Santoso bergabung dengan PT Kirana Logistik sebagai direktur utama sejak Januari.",
                        "Budi Santoso worksFor PT Kirana Logistik"}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertTrue(relations(x).contains(c[2]), c[1] + " " + relations(x));
            // "bergabung dengan" joins companies in a merger, but one who joins as an officer buys nothing
            assertTrue(relations(x).stream().noneMatch(r -> r.contains(" acquires ")), c[1] + " " + relations(x));
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION), c[1] + " " + x.events());
        }
    }

    @Test
    void theSubjectOfAPassiveWithNoAgentUndergoesTheEventAndAPossessorIsNotWhatIsBought() {
        // S7: "was approved by regulators" names no authority; the one approved, fined, bought or sued is the object
        for (String[] c : new String[][] {
                {"Arcturus Corp's sale of its Velo Systems unit was approved by regulators on Tuesday.", "RegulatoryAction target=Velo Systems",
                        "RegulatoryAction authority=Velo Systems"},
                {"Velo Systems Inc was fined $5 million last year for breaching the rules.", "RegulatoryAction target=Velo Systems Inc",
                        "RegulatoryAction authority=Velo Systems Inc"},
                {"Stellar Networks Corp was acquired in 2019 for $80 million.", "Acquisition target=Stellar Networks Corp",
                        "Acquisition acquirer=Stellar Networks Corp"},
                {"Orvane Systems Inc was sued last week over its patents.", "Lawsuit defendant=Orvane Systems Inc", "Lawsuit plaintiff=Orvane Systems Inc"},
                // V7: a headline's passive leaves out the auxiliary; its agent marker says it is one, though no name follows
                {"Velo Systems Inc fined $1.3 billion by EU privacy regulator", "RegulatoryAction target=Velo Systems Inc",
                        "RegulatoryAction authority=Velo Systems Inc"},
                // T1: ... and its named agent, after words that describe it, does what the verb says
                {"Velo Systems Inc fined $40 million by US regulator Federal Trade Commission", "RegulatoryAction authority=Federal Trade Commission",
                        "RegulatoryAction authority=Velo Systems Inc"}}) {
            Set<String> r = roles(extract("News", c[0], "en"));
            assertTrue(r.contains(c[1]), c[0] + " " + r);
            assertFalse(r.contains(c[2]), c[0] + " " + r);
        }
        // ... but a marker after another verb is that verb's agent: the buyer still buys
        Set<String> held = roles(extract("News", "Velo Systems Inc bought shares held by minority investors for $20 million.", "en"));
        assertTrue(held.contains("Acquisition acquirer=Velo Systems Inc") && !held.contains("Acquisition target=Velo Systems Inc"), held.toString());
        Set<String> fined = relations(extract("News", "Velo Systems Inc fined $40 million by US regulator Federal Trade Commission", "en"));
        assertTrue(fined.contains("Velo Systems Inc pays Federal Trade Commission"), fined.toString());
        assertFalse(fined.contains("Federal Trade Commission pays Velo Systems Inc"), fined.toString());
        // S20: what investors bought is the bank's bonds, not the bank
        Extraction bonds = extract("News", "Investors bought Bank Veritas's bonds on Monday, traders said.", "en");
        assertTrue(bonds.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION), bonds.events().toString());
        // U5: a plural's possessive ("Orvane Systems' 44 percent stake") sells the stake as "Vodafone's" does
        Set<String> stake = relations(extract("News", "Halvorsen Energy Corp bought Orvane Systems' 44 percent stake in Brindle Health Corp.", "en"));
        assertTrue(stake.contains("Halvorsen Energy Corp investsIn Brindle Health Corp"), stake.toString());
        assertTrue(stake.stream().noneMatch(r -> r.contains(" acquires ")), stake.toString());
    }

    @Test
    void aCompanysRevenueIsNoDealsPriceAndIndonesianFundsFromInvestorsAreTheirs() {
        // T11: the deal's amount is the nearest deal amount, not the revenue the buyer reported
        Extraction x = extract("News", "Orvane Systems Inc, which reported revenue of $4 billion, agreed to buy Brindle Health Corp for $300 million.", "en");
        Event deal = x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal("300000000").compareTo(deal.amount().orElseThrow().value()), deal.toString());
        // T14: "Y mendapatkan pendanaan ... dari A dan B": A and B invest in Y, in one event
        Set<String> r = roles(extract("Kabar", "PT Kirana Logistik mendapatkan pendanaan seri B senilai US$30 juta dari Sequoia Capital dan "
                + "PT Gojek Indonesia.", "id"));
        assertTrue(r.containsAll(List.of("Investment investor=Sequoia Capital", "Investment investor=PT Gojek Indonesia",
                "Investment investee=PT Kirana Logistik")), r.toString());
        assertFalse(r.contains("Investment investee=PT Gojek Indonesia"), r.toString());
    }

    @Test
    void aPlaceBeforeABanIsNoNameTheFindersMissed() {
        // T23: "India banned TikTok and WeChat": both are banned; TikTok bans nothing
        Set<String> r = roles(extract("News", "India banned TikTok and WeChat in June 2020. The ban hit millions of users.", "en"));
        assertTrue(r.containsAll(List.of("Block target=TikTok", "Block target=WeChat")), r.toString());
        assertFalse(r.contains("Block actor=TikTok"), r.toString());
    }

    @Test
    void aLinkOrCaptionInsideAParagraphGoesAndTheParagraphAroundItStays() {
        // U24, U13: a bracketed link takes only itself, not the rest of its paragraph or the start of its sentence
        Set<String> en = relations(extract("News", "Orvane Systems Inc uses Nimbus Cloud Corp. [Read: Amazon buys Whole Foods] Orvane Systems Inc "
                + "also signed a deal with Brindle Health Corp. Halvorsen Energy Corp sued Brask Holdings Ltd.", "en"));
        assertTrue(en.contains("Halvorsen Energy Corp sues Brask Holdings Ltd"), en.toString());
        assertTrue(en.stream().anyMatch(r -> r.contains("Brindle Health Corp partnersWith") || r.contains("partnersWith Brindle Health Corp")),
                en.toString());
        assertFalse(en.stream().anyMatch(r -> r.contains(" acquires ")), en.toString());
        Set<String> id = relations(extract("Kabar", "PT Kirana Logistik menjalin kerja sama dengan PT Pos Indonesia (Baca juga: Grab menggugat "
                + "Gojek). Kedua perusahaan akan berbagi data.", "id"));
        assertTrue(id.contains("PT Kirana Logistik partnersWith PT Pos Indonesia") || id.contains("PT Pos Indonesia partnersWith PT Kirana Logistik"),
                id.toString());
        assertFalse(id.stream().anyMatch(r -> r.contains(" sues ")), id.toString());
        // U14: "Related:" inside a paragraph; U15: a caption in brackets inside a paragraph
        Set<String> related = relations(extract("News", "Orvane Systems Inc signed a deal with Brindle Health Corp. Related: Amazon buys Whole Foods", "en"));
        assertFalse(related.stream().anyMatch(r -> r.contains(" acquires ")), related.toString());
        Extraction caption = extract("News", "Orvane Systems Inc signed a deal with Brindle Health Corp (Photo: Tesla chief executive Elon Musk "
                + "shakes hands with Toyota chairman Akio Toyoda). The two firms will share data.", "en");
        assertTrue(caption.entities().stream().noneMatch(e -> e.name().equals("Photo")), caption.entities().toString());
        assertTrue(relations(caption).stream().noneMatch(r -> r.contains("Toyota") || r.contains("Tesla")), relations(caption).toString());
    }

    @Test
    void anIndonesianPassiveVerbMakesTheOneBeforeItTheOneActedOn() {
        // U1: "X diakuisisi / didenda / diluncurkan": X is bought, fined, launched; a party right after the verb does it
        for (String[] c : new String[][] {
                {"PT Kirana Logistik diakuisisi pada 2019. Nilai transaksi tidak diungkapkan perseroan.", "Acquisition target=PT Kirana Logistik",
                        "Acquisition acquirer=PT Kirana Logistik"},
                {"PT Kirana Logistik didenda Rp 5 miliar pekan lalu. Perseroan akan mematuhi keputusan itu.", "RegulatoryAction target=PT Kirana Logistik",
                        "RegulatoryAction authority=PT Kirana Logistik"},
                {"PT Kirana Logistik digugat PT Sentosa Kargo ke pengadilan. Perseroan siap menghadapi gugatan itu.", "Lawsuit plaintiff=PT Sentosa Kargo",
                        "Lawsuit plaintiff=PT Kirana Logistik"}}) {
            Set<String> r = roles(extract("Kabar", c[0], "id"));
            assertTrue(r.contains(c[1]), c[0] + " " + r);
            assertFalse(r.contains(c[2]), c[0] + " " + r);
        }
        // U17, U9: a price being paid for a company buys it; one paid for a stake is no payment to the company
        Set<String> paying = relations(extract("News", "Halcyon Inc is paying $2 billion for Stellar Networks Corp.", "en"));
        assertEquals(Set.of("Halcyon Inc acquires Stellar Networks Corp"), paying);
        Set<String> stake = relations(extract("News", "Halcyon Inc paid $40 million for a 10 percent stake in Stellar Networks Corp.", "en"));
        assertTrue(stake.contains("Halcyon Inc investsIn Stellar Networks Corp") && !stake.contains("Halcyon Inc pays Stellar Networks Corp"),
                stake.toString());
    }

    @Test
    void anAppointmentIsAtThePostsOrganizationNotTheAppointers() {
        // U18: "appointed Jane Doe as chief executive of Orvane Systems": Orvane is the employer, not the department
        Set<String> r = roles(extract("News", "The Commerce Department appointed Jane Doe as chief executive of Orvane Systems Inc on Monday.", "en"));
        assertTrue(r.contains("Appointment organization=Orvane Systems Inc"), r.toString());
        assertFalse(r.contains("Appointment organization=Commerce Department"), r.toString());
        Set<String> id = roles(extract("Kabar", "Kementerian BUMN menunjuk Budi Santoso sebagai direktur utama PT Kirana Logistik pada Senin.", "id"));
        assertTrue(id.contains("Appointment organization=PT Kirana Logistik"), id.toString());
    }
    @Test
    void anOwnerNamedInASideClauseOwnsNeitherTheNextOwnerNorTheBuyer() {
        Set<String> bought = relations(extract("News", "Brindle Health, which was previously owned by Carrow Capital, has been acquired by "
                + "Orvane Systems Inc.", "en"));
        assertTrue(bought.contains("Orvane Systems Inc acquires Brindle Health"), bought.toString());
        assertFalse(bought.contains("Orvane Systems Inc ownedBy Brindle Health"), "a passive cue reads its own agent: " + bought);
        assertFalse(bought.contains("Brindle Health ownedBy Carrow Capital"), "an owner of before: " + bought);
        Set<String> unit = relations(extract("News", "Brindle Health, once owned by Carrow Capital, is now a unit of Orvane Systems Inc.", "en"));
        assertTrue(unit.contains("Brindle Health ownedBy Orvane Systems Inc"), unit.toString());
        assertFalse(unit.contains("Carrow Capital ownedBy Orvane Systems Inc"), unit.toString());
        assertFalse(unit.contains("Brindle Health ownedBy Carrow Capital"), unit.toString());
        Set<String> id = relations(extract("Kabar", "PT Bank Sentosa Tbk, yang sebelumnya dimiliki oleh PT Sinar Pangan, kini dikuasai oleh "
                + "PT Mandala Finance.", "id"));
        assertTrue(id.contains("PT Bank Sentosa Tbk ownedBy PT Mandala Finance"), id.toString());
        assertFalse(id.contains("PT Sinar Pangan ownedBy PT Mandala Finance"), id.toString());
        // a thing referred to, not named, and owned before
        Set<String> referred = relations(extract("Kabar", "PT Medco Energi Tbk resmi mengakuisisi PT Kelana Niaga. Perusahaan tersebut "
                + "sebelumnya dimiliki oleh PT Sinar Pangan.", "id"));
        assertTrue(referred.stream().noneMatch(r -> r.endsWith("ownedBy PT Sinar Pangan")), referred.toString());
    }

    @Test
    void aTerminatedAgreementAndAnOfferTheTargetRejectsAreFailedBids() {
        Extraction ended = extract("News", "Intel Corp has terminated its agreement to acquire Tower Semiconductor Ltd after failing to "
                + "obtain approval.", "en");
        assertTrue(ended.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION && e.status() == DealStatus.FAILED), ended.events().toString());
        assertTrue(ended.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION && e.status() != DealStatus.FAILED), ended.events().toString());
        Extraction rejected = extract("News", "Brightwater Power Ltd rejected Halden Partners' revised $2 billion offer for the company on "
                + "Monday.", "en");
        assertTrue(relations(rejected).contains("Halden Partners seeksToAcquire Brightwater Power Ltd"), relations(rejected).toString());
        assertTrue(rejected.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION && e.status() == DealStatus.FAILED));
        assertTrue(rejected.events().stream().noneMatch(e -> e.type() == EventType.REGULATORY_ACTION), "the target is no regulator: "
                + rejected.events());
    }

    @Test
    void aFormerPartnerAndAPartnerAtAFirmAreNoPartnership() {
        for (String body : new String[] {"Kestrel Robotics Inc was sued on Friday by Orvane Systems Inc, its former partner.",
                "Grace Liu was head of strategy at Denholm Logistics, and before that she had been a partner at Carrow Capital."}) {
            Extraction x = extract("News", body, "en");
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PARTNERSHIP), body + " " + x.events());
        }
        Extraction now = extract("News", "Kestrel Robotics Inc partnered with Orvane Systems Inc on Friday.", "en");
        assertTrue(now.events().stream().anyMatch(e -> e.type() == EventType.PARTNERSHIP), now.events().toString());
    }
    @Test
    void aCompanyCallingOffItsOwnPlanIsAFailedBidAndNoRegulator() {
        Extraction id = extract("Kabar", "PT Mitra Kapital Investama resmi membatalkan rencana akuisisi 40% saham PT Bank Pundi Jaya Tbk.", "id");
        assertTrue(relations(id).contains("PT Mitra Kapital Investama seeksToAcquire PT Bank Pundi Jaya Tbk"), relations(id).toString());
        assertTrue(id.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION && e.status() == DealStatus.FAILED), id.events().toString());
        assertTrue(id.events().stream().noneMatch(e -> e.type() == EventType.REGULATORY_ACTION), id.events().toString());
        // a regulator's act stays one
        Extraction kppu = extract("Kabar", "Komisi Pengawas Persaingan Usaha membatalkan akuisisi PT Bank Pundi Jaya Tbk.", "id");
        assertTrue(kppu.events().stream().anyMatch(e -> e.type() == EventType.REGULATORY_ACTION), kppu.events().toString());
    }

    @Test
    void anIndonesianReportIsNoLawsuitButAComplaintToThePoliceIs() {
        Extraction report = extract("Kabar", "Sebelumnya, Bloomberg melaporkan bahwa PT Grab Teknologi berencana mengakuisisi PT GoTo Gojek Tokopedia Tbk.", "id");
        assertTrue(report.events().stream().noneMatch(e -> e.type() == EventType.LAWSUIT), report.events().toString());
        Extraction complaint = extract("Kabar", "PT Sinar Pangan melaporkan PT Bank Arta Mulia ke Polda Metro Jaya atas dugaan penipuan.", "id");
        assertTrue(complaint.events().stream().anyMatch(e -> e.type() == EventType.LAWSUIT), complaint.events().toString());
        // a complaint that names its charge instead of the police is one too
        for (String charged : new String[] {"PT Sinar Pangan melaporkan PT Bank Arta Mulia atas dugaan penipuan.",
                "PT Bank Arta Mulia dilaporkan PT Sinar Pangan atas dugaan penggelapan dana nasabah."}) {
            Extraction x = extract("Kabar", charged, "id");
            assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.LAWSUIT), charged + " " + x.events());
        }
    }

    @Test
    void anIndonesianRoundLedByAnInvestorInASentenceOfItsOwnIsTheRaisersInvestment() {
        Set<String> r = relations(extract("Kabar", "Startup agritek PT Tanamku meraih pendanaan Seri A senilai US$12 juta. Putaran pendanaan "
                + "ini dipimpin oleh East Ventures.", "id"));
        assertTrue(r.contains("East Ventures investsIn PT Tanamku"), r.toString());
    }

    @Test
    void anIndonesianOfficeOfBeforeWithThePersonsNameBetweenIsNoCurrentOne() {
        Set<String> r = relations(extract("Kabar", "PT Garuda Nusantara menunjuk Bambang Prasetyo sebagai direktur keuangan. Sebelumnya "
                + "Bambang menjabat sebagai Direktur Keuangan PT Angkasa Pura II.", "id"));
        assertFalse(r.contains("Bambang Prasetyo worksFor PT Angkasa Pura II"), r.toString());
    }
    @Test
    void aRelativeClauseAfterAListIsAboutItsLastMemberOnly() {
        Set<String> r = relations(extract("News", "Velora Pay competes with Paytrix Ltd and Kestrel Pay Ltd, which is owned by Orvane Systems Inc.", "en"));
        assertFalse(r.contains("Paytrix Ltd ownedBy Orvane Systems Inc"), r.toString());
        Set<String> both = relations(extract("News", "Brindle Health and Halvorsen Energy, subsidiaries of Orvane Systems Inc, signed a deal.", "en"));
        assertTrue(both.contains("Brindle Health ownedBy Orvane Systems Inc"), both.toString());
    }
    @Test
    void aBidNegatedRightBeforeItsCueIsNoBid() {
        Extraction x = extract("Zentro not in talks to buy Harwick, company says",
                "Payments firm Zentro has denied reports that it is in talks to buy the online bank Harwick.", "en");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION), x.events().toString());
        assertTrue(relations(x).isEmpty(), relations(x).toString());
    }
    @Test
    void partnersListedBeforeTheirAgreementToDoSomethingAreEachOthersPartners() {
        Set<String> r = relations(extract("News", "Orvane Systems Inc, Brindle Health Corp and Halvorsen Energy Ltd signed an agreement to "
                + "build a data centre.", "en"));
        assertTrue(r.containsAll(Set.of("Orvane Systems Inc partnersWith Brindle Health Corp", "Orvane Systems Inc partnersWith Halvorsen Energy Ltd",
                "Brindle Health Corp partnersWith Halvorsen Energy Ltd")) || r.containsAll(Set.of("Brindle Health Corp partnersWith Orvane Systems Inc",
                "Halvorsen Energy Ltd partnersWith Orvane Systems Inc", "Halvorsen Energy Ltd partnersWith Brindle Health Corp")), r.toString());
        // an agreement to buy is no partnership
        Set<String> buy = relations(extract("News", "Orvane Systems Inc and Brindle Health Corp signed an agreement to buy chips.", "en"));
        assertTrue(buy.stream().noneMatch(x -> x.contains("partnersWith")), buy.toString());
    }
    @Test
    void aPostLeftIsNoCurrentOne() {
        Set<String> r = relations(extract("News", "Nadia Fox, who left Veritas Health Inc in December to join Kairos Labs, declined to comment.", "en"));
        assertFalse(r.contains("Nadia Fox worksFor Veritas Health Inc"), r.toString());
    }

    @Test
    void twoDealsInCoordinatedClausesAreTwoDealsWithNothingAcrossThem() {
        // the fresh-user tester's finding of the round before: "A acquired B, and C acquired D" was one deal of four, with
        // A buying C and D, and B buying D
        for (String[] c : new String[][] {
                {"en", "Halvorsen Group Plc acquired Kelvaro Inc, and Bramwell Holdings acquired Tessaly Corp, the companies said.",
                        "Halvorsen Group Plc", "Kelvaro Inc", "Bramwell Holdings", "Tessaly Corp"},
                {"en", "Norvik Energy bought Pellam Oil for $50 million and Ostrava Mining bought Lindell Metals for $30 million.",
                        "Norvik Energy", "Pellam Oil", "Ostrava Mining", "Lindell Metals"},
                {"id", "PT Alfa Niaga mengakuisisi PT Beta Karya, dan PT Gamma Jaya membeli PT Delta Prima pada Senin.",
                        "PT Alfa Niaga", "PT Beta Karya", "PT Gamma Jaya", "PT Delta Prima"}}) {
            Extraction x = extract("News", c[1], c[0]);
            Set<String> r = relations(x);
            assertEquals(Set.of(c[2] + " acquires " + c[3], c[4] + " acquires " + c[5]), r, c[1]);
            Set<String> deals = roles(x);
            assertTrue(deals.containsAll(List.of("Acquisition acquirer=" + c[2], "Acquisition target=" + c[3], "Acquisition acquirer=" + c[4],
                    "Acquisition target=" + c[5])), c[1] + " " + deals);
            assertTrue(x.events().stream().allMatch(e -> e.participants().size() == 2), c[1] + " " + x.events());
        }
        // a list of targets, and partners listed before their agreement, stay lists
        Set<String> list = relations(extract("News", "Kestrel Corp acquired Beta Systems and Gamma Labs for $300 million.", "en"));
        assertTrue(list.containsAll(Set.of("Kestrel Corp acquires Beta Systems", "Kestrel Corp acquires Gamma Labs")), list.toString());
        Set<String> partners = relations(extract("News", "Orvane Systems partnered with Brindle Health and Carrow Capital to develop software.", "en"));
        assertTrue(partners.contains("Orvane Systems partnersWith Carrow Capital") || partners.contains("Carrow Capital partnersWith Orvane Systems"),
                partners.toString());
    }

    @Test
    void eachOfTwoClausesJoinedByWhileOrAfterAnAmountKeepsItsOwnEventParties() {
        // a fresh-user tester's findings: the trigger stage took the second clause's parties as targets or investees of the
        // first ("sementara", "sedangkan", "while" joined no list; "invested $10 million in B, and C acquired D"; "C signed a
        // partnership with D", whose event trigger "partnership" does not follow C)
        for (String[] c : new String[][] {
                {"id", "PT Sinar Kargo mengakuisisi PT Lintas Bahari, sementara PT Mega Armada membeli PT Samudra Ekspres.",
                        "Acquisition", "PT Sinar Kargo", "PT Lintas Bahari", "Acquisition", "PT Mega Armada", "PT Samudra Ekspres"},
                {"en", "Vexalon Semiconductor agreed to acquire Ortiva Microsystems, while Delmont Technologies completed its purchase of Saphire Circuits.",
                        "Acquisition", "Vexalon Semiconductor", "Ortiva Microsystems", "Acquisition", "Delmont Technologies", "Saphire Circuits"},
                {"en", "Coriander Capital invested $10 million in Hexwell Software Inc, and Basalt Group Corp acquired Lynmouth Data Ltd.",
                        "Investment", "Coriander Capital", "Hexwell Software Inc", "Acquisition", "Basalt Group Corp", "Lynmouth Data Ltd"},
                {"id", "PT Modal Sakti berinvestasi Rp 100 miliar di PT Aplikasi Tani, dan PT Grup Benua mengakuisisi PT Data Kilat.",
                        "Investment", "PT Modal Sakti", "PT Aplikasi Tani", "Acquisition", "PT Grup Benua", "PT Data Kilat"},
                {"en", "Orlend Motors Corp acquired Penhallow Batteries Inc, and Gristow Energy Ltd signed a partnership with Varnell Grid Corp.",
                        "Acquisition", "Orlend Motors Corp", "Penhallow Batteries Inc", "Partnership", "Gristow Energy Ltd", "Varnell Grid Corp"}}) {
            Extraction x = extract("News", c[1], c[0]);
            Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
            Set<Set<String>> events = x.events().stream().map(e -> e.participants().stream().map(p -> names.get(p.entity()))
                    .collect(Collectors.toSet())).collect(Collectors.toSet());
            assertEquals(Set.of(Set.of(c[3], c[4]), Set.of(c[6], c[7])), events, c[1] + " " + x.events());
            Set<String> deals = roles(x);
            assertTrue(deals.containsAll(List.of(c[2] + " " + role(c[2], 0) + "=" + c[3], c[5] + " " + role(c[5], 0) + "=" + c[6])), c[1] + " " + deals);
        }
        // two launches joined by "sementara": each product is its own maker's
        Extraction launches = extract("Kabar", "PT Elektronik Maju meluncurkan televisi Maju Vision 55, sementara PT Gawai Pintar merilis jam tangan Pintar Band 3.", "id");
        assertEquals(2, launches.events().size(), launches.events().toString());
        assertTrue(launches.events().stream().allMatch(e -> e.participants().size() == 2), launches.events().toString());
    }

    @Test
    void threeClausesAreThreeDealsAndEachAmountStaysInItsOwnClause() {
        // a second fresh-user tester's findings: a comma alone parted no clauses, and an amount went to every event of its sentence
        for (String[] c : new String[][] {
                {"en", "Ambrose Foods Inc acquired Kelby Bakery Ltd, Lisle Group Corp acquired Tamworth Mills Ltd, and Rydal Brands Inc acquired Oundle Sweets Ltd."},
                {"id", "PT Aneka Boga mengakuisisi PT Roti Enak, PT Lestari Pangan mengakuisisi PT Beras Pulen, dan PT Merek Jaya mengakuisisi PT Camilan Sehat."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertEquals(3, x.events().size(), c[1] + " " + x.events());
            assertTrue(x.events().stream().allMatch(e -> e.participants().size() == 2), c[1] + " " + x.events());
            assertEquals(3, relations(x).size(), c[1] + " " + relations(x));
        }
        for (String[] c : new String[][] {
                {"en", "Coriander Capital invested $10 million in Hexwell Software Inc, and Basalt Group Corp acquired Lynmouth Data Ltd."},
                {"id", "PT Modal Sakti berinvestasi Rp 100 miliar di PT Aplikasi Tani, dan PT Grup Benua mengakuisisi PT Data Kilat."}}) {
            Extraction x = extract("News", c[1], c[0]);
            assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.INVESTMENT && e.amount().isPresent()), c[1] + " " + x.events());
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.amount().isEmpty()), c[1] + " " + x.events());
        }
        // partners named before their agreement, then a joiner: the second clause's parties are no partners
        Extraction partners = extract("News", "Lorne Motors Corp and Bexhill Energy Inc signed a partnership agreement, while Arundel Capital acquired Seaford Parts Ltd.", "en");
        assertTrue(roles(partners).stream().noneMatch(r -> r.startsWith("Partnership") && (r.contains("=Arundel") || r.contains("=Seaford"))),
                roles(partners).toString());
        // a round led, its amount between the verb and "round"
        assertEquals(Set.of("Corvid Capital investsIn Tallis Software Inc"),
                relations(extract("News", "Corvid Capital led a $12 million round in Tallis Software Inc.", "en")));
    }

    @Test
    void aTriggerThatRefersBackToADealToldBeforeNamesNoPartiesOfItsOwn() {
        // a second fresh-user tester's finding: "Pembelian itu memberi X ... Y" read X and Y as targets of a new acquisition
        Extraction id = extract("PT Garuda Investama beli saham PT Lestari Energi",
                "Pembelian itu memberi PT Garuda Investama satu kursi di dewan komisaris PT Lestari Energi.", "id");
        assertTrue(roles(id).stream().noneMatch(r -> r.startsWith("Acquisition target=")), roles(id).toString());
        Extraction en = extract("News", "This acquisition gives Harlow Capital Inc a seat on the board of Venmere Foods Corp.", "en");
        assertTrue(roles(en).stream().noneMatch(r -> r.startsWith("Acquisition")), roles(en).toString());
        // "the acquisition of X by Y" still tells a deal
        Extraction told = extract("News", "The acquisition of Venmere Foods Corp by Harlow Capital Inc was completed on Monday.", "en");
        assertTrue(roles(told).containsAll(List.of("Acquisition acquirer=Harlow Capital Inc", "Acquisition target=Venmere Foods Corp")),
                roles(told).toString());
    }

    @Test
    void aCourtIsNoPartyToTheLawsuitItHears() {
        // a fresh-user tester's finding: the court a suit is brought to was read as a second defendant
        Extraction id = extract("Kabar", "PT Kopi Nusantara Sejahtera menggugat PT Kopi Rakyat Mandiri ke Pengadilan Niaga Jakarta Pusat atas pelanggaran merek.", "id");
        assertTrue(roles(id).containsAll(List.of("Lawsuit plaintiff=PT Kopi Nusantara Sejahtera", "Lawsuit defendant=PT Kopi Rakyat Mandiri")),
                roles(id).toString());
        assertTrue(roles(id).stream().noneMatch(r -> r.contains("=Pengadilan")), roles(id).toString());
        assertEquals(Set.of("PT Kopi Nusantara Sejahtera sues PT Kopi Rakyat Mandiri"), relations(id));
        Extraction en = extract("News", "Pellaton Devices Inc sued Ravensworth Electronics Corp and the U.S. District Court in Delaware heard the case.", "en");
        assertTrue(roles(en).stream().noneMatch(r -> r.contains("=U.S. District Court")), roles(en).toString());
    }

    /** The name of an event type's role by its place in the relation schema ({@code data/schema}). */
    private static String role(String eventType, int place) {
        return RelationSchema.bundled().of(EventType.fromLocalName(eventType)).roles().get(place);
    }

    @Test
    void theOneAStakeIsBoughtFromSellsItAndTheOneMoneyIsRaisedFromInvests() {
        // the fresh-user tester's finding of the round before: the trained classifier read the seller as the investee
        Extraction x = extract("News", "Orvane Systems acquired a 40% stake in Brindle Health from Carrow Capital.", "en");
        Set<String> r = relations(x);
        assertTrue(r.contains("Orvane Systems investsIn Brindle Health"), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.endsWith(" Carrow Capital")), r.toString());
        assertFalse(roles(x).contains("Investment investee=Carrow Capital") || roles(x).contains("Acquisition target=Carrow Capital"),
                roles(x).toString());
        Set<String> id = relations(extract("Kabar", "PT Kelana Niaga membeli 40 persen saham PT Harmoni Abadi dari PT Sinar Pangan.", "id"));
        assertTrue(id.contains("PT Kelana Niaga investsIn PT Harmoni Abadi"), id.toString());
        assertTrue(id.stream().noneMatch(f -> f.endsWith(" PT Sinar Pangan")), id.toString());
        // the seller after "from", with the stake's company before it, is no investor in it either, and the stake bought in
        // the headline is no acquisition (a fresh-user tester's finding)
        Extraction stake = extract("Harlow buys stake in Venmere",
                "Harlow Industries Corp bought a 40% stake in Venmere Pharma Inc from Duxbury Holdings Ltd.", "en");
        assertEquals(Set.of("Harlow Industries Corp investsIn Venmere Pharma Inc"), relations(stake));
        assertTrue(roles(stake).stream().noneMatch(d -> d.contains("=Duxbury") && !d.contains("seller") || d.startsWith("Acquisition")),
                roles(stake).toString());
        Set<String> raised = relations(extract("News", "Brindle Health raised $20 million from Accel Partners and Carrow Capital on Monday.", "en"));
        assertTrue(raised.containsAll(Set.of("Accel Partners investsIn Brindle Health", "Carrow Capital investsIn Brindle Health")), raised.toString());
    }

    @Test
    void anEventsPartiesTakeTheRolesItsRelationsGiveThem() {
        // "diikuti X": the follower of a round's lead is an investor, as its investsIn says, not a second investee
        Extraction round = extract("Kabar", "Startup fintech Kelvaro mengumumkan perolehan dana segar seri A sekitar US$ 2 juta yang "
                + "dipimpin oleh Mandiri Capital Indonesia, diikuti Gan Kapital dan beberapa investor individual.", "id");
        assertTrue(relations(round).contains("Gan Kapital investsIn Kelvaro"), relations(round).toString());
        assertTrue(roles(round).contains("Investment investor=Gan Kapital"), roles(round).toString());
        assertFalse(roles(round).contains("Investment investee=Gan Kapital"), roles(round).toString());
        // the buyer of a stake after "to" invests in the stake's company: it is no investee
        Extraction stake = extract("News", "Harlow Capital sold its 30 percent stake in Veltra Systems to Norvik Holdings.", "en");
        assertTrue(relations(stake).contains("Norvik Holdings investsIn Veltra Systems"), relations(stake).toString());
        assertFalse(roles(stake).contains("Investment investee=Norvik Holdings"), roles(stake).toString());
    }

    @Test
    void aRoundLedByAnInvestorMakesTheRaiserTheInvesteeHoweverLongTheAmount() {
        // "raised $12 million in a Series A round led by": seven words between the verb and "led by"; a raiser invests in
        // nobody, and "payments startup" says Kelvaro is a company, whatever the trained name finder reads (it read a person)
        Extraction x = extract("Kelvaro raises $12 million",
                "Payments startup Kelvaro raised $12 million in a Series A round led by Sequoia Capital.", "en");
        Set<String> r = roles(x);
        assertTrue(r.containsAll(List.of("Investment investor=Sequoia Capital", "Investment investee=Kelvaro")), r.toString());
        assertFalse(r.contains("Investment investee=Sequoia Capital") || r.contains("Investment investor=Kelvaro"), r.toString());
        assertEquals(EntityType.ORGANIZATION, x.entities().stream().filter(e -> e.name().equals("Kelvaro")).findFirst().orElseThrow().type());
        // a round co-led by two investors is both's (the second tester's finding: "co-led by" read nothing)
        Set<String> co = relations(extract("News", "Tarsis Robotics raised $40 million in a Series B round co-led by Gantry Capital and "
                + "Solwick Partners.", "en"));
        assertTrue(co.containsAll(Set.of("Gantry Capital investsIn Tarsis Robotics", "Solwick Partners investsIn Tarsis Robotics")), co.toString());
    }

    @Test
    void theOtherParticipantsOfARoundInvestInItsInvesteeToo() {
        Set<String> en = relations(extract("News", "Kelvaro raised $12 million in a round led by Sequoia Capital, with participation from "
                + "Accel Partners and Harbin Peak Partners.", "en"));
        assertTrue(en.containsAll(Set.of("Sequoia Capital investsIn Kelvaro", "Accel Partners investsIn Kelvaro",
                "Harbin Peak Partners investsIn Kelvaro")), en.toString());
        Extraction id = extract("Kabar", "PT Arunika Logistik Indonesia meraih pendanaan seri A senilai US$10 juta yang dipimpin oleh "
                + "East Ventures dengan partisipasi dari Openspace Ventures dan Vertex Ventures.", "id");
        assertTrue(relations(id).containsAll(Set.of("Openspace Ventures investsIn PT Arunika Logistik Indonesia",
                "Vertex Ventures investsIn PT Arunika Logistik Indonesia")), relations(id).toString());
        assertTrue(roles(id).containsAll(List.of("Investment investor=Openspace Ventures", "Investment investor=East Ventures")),
                roles(id).toString());
        // no round in the sentence, no investor: "bersama" is a plain "with" there
        Set<String> none = relations(extract("Kabar", "PT Arunika Logistik Indonesia menggelar pameran bersama Openspace Ventures di Jakarta.", "id"));
        assertTrue(none.stream().noneMatch(f -> f.contains("investsIn")), none.toString());
    }

    @Test
    void theOneWhoGrantsAnApprovalIsItsAuthorityNotItsTarget() {
        // a fresh-user tester's finding: "mendapat persetujuan KPPU" made KPPU the target of a decision with no authority
        Set<String> id = roles(extract("Kabar", "PT Bintang Samudera Tbk mengakuisisi PT Galangan Batam Jaya. Pengambilalihan ini telah "
                + "mendapat persetujuan KPPU.", "id"));
        assertTrue(id.contains("RegulatoryAction authority=KPPU"), id.toString());
        assertFalse(id.contains("RegulatoryAction target=KPPU"), id.toString());
        Set<String> permit = roles(extract("Kabar", "PT Bintang Samudera Tbk mendapat izin dari OJK.", "id"));
        assertTrue(permit.containsAll(List.of("RegulatoryAction authority=OJK", "RegulatoryAction target=PT Bintang Samudera Tbk")),
                permit.toString());
        Extraction en = extract("News", "Harlow Bancorp got approval from the Federal Reserve to buy Venmere Savings Bank.", "en");
        assertTrue(roles(en).containsAll(List.of("RegulatoryAction authority=Federal Reserve", "RegulatoryAction target=Harlow Bancorp")),
                roles(en).toString());
        // the second tester's findings: the one approved buys, in the regulator's place, and the deal's target is no authority
        assertEquals(Set.of("Harlow Bancorp acquires Venmere Savings Bank"), relations(en));
        assertFalse(roles(en).contains("RegulatoryAction authority=Venmere Savings Bank") || roles(en).contains("Acquisition acquirer=Federal Reserve"),
                roles(en).toString());
        Extraction buy = extract("Kabar", "PT Bank Sentosa Makmur Tbk mendapat persetujuan OJK untuk mengakuisisi PT Bank Kenanga.", "id");
        assertEquals(Set.of("PT Bank Sentosa Makmur Tbk acquires PT Bank Kenanga"), relations(buy));
        assertTrue(roles(buy).containsAll(List.of("RegulatoryAction authority=OJK", "Acquisition acquirer=PT Bank Sentosa Makmur Tbk")),
                roles(buy).toString());
    }

    @Test
    void aLoanSecuredFromABankIsNoInvestmentAndAnAbandonedAttemptFailed() {
        // fresh-user tester's findings: "secured a loan from" read an investment beside the bank's customer; "abandoned its
        // attempt to acquire" an agreed deal
        Extraction loan = extract("News", "Westmarch Shipping secured a $150 million loan from Carlow Bank to finance four new vessels.", "en");
        assertTrue(relations(loan).contains("Westmarch Shipping customerOf Carlow Bank"), relations(loan).toString());
        assertTrue(loan.events().stream().noneMatch(e -> e.type() == EventType.INVESTMENT), loan.events().toString());
        Extraction dropped = extract("News", "Redfern Capital abandoned its attempt to acquire Ashcombe Hotels after shareholders objected.", "en");
        assertEquals(Set.of("Redfern Capital seeksToAcquire Ashcombe Hotels"), relations(dropped));
        assertTrue(dropped.events().stream().allMatch(e -> e.status() == DealStatus.FAILED), dropped.events().toString());
    }

    @Test
    void aClubsLineUpNamesItsPlayers() {
        // "Everton: Martyn, Hibbert, ...": a club's name, a colon and its players; 53 such worksFor were missed on the held-out fifth
        Extraction x = extract("Match report", "Harlow Town FC beat Kestrel Rovers FC 2-1 on Saturday.\n"
                + "Harlow Town FC: Thomas Ashby; Daniel Merrow, Samuel Pyke (Michael Doyle, 80), Lee Halford.\n"
                + "Kestrel Rovers FC (4-4-2): Robert Kane, Peter Walsh, John Barrett.\nSubs: Simon Harper, Martin Lowe, Kevin Price.", "en");
        Set<String> r = relations(x);
        assertTrue(r.containsAll(Set.of("Thomas Ashby worksFor Harlow Town FC", "Lee Halford worksFor Harlow Town FC",
                "Michael Doyle worksFor Harlow Town FC", "Robert Kane worksFor Kestrel Rovers FC", "John Barrett worksFor Kestrel Rovers FC",
                "Simon Harper worksFor Kestrel Rovers FC", "Kevin Price worksFor Kestrel Rovers FC")),
                r.toString());
        assertFalse(r.contains("Robert Kane worksFor Harlow Town FC") || r.contains("Thomas Ashby worksFor Kestrel Rovers FC"), r.toString());
        // a national team is its country, a place: its players work for no one; two names make no line-up
        Set<String> national = relations(extract("Italy beat Ireland", "Italy beat Ireland 2-0.\nItaly: Gianluigi Buffon, Fabio "
                + "Cannavaro, Andrea Pirlo.\nSpokesmen: Harlow Town FC, Thomas Ashby and Daniel Merrow.", "en"));
        assertTrue(national.stream().noneMatch(f -> f.contains("worksFor")), national.toString());
        // one list alone is no match's line-up: a party's members do not work for it (the second tester's finding; the rules
        // alone, as the trained classifier reads some of them on its own)
        Set<String> party = TestPipeline.ruleRelations("The candidates were named on Monday.\nLabour Party: Helen Marsh, Thomas Reed, "
                + "David Carter, Susan Blake.", "en");
        assertTrue(party.stream().noneMatch(f -> f.contains("worksFor")), party.toString());
    }

    @Test
    void aPoliceRankWrittenOutIsNoPartOfThePost() {
        // "Komisaris Besar" (written out, as "Kombes" abbreviated) between the police's name and the officer's: the rules read the
        // post ("Kepala Bidang Humas") of the organization before the rank (the rules alone read the unit with it)
        Set<String> r = TestPipeline.ruleRelations("Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Hendra Wiratama mengatakan "
                + "pelaku sudah ditangkap.", "id");
        assertTrue(r.stream().anyMatch(f -> f.startsWith("Hendra Wiratama worksFor ") && f.endsWith("Polda Metro Jaya")), r.toString());
        // "Ajun" opens a rank, never a name (it had become an organization the officer worked for)
        Set<String> ajun = relations(extract("Kabar", "Kapolres Bogor Ajun Komisaris Besar Polisi Rio Wahyu Anggoro mengatakan pelaku sudah "
                + "ditangkap.", "id"));
        assertTrue(ajun.stream().noneMatch(f -> f.endsWith(" Ajun")), ajun.toString());
        // a bank employee's name is no bank's (the second tester's finding: "bank" alone is no organization noun in Indonesian)
        Extraction clerk = extract("Kabar", "Polisi menangkap pegawai bank Rudi Hartono di Medan.", "id");
        assertEquals(EntityType.PERSON, clerk.entities().stream().filter(e -> e.name().equals("Rudi Hartono")).findFirst().orElseThrow().type());
    }

    @Test
    void aDescriptionRefersBackToTheOrganizationItsNounIntroduced() {
        // "The operator signed ..." refers to the company introduced as "a refrigerated shipping operator", not to the article's
        // most mentioned one; "Maskapai tersebut" to the one introduced as "maskapai" (a fresh-user tester's finding)
        Set<String> en = relations(extract("Nordhavn Shipping to buy Baltic Reefer Lines", "Danish container carrier Nordhavn Shipping "
                + "has agreed to acquire Baltic Reefer Lines, a refrigerated shipping operator, for $410 million. Nordhavn Shipping said "
                + "the deal would close in June. Nordhavn Shipping is listed in Copenhagen.\n\nThe operator signed a partnership "
                + "agreement with Maersk Line last year.", "en"));
        assertTrue(en.contains("Baltic Reefer Lines partnersWith Maersk Line"), en.toString());
        assertFalse(en.contains("Nordhavn Shipping partnersWith Maersk Line"), en.toString());
        Set<String> id = relations(extract("Kabar", "PT Bank Mandiri (Persero) Tbk mencatat laba naik. Bank Mandiri menambah cabang. "
                + "Bank Mandiri juga membiayai maskapai PT Citilink Indonesia. Bank Mandiri membuka kantor baru.\n\n"
                + "Maskapai tersebut menandatangani kerja sama dengan PT Angkasa Pura II.", "id"));
        assertTrue(id.contains("PT Citilink Indonesia partnersWith PT Angkasa Pura II"), id.toString());
        assertTrue(id.stream().noneMatch(f -> f.contains("Mandiri partnersWith")), id.toString());
        // a headline's word is no description of the body's first name ("Automaker" before "Tesla"), and a description whose
        // company the finders did not find refers to no other (a verifier's finding)
        Set<String> unfound = relations(extract("Automaker", "Tesla sold more cars. Tesla said Tesla will expand. Rivian, the electric "
                + "automaker, said the automaker signed a supply agreement with LG Energy Solution.", "en"));
        assertTrue(unfound.stream().noneMatch(f -> f.endsWith("customerOf Tesla")), unfound.toString());
    }

    @Test
    void aSpeakerIsNoPartyOfWhatTheCompanyHeReferredToDoes() {
        // "Dimas juga mengungkapkan perseroan tengah bernegosiasi untuk mengambil alih ...": the company "perseroan" names bids,
        // not its director who speaks (a fresh-user tester's finding); one told something is still no party ("told the SEC it")
        Set<String> id = relations(extract("PT Pasar Rakyat Digital raih pendanaan", "PT Pasar Rakyat Digital (PasarKu), startup "
                + "e-commerce asal Jakarta, meraih pendanaan Seri B. Direktur Utama PasarKu, Dimas Aditya, mengatakan dana itu untuk "
                + "ekspansi. PasarKu kini melayani 40 kota.\n\nDimas juga mengungkapkan perseroan tengah bernegosiasi untuk "
                + "mengambil alih startup logistik asal Surabaya, KirimCepat.", "id"));
        assertTrue(id.contains("PT Pasar Rakyat Digital seeksToAcquire KirimCepat"), id.toString());
        assertFalse(id.contains("Dimas Aditya seeksToAcquire KirimCepat"), id.toString());
        Set<String> en = relations(extract("News", "Harlow Foods grew. Harlow Foods said so. Harlow Foods hired staff.\n\nChief executive "
                + "Mark Ellison said the company would acquire Pinewood Dairies.", "en"));
        assertTrue(en.contains("Harlow Foods acquires Pinewood Dairies") || en.contains("Harlow Foods seeksToAcquire Pinewood Dairies"),
                en.toString());
        assertTrue(en.stream().noneMatch(f -> f.startsWith("Mark Ellison ") && f.contains("Pinewood")), en.toString());
    }

    @Test
    void anEnglishStyleCompanyNameInIndonesianTextKeepsItsFirstWord() {
        // "Alpha JWC Ventures", where the trained name finder found "JWC Ventures": before a name that ends in a company's name
        // head, a name's words are its modifiers in Indonesian text too (a fresh-user tester's finding)
        Extraction x = extract("PasarKu raih pendanaan", "PT Pasar Rakyat Digital (PasarKu) meraih pendanaan Seri B senilai US$50 juta. "
                + "Putaran pendanaan ini dipimpin oleh East Ventures dan Alpha JWC Ventures, dengan partisipasi dari MDI Ventures.", "id");
        assertTrue(relations(x).contains("Alpha JWC Ventures investsIn PT Pasar Rakyat Digital"), relations(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("JWC Ventures")), x.entities().toString());
    }

    @Test
    void aNameWrittenWithALegalFormIsAnOrganizationWhateverItsOtherMentionsWereTyped() {
        // "Presiden Direktur Mitra Sehat Medika, dr. ..." was typed a product by the trained name finder, and the company's
        // entity with it, "PT Mitra Sehat Medika Tbk" and all (a fresh-user tester's finding)
        Extraction x = extract("Mitra Sehat Medika Ambil Alih RS Permata Hati Surabaya, Siapkan Capex Rp 1,2 Triliun",
                "JAKARTA, Bisnis.com - Emiten rumah sakit PT Mitra Sehat Medika Tbk (MSMK) resmi mengambil alih Rumah Sakit Permata "
                + "Hati di Surabaya dengan nilai transaksi Rp 640 miliar. Akuisisi dilakukan melalui anak usahanya, PT Mitra Sehat Jatim."
                + "\n\nPresiden Direktur Mitra Sehat Medika, dr. Lukas Santoso, mengatakan aksi korporasi ini menambah jaringan rumah "
                + "sakit perseroan menjadi 24 unit. \"Surabaya merupakan pasar yang sangat penting bagi kami karena permintaan layanan "
                + "kesehatan di Jawa Timur terus tumbuh,\" ujarnya di Jakarta, Kamis (12/6).", "id");
        assertEquals(EntityType.ORGANIZATION, x.entities().stream().filter(e -> e.name().equals("PT Mitra Sehat Medika Tbk")).findFirst()
                .orElseThrow().type());
    }

    @Test
    void aCompanyItsOfficersTitleAndTheOfficerAreNoOneName() {
        // the trained name finder ran "Dolcevia Chairwoman Margherita Bellandi" into one organization's name, and every relation
        // of Dolcevia was lost to it (a fresh-user tester's finding)
        Extraction x = extract("Kering ends talks", "Kering ended talks to buy Dolcevia. Dolcevia Chairwoman Margherita Bellandi said "
                + "the family would keep a 70% stake.", "en");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Chairwoman")), x.entities().toString());
        assertTrue(relations(x).contains("Kering seeksToAcquire Dolcevia"), relations(x).toString());
        // named nowhere else, the company before the title is still found, with its officer and its deal (a verifier's finding)
        Set<String> alone = relations(extract("News", "Dolcevia Chairwoman Margherita Bellandi said the group would acquire Pastificio "
                + "Rossi.", "en"));
        assertTrue(alone.containsAll(Set.of("Margherita Bellandi worksFor Dolcevia", "Dolcevia acquires Pastificio Rossi")), alone.toString());
    }

    @Test
    void aNameTheArticleUsesElsewhereIsANameWhereItOpensASentence() {
        // "Sejauh Rupa bersaing dengan ...": found after a title, missed where it opened a sentence, with the rivalry (a fresh-user
        // tester's finding)
        Set<String> r = relations(extract("Brand Fesyen Lokal Sejauh Rupa Dapat Suntikan Dana", "Pendiri sekaligus Chief Executive "
                + "Officer Sejauh Rupa, Kirana Larasati, mengatakan dana tersebut akan digunakan untuk membuka 30 toko baru.\n\n"
                + "Sejauh Rupa bersaing dengan jenama lokal lain seperti Erigo dan Buttonscarves, yang juga agresif membuka toko fisik.", "id"));
        assertTrue(r.containsAll(Set.of("Sejauh Rupa competesWith Erigo", "Sejauh Rupa competesWith Buttonscarves")), r.toString());
    }

    @Test
    void aSuppliersCustomersNamedAsSuchAndAnOwnerWithAnAdverb() {
        // fresh-user tester's findings: "X's largest customer is Y", "X's systems are used by Y and Z", "X also owns Y"
        Set<String> customer = relations(extract("News", "Northgate Clinics runs hospitals. Northgate Clinics' largest customer is Bupa, "
                + "which refers patients.", "en"));
        assertTrue(customer.contains("Bupa customerOf Northgate Clinics"), customer.toString());
        Set<String> used = relations(extract("News", "Hanul Precision makes tools. Hanul Precision's inspection systems are used by "
                + "Samsung Electronics and SK Hynix to check memory.", "en"));
        assertTrue(used.containsAll(Set.of("Samsung Electronics customerOf Hanul Precision", "SK Hynix customerOf Hanul Precision")),
                used.toString());
        Set<String> owns = relations(extract("News", "Tencent Holdings bought Ironclad in 2020. Tencent also owns Riot Games.", "en"));
        assertTrue(owns.stream().anyMatch(f -> f.startsWith("Riot Games ownedBy Tencent")), owns.toString());
    }

    @Test
    void whatARelativeClauseSaysTheSubjectBoughtIsTheNameItHangsOn() {
        // "L'Oreal also owns Aesop, which it acquired from Natura": Aesop was bought, by L'Oreal ("it"); Aesop had been read as
        // the buyer of Natura (a fresh-user tester's finding)
        Extraction x = extract("News", "Orvane Group also owns Kelvaro Labs, which it bought from Harlow Capital in 2021.", "en");
        assertTrue(relations(x).contains("Orvane Group acquires Kelvaro Labs"), relations(x).toString());
        assertTrue(relations(x).stream().noneMatch(f -> f.startsWith("Kelvaro Labs acquires")), relations(x).toString());
    }

    @Test
    void aListGoesOnPastAMemberReadAsAPersonAndAFirmsAmpersandNameIsNoPersons() {
        // fresh-user tester's findings: "Netflix, Max and Peacock" with Max read a person lost Peacock; "Hartono & Rekan", a law
        // firm, was a person who worked for "Firma"
        Set<String> list = relations(extract("News", "Streaming service Plexa raised prices. Plexa competes with Netflix, Max and "
                + "Peacock, and recently raised prices by $2 a month.", "en"));
        assertTrue(list.contains("Plexa competesWith Peacock"), list.toString());
        Extraction firm = extract("Kabar", "Lilith Games menggugat Touchten Games. Firma hukum Hartono & Rekan mewakili Lilith Games "
                + "dalam gugatan tersebut.", "id");
        assertEquals(EntityType.ORGANIZATION, firm.entities().stream().filter(e -> e.name().equals("Hartono & Rekan")).findFirst()
                .orElseThrow().type());
        assertTrue(relations(firm).stream().noneMatch(f -> f.startsWith("Hartono & Rekan worksFor")), relations(firm).toString());
    }

    @Test
    void anIndonesianJointVentureIsOwnedByEachOfItsParents() {
        // "X merupakan perusahaan patungan antara A dan B", "X, perusahaan patungan A dan B", "... patungan empat BUMN, yakni A, B,
        // C, dan D" (a fresh-user tester's finding; MANUAL: a joint venture company is ownedBy each parent)
        Set<String> four = relations(extract("Kabar", "PT Industri Baterai Indonesia sendiri merupakan perusahaan patungan empat BUMN, "
                + "yakni MIND ID, PT Aneka Tambang Tbk, PT PLN (Persero), dan PT Pertamina (Persero).", "id"));
        assertTrue(four.containsAll(Set.of("PT Industri Baterai Indonesia ownedBy MIND ID", "PT Industri Baterai Indonesia ownedBy PT Aneka "
                + "Tambang Tbk", "PT Industri Baterai Indonesia ownedBy PT Pertamina (Persero)")), four.toString());
        Set<String> two = relations(extract("Kabar", "Mitra dapat mencicil motor listrik produksi PT Energi Kreasi Bersama, perusahaan "
                + "patungan Gojek dan PT TBS Energi Utama Tbk.", "id"));
        assertTrue(two.containsAll(Set.of("PT Energi Kreasi Bersama ownedBy Gojek", "PT Energi Kreasi Bersama ownedBy PT TBS Energi Utama Tbk")),
                two.toString());
    }

    @Test
    void aRoundsParticipantDescribedBeforeItsNameInvestsToo() {
        // "with participation from Mitsubishi and existing investor Toyota Ventures", "serta investor lama Kinesys Capital": the
        // description between stopped the list (a fresh-user tester's finding)
        Set<String> en = relations(extract("News", "Battery recycler Cyclion said on Tuesday it had raised $120 million in a Series B "
                + "funding round. The funding round was led by Breakthrough Energy Ventures, with participation from Mitsubishi and "
                + "existing investor Toyota Ventures.", "en"));
        assertTrue(en.contains("Toyota Ventures investsIn Cyclion"), en.toString());
        Set<String> id = relations(extract("Kabar", "PT Pasar Rakyat Digital (PasarKu) meraih pendanaan Seri B senilai US$50 juta. "
                + "Putaran pendanaan ini dipimpin oleh East Ventures, dengan partisipasi dari MDI Ventures, Openspace Ventures, serta "
                + "investor lama Kinesys Capital.", "id"));
        assertTrue(id.contains("Kinesys Capital investsIn PT Pasar Rakyat Digital"), id.toString());
    }

    @Test
    void aSupplierThatHasCustomersNamesThemAfterTheNoun() {
        // "X memiliki pelanggan utama lainnya, yaitu A dan B": A and B are X's customers, not X theirs; "Perusahaan itu" there is the
        // article's main company, not the investment firm last introduced as "perusahaan" (a fresh-user tester's findings)
        Set<String> r = relations(extract("Kabar", "PT Menara Bersama Nusantara Tbk membangun menara. PT Menara Bersama Nusantara Tbk "
                + "dikendalikan oleh perusahaan investasi asal Singapura, Tiara Infrastructure Partners. Perusahaan itu juga memiliki "
                + "pelanggan utama lainnya, yaitu PT Telkomsel dan PT Indosat Tbk, yang menyewa ruang di menara perseroan.", "id"));
        assertTrue(r.containsAll(Set.of("PT Telkomsel customerOf PT Menara Bersama Nusantara Tbk",
                "PT Indosat Tbk customerOf PT Menara Bersama Nusantara Tbk")), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.startsWith("PT Menara Bersama Nusantara Tbk customerOf") || f.endsWith("customerOf Tiara "
                + "Infrastructure Partners")), r.toString());
    }

    @Test
    void theOneARelativeClauseNamesIsNoPartyOfTheMainClause() {
        // "Caldwell, which is owned by Canadian pension fund OMERS, agreed to buy Northgate": Caldwell buys, not OMERS (a fresh-user
        // tester's finding; both the rules and the trained classifier read OMERS)
        Set<String> r = relations(extract("News", "Caldwell Healthcare grew. Caldwell, which is owned by Canadian pension fund OMERS, "
                + "agreed to buy Northgate Clinics from its founders in February.", "en"));
        assertTrue(r.contains("Caldwell Healthcare acquires Northgate Clinics"), r.toString());
        assertFalse(r.contains("OMERS acquires Northgate Clinics"), r.toString());
    }

    @Test
    void aDatelineNamesAPlaceAndAnOutletNeverAParty() {
        // "RENO, Nevada, Sept 4 (Reuters) -" gave the contract's supplier RENO; "JAKARTA, Tekno Kompas -" the round's investee
        // Tekno (a fresh-user tester's findings)
        Extraction en = extract("News", "RENO, Nevada, Sept 4 (Reuters) - U.S. battery recycling startup Cyclion said on Wednesday it "
                + "had signed a 10-year agreement to supply recycled nickel to Panasonic Energy.", "en");
        assertTrue(relations(en).stream().noneMatch(f -> f.toUpperCase(java.util.Locale.ROOT).contains("RENO")), relations(en).toString());
        assertTrue(en.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("Reno") && e.type() == EntityType.ORGANIZATION),
                en.entities().toString());
        Extraction id = extract("Kabar", "JAKARTA, Tekno Kompas - Studio pengembang gim asal Bandung, Agate International, memperoleh "
                + "investasi senilai US$ 15 juta dari penerbit gim Jepang, Bandai Namco Entertainment.", "id");
        assertTrue(id.entities().stream().noneMatch(e -> e.name().equals("Tekno")), id.entities().toString());
        assertTrue(relations(id).stream().noneMatch(f -> f.contains("Tekno")), relations(id).toString());
        // "International" ends a company's name (org-suffixes.txt): the trained finder's silence does not drop "Agate International"
        assertTrue(relations(id).contains("Bandai Namco Entertainment investsIn Agate International"), relations(id).toString());
    }

    @Test
    void aCuesPartyNamedByAPossessiveNounIsNoNameAfterTheNextComma() {
        // "the investment vehicle backed by Qatar's ruling family, already owns Valentino and Balmain": the family backs it, and
        // Valentino backs nothing (a fresh-user tester's finding); "headed by Taft's vice chairman, Dudley Taft" still names him
        Set<String> r = relations(extract("Mayhoola buys stake", "Mayhoola for Investments agreed to buy a 30% stake in Dolcevia. "
                + "Mayhoola, the investment vehicle backed by Qatar's ruling family, already owns Valentino and Balmain.", "en"));
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Valentino investsIn") || f.startsWith("Balmain investsIn")), r.toString());
    }

    @Test
    void aRoundAnnouncedOrCompletedAndLedByAnInvestorIsItsInvestment() {
        // "announced a $50 million Series C round led by", "a funding round of $50 million led by", "X's ... round was led by":
        // the round's leader invests in the company (before, nothing was read, or the company invested in its investor)
        for (String body : java.util.List.of(
                "Logistics startup Pallatta announced a $50 million Series C round led by Kestrel Ventures.",
                "Pallatta grew fast. Pallatta, a logistics startup, announced a funding round of $50 million led by Kestrel Ventures.",
                "Logistics startup Pallatta completed a Series C round, led by Kestrel Ventures.",
                "Logistics startup Pallatta grew fast. Pallatta's $50 million Series C round was led by Kestrel Ventures, with "
                        + "participation from Moraine Capital.")) {
            Extraction x = extract("Funding", body, "en");
            assertTrue(relations(x).contains("Kestrel Ventures investsIn Pallatta"), body + " " + relations(x));
            assertFalse(relations(x).contains("Pallatta investsIn Kestrel Ventures"), body + " " + relations(x));
            assertTrue(x.events().stream().filter(e -> e.type() == EventType.INVESTMENT).allMatch(e -> e.participants().stream()
                    .noneMatch(p -> p.role().equals("investee") && x.entities().stream()
                            .anyMatch(n -> n.key().equals(p.entity()) && n.name().equals("Kestrel Ventures")))), body + " " + x.events());
        }
    }

    @Test
    void aPaymentsCompanyIsNoPayment() {
        // "Startup pembayaran DanaKu ... pendanaan ... dari Sequoia" gave a payment from DanaKu to Sequoia beside the investment:
        // "pembayaran" after a company noun names its line of business
        Extraction x = extract("Kabar", "Startup pembayaran Pallatta mengumumkan pendanaan Seri C senilai US$50 juta dari Kestrel "
                + "Ventures.", "id");
        assertTrue(relations(x).contains("Kestrel Ventures investsIn Pallatta"), relations(x).toString());
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), x.events().toString());
    }

    @Test
    void aSentencesFirstWordThatAnAppositionDescribesIsACompany() {
        // "Pallatta, a logistics startup, said ..." and "Pallatta, perusahaan rintisan logistik, ...": the company's only name
        // opened its sentences and was lost with its relations; "Worryingly, said the firm, ..." and "Yap, pabrikan asal Taiwan
        // itu, ..." name nothing
        Extraction en = extract("Startup raises $50 million", "Pallatta, a logistics startup, said on Tuesday it raised $50 million "
                + "from Kestrel Ventures. Worryingly, said the firm, costs rose. Pallatta will hire. Ironically, a rival company, Zorbit, "
                + "said it would raise prices.", "en");
        assertTrue(relations(en).contains("Kestrel Ventures investsIn Pallatta"), relations(en).toString());
        // (an adverb stands once: "Ironically" is no name, though an apposition that closes follows it; a verifier's finding)
        assertTrue(en.entities().stream().noneMatch(e -> e.name().equals("Worryingly") || e.name().equals("Ironically")),
                en.entities().toString());
        Extraction id = extract("Kabar", "Pallatta, perusahaan rintisan logistik, meraih pendanaan dari Kestrel Ventures. Yap, pabrikan "
                + "asal Taiwan itu, meluncurkan ponsel baru. Pallatta akan berekspansi.", "id");
        assertTrue(relations(id).contains("Kestrel Ventures investsIn Pallatta"), relations(id).toString());
        assertTrue(id.entities().stream().noneMatch(e -> e.name().equals("Yap")), id.entities().toString());
    }

    @Test
    void aHyphenatedNameIsOneName() {
        // "Gulf Polymers CEO Faisal Al-Otaibi said" gave "Faisal" (an organization) and "Al" (a person) and "Al worksFor Faisal"
        // (a fresh-user tester's finding: the English tokenizer split "Al-Otaibi"); the trained name finder cut
        // "Jean-Dominique Senard" into "Jean-" and "Dominique Senard", both Renault's
        Set<String> r = relations(extract("News", "\"We are confident,\" Gulf Polymers CEO Faisal Al-Otaibi said on Monday. Renault "
                + "chief executive Jean-Dominique Senard said the alliance would survive.", "en"));
        assertTrue(r.contains("Faisal Al-Otaibi worksFor Gulf Polymers"), r.toString());
        assertTrue(r.contains("Jean-Dominique Senard worksFor Renault"), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Al ") || f.startsWith("Jean- ") || f.endsWith(" Faisal")), r.toString());
        // a particle that opens a phrase is no part of a person's name: "Al-Jazeera" stays an outlet, "Ex-Google" Google (a
        // verifier's findings)
        Extraction x = extract("News", "Al-Jazeera reported that Qatar Airways will buy 20 jets. Ex-Google engineer Anthony "
                + "Levandowski joined Uber in 2016.", "en");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Al-Jazeera") && e.type() != EntityType.OUTLET), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Ex-Google")), x.entities().toString());
    }

    @Test
    void aSentenceOpeningPossessiveStandsForThePreviousSentencesSubject() {
        // "Jinrui Foods already owns dairy farms. Its chairman Zhou Weiming said ...": Zhou works for Jinrui, not for the company
        // the article is about; "Its backers include ..." invest in the company the sentence before opens with (a fresh-user
        // tester's findings)
        Set<String> r = relations(extract("Jinrui to buy Little Kowhai", "Kaimai Dairy agreed to sell its infant formula unit "
                + "Little Kowhai to Jinrui Foods. Kaimai Dairy will use the money to cut debt. Jinrui Foods, which is controlled by "
                + "the city government, already owns dairy farms. Its chairman Zhou Weiming said the deal made sense. Brightwall Labs, "
                + "founded in 2017, makes security software. Its backers include Index Ventures and Lightspeed Venture Partners.", "en"));
        assertTrue(r.contains("Zhou Weiming worksFor Jinrui Foods"), r.toString());
        assertFalse(r.contains("Zhou Weiming worksFor Kaimai Dairy"), r.toString());
        assertTrue(r.contains("Index Ventures investsIn Brightwall Labs"), r.toString());
        assertTrue(r.contains("Lightspeed Venture Partners investsIn Brightwall Labs"), r.toString());
        Set<String> ceo = relations(extract("Biffa wins", "Biffa agreed to buy Northline Recycling for 300 million pounds. Its chief "
                + "executive, Rachel Enders, said Northline's plants would help.", "en"));
        assertTrue(ceo.contains("Rachel Enders worksFor Biffa"), ceo.toString());
        // with no company opening the sentence before, "Its" borrows nothing; "Their" is a plural's (a verifier's findings)
        Set<String> none = relations(extract("Orbify", "Orbify is growing. In 2019, Nuvia Cloud was founded in Munich. Its backers "
                + "include Sequoia and Lightspeed. Nuvia Cloud and Hetzner both expanded. Their backers include Accel and Balderton.", "en"));
        assertTrue(none.stream().noneMatch(f -> f.contains(" investsIn ")), none.toString());
        // "Their demands have been backed by ...": the demands are backed, not the Tories
        Set<String> demands = relations(extract("Tories", "The Tories called for a change in the law. Their demands have been backed "
                + "by former Metropolitan Police chief John Stevens.", "en"));
        assertTrue(demands.stream().noneMatch(f -> f.contains("investsIn")), demands.toString());
    }

    @Test
    void aReferenceWordInsideACueIsTheCompanyNotTheSpeakerBeforeIt() {
        // "Direktur Utama MJPI, Teguh Hadisaputro, menjelaskan produksi akan dilakukan oleh anak usaha perseroan, PT Kayu Lestari
        // Jaya": the subsidiary is the company's, not its director's (a fresh-user tester's finding)
        Set<String> r = relations(extract("Mebel Jepara", "PT Mebel Jepara Indah Tbk (MJPI) akan membangun pabrik baru. Direktur Utama "
                + "MJPI, Teguh Hadisaputro, menjelaskan produksi akan dilakukan oleh anak usaha perseroan, PT Kayu Lestari Jaya, di "
                + "Kabupaten Jepara.", "id"));
        assertTrue(r.contains("PT Kayu Lestari Jaya ownedBy PT Mebel Jepara Indah Tbk"), r.toString());
        assertFalse(r.contains("PT Kayu Lestari Jaya ownedBy Teguh Hadisaputro"), r.toString());
        // a speaker named with another company speaks of that one (a verifier's finding)
        Set<String> other = relations(extract("Bumi Raya", "PT Bumi Raya Tbk (BRAY) mencetak laba. Presiden Direktur PT Astra "
                + "International Tbk, Djony Bunarto, menjelaskan bahwa anak usaha perseroan, PT United Tractors, juga mencatat kenaikan "
                + "laba.", "id"));
        assertTrue(other.contains("PT United Tractors ownedBy PT Astra International Tbk"), other.toString());
        assertFalse(other.contains("PT United Tractors ownedBy PT Bumi Raya Tbk"), other.toString());
    }

    @Test
    void aNameBeforeAPlaceCompoundIsAPlaceNeverAParty() {
        // "agreed to buy Tel Aviv-based Cyvera" gave "Sentinel Harbor acquires Tel Aviv"; "The Espoo-based company also competes
        // with Kone" gave Espoo as Kone's rival (a fresh-user tester's findings): the company is the article's
        Extraction x = extract("Nordvik expands", "Nordvik Elevators agreed to buy Tel Aviv-based Cyvera for 200 million euros. The "
                + "Espoo-based company also competes with Kone and Otis.", "en");
        Set<String> r = relations(x);
        assertTrue(r.contains("Nordvik Elevators acquires Cyvera"), r.toString());
        assertTrue(r.contains("Nordvik Elevators competesWith Kone"), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.contains("Tel Aviv") || f.contains("Espoo")), r.toString());
        assertTrue(x.entities().stream().filter(e -> e.name().equals("Espoo") || e.name().equals("Tel Aviv"))
                .allMatch(e -> e.type() == EntityType.PLACE), x.entities().toString());
    }

    @Test
    void aDemonymAloneIsNoParty() {
        // "Emirati conglomerate Al Futtaim Group" gave "Emirati" as a joint venture's partner and owner (a fresh-user tester's
        // finding: the trained name finder took the demonym alone)
        Extraction x = extract("Nordvik", "Nordvik Elevators formed a joint venture with Emirati conglomerate Al Futtaim Group. "
                + "Nordvik owns 49%.", "en");
        assertTrue(relations(x).contains("Nordvik Elevators partnersWith Al Futtaim Group"), relations(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Emirati")), x.entities().toString());
    }

    @Test
    void aSuppliersCustomersNamedAsSuchAreItsCustomers() {
        // wordings of a fresh-user tester's articles that named no customer: a list after "counts ... among its clients" behind
        // "which", a seller's software sold "to about 900 companies ..., including" them, standing contracts, a lease, an order
        // worth an amount, and Indonesian "Salah satu pembeli terbesar X adalah Y"
        Set<String> en = relations(extract("News", "Halden & Ross, which counts Unilever and Diageo among its clients, is growing. "
                + "PeopleLedger sells its software to about 900 companies in 40 countries, including Irish food group Kerry Group. "
                + "Starlight Cinemas also said it had signed a ten-year lease with mall developer Phoenix Mills. Nordvik Elevators said "
                + "it had won an order worth about 310 million euros from Al Safwa Developments to supply elevators.", "en"));
        for (String f : java.util.List.of("Unilever customerOf Halden & Ross", "Diageo customerOf Halden & Ross",
                "Kerry Group customerOf PeopleLedger", "Starlight Cinemas customerOf Phoenix Mills",
                "Al Safwa Developments customerOf Nordvik Elevators")) {
            assertTrue(en.contains(f), f + " " + en);
        }
        Set<String> id = relations(extract("Kabar", "Tambak udang PT Arunika Aqua menjual udang ke Jepang. Salah satu pembeli terbesar "
                + "Arunika Aqua adalah PT Samudra Beku Nusantara, eksportir udang beku. Platform rekrutmen Lokerin tumbuh pesat. Salah "
                + "satu pelanggan besar Lokerin adalah perusahaan logistik PT Kirim Kilat.", "id"));
        assertTrue(id.contains("PT Samudra Beku Nusantara customerOf PT Arunika Aqua"), id.toString());
        assertTrue(id.contains("PT Kirim Kilat customerOf Lokerin"), id.toString());
        // a seller of its goods to a buyer: "Perseroan juga menjual benih kepada Kementerian Pertanian"; a company sold is no goods
        Set<String> sold = relations(extract("Kabar", "PT Benih Unggul Tani Tbk mencatat laba naik. Perseroan juga menjual benih kepada "
                + "Kementerian Pertanian melalui program bantuan benih untuk petani.", "id"));
        assertTrue(sold.contains("Kementerian Pertanian customerOf PT Benih Unggul Tani Tbk"), sold.toString());
    }

    @Test
    void aNewInvestmentInARoundIsNoRoundOfTheInvestor() {
        // "Spotify announced a $35 million investment in a round led by Balderton Capital": Spotify invests, Balderton does not
        // invest in Spotify (a verifier's finding)
        Set<String> r = relations(extract("News", "Spotify announced a $35 million investment in a round led by Balderton Capital for "
                + "the podcast startup Rook.", "en"));
        assertFalse(r.contains("Balderton Capital investsIn Spotify"), r.toString());
    }

    @Test
    void aListsMemberWithItsPlaceOrDescriptionBeforeItStaysInTheList() {
        // "competes with Finland's ICEYE and U.S.-based Capella Space", "Vinci Airports and Mexico's Grupo Aeroportuario del
        // Pacifico", "OneMed serta produsen asal China, Mindray": the second rival was lost (a fresh-user tester's findings)
        Set<String> en = relations(extract("News", "The start-up Orbitra Space competes with Finland's ICEYE and U.S.-based Capella "
                + "Space. Aerovia Group competes with France's Vinci Airports and Mexico's Grupo Aeroportuario del Pacifico.", "en"));
        for (String f : List.of("Orbitra Space competesWith ICEYE", "Orbitra Space competesWith Capella Space",
                "Aerovia Group competesWith Vinci Airports", "Aerovia Group competesWith Grupo Aeroportuario del Pacifico")) {
            assertTrue(en.contains(f), f + " " + en);
        }
        Set<String> id = relations(extract("Kabar", "Di pasar dalam negeri, PT Alkes Medika Nusantara bersaing dengan OneMed serta "
                + "produsen asal China, Mindray.", "id"));
        assertTrue(id.contains("PT Alkes Medika Nusantara competesWith Mindray"), id.toString());
        assertTrue(id.contains("PT Alkes Medika Nusantara competesWith OneMed"), id.toString());
    }

    @Test
    void anOwnersBrandsAndABuyerThatTookACompanyPrivateAreRead() {
        // "whose brands include Pedigree, Whiskas and Royal Canin" gave Pedigree only; "taken private by U.S. investment firm
        // Energy Capital Partners" gave Biffa investing in the firm (a fresh-user tester's findings)
        Set<String> r = relations(extract("Mars", "Mars is buying Wildpaw. The deal would add a premium brand to Mars' pet care division, "
                + "whose brands include Pedigree, Whiskas and Royal Canin.", "en"));
        for (String f : List.of("Pedigree ownedBy Mars", "Whiskas ownedBy Mars", "Royal Canin ownedBy Mars")) {
            assertTrue(r.contains(f), f + " " + r);
        }
        Set<String> b = relations(extract("Biffa wins Northline", "Biffa agreed to buy Northline. Biffa, which was taken private by U.S. "
                + "investment firm Energy Capital Partners in 2022, collects waste.", "en"));
        assertTrue(b.contains("Energy Capital Partners acquires Biffa"), b.toString());
        assertFalse(b.contains("Biffa investsIn Energy Capital Partners"), b.toString());
    }

    @Test
    void aSaleTheSellerIntendsIsTheBuyersBidNotItsAcquisition() {
        // "TLNT juga tengah menjajaki penjualan saham ... PT Tol Kualanamu Raya, kepada ... ADIA" gave a completed acquisition
        // (a fresh-user tester's finding; GUIDELINES: a stated intention is seeksToAcquire)
        Extraction x = extract("Kabar", "PT Tol Lintas Nusantara Tbk tengah menjajaki penjualan saham PT Tol Kualanamu Raya kepada "
                + "PT Dana Abadi Investama.", "id");
        assertTrue(relations(x).contains("PT Dana Abadi Investama seeksToAcquire PT Tol Kualanamu Raya"), relations(x).toString());
        assertFalse(relations(x).contains("PT Dana Abadi Investama acquires PT Tol Kualanamu Raya"), relations(x).toString());
        // a sale done stays an acquisition
        Set<String> done = relations(extract("Kabar", "PT Tol Lintas Nusantara Tbk menjual saham PT Tol Kualanamu Raya kepada PT Dana "
                + "Abadi Investama.", "id"));
        assertTrue(done.contains("PT Dana Abadi Investama acquires PT Tol Kualanamu Raya"), done.toString());
    }

    @Test
    void aSpeakerWhoseVerbStandsBeforeTheCueIsNoParty() {
        // "Hendra menyebut negosiasi dengan ADIA masih berada pada tahap awal" made Hendra ADIA's bidder (a fresh-user tester's
        // finding); "Energi Prima, pemilik konsesi tambang di Kutai Timur" owns a concession, no company named after "pemilik"
        Set<String> r = relations(TestPipeline.rulesOnly().extract(new Article("t", "Kabar", "PT Tol Lintas Nusantara Tbk tengah "
                + "menjajaki penjualan saham PT Tol Kualanamu Raya kepada ADIA. Namun, Direktur Utama PT Tol Lintas Nusantara Tbk Hendra "
                + "Kurniawan menyebut negosiasi dengan ADIA masih berada pada tahap awal. PT Energi Prima Kaltim, pemilik konsesi tambang "
                + "di Kutai Timur, menuding PT Batubara Niaga Sentosa Tbk tidak menyerap batu bara.", "", java.util.Optional.empty(), "id")));
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Hendra Kurniawan seeksToAcquire")), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.contains(" ownedBy PT Energi Prima Kaltim")), r.toString());
        assertTrue(r.contains("Hendra Kurniawan worksFor PT Tol Lintas Nusantara Tbk"), r.toString());
    }

    @Test
    void aNameEndingInATradeIsACompanyNotAPerson() {
        // "Corvana Medical Inc has sued rival Helix Orthopedics": the trained finder typed the company a person, and its officer
        // worked for its product (a fresh-user tester's finding); a trade that ends a name makes it a company's
        // (data/lexicon/org-suffixes.txt)
        Extraction x = extract("Ardent Medical sues Helix Orthopedics over implant patents", "BOSTON, April 4 (Reuters) - Ardent Medical "
                + "Inc has sued rival Helix Orthopedics in federal court in Delaware, accusing the smaller company of copying its design.", "en");
        assertTrue(x.entities().stream().filter(e -> e.name().equals("Helix Orthopedics")).allMatch(e -> e.type() == EntityType.ORGANIZATION)
                && x.entities().stream().anyMatch(e -> e.name().equals("Helix Orthopedics")), x.entities().toString());
        assertTrue(relations(x).contains("Ardent Medical Inc sues Helix Orthopedics"), relations(x).toString());
    }

    @Test
    void aPersonsFormerEmployerNamedBeforeThePersonIsNoParty() {
        // "a round led by former Google executive Jane Whitmore" made Google the investor (a verifier's finding); the person
        // leads the round. "dipimpin oleh mantan eksekutif Gojek Andi Pratama" gave Gojek's investment event
        Extraction en = extract("Lumina raises seed round", "Lumina, a San Francisco-based robotics startup, announced a $15 million "
                + "seed round led by former Google executive Jane Whitmore.", "en");
        assertTrue(relations(en).stream().noneMatch(f -> f.startsWith("Google investsIn")), relations(en).toString());
        assertTrue(relations(en).contains("Jane Whitmore investsIn Lumina"), relations(en).toString());
        Extraction id = extract("Dana segar untuk Kopiku", "Startup kopi Kopiku meraih pendanaan seri A yang dipimpin oleh mantan "
                + "eksekutif Gojek Andi Pratama.", "id");
        assertTrue(id.events().stream().noneMatch(e -> e.participants().stream().anyMatch(p -> id.entities().stream()
                .anyMatch(n -> n.key().equals(p.entity()) && n.name().equals("Gojek")))), id.events().toString());
        // a company's serving partner still leads for the company
        Extraction serving = extract("Vela raises Series B", "Vela Robotics raised $40 million in a Series B round led by Sequoia Capital "
                + "partner Alfred Lin, the company said.", "en");
        assertTrue(relations(serving).contains("Sequoia Capital investsIn Vela Robotics"), relations(serving).toString());
    }

    @Test
    void aFintechThatTakesPaymentsIsNoPayment() {
        // "Fintech pembayaran Finpay meraih pendanaan ... dipimpin oleh East Ventures" gave a payment from Finpay to East Ventures
        // (a verifier's finding)
        Extraction x = extract("Finpay raih pendanaan", "Fintech pembayaran Finpay meraih pendanaan seri A senilai US$10 juta yang "
                + "dipimpin oleh East Ventures.", "id");
        assertTrue(relations(x).contains("East Ventures investsIn Finpay"), relations(x).toString());
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), x.events().toString());
    }

    @Test
    void aNameJoinedByForToOneTradeWordIsOneName() {
        // "Mayhoola for Investments" was cut into "Mayhoola" and "Investments", and "Investments" bought Valentino (a fresh-user
        // tester's finding); "for" joins a name to one trade word that ends it (data/lexicon/org-suffixes.txt)
        Extraction x = extract("Mayhoola buys fashion house", "Qatar's Mayhoola for Investments agreed to buy Italian fashion house "
                + "Valentino for 700 million euros, the companies said.", "en");
        assertTrue(relations(x).contains("Mayhoola for Investments acquires Valentino"), relations(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Investments")), x.entities().toString());
    }

    @Test
    void twoBodiesJoinedByAndAreTwoNamesAndADoubleSurnameIsOne() {
        // "Leeds City Council and Newcastle City Council" was one name, read as a body and its portfolio; "U.S. Food and Drug
        // Administration" two ("U.S. Food", "Drug Administration"); "Mary Smith-Jones" two persons (fresh-user testers' and a
        // verifier's findings)
        Extraction x = extract("Northline wins council contracts", "Northline Services holds long-term contracts with Leeds City "
                + "Council and Newcastle City Council, the company said. The U.S. Food and Drug Administration approved Neurova Inc's "
                + "migraine drug on Tuesday. Neurova chief executive Mary Smith-Jones said sales would start in June.", "en");
        Set<String> r = relations(x);
        assertTrue(r.contains("Leeds City Council customerOf Northline Services"), r.toString());
        assertTrue(r.contains("Newcastle City Council customerOf Northline Services"), r.toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().endsWith("Food and Drug Administration")), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Drug Administration")), x.entities().toString());
        assertTrue(r.contains("Mary Smith-Jones worksFor Neurova Inc"), r.toString());
        // two candidates of one ticket stay two
        Extraction pair = extract("Pilpres", "Tim Pemenangan Nasional mendukung pasangan Ganjar Pranowo-Mahfud MD dalam debat di Jakarta.", "id");
        assertTrue(pair.entities().stream().noneMatch(e -> e.name().contains("Pranowo-Mahfud")), pair.entities().toString());
    }

    @Test
    void aPortfolioAfterAnOfficersTitleIsNoBody() {
        // "Sekretaris Kabinet Teddy Indra Wijaya", "Kepala Staf Kepresidenan Moeldoko", "Menteri Perhubungan Budi": the officer
        // worked for "Kabinet", "Kepresidenan", "Perhubungan" (data/lang/id/portfolio-titles.txt, mention.PortfolioWords)
        Set<String> r = relations(extract("Kuota pelatihan ditambah", "Sekretaris Kabinet Teddy Indra Wijaya mengatakan pemberian hadiah "
                + "itu bentuk diplomasi. Kepala Staf Kepresidenan Moeldoko membuka langsung gelaran tersebut. Menteri Perhubungan Budi "
                + "Karya Sumadi meninjau pelabuhan.", "id"));
        assertTrue(r.stream().noneMatch(f -> f.endsWith("worksFor Kabinet") || f.endsWith("worksFor Kepresidenan")
                || f.endsWith("worksFor Perhubungan")), r.toString());
        // a company the article names elsewhere stays a company, and so does a ministry's short form in brackets
        Extraction x = extract("Mandiri", "Sekretaris Perusahaan Bank Mandiri Rudi Santoso mengatakan Mandiri mencatat laba. Menteri "
                + "Koordinator Bidang Kemaritiman dan Investasi (Menko Marves) Luhut Binsar Pandjaitan menyebut pilihan itu.", "id");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().contains("Mandiri") && e.type() == EntityType.ORGANIZATION), x.entities().toString());
    }

    @Test
    void aPaymentCoordinatedWithAnEarlierVerbIsItsSubjectsToThatVerbsObject() {
        // "Pintarku menggunakan layanan Google Cloud dan membayar sekitar Rp 3 miliar per bulan" made Google Cloud the payer and
        // named no payee; "licensed the tool from the Broad Institute and pays the institute an annual fee" likewise (a
        // fresh-user tester's finding). The product's own case: TikTok pays Microsoft for Azure
        Extraction id = extract("Pintarku tambah layanan", "Startup edtech Pintarku menggunakan layanan komputasi awan Google Cloud dan "
                + "membayar sekitar Rp 3 miliar per bulan.", "id");
        assertTrue(relations(id).stream().anyMatch(f -> f.startsWith("Pintarku pays Google")), relations(id).toString());
        assertTrue(relations(id).stream().noneMatch(f -> f.startsWith("Google Cloud pays")), relations(id).toString());
        Extraction en = extract("Velora licenses editing tool", "Velora Bio licensed the gene-editing tool from the Broad Institute and "
                + "pays the institute an annual fee plus royalties, the company said.", "en");
        assertTrue(relations(en).contains("Velora Bio pays Broad Institute"), relations(en).toString());
        // a name no finder found after the verb is the payee, not the first verb's object
        Extraction named = extract("Pinecone", "Pinecone Forge builds its games on Epic Games' Unreal Engine and pays Epic a 5% royalty "
                + "on gross revenue.", "en");
        assertTrue(relations(named).stream().noneMatch(f -> f.endsWith("pays Unreal Engine")), relations(named).toString());
    }

    @Test
    void aPlanAnOfferOrAnAttemptToBuyIsABidNotAnAcquisition() {
        // "mengumumkan rencana mengakuisisi", "mengajukan penawaran untuk mengakuisisi", "Penguin Random House's attempt to buy
        // Simon & Schuster" read as done acquisitions; "rencana ... membeli saham X berakhir tanpa kesepakatan" as a completed
        // investment (a fresh-user tester's findings)
        Set<String> id = relations(extract("Sinar Pupuk akuisisi", "PT Sinar Pupuk Nusantara Tbk mengumumkan rencana mengakuisisi PT Agro "
                + "Kimia Lestari senilai Rp 800 miliar. PT Semen Nusantara Raya Tbk mengajukan penawaran untuk mengakuisisi PT Semen "
                + "Bosowa Celebes senilai Rp 4,3 triliun.", "id"));
        assertTrue(id.contains("PT Sinar Pupuk Nusantara Tbk seeksToAcquire PT Agro Kimia Lestari"), id.toString());
        assertTrue(id.contains("PT Semen Nusantara Raya Tbk seeksToAcquire PT Semen Bosowa Celebes"), id.toString());
        assertTrue(id.stream().noneMatch(f -> f.contains(" acquires ")), id.toString());
        Extraction failed = extract("Sinar Pupuk", "Rencana PT Sinar Pupuk Nusantara Tbk membeli saham PT Gunung Madu Plantations "
                + "berakhir tanpa kesepakatan.", "id");
        assertTrue(failed.events().stream().filter(e -> e.type() == EventType.ACQUISITION || e.type() == EventType.INVESTMENT)
                .allMatch(e -> e.status() == DealStatus.FAILED), failed.events().toString());
        Set<String> en = relations(extract("Harrowgate grows", "Penguin Random House's attempt to buy Simon & Schuster reshaped the "
                + "market.", "en"));
        assertTrue(en.contains("Penguin Random House seeksToAcquire Simon & Schuster"), en.toString());
        assertFalse(en.contains("Penguin Random House acquires Simon & Schuster"), en.toString());
    }

    @Test
    void aRelativeClausesPartyIsNotTheMainVerbsSubject() {
        // "Harrowgate, which is owned by ... Weissberg Holding, is the fourth-largest trade publisher in Britain and competes with
        // A, B and C" gave the rivals to the owner (a fresh-user tester's finding)
        Set<String> r = relations(extract("Harrowgate expands", "Harrowgate, which is owned by German media family trust Weissberg "
                + "Holding, is the fourth-largest trade publisher in Britain and competes with Penguin Random House, HarperCollins and "
                + "Simon & Schuster.", "en"));
        assertTrue(r.contains("Harrowgate competesWith HarperCollins"), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Weissberg Holding competesWith")), r.toString());
        assertTrue(r.contains("Harrowgate ownedBy Weissberg Holding"), r.toString());
    }

    @Test
    void aVerbCoordinatedAfterAnAdverbialHasTheFirstClausesSubject() {
        // "Brennan Partners owns the brand Ridgeline Outfitters and in 2022 bought the sandal maker Coastwalk": the brand had
        // bought Coastwalk (a fresh-user tester's finding)
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Brennan buys", "Brennan Partners owns the outdoor apparel brand "
                + "Ridgeline Outfitters and in 2022 bought the sandal maker Coastwalk.", "", java.util.Optional.empty(), "en"));
        assertTrue(relations(x).contains("Brennan Partners acquires Coastwalk"), relations(x).toString());
        assertFalse(relations(x).contains("Ridgeline Outfitters acquires Coastwalk"), relations(x).toString());
        // a passive first clause's subject does not do the second verb; nor does a list of nouns coordinate a verb
        Set<String> passive = relations(TestPipeline.rulesOnly().extract(new Article("t", "Mutu", "Mutu, 25, sacked by Chelsea and banned "
                + "for seven months for taking cocaine, is now represented by Alessandro Moggi.", "", java.util.Optional.empty(), "en")));
        assertTrue(passive.stream().noneMatch(f -> f.contains(" blocks ")), passive.toString());
    }

    @Test
    void aNameAfterANounOfWhatACompanyIsIsACompanysEvenWhereTheModelReadAPerson() {
        // "Danish brewer Halvorsen Bryggeri" was typed a person with the models, and its bid went nowhere (a fresh-user tester's
        // finding); "investor Warren Buffett" and "Bank Mandiri Kartika Wirjoatmodjo" stay persons
        Extraction x = extract("Brewer buys", "Danish brewer Halvorsen Bryggeri is in talks to buy Latvian craft beer maker Riga Hop Works. "
                + "Halvorsen Bryggeri declined to comment.", "en");
        assertTrue(x.entities().stream().filter(e -> e.name().equals("Halvorsen Bryggeri")).allMatch(e -> e.type() == EntityType.ORGANIZATION)
                && x.entities().stream().anyMatch(e -> e.name().equals("Halvorsen Bryggeri")), x.entities().toString());
        assertTrue(relations(x).contains("Halvorsen Bryggeri seeksToAcquire Riga Hop Works"), relations(x).toString());
        Extraction id = extract("Mandiri", "Direktur Utama Bank Mandiri Kartika Wirjoatmodjo mengatakan laba naik.", "id");
        assertTrue(relations(id).stream().anyMatch(f -> f.startsWith("Kartika Wirjoatmodjo worksFor")), relations(id).toString());
    }

    @Test
    void aSupplierNamedAsSuchAndABuyerOfGoodsFromItsSellerAreCustomerAndSupplier() {
        // "pemasok baja untuk PT Astra Daihatsu Motor", "membeli batu bara dari PT Bukit Asam Tbk", "will supply 2.5 gigawatts of
        // panels to ...", "supply tyres for Toyota Motor's ..." were read as nothing (a fresh-user tester's findings)
        Set<String> id = relations(extract("KBPK tambah kapasitas", "PT Krakatau Baja Prima Kencana Tbk (KBPK) menambah kapasitas "
                + "pabriknya. KBPK juga tercatat sebagai pemasok baja untuk PT Astra Daihatsu Motor. PT Semen Nusantara Raya Tbk (SNRY) "
                + "membeli batu bara dari PT Bukit Asam Tbk untuk pabriknya.", "id"));
        assertTrue(id.contains("PT Astra Daihatsu Motor customerOf PT Krakatau Baja Prima Kencana Tbk"), id.toString());
        assertTrue(id.contains("PT Semen Nusantara Raya Tbk customerOf PT Bukit Asam Tbk"), id.toString());
        assertTrue(id.stream().noneMatch(f -> f.contains(" acquires ")), id.toString());
        Set<String> en = relations(extract("Kansai wins deal", "Kansai Rubber Industries said it would supply tyres for Toyota Motor's next-generation "
                + "electric SUV.", "en"));
        assertTrue(en.contains("Toyota Motor customerOf Kansai Rubber Industries"), en.toString());
        // shares bought from a seller are no goods
        Set<String> stake = relations(extract("Saham", "PT Semen Nusantara Raya Tbk membeli saham PT Semen Timur dari PT Bosowa "
                + "Corporindo.", "id"));
        assertTrue(stake.stream().noneMatch(f -> f.contains(" customerOf ")), stake.toString());
    }

    @Test
    void aCoordinatedPaymentPaysOnlyWhatItsSubjectUsesAndNamesNoOtherPayee() {
        // a verifier's findings against the coordinated payment: a partner, a fine, a payee of the payment's own, a name after it
        Set<String> r = relations(extract("Kabar", "Traveloka bekerja sama dengan Bank BCA dan membayar komisi kepada mitra hotel. Grab "
                + "menggunakan layanan AWS dan membayar denda Rp 30 miliar. Spotify menggunakan layanan Google Cloud dan membayar royalti "
                + "kepada musisi.", "id"));
        assertTrue(r.stream().noneMatch(f -> f.contains(" pays ")), r.toString());
        Set<String> en = relations(extract("Taxes", "Northwind uses FedEx for deliveries and paid $1 billion in taxes last year.", "en"));
        assertTrue(en.stream().noneMatch(f -> f.contains(" pays ")), en.toString());
        // a payments company using a service pays for it
        Set<String> doku = relations(extract("DOKU", "Fintech pembayaran DOKU menggunakan layanan AWS dan membayar Rp 500 juta per bulan.", "id"));
        assertTrue(doku.contains("DOKU pays AWS"), doku.toString());
        // an acquisition plan a regulator approves is still an acquisition
        Set<String> approved = relations(extract("KPPU", "KPPU menyetujui rencana Bank Jago mengakuisisi Bank Artos.", "id"));
        assertTrue(approved.contains("Bank Jago acquires Bank Artos"), approved.toString());
    }

    @Test
    void aSupplierThatIsNoNameSuppliesTheNameAfterItsVerbAndTwoListedInvestorsAreNoOneName() {
        // "It already supplies Honda Motor and Subaru." read nothing; "with participation from Lux Capital and General Catalyst"
        // was one investor (fresh-user testers' findings)
        Set<String> r = relations(extract("Kanto Rubber", "Japanese tyre maker Kanto Rubber Industries said on Monday it would build "
                + "a plant in Thailand. It already supplies Subaru.", "en"));
        assertTrue(r.contains("Subaru customerOf Kanto Rubber Industries"), r.toString());
        Extraction x = extract("Aldwyn", "Defence startup Aldwyn Systems raised $60 million from Founders Fund, with participation from "
                + "Lux Capital and General Catalyst.", "en");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains(" and ")), x.entities().toString());
        assertTrue(relations(x).contains("Lux Capital investsIn Aldwyn Systems"), relations(x).toString());
    }

    @Test
    void aListsLastMemberWithItsDescriptionAndAReferenceWordFarAfterTheSpeakerAreRead() {
        // "bersaing dengan PT A, PT B, dan BUMN perkebunan PT C" lost B and C; "Direktur Keuangan SNRY, Yuliana Tanjung,
        // menyampaikan bahwa untuk mendanai ekspansi, perseroan memperoleh pinjaman ... dari induk usahanya, SCG" made the speaker
        // SCG's customer (a fresh-user tester's findings)
        Set<String> r = relations(extract("Gula Manis", "PT Gula Manis Nusantara Tbk mencatat kenaikan laba. Di industri gula, perseroan "
                + "bersaing dengan PT Sugar Group Companies, PT Rajawali Nusindo, dan BUMN perkebunan PT Sinergi Gula Nusantara.", "id"));
        assertTrue(r.contains("PT Gula Manis Nusantara Tbk competesWith PT Sinergi Gula Nusantara"), r.toString());
        assertTrue(r.contains("PT Gula Manis Nusantara Tbk competesWith PT Rajawali Nusindo"), r.toString());
        Set<String> snry = relations(extract("SNRY", "PT Semen Nusantara Raya Tbk (SNRY) menambah kapasitas. Direktur Keuangan SNRY, "
                + "Yuliana Tanjung, menyampaikan bahwa untuk mendanai ekspansi, perseroan memperoleh pinjaman sebesar US$250 juta dari "
                + "induk usahanya, SCG.", "id"));
        assertTrue(snry.stream().noneMatch(f -> f.startsWith("Yuliana Tanjung customerOf")), snry.toString());
        assertTrue(snry.contains("PT Semen Nusantara Raya Tbk customerOf SCG"), snry.toString());
    }

    @Test
    void aDescriptionRefersBackPastAShortNameInBetween() {
        // "Danish brewer Halvorsen Bryggeri ... Halvorsen Bryggeri has tried ... The brewer buys most of its barley malt from Viking
        // Malt": the last mention before, found on capitals alone, had put the fact under the threshold (a fresh-user tester's
        // finding); the most confident mention before the cue stands for the entity
        Set<String> r = relations(TestPipeline.rulesOnly().extract(new Article("t", "Brewer", "Danish brewer Halvorsen Bryggeri is in "
                + "talks to buy Riga Hop Works.\n\nIn Latvia, Halvorsen Bryggeri has tried to expand before.\n\nThe brewer buys most of "
                + "its barley malt from Viking Malt.", "", java.util.Optional.empty(), "en")));
        assertTrue(r.contains("Halvorsen Bryggeri customerOf Viking Malt"), r.toString());
    }

    @Test
    void aWireListOfFirmsWithLegalFormsIsReadWithoutFailingTheArticle() {
        // two names the stages after the finders had widened to overlap ("HArlow, Samuel Brent and Co Ltd" and "Co Ltd, Morgan
        // Fell and Co Ltd") made the relation stages read the text between them backwards, and the whole article failed (found
        // by `bench` on a corpus article of this shape); names never overlap now
        Extraction x = extract("KESTREL ESTABLISHES 200 MLN STG CD PROGRAMME", "The Kestrel Bank of Osaka Ltd (KBO),\nLondon Branch, said "
                + "it is establishing a sterling certificate\nof deposit (CD) issuance programme for up to 200 mln stg.\n    The arranger "
                + "is HArlow Merchant Bank Ltd and dealers are\nHArlow, Samuel Brent and Co Ltd, Morgan Fell and Co Ltd\nand S.G. Warden "
                + "and Co Ltd.\n", "en");
        List<org.dealgraph.mention.Mention> mentions = x.entities().stream().flatMap(e -> e.mentions().stream())
                .sorted(java.util.Comparator.comparingInt(org.dealgraph.mention.Mention::begin)).toList();
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i).begin() >= mentions.get(i - 1).end(), mentions.toString());
        }
    }

    @Test
    void aKnownCompanysNameOpeningALongerCompanyNameIsNotCutToIt() {
        // "GE HealthCare", "Siemens Energy", "Oracle Hospitality" were cut to the gazetteer's "GE", "Siemens", "Oracle" (a fresh-user
        // tester's finding: their customers became GE's and Oracle's); the trained name finder's longer name stands
        Set<String> en = relations(extract("Medivale", "Hospital operator Medivale Health said on Monday it would buy imaging scanners "
                + "from GE HealthCare, and Siemens Energy signed a deal with Tata Consumer Products.", "en"));
        assertTrue(en.contains("Medivale Health customerOf GE HealthCare"), en.toString());
        assertTrue(en.stream().anyMatch(f -> f.startsWith("Siemens Energy partnersWith")), en.toString());
        Set<String> id = relations(extract("Sehat", "PT Sehat Medika Nusantara Tbk membeli alat pemindai dari GE HealthCare. Siemens Energy "
                + "menjalin kerja sama dengan PT Astra International Tbk.", "id"));
        assertTrue(id.contains("PT Sehat Medika Nusantara Tbk customerOf GE HealthCare"), id.toString());
        assertTrue(id.contains("Siemens Energy partnersWith PT Astra International Tbk"), id.toString());
    }

    @Test
    void aCompanysShortFormIsTheCompanyEvenInCommonWordsOrWhereReadAsAPerson() {
        // "Senyum Sehat" ('smile', 'healthy') of "PT Senyum Sehat Indonesia" was a person, or no name at a sentence's start, and
        // every deal of the company went elsewhere (a fresh-user tester's finding)
        Set<String> person = relations(extract("Senyum Sehat", "Jaringan klinik gigi PT Senyum Sehat Indonesia (Senyum Sehat) memperoleh "
                + "pendanaan dari Northstar Group.\n\nFounder dan CEO Senyum Sehat, drg. Melati Kusumawardani, mengatakan bahwa "
                + "kebutuhan tinggi.\n\nSenyum Sehat bekerja sama dengan Straumann sebagai pemasok implan.", "id"));
        assertTrue(person.contains("PT Senyum Sehat Indonesia partnersWith Straumann"), person.toString());
        Set<String> opening = relations(extract("Sehat Selalu", "PT Sehat Selalu Nusantara Tbk membuka rumah sakit baru di Medan.\n\n"
                + "Sehat Selalu bersaing dengan Siloam Hospitals dan Mayapada Hospital.", "id"));
        assertTrue(opening.contains("PT Sehat Selalu Nusantara Tbk competesWith Siloam Hospitals"), opening.toString());
    }

    @Test
    void aPostAfterItsIsAtTheCompanyItStandsFor() {
        // "Its managing partner, Evan Brennan," was no post ("managing partner" is no executive title alone: a fresh-user tester's
        // finding); "its" in a sentence that names no company stands for the one company of the sentence before, and for
        // neither where that sentence names two
        Set<String> partner = relations(extract("Kestrel", "Kestrel Partners agreed to buy Stridewell. Its managing partner, Evan Doyle, "
                + "said the firm would keep the headquarters.", "en"));
        assertTrue(partner.contains("Evan Doyle worksFor Kestrel Partners"), partner.toString());
        Set<String> later = relations(extract("Kestrel", "Kestrel Partners raised its forecast on Monday. The rise was announced by its "
                + "chief executive, Evan Doyle.", "en"));
        assertTrue(later.contains("Evan Doyle worksFor Kestrel Partners"), later.toString());
        Set<String> two = relations(extract("Brennan", "Brennan will pay $31.50 a share for Stridewell. The board approved the offer, and "
                + "the company's founder, Greg Halloway, has agreed to vote in favor.", "en"));
        assertTrue(two.stream().noneMatch(f -> f.startsWith("Greg Halloway worksFor Brennan")), two.toString());
    }

    @Test
    void aTickerAfterALegalFormsPeriodAndANameWithoutItsLeadingWordAreTheCompany() {
        // "PT Keramik Sinar Jaya Tbk. (KSJA)": the period of "Tbk." hid the bracketed ticker, so every sentence that names the company
        // by it lost its relations, and "Keramik Sinar Jaya" read as "Sinar Jaya" was a company of its own (a fresh-user tester's
        // findings)
        Set<String> r = relations(extract("Keramik Sinar Jaya Caplok Pabrik", "PT Keramik Sinar Jaya Tbk. (KSJA) resmi mengambil alih "
                + "pabrik ubin milik PT Granit Mulia Perkasa di Cikarang.\n\nDirektur Utama Keramik Sinar Jaya Hendra Wijaya mengatakan "
                + "akuisisi ini menambah kapasitas produksi.\n\nKSJA bersaing dengan PT Arwana Citramulia Tbk. (ARNA) di segmen menengah.", "id"));
        assertTrue(r.contains("Hendra Wijaya worksFor PT Keramik Sinar Jaya Tbk"), r.toString());
        assertTrue(r.contains("PT Keramik Sinar Jaya Tbk competesWith PT Arwana Citramulia Tbk"), r.toString());
        Set<String> ticker = relations(extract("Roti Pagi", "PT Roti Pagi Sejahtera Tbk. (RPSJ) membeli jaringan toko roti Bake & Co senilai "
                + "Rp 120 miliar.\n\nDirektur Utama RPSJ, Maya Lestari, mengatakan transaksi rampung pekan lalu. RPSJ bersaing dengan PT "
                + "Nippon Indosari Corpindo Tbk.", "id"));
        assertTrue(ticker.contains("Maya Lestari worksFor PT Roti Pagi Sejahtera Tbk"), ticker.toString());
        assertTrue(ticker.contains("PT Roti Pagi Sejahtera Tbk competesWith PT Nippon Indosari Corpindo Tbk"), ticker.toString());
    }

    @Test
    void aSecondVerbAfterTheFirstVerbsPhraseHasTheClausesSubject() {
        // "Nuvo relies on Qualcomm for its chips and buys its displays from Samsung Display" made Qualcomm the buyer (a fresh-user
        // tester's finding)
        Set<String> r = relations(extract("Nuvo", "Nuvo Mobile relies on Qualcomm for its chips and buys its displays from Samsung "
                + "Display.", "en"));
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Qualcomm customerOf")), r.toString());
        assertTrue(r.stream().anyMatch(f -> f.startsWith("Nuvo Mobile customerOf Samsung")), r.toString());
    }

    @Test
    void listMembersAfterARepeatedPrepositionOrJoinedByAndAreEachTheLists() {
        // fresh-user testers' findings: "competes with Magnum and with Froneri" lost Froneri, "Fanuc and Yaskawa Electric" was one
        // company; "Farmers and Merchants Bank" stays one (a verifier's finding)
        Set<String> repeated = relations(extract("Polar", "Polar Foods competes with Magnum and with Froneri in Britain.", "en"));
        assertTrue(repeated.contains("Polar Foods competesWith Froneri"), repeated.toString());
        Set<String> supplied = relations(extract("Nuvo", "Nuvo Mobile supplies modules to Xiaomi as well as to Oppo.", "en"));
        assertTrue(supplied.contains("Oppo customerOf Nuvo Mobile"), supplied.toString());
        Set<String> joined = relations(extract("Kestrel", "Kestrel Robotics competes with Fanuc and Yaskawa Electric in Japan.", "en"));
        assertTrue(joined.contains("Kestrel Robotics competesWith Fanuc"), joined.toString());
        assertTrue(joined.contains("Kestrel Robotics competesWith Yaskawa Electric"), joined.toString());
        Set<String> bank = relations(extract("Regions", "Regions Financial Corp agreed to buy Farmers and Merchants Bank for $50 million.", "en"));
        assertTrue(bank.contains("Regions Financial Corp acquires Farmers and Merchants Bank"), bank.toString());
    }

    @Test
    void countedGoodsOfAMakerAreNoAcquisitionOfTheMakerButCountedSharesAre() {
        // "membeli 150 unit bus Mercedes-Benz" acquired Mercedes-Benz (a fresh-user tester's finding); "the 610,000 Staff Builders
        // common" is a stake all the same
        Set<String> goods = relations(extract("LJT", "PT Lintas Jawa Trans Raya Tbk membeli 150 unit bus Mercedes-Benz senilai Rp 600 "
                + "miliar.", "id"));
        assertTrue(goods.stream().noneMatch(f -> f.contains("acquires Mercedes-Benz")), goods.toString());
        Set<String> shares = relations(TestPipeline.rulesOnly().extract(new Article("t", "TENDER LOVING EXTENDS PACT", "Tender Loving Care "
                + "Inc said it agreed to buy the 610,000 Staff Builders Inc common held by Norrell Corp, about 19.1 pct of those "
                + "outstanding, for 6,950,000 dlrs.", "", java.util.Optional.empty(), "en")));
        assertTrue(shares.stream().anyMatch(f -> f.startsWith("Tender Loving Care Inc") && f.contains("Staff Builders")), shares.toString());
    }

    @Test
    void aCompanyReferenceWordStandsForACompanyNotAPublicBody() {
        // "perseroan" went to the regulator named first (a fresh-user tester's finding: "KPPU customerOf PT Serasi Autoraya")
        Set<String> r = relations(extract("Denda", "Komisi Pengawas Persaingan Usaha menjatuhkan denda Rp 12 miliar kepada PT Tirta Alam "
                + "Segar Tbk. Perseroan juga menyewa 200 truk dari PT Serasi Autoraya dengan biaya Rp 3 miliar per bulan.", "id"));
        assertTrue(r.contains("PT Tirta Alam Segar Tbk customerOf PT Serasi Autoraya"), r.toString());
        assertTrue(r.stream().noneMatch(f -> f.startsWith("Komisi Pengawas Persaingan Usaha customerOf")), r.toString());
    }

    @Test
    void anAdverbBetweenASubjectAndItsVerbIsReadPast() {
        // "Polarbell Ltd now uses DHL" read nothing where "Polarbell Ltd uses DHL" read the customer (a check of this round)
        Set<String> en = relations(extract("P", "Polarbell Ltd now uses DHL Supply Chain to deliver to stores.", "en"));
        assertTrue(en.contains("Polarbell Ltd customerOf DHL Supply Chain"), en.toString());
    }

    @Test
    void aReferenceWordThatOpensTheSentenceIsTheSubjectOfACueReadBeforeTheNextName() {
        // "It now uses DHL Supply Chain to deliver to stores." read nothing (a fresh-user tester's finding), while the same sentence
        // with the company's name read the customer; a possessive is no subject ("Its cans are made by ...")
        Set<String> r = relations(extract("Polarbell", "Polarbell Ltd rejected a bid from Froneri on Monday. It now uses DHL Supply Chain "
                + "to deliver to stores.", "en"));
        assertTrue(r.contains("Polarbell Ltd customerOf DHL Supply Chain"), r.toString());
        Set<String> id = relations(extract("Kaina", "PT Kaina Busana Kreasi mencatat kenaikan penjualan. Perseroan juga menggunakan Xendit "
                + "untuk pembayaran.", "id"));
        assertTrue(id.contains("PT Kaina Busana Kreasi customerOf Xendit"), id.toString());
    }

    @Test
    void aDescriptionRightAfterTheCueIsItsOtherParty() {
        // "Adidas sued the company in 2024" read nothing (a fresh-user tester's finding); a bare pronoun stands for too much
        Set<String> sued = relations(extract("S", "Stridewell Inc makes running shoes in Portland. Adidas sued the company in 2024.", "en"));
        assertTrue(sued.contains("Adidas sues Stridewell Inc"), sued.toString());
        Set<String> id = relations(extract("S", "PT Sinar Roti Tbk memproduksi roti di Bekasi. PT Bogasari menggugat perseroan ke "
                + "pengadilan.", "id"));
        assertTrue(id.contains("PT Bogasari sues PT Sinar Roti Tbk"), id.toString());
    }

    @Test
    void aReportedSubjectsSecondVerbAndCountedCompaniesKeepTheirParties() {
        // a verifier's findings: the speaker became the buyer of "Telkom said Mitratel would build 500 towers and buy land from
        // Sinar Mas", and "bought 3 companies, including ..." lost its acquisitions
        Set<String> reported = relations(extract("Telkom", "Telkom said Mitratel would build 500 towers and buy land from Sinar Mas.", "en"));
        assertTrue(reported.contains("Mitratel customerOf Sinar Mas"), reported.toString());
        assertTrue(reported.stream().noneMatch(f -> f.startsWith("Telkom customerOf")), reported.toString());
        Set<String> counted = relations(extract("Sea", "Sea bought 3 companies in 2021, including Beta Labs and Gamma Pay.", "en"));
        assertTrue(counted.contains("Sea acquires Beta Labs"), counted.toString());
    }

    @Test
    void aKnownCompanysNameIsNotReadOnIntoAWeekdayAPersonsNameOrAPartnersJointVenture() {
        // a verifier's findings on this round's name rules: "Nvidia Wednesday", "Astra International Djony" (the person's first
        // name), "Andrew Tyrie MP", and "Daihatsu Motor" made one company with "PT Astra Daihatsu Motor"
        Set<String> weekday = relations(extract("Nvidia", "Nvidia Wednesday agreed to buy Run:ai for $700 million.", "en"));
        assertTrue(weekday.contains("Nvidia acquires Run:ai"), weekday.toString());
        Set<String> person = relations(extract("Astra", "Presiden Direktur Astra International Djony Bunarto Tjondro mengatakan Astra bermitra "
                + "dengan Toyota.", "id"));
        assertTrue(person.contains("Astra International partnersWith Toyota"), person.toString());
        Extraction honour = extract("Barclays", "Andrew Tyrie MP, chairman of the Treasury Committee, said Barclays should pay a larger fine.", "en");
        assertTrue(honour.entities().stream().noneMatch(e -> e.name().endsWith(" MP")), honour.entities().toString());
        Set<String> venture = relations(extract("Daihatsu", "PT Astra Daihatsu Motor exports cars to Japan. Daihatsu Motor, a unit of Toyota, "
                + "owns 61.75% of the venture.", "en"));
        assertTrue(venture.contains("Daihatsu Motor ownedBy Toyota"), venture.toString());
    }

    @Test
    void aReferenceWordThatOpensASentenceIsTheOrganizationItsFoundersFounded() {
        // "It was founded in 2016 by Jonas Kessler and Aylin Demir" read nothing where "PulseHaus was founded ..." read the founder
        // (a fresh-user tester's finding)
        Set<String> r = relations(extract("P", "PulseHaus raised 120 million euros on Wednesday. It was founded in 2016 by Jonas Kessler "
                + "and Aylin Demir.", "en"));
        assertTrue(r.contains("Jonas Kessler worksFor PulseHaus"), r.toString());
        assertTrue(r.contains("Aylin Demir worksFor PulseHaus"), r.toString());
    }

    @Test
    void investorsNamedBeforeAPhraseOfJoiningTheRoundInvestInItsCompany() {
        // "Existing backers HV Capital and Cherry Ventures also took part" read nothing (a fresh-user tester's finding)
        Set<String> r = relations(extract("P", "PulseHaus raised 120 million euros in a round led by EQT. Existing backers HV Capital and "
                + "Cherry Ventures also took part.", "en"));
        assertTrue(r.contains("HV Capital investsIn PulseHaus"), r.toString());
        assertTrue(r.contains("Cherry Ventures investsIn PulseHaus"), r.toString());
    }

    @Test
    void aLineOfBusinessAfterAKnownBanksNameStaysTheCompanysBeforeItsOfficersName() {
        // "Presiden Direktur PT Bank BCA Syariah John Kosasih" made a person "Syariah John Kosasih" working for "PT Bank BCA"
        // (the held-out fifth)
        Extraction x = extract("Bank", "Presiden Direktur PT Bank Mega Syariah Yudha Pranata menilai bank kecil belum perlu merger.", "id");
        assertTrue(relations(x).contains("Yudha Pranata worksFor PT Bank Mega Syariah"), relations(x).toString());
    }

    @Test
    void aPersonsNicknameInBracketsIsTheSamePerson() {
        // "Bijaksana Junerosano (Sano)" made "Sano" an organization the founder worked for (the held-out fifth)
        Extraction x = extract("Sampah", "Pendiri Waste4Change, Bijaksana Junerosano (Sano), menilai pengelolaan sampah belum matang. "
                + "Sano mengatakan pemerintah harus bertindak.", "id");
        List<Entity> named = x.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Sano"))).toList();
        assertEquals(1, named.size(), x.entities().toString());
        assertEquals("Bijaksana Junerosano", named.get(0).name(), x.entities().toString());
        assertFalse(relations(x).stream().anyMatch(f -> f.contains("worksFor Sano")), relations(x).toString());
    }

    @Test
    void everyPlayerOfALineupIsAPersonOfTheClubWhateverTheFindersTypedThem() {
        // a match report's line-ups on the held-out fifth: surnames the models typed organizations ("Yobo", "Kilbane") were
        // left out of their club's players
        Extraction x = extract("Rovers beat Athletic in cup replay", "Kelton Rovers beat Dunmore Athletic 2-1 in the FA Cup replay on "
                + "Tuesday. Goals in each half from Johnson and Walker won the match for the home side, and the striker's goal was the "
                + "best of the season.\nKelton Rovers: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman, Johnson, Walker, Kilbane. Subs: "
                + "Wright, Pistone, Weir, Plessis, Vaughan.\nDunmore Athletic: Carroll, Neville, Brown, Ferdinand, Heinze, Scholes, "
                + "Spector. Subs: Howard, Giggs, Smith, Miller.", "en");
        Set<String> r = relations(x);
        for (String f : List.of("Kilbane worksFor Kelton Rovers", "Johnson worksFor Kelton Rovers", "Walker worksFor Kelton Rovers",
                "Neville worksFor Dunmore Athletic", "Spector worksFor Dunmore Athletic")) {
            assertTrue(r.contains(f), f + " in " + r);
        }
        assertTrue(x.entities().stream().filter(e -> e.name().equals("Walker")).allMatch(e -> e.type() == EntityType.PERSON),
                x.entities().toString());
    }

    @Test
    void aNameItsBracketedAcronymSpellsAcrossDanIsOneOrganization() {
        // "Asosiasi Logistik dan Forwarder Indonesia (ALFI)" was cut at "dan" into two organizations (the held-out fifth)
        Set<String> r = relations(extract("Ritel", "Ketua Asosiasi Pengusaha Ritel dan Waralaba Indonesia (APRWI) Budi Santoso menilai "
                + "penjualan naik.", "id"));
        assertTrue(r.contains("Budi Santoso worksFor Asosiasi Pengusaha Ritel dan Waralaba Indonesia"), r.toString());
        // two banks, each with its own ticker, stay two
        Extraction banks = extract("Merger", "PT Bank Danamon Indonesia Tbk (BDMN) dan PT Bank Nusantara Parahyangan Tbk (BBNP) "
                + "resmi bergabung.", "id");
        assertTrue(banks.entities().stream().noneMatch(e -> e.name().contains(" dan ")), banks.entities().toString());
    }

    @Test
    void aRentStatedPerPeriodIsAPaymentToTheLandlordButAPriceIsNot() {
        // "menyewa gudang dari X dengan biaya sewa Rp 450 juta per bulan" read customerOf alone (a fresh-user tester's finding)
        Set<String> id = relations(extract("Sewa", "PT Sari Husada Herbal menyewa gudang dari PT Puradelta Lestari Tbk dengan biaya sewa "
                + "Rp 450 juta per bulan.", "id"));
        assertTrue(id.contains("PT Sari Husada Herbal pays PT Puradelta Lestari Tbk"), id.toString());
        Set<String> en = relations(extract("Lease", "Acme Logistics leases a warehouse in Ohio from Brightway Properties for $85,000 a month.", "en"));
        assertTrue(en.contains("Acme Logistics pays Brightway Properties"), en.toString());
        Set<String> price = relations(extract("Buses", "PT Lintas Jaya Trans membeli 150 unit bus dari PT Mercedes-Benz Distribution Indonesia "
                + "senilai Rp 300 miliar.", "id"));
        assertTrue(price.stream().noneMatch(f -> f.contains(" pays ")), price.toString());
    }

    @Test
    void aReferenceWordAfterAnOpeningPhraseStillAppointsForItsCompany() {
        // "Selain itu, perusahaan menunjuk Hendro Saputra sebagai Direktur Operasional" read no worksFor (a fresh-user tester's
        // finding), where "Perseroan menunjuk ..." did
        Set<String> id = relations(extract("Jamu", "PT Sari Husada Herbal memproduksi jamu di Bogor. Selain itu, perseroan menunjuk "
                + "Hendro Saputra sebagai Direktur Operasional.", "id"));
        assertTrue(id.contains("Hendro Saputra worksFor PT Sari Husada Herbal"), id.toString());
        Set<String> en = relations(extract("Herbs", "Sari Husada makes herbal drinks in Bogor. In addition, the company appointed Hendro "
                + "Saputra as chief operating officer.", "en"));
        assertTrue(en.contains("Hendro Saputra worksFor Sari Husada"), en.toString());
    }

    @Test
    void aCamelCasedNameIsACompanysNeverAPersons() {
        // "FreshBox" was typed a person, so "FreshBox also has an agreement with PepsiCo" read nothing (a fresh-user tester's
        // finding); a given name the wire ran into a surname stays a person's
        Extraction x = extract("FreshBox raises", "Smart vending machine operator FreshBox Vending said on Thursday it had raised $55 "
                + "million in a Series C funding round led by Tiger Global Management. FreshBox also has an agreement with PepsiCo.", "en");
        assertTrue(relations(x).contains("FreshBox Vending partnersWith PepsiCo"), relations(x).toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().startsWith("FreshBox")), x.entities().toString());
    }

    @Test
    void theSharesOfTheCompanyAReferenceWordStandsForAreAnInvestmentInIt() {
        // "menyuntikkan modal US$ 5 juta untuk 8% saham perseroan" read nothing where the company's name read the investment (a
        // fresh-user tester's finding)
        Set<String> r = relations(extract("Helm", "PT Pelindung Jaya Abadi Tbk memproduksi helm di Bekasi. International Finance "
                + "Corporation juga menyuntikkan modal US$ 5 juta untuk 8% saham perseroan.", "id"));
        assertTrue(r.contains("International Finance Corporation investsIn PT Pelindung Jaya Abadi Tbk"), r.toString());
    }

    @Test
    void aReferenceWordAfterAModifierOfTheTriggerIsItsOtherParty() {
        // "merupakan pesaing utama perseroan" read nothing where "pesaing perseroan" read the rivals (a fresh-user tester's
        // finding)
        Set<String> r = relations(extract("Beras", "PT Sumber Beras Rakyat Nusantara memproduksi beras di Karawang. PT Wilmar Padi "
                + "Indonesia sendiri merupakan pesaing utama perseroan di Jawa Barat.", "id"));
        assertTrue(r.contains("PT Wilmar Padi Indonesia competesWith PT Sumber Beras Rakyat Nusantara"), r.toString());
    }

    @Test
    void aPostLinkedToAPersonAtTheCompanyAReferenceWordStandsForIsTheirEmployer() {
        // "akan duduk sebagai komisaris perusahaan", "is the company's chief financial officer" read no worksFor (a fresh-user
        // tester's findings)
        Set<String> id = relations(extract("Jamu", "PT Sari Husada Herbal memproduksi jamu di Bogor. Managing Director Northstar Group, "
                + "Irwan Santoso, akan duduk sebagai komisaris perusahaan.", "id"));
        assertTrue(id.contains("Irwan Santoso worksFor PT Sari Husada Herbal"), id.toString());
        assertTrue(id.contains("Irwan Santoso worksFor Northstar Group"), id.toString());
        Set<String> en = relations(extract("Oxygen", "Siam Oxygen Industries makes industrial gases in Bangkok. His sister, Nattaya "
                + "Chaiyaporn, is the company's chief financial officer.", "en"));
        assertTrue(en.contains("Nattaya Chaiyaporn worksFor Siam Oxygen Industries"), en.toString());
    }

    @Test
    void aClubInBracketsAfterAPlayerStaysTheClubAndTwoKnownCompaniesStayTwo() {
        // a verifier's findings on this round's rules: a squad's clubs in brackets were made players' nicknames, and "Sinar Mas dan
        // Astra (SMA)" one organization
        Extraction squad = extract("Squad", "Everton beat Fulham 2-0 on Saturday with goals in each half. Starting XI: Jordan Pickford, "
                + "Seamus Coleman, James Tarkowski, Abdoulaye Doucoure, Dwight McNeil (Everton), Dominic Calvert-Lewin.", "en");
        assertTrue(relations(squad).contains("Seamus Coleman worksFor Everton"), relations(squad).toString());
        assertTrue(squad.entities().stream().anyMatch(e -> e.name().equals("Everton") && e.type() == EntityType.ORGANIZATION),
                squad.entities().toString());
        Set<String> rivals = relations(extract("Sawit", "Sinar Mas dan Astra (SMA) bersaing ketat di pasar sawit.", "id"));
        assertTrue(rivals.contains("Sinar Mas competesWith Astra") || rivals.contains("Astra competesWith Sinar Mas"), rivals.toString());
    }

    @Test
    void aLandlordWhoRentsSomethingOutIsTheSupplierAndARevenuePerPeriodIsNoPayment() {
        // a verifier's findings: "rents office space to Beta Labs" had made the landlord the customer, and now its payer; an
        // amount per period after another word than a price's ("menghemat Rp 200 juta per bulan") is no fee
        Set<String> out = relations(extract("Rent", "Acme Realty rents office space to Beta Labs for $40,000 a month.", "en"));
        assertTrue(out.contains("Beta Labs customerOf Acme Realty"), out.toString());
        assertTrue(out.contains("Beta Labs pays Acme Realty"), out.toString());
        assertFalse(out.contains("Acme Realty pays Beta Labs"), out.toString());
        Set<String> saved = relations(extract("Armada", "PT Maju Logistik menyewa armada dari PT Trac dan menghemat Rp 200 juta per bulan.", "id"));
        assertTrue(saved.stream().noneMatch(f -> f.contains(" pays ")), saved.toString());
    }

    @Test
    void aDemonymOpensACompanysNameItsOwnWordsEndAndACamelCasedNameOpensNoPersonsName() {
        // "Thai Union Group" was cut to "Union Group" and "CEO TaniHub Pamitra Wineka" read as one person (a fresh-user tester's
        // and a verifier's findings)
        Extraction thai = extract("Tuna", "Produsen makanan laut asal Thailand, Thai Union Group, menambah kepemilikan saham di PT Samudra "
                + "Makmur Kaleng Tbk.", "id");
        assertTrue(thai.entities().stream().anyMatch(e -> e.name().equals("Thai Union Group")), thai.entities().toString());
        Set<String> tani = relations(extract("TaniHub", "CEO TaniHub Pamitra Wineka mengatakan perusahaan akan memperluas layanan ke "
                + "Sumatra.", "id"));
        assertTrue(tani.contains("Pamitra Wineka worksFor TaniHub"), tani.toString());
    }

    @Test
    void aCompanysShortFormInTheGenitiveIsTheCompanyNotAPlace() {
        // "Glenardoch's chief executive, Stuart Blair" made "Glenardoch" a place and read no post (a fresh-user tester's finding)
        Set<String> r = relations(extract("Glenardoch agrees sale", "Glenardoch Distillers has agreed to sell a 75% stake to Hoshino "
                + "Spirits for 310 million pounds. Glenardoch's chief executive, Stuart Blair, will stay.", "en"));
        assertTrue(r.contains("Stuart Blair worksFor Glenardoch Distillers"), r.toString());
    }

    @Test
    void aNameWithACommonNounOrAnUnrepeatedWordInTheGenitiveInsideIsOneOrganization() {
        // "Children's Hospital Los Angeles" was cut to "Hospital Los Angeles" on the held-out fifth, "Dick's Sporting Goods"
        // split into a person and "Sporting Goods" (a fresh-user tester's finding)
        Extraction x = extract("Retail", "Ellen DeGeneres donated $1 million to Children's Hospital Los Angeles. Dick's Sporting Goods "
                + "agreed to buy Golf Galaxy for $225 million.", "en");
        Set<String> names = x.entities().stream().map(e -> e.name()).collect(java.util.stream.Collectors.toSet());
        assertTrue(names.contains("Children's Hospital Los Angeles"), names.toString());
        assertTrue(relations(x).contains("Dick's Sporting Goods acquires Golf Galaxy"), relations(x).toString());
        // a place, a weekday or a person the article names stays the possessor
        Extraction y = extract("Cars", "Warren Buffett said on Monday that Buffett's Berkshire Hathaway would hold its stake. Tuesday's "
                + "Ecofin meeting and Germany's Volkswagen Group were also discussed.", "en");
        Set<String> kept = y.entities().stream().map(e -> e.name()).collect(java.util.stream.Collectors.toSet());
        assertTrue(kept.stream().noneMatch(n -> n.contains("'s ")), kept.toString());
    }

    @Test
    void aKoreanGivenNameWithAHyphenIsNotCutAtTheHyphen() {
        // "Kyung Dae-soo", "Moon Jae-in" were cut to "Kyung Dae" and lost the post (held-out fifth); "Carl Icahn-led" stays Icahn
        Set<String> r = relations(extract("Peretasan", "\"Kami yakin peretas ada di balik serangan itu,\" ujar pejabat Partai Kebebasan "
                + "Korea, Kyung Dae-soo, kepada Reuters.", "id"));
        assertTrue(r.contains("Kyung Dae-soo worksFor Partai Kebebasan Korea"), r.toString());
        Extraction led = extract("Bid", "A group led by investor Carl Icahn-led Partners made a bid. Tottenham striker Son Heung-min "
                + "scored twice.", "en");
        Set<String> names = led.entities().stream().map(e -> e.name()).collect(java.util.stream.Collectors.toSet());
        assertTrue(names.contains("Son Heung-min"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("-led")), names.toString());
    }

    @Test
    void anAcronymTheArticleDefinesInBracketsNamesTheOrganizationWhereverItStandsAlone() {
        // on the held-out fifth 134 Indonesian mentions such as "BRG", "CPB", "MGPA" were lost after "Badan Restorasi Gambut
        // (BRG)", and with them the posts held there
        Set<String> r = relations(extract("Peternakan", "Koperasi Peternak Sapi Bandung Utara (KPSBU) menjual susu ke PT Frisian "
                + "Flag Indonesia. Ketua KPSBU Dedi Setiadi mengatakan KPSBU memasok 140 ton susu per hari.", "id"));
        assertTrue(r.contains("Dedi Setiadi worksFor Koperasi Peternak Sapi Bandung Utara"), r.toString());
    }

    @Test
    void aSubsidiaryOfTheCompanyAReferenceWordNamesIsOwnedByTheArticlesCompany() {
        // "Selain itu, anak usaha perseroan, PT Garam Halus Indonesia, ..." and "Perseroan juga memiliki anak usaha PT ..." read
        // no owner (a fresh-user tester's finding, four articles); "its wholly-owned subsidiary" after a name the finders missed
        // stays unread
        Set<String> salt = relations(extract("Garam", "PT Garam Samudra Nusantara Tbk membukukan laba Rp 120 miliar. Selain itu, anak "
                + "usaha perseroan, PT Garam Halus Indonesia, menjalin kerja sama dengan Unilever Indonesia.", "id"));
        assertTrue(salt.contains("PT Garam Halus Indonesia ownedBy PT Garam Samudra Nusantara Tbk"), salt.toString());
        Set<String> rice = relations(extract("Helm", "PT Pelindung Jaya Abadi Tbk meraih laba bersih Rp 85 miliar. Perseroan juga memiliki "
                + "anak usaha PT Beras Kemasan Sentra yang memproduksi beras premium.", "id"));
        assertTrue(rice.contains("PT Beras Kemasan Sentra ownedBy PT Pelindung Jaya Abadi Tbk"), rice.toString());
        Set<String> brine = relations(extract("Morton profit rises", "Morton Salt Holdings reported higher profit. The company's "
                + "subsidiary, Morton Brine Services, signed a supply deal with Dow.", "en"));
        assertTrue(brine.contains("Morton Brine Services ownedBy Morton Salt Holdings"), brine.toString());
    }

    @Test
    void aListOfRivalsGoesOnPastAMembersPlaceOfName() {
        // "competes with Whirlpool of India, TTK Prestige and Butterfly" kept only Whirlpool (a fresh-user tester's finding)
        Set<String> r = relations(extract("Kitchen", "Preethi Kitchen Systems competes with Whirlpool of India, TTK Prestige and "
                + "Butterfly Gandhimathi Appliances in the mixer market.", "en"));
        assertTrue(r.contains("Preethi Kitchen Systems competesWith TTK Prestige") || r.contains("TTK Prestige competesWith Preethi Kitchen Systems"), r.toString());
        assertTrue(r.contains("Preethi Kitchen Systems competesWith Butterfly Gandhimathi Appliances")
                || r.contains("Butterfly Gandhimathi Appliances competesWith Preethi Kitchen Systems"), r.toString());
    }

    @Test
    void aPartyInsideALongAppositionIsNotTheSubjectTheAppositionDescribes() {
        // "Allwyn International, the lottery group controlled by Czech billionaire Karel Komarek, agreed to buy" had made the
        // billionaire the buyer, "at Aalsmeer" the plaintiff (a fresh-user tester's findings)
        Set<String> buy = relations(extract("Lottery", "PRAGUE, Sept 9 (Bloomberg) -- Allwyn International, the lottery group controlled by "
                + "Czech billionaire Karel Komarek, agreed to buy Athens-based game software firm Nexus Play for 185 million euros.", "en"));
        assertTrue(buy.contains("Allwyn International acquires Nexus Play"), buy.toString());
        assertFalse(buy.contains("Karel Komarek acquires Nexus Play"), buy.toString());
        Set<String> sue = relations(extract("Flowers", "Royal FloraHolland, the cooperative that runs the world's largest flower auction "
                + "at Aalsmeer, has sued software supplier Veiling Systems BV over a failed upgrade.", "en"));
        assertTrue(sue.contains("Royal FloraHolland sues Veiling Systems BV"), sue.toString());
    }

    @Test
    void aPlainNameAfterAnIndonesianPrepositionOfPlaceIsAPlaceNotALandlord() {
        // "menyewa gudang di Cikupa milik PT Mega Manunggal Property" made the place the landlord (a fresh-user tester's finding)
        Extraction x = extract("Koper", "PT Kopera Indo Travelgoods memproduksi koper untuk pasar domestik. Perseroan menyewa gudang di "
                + "Cikupa milik PT Mega Manunggal Property Tbk dengan biaya sewa Rp 1,2 miliar per tahun.", "id");
        assertTrue(relations(x).contains("PT Kopera Indo Travelgoods customerOf PT Mega Manunggal Property Tbk"), relations(x).toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Cikupa") && e.type() == EntityType.PLACE), x.entities().toString());
        // a company the article also names elsewhere stays one ("Jakmall menjual ... di Jakmall")
        Extraction shop = extract("Toko", "Jakmall menjual ponsel murah. Produk itu juga tersedia di Jakmall dan Tokopedia.", "id");
        assertTrue(shop.entities().stream().noneMatch(e -> e.name().equals("Jakmall") && e.type() == EntityType.PLACE), shop.entities().toString());
    }

    @Test
    void aCompanyNamedBeforeItsChiefExecutiveIsAnOrganizationWhateverItsShortFormWasTyped() {
        // "Hakkila Cranes" and "Arcelik" were read as people for the whole article (a fresh-user tester's finding: 30 relations)
        Extraction x = extract("Cranes", "HELSINKI, Aug 29 (Reuters) - Hakkila Cranes said on Thursday it had won an order worth about "
                + "$300 million from DP World. Hakkila Cranes also competes with Liebherr and with Kalmar. \"Customers are asking where "
                + "their cranes come from,\" Hakkila Cranes Chief Executive Jussi Vainio said in a statement. Hakkila said the order "
                + "would be delivered in 2027.", "en");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Hakkila Cranes") && e.type() == EntityType.ORGANIZATION),
                x.entities().toString());
        assertTrue(relations(x).contains("Jussi Vainio worksFor Hakkila Cranes"), relations(x).toString());
        Extraction y = extract("Appliances", "ISTANBUL, Oct 3 (Reuters) - Turkish home appliance maker Arcelik said on Thursday it had "
                + "completed the purchase of a 55% stake in Preethi Kitchen Systems. \"India is the last big appliance market,\" Arcelik "
                + "Chief Executive Hakan Bulgurlu told reporters.", "en");
        assertTrue(relations(y).contains("Hakan Bulgurlu worksFor Arcelik"), relations(y).toString());
        assertTrue(y.entities().stream().anyMatch(e -> e.name().equals("Arcelik") && e.type() == EntityType.ORGANIZATION), y.entities().toString());
    }

    @Test
    void aGenericAcronymAFormerSubsidiaryASuffixAfterAHyphenAndABrandsOwnerStayAsTheyWere() {
        // a verifier's findings against this round's rules: "BUMN" is any state-owned company, a former subsidiary is owned by
        // no one here, "-era" and "-lah" are no part of a name, "Block's Cash App" is Block's brand
        Set<String> bumn = relations(extract("BUMN", "Badan Usaha Milik Negara (BUMN) terus berekspansi. PT Pertamina Hulu Energi, anak "
                + "usaha BUMN migas, bermitra dengan ExxonMobil Indonesia. Direktur BUMN itu, Budi Santoso, mengatakan kerja sama "
                + "berjalan baik.", "id"));
        assertTrue(bumn.stream().noneMatch(f -> f.contains("Badan Usaha Milik Negara")), bumn.toString());
        Set<String> sold = relations(extract("Sold", "Acme Holdings reported higher profit on Monday. The company's former subsidiary, "
                + "Beta Logistics, was sold to DHL Group in 2019.", "en"));
        assertFalse(sold.contains("Beta Logistics ownedBy Acme Holdings"), sold.toString());
        Set<String> bekas = relations(extract("Garam", "PT Garam Samudra Nusantara Tbk membukukan laba. Bekas anak usaha perseroan, PT "
                + "Garam Halus Indonesia, kini dimiliki PT Unilever Indonesia. Perseroan dulu memiliki anak usaha PT Garam Kasar Jaya "
                + "sebelum dijual.", "id"));
        assertFalse(bekas.contains("PT Garam Halus Indonesia ownedBy PT Garam Samudra Nusantara Tbk"), bekas.toString());
        assertFalse(bekas.contains("PT Garam Kasar Jaya ownedBy PT Garam Samudra Nusantara Tbk"), bekas.toString());
        Extraction era = extract("Rule", "The Joe Biden-era rule was scrapped by the agency on Monday, officials said. Nike shares rose.", "en");
        assertTrue(era.entities().stream().noneMatch(e -> e.name().endsWith("-era")), era.entities().toString());
        Extraction lah = extract("Nike", "Kolaborasi Nike dan Kanye West-lah yang melejitkan merek itu pada 2015, kata analis.", "id");
        assertTrue(lah.entities().stream().noneMatch(e -> e.name().endsWith("-lah")), lah.entities().toString());
        Extraction brand = extract("Cash", "Shares rose after Block's Cash App signed a partnership with Visa Inc.", "en");
        assertTrue(brand.entities().stream().noneMatch(e -> e.name().startsWith("Block's")), brand.entities().toString());
    }

    @Test
    void aCompanysShortFormOfTwoWordsIsItsNameAnywhereInTheBodyOverTheNamesReadInsideIt() {
        // "Puri Ayu didirikan ..." read the person "Ayu", "Direktur Utama Agar Nusa, ..." the place "Nusa" (fresh-user testers'
        // findings): every relation of the company's short form was lost
        Set<String> hall = relations(extract("Gedung", "PT Puri Ayu Griya Nusantara mengelola empat gedung pernikahan di Jakarta. Puri Ayu "
                + "didirikan oleh Haryanto Wibowo pada 2005. Puri Ayu juga menyewa dua gedung dari PT Gelora Bung Karno dengan biaya "
                + "Rp 1,1 miliar per bulan.", "id"));
        assertTrue(hall.contains("PT Puri Ayu Griya Nusantara customerOf PT Gelora Bung Karno"), hall.toString());
        assertTrue(hall.contains("Haryanto Wibowo worksFor PT Puri Ayu Griya Nusantara"), hall.toString());
        Set<String> agar = relations(extract("Agar", "PT Agar Nusa Sejahtera memproduksi agar-agar di Maros. Direktur Utama Agar Nusa, Andi "
                + "Muhammad Rauf, mengatakan ekspor naik. Agar Nusa merupakan anak usaha PT Bosowa Corporindo.", "id"));
        assertTrue(agar.contains("Andi Muhammad Rauf worksFor PT Agar Nusa Sejahtera"), agar.toString());
        assertTrue(agar.contains("PT Agar Nusa Sejahtera ownedBy PT Bosowa Corporindo"), agar.toString());
    }

    @Test
    void aCountryAfterAnIndonesianNounModifiesItAndIsNoPartOfTheCompanysName() {
        // "importir Belanda Toko Asia BV", "perusahaan Jepang Kaneka Corporation" glued the country to the name (a fresh-user
        // tester's finding); a club named after its city keeps it ("Madiun Putra FC")
        Extraction x = extract("Ekspor", "PT Sari Laut Jaya bekerja sama dengan importir Belanda Toko Asia BV untuk memasarkan kerupuk di "
                + "Eropa. Perseroan memperoleh bahan baku dari perusahaan Jepang Kaneka Corporation.", "id");
        assertTrue(relations(x).contains("PT Sari Laut Jaya partnersWith Toko Asia BV") || relations(x).contains("Toko Asia BV partnersWith PT Sari Laut Jaya"),
                relations(x).toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Kaneka Corporation")), x.entities().toString());
        Extraction club = extract("Liga", "Persebaya akan menjamu tim Madiun Putra FC di Stadion Gelora Bung Tomo pada Sabtu.", "id");
        assertTrue(club.entities().stream().noneMatch(e -> e.name().equals("Putra FC")), club.entities().toString());
    }

    @Test
    void anIndonesianCompanyDescribedByARelativeClauseClosedByADemonstrativeIsTheArticlesCompany() {
        // "Perusahaan yang berbasis di Bandung itu juga meneken ..." read no party (a fresh-user tester's finding)
        Set<String> r = relations(extract("Mocaf", "PT Mocafindo Agro Nusantara memproduksi tepung mocaf di Bandung. Perusahaan yang "
                + "berbasis di Bandung itu juga meneken perjanjian kerja sama dengan PT Indofood Sukses Makmur Tbk untuk memasok tepung.", "id"));
        assertTrue(r.contains("PT Mocafindo Agro Nusantara partnersWith PT Indofood Sukses Makmur Tbk")
                || r.contains("PT Indofood Sukses Makmur Tbk partnersWith PT Mocafindo Agro Nusantara"), r.toString());
    }

    @Test
    void anAcronymBetweenAnExecutivesTitleAndAPersonIsTheOrganizationTheyHead() {
        // "Direktur Utama MGPA, Priandhi Satria, mengatakan" lost MGPA to the trained check (the held-out fifth); "CEO" itself
        // heads nothing
        Set<String> r = relations(extract("Sirkuit siap", "Di sisi lain Direktur Utama MGPA, Priandhi Satria, mengatakan persiapan "
                + "Pertamina Mandalika International Circuit untuk menggelar Indonesian GP 2023 hampir mencapai 100 persen.", "id"));
        assertTrue(r.contains("Priandhi Satria worksFor MGPA"), r.toString());
        Set<String> kki = relations(extract("Rotan", "CEO KKI Budi Hartanto mengatakan perusahaan akan menambah pabrik di Cirebon.", "id"));
        assertTrue(kki.contains("Budi Hartanto worksFor KKI"), kki.toString());
        Set<String> ceo = relations(extract("Cards", "Papyrus Lane was sold to American Greetings on Monday. Its chief executive, CEO Laura "
                + "Benning, will stay.", "en"));
        assertTrue(ceo.stream().noneMatch(f -> f.endsWith("worksFor CEO")), ceo.toString());
    }

    @Test
    void aCountryThatOpensAnEnglishNameACompanyAfterAnInvestmentsDiADepartmentAndTwoPeopleStayAsTheyAre() {
        // the second verifier's findings against this round's rules
        Set<String> air = relations(extract("Bandara", "PT Angkasa Pura II bekerja sama dengan maskapai Singapore Airlines Ltd untuk rute baru.", "id"));
        assertTrue(air.contains("PT Angkasa Pura II partnersWith Singapore Airlines Ltd") || air.contains("Singapore Airlines Ltd partnersWith PT Angkasa Pura II"),
                air.toString());
        Set<String> invest = relations(extract("Investasi", "PT Saratoga Investama Sedaya Tbk berinvestasi di Xendit senilai US$ 50 juta.", "id"));
        assertTrue(invest.contains("PT Saratoga Investama Sedaya Tbk investsIn Xendit"), invest.toString());
        Set<String> shop = relations(extract("Retail", "Sears agreed to buy Land's End Inc for $1.9 billion.", "en"));
        assertTrue(shop.contains("Sears acquires Land's End Inc"), shop.toString());
        Extraction hr = extract("HR", "Direktur HR, Andi Wijaya, mengatakan perusahaan akan merekrut 500 karyawan baru tahun ini.", "id");
        assertTrue(hr.entities().stream().noneMatch(e -> e.name().equals("HR")), hr.entities().toString());
        Extraction two = extract("Bank", "Profits rose, said Jamie Dimon Chief Executive Officer Jeremy Barnum on a call with analysts.", "en");
        assertTrue(two.entities().stream().noneMatch(e -> e.name().equals("Jamie Dimon") && e.type() == EntityType.ORGANIZATION), two.entities().toString());
    }

    @Test
    void aPostsUnitRunIntoAnOrganizationsNameUnderATitleIsCutOffWhereTheArticleNamesTheOrganizationAlone() {
        // "Vice President Corporate Communication XL Axiata Turina Farouk", "Head of Reserach Colliers Indonesia, Ferry Salanto":
        // the finders read "Communication XL Axiata" and "Reserach Colliers Indonesia" (the held-out fifth)
        Set<String> xl = relations(extract("Tarif", "XL Axiata menaikkan tarif data. \"Kami tidak tahu soal itu,\" kata Vice President "
                + "Corporate Communication XL Axiata Turina Farouk.", "id"));
        assertTrue(xl.contains("Turina Farouk worksFor XL Axiata"), xl.toString());
        Set<String> colliers = relations(extract("Properti", "Colliers Indonesia mencatat kenaikan permintaan. Head of Reserach Colliers "
                + "Indonesia, Ferry Salanto mengatakan selama periode itu permintaan naik.", "id"));
        assertTrue(colliers.contains("Ferry Salanto worksFor Colliers Indonesia"), colliers.toString());
        // a party's kind, an institution's first word and a bank's name opener are the name's own words
        Set<String> golkar = relations(extract("Golkar", "Golkar menggelar rapat pleno. Ketua Umum Partai Golkar Airlangga Hartarto "
                + "mengatakan rapat berjalan lancar.", "id"));
        assertTrue(golkar.contains("Airlangga Hartarto worksFor Partai Golkar"), golkar.toString());
        Set<String> bank = relations(extract("Mandiri", "Mandiri mencatat laba. Direktur Utama PT Bank Mandiri Tbk Darmawan Junaidi "
                + "mengatakan kredit tumbuh.", "id"));
        assertTrue(bank.contains("Darmawan Junaidi worksFor PT Bank Mandiri Tbk"), bank.toString());
    }

    @Test
    void aPersonsPostAtAnOrganizationsPossessiveAfterACommaAndTheIsAPostThere() {
        // "Menzies Campbell, the Liberal Democrats' foreign affairs spokesman" read no post (the held-out fifth; a post after a
        // portfolio was taken out again after a verifier's findings: "the Barclays' late chairman"); the rules alone,
        // as the trained classifier read some such pairs before
        Set<String> r = TestPipeline.ruleRelations("And David Heath, the Liberal Democrats' spokesman on foreign affairs, said the "
                + "detention was wrong.", "en");
        assertTrue(r.contains("David Heath worksFor Liberal Democrats"), r.toString());
        Set<String> tools = TestPipeline.ruleRelations("Sarah Kim, the Acme Tools' head of sales, said demand was strong.", "en");
        assertTrue(tools.contains("Sarah Kim worksFor Acme Tools"), tools.toString());
    }

    @Test
    void aBareIndonesianPerusahaanBeforeItsVerbAfterAnAspectWordIsTheArticlesCompanyAndNotAGenericOneAfterAVerb() {
        // "perusahaan tengah bernegosiasi untuk mengambil alih": a fresh-user tester's finding; a generic "perusahaan" after a verb
        // and a preposition names no company of the article ("bersaing dengan perusahaan dalam negeri", "menggugat perusahaan di
        // Indonesia": a verifier's findings), nor does a predicate ("merupakan perusahaan milik Bambang")
        Set<String> talks = relations(extract("Rotan", "PT Rotan Cirebon Makmur mengekspor mebel rotan. Untuk memenuhi pesanan tersebut, "
                + "perusahaan tengah bernegosiasi untuk mengambil alih PT Anyaman Rotan Sejati.", "id"));
        assertTrue(talks.contains("PT Rotan Cirebon Makmur seeksToAcquire PT Anyaman Rotan Sejati"), talks.toString());
        assertFalse(talks.contains("PT Rotan Cirebon Makmur acquires PT Anyaman Rotan Sejati"), talks.toString());
        Set<String> generic = relations(extract("Baja", "PT Baja Prima Utama memproduksi baja. PT Baja Prima Utama menambah kapasitas. "
                + "Krakatau Steel bersaing dengan perusahaan dalam negeri. Uni Eropa menggugat perusahaan di Indonesia.", "id"));
        assertTrue(generic.stream().noneMatch(f -> f.contains("PT Baja Prima Utama")), generic.toString());
        Set<String> owned = relations(extract("Geledah", "KPK menggeledah kantor Wali Kota Madiun dan kantor PT Cahaya Terang Satata yang "
                + "merupakan perusahaan milik Bambang Irianto.", "id"));
        assertTrue(owned.stream().noneMatch(f -> f.startsWith("KPK ownedBy")), owned.toString());
    }

    @Test
    void theRoundsNewRulesLeaveAFullNameAComparisonAFormerPostAndTheNextPersonsTitleAlone() {
        // a verifier's findings against this round's rules: "chief executive of Royal Bank of Scotland" beside "Bank of
        // Scotland"; "lebih murah dari Alfamart" is "cheaper than"; "the World Bank's former president"; "Theresa May, Lib Dem's
        // elections chief Lord Rennard said"
        Set<String> rbs = relations(extract("Banks", "Fred Goodwin, chief executive of Royal Bank of Scotland, said profits rose. Rival "
                + "Bank of Scotland said its profits fell.", "en"));
        assertTrue(rbs.contains("Fred Goodwin worksFor Royal Bank of Scotland"), rbs.toString());
        Set<String> cheaper = relations(extract("Minimarket", "Konsumen PT Indomarco Prismatama membeli produk dengan harga lebih murah dari "
                + "PT Sumber Alfaria Trijaya Tbk.", "id"));
        assertTrue(cheaper.stream().noneMatch(f -> f.contains("customerOf")), cheaper.toString());
        // (the rules alone: the trained classifier read that pair before this round's rules too)
        Set<String> former = TestPipeline.ruleRelations("Paul Wolfowitz, the World Bank's former president, said aid must rise.", "en");
        assertFalse(former.contains("Paul Wolfowitz worksFor World Bank"), former.toString());
        Set<String> list = relations(extract("Targets", "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's "
                + "elections chief Lord Rennard said.", "en"));
        assertTrue(list.stream().noneMatch(f -> f.startsWith("Theresa May worksFor")), list.toString());
        // the second verifier's: a "new" company is no aspect word; experts brought in and a place "far from" are no goods bought
        Set<String> joint = relations(extract("Sawit", "PT Alfa Karya membentuk perusahaan patungan dengan PT Beta Agro. PT Alfa Karya "
                + "menambah modal. Perusahaan baru akan mengakuisisi PT Delta Sawit.", "id"));
        assertFalse(joint.contains("PT Alfa Karya seeksToAcquire PT Delta Sawit"), joint.toString());
        Set<String> experts = relations(extract("Kilang", "PT Pertamina mendatangkan tenaga ahli untuk proyek kilang dari Universitas "
                + "Indonesia.", "id"));
        assertTrue(experts.stream().noneMatch(f -> f.contains("customerOf")), experts.toString());
    }

    @Test
    void anIndonesianBuyerOfGoodsNamedInFiveWordsIsTheSellersCustomer() {
        // "membeli produk kebutuhan rumah tangga langsung dari PT Unilever Indonesia Tbk": a fresh-user tester's finding
        Set<String> r = relations(extract("Minimarket", "Dari sisi pasokan, PT Sinar Mart Sejahtera membeli produk kebutuhan rumah tangga "
                + "langsung dari PT Unilever Indonesia Tbk.", "id"));
        assertTrue(r.contains("PT Sinar Mart Sejahtera customerOf PT Unilever Indonesia Tbk"), r.toString());
    }

    @Test
    void aRivalNamedAfterAPhraseOfPlaceAndAnExportersBuyerAbroadAreRead() {
        // "competes at the top of the market with Steinway & Sons", "mengekspor ke peritel Amerika Serikat Williams-Sonoma": a
        // fresh-user tester's findings; a prize competed for is no rivalry ("compete for the title of best film against")
        Set<String> pianos = relations(extract("Pianos", "Kessler Pianoforte GmbH competes at the top of the market with Steinway & Sons.", "en"));
        assertTrue(pianos.contains("Kessler Pianoforte GmbH competesWith Steinway & Sons")
                || pianos.contains("Steinway & Sons competesWith Kessler Pianoforte GmbH"), pianos.toString());
        Set<String> film = TestPipeline.ruleRelations("On Saturday, Les Choristes will compete for the title of best film against "
                + "fellow nominee A Very Long Engagement.", "en");
        assertTrue(film.stream().noneMatch(f -> f.contains("competesWith")), film.toString());
        Set<String> export = relations(extract("Rotan", "PT Rotan Cirebon Makmur mengekspor mebel rotan ke Eropa. PT Rotan Cirebon Makmur "
                + "juga mengekspor ke peritel Amerika Serikat Williams-Sonoma.", "id"));
        assertTrue(export.contains("Williams-Sonoma customerOf PT Rotan Cirebon Makmur"), export.toString());
    }

    @Test
    void aCompanysWholeNameThatEndsInANameHeadStandsWhereTheModelCutsItShort() {
        // the trained finder read "Glass Holdings" of "Harvest Glass Holdings" after a dateline (a fresh-user tester's finding):
        // the rules' run ends in a company's name head, and the model's one name inside it opens or ends it
        Set<String> en = relations(extract("Dutch grower Harvest Glass takes control of Sunvale Greenhouses", "LONDON, June 2 (Wire) - "
                + "Harvest Glass Holdings, one of the Netherlands' largest greenhouse vegetable producers, has agreed to acquire a 51 percent "
                + "stake in British tomato and cucumber grower Sunvale Greenhouses for 74 million pounds.", "en"));
        assertTrue(en.contains("Harvest Glass Holdings acquires Sunvale Greenhouses"), en.toString());
        assertTrue(en.stream().noneMatch(r -> r.startsWith("Glass Holdings ")), en.toString());
    }

    @Test
    void anOwnerNamedInAnAsideAboutAListsMemberIsNoOwnerOfTheMembersAfterIt() {
        // "X bersaing dengan A, yang dimiliki B, serta C" (a fresh-user tester's finding, 14 rows): C was read as a second owner
        // of A (and B as owned by C's owner); the owner of a list's member has that member alone, and the list goes on after it
        Extraction goods = TestPipeline.rulesOnly().extract(new Article("t", "Pasar saus", "Di pasar saus botolan, PT Rasa Dapur Prima Tbk "
                + "bersaing dengan Saus Merapi, yang dimiliki PT Kelana Pangan Tbk, serta Sambal Dewata yang memasarkan sambal botol.",
                "", java.util.Optional.empty(), "id"));
        Set<String> id = relations(goods);
        assertTrue(id.contains("Saus Merapi ownedBy PT Kelana Pangan Tbk"), id.toString());
        assertTrue(id.stream().noneMatch(r -> r.startsWith("Saus Merapi ownedBy Sambal")), id.toString());
        assertTrue(id.contains("PT Rasa Dapur Prima Tbk competesWith Sambal Dewata"), id.toString());
        Extraction apps = TestPipeline.rulesOnly().extract(new Article("t", "Pesan antar", "Antarin Digital bersaing dengan KirimMakan "
                + "milik PT Jaya Kirim Tbk, AntarCepat, serta PesanSaji dalam pasar pesan-antar makanan.", "", java.util.Optional.empty(), "id"));
        Set<String> listed = relations(apps);
        assertTrue(listed.contains("KirimMakan ownedBy PT Jaya Kirim Tbk"), listed.toString());
        assertFalse(listed.contains("KirimMakan ownedBy AntarCepat") || listed.contains("KirimMakan ownedBy PesanSaji"), listed.toString());
        Extraction radio = TestPipeline.rulesOnly().extract(new Article("t", "Radio", "Di pasar radio Jakarta, PT Suara Kelana Media Tbk "
                + "bersaing dengan Kenari FM milik Kelana Radio Network, serta Merpati FM milik Grup Merak Media.", "",
                java.util.Optional.empty(), "id"));
        Set<String> owners = relations(radio);
        assertTrue(owners.contains("Merpati FM ownedBy Grup Merak Media"), owners.toString());
        assertTrue(owners.stream().noneMatch(r -> r.startsWith("Kelana Radio Network ownedBy")), owners.toString());
        Extraction en = extract("Outboards", "Polar Marine will compete head-on with Kestrel Marine, which is owned by U.S. group "
                + "Harwick Corp, and with Yamato Motor.", "en");
        Set<String> english = relations(en);
        assertTrue(english.contains("Kestrel Marine ownedBy Harwick Corp"), english.toString());
        assertFalse(english.contains("Kestrel Marine ownedBy Yamato Motor"), english.toString());
        // a list's member after the aside is described by what follows it, and a joint venture keeps both its owners
        Extraction venture = TestPipeline.rulesOnly().extract(new Article("t", "Alumina", "Proyek ini akan bersaing dengan PT Harta Alumina "
                + "Refinery, smelter alumina di Ketapang yang dimiliki Grup Harta, serta PT Borneo Alumina Nusantara, perusahaan patungan "
                + "PT Asahan Logam (Aslog) dan PT Aneka Mineral Tbk (Anmin) di Mempawah.", "", java.util.Optional.empty(), "id"));
        Set<String> joint = relations(venture);
        assertTrue(joint.contains("PT Borneo Alumina Nusantara ownedBy PT Asahan Logam"), joint.toString());
        assertTrue(joint.contains("PT Borneo Alumina Nusantara ownedBy PT Aneka Mineral Tbk"), joint.toString());
        assertTrue(joint.stream().noneMatch(r -> r.startsWith("Grup Harta ownedBy")), joint.toString());
    }

    @Test
    void readsAnInvestorFromTheRoundTheSubjectRaisedAndFromItsLargestShareholderSetBesideIt() {
        // a fresh-user tester's findings: a round told after another verb, a largest shareholder in apposition (the annotators of
        // the train split read a largest, major or main shareholder as an investor), and such a shareholder "of" a company
        Set<String> round = relations(extract("Vaultmark", "Vaultmark Collectibles was valued at $1.1 billion last year after a "
                + "$210 million funding round led by Orrin Ventures.", "en"));
        assertTrue(round.contains("Orrin Ventures investsIn Vaultmark Collectibles"), round.toString());
        Set<String> possessive = relations(extract("Polar", "To help pay for the purchase, Polar Marine Group's largest shareholder, "
                + "Norwegian investment firm Fjordvik, will inject 500 million crowns in new equity.", "en"));
        assertTrue(possessive.contains("Fjordvik investsIn Polar Marine Group"), possessive.toString());
        Set<String> its = relations(extract("Verdana", "Verdana Foods said its largest shareholder, state investor Kestral Holdings, "
                + "would take a further $40 million stake.", "en"));
        assertTrue(its.contains("Kestral Holdings investsIn Verdana Foods"), its.toString());
        Set<String> of = relations(TestPipeline.rulesOnly().extract(new Article("t", "Deal", "The largest shareholder of Verdana Foods, "
                + "Kestral Holdings, backed the plan.", "", java.util.Optional.empty(), "en")));
        assertTrue(of.contains("Kestral Holdings investsIn Verdana Foods"), of.toString());
        assertFalse(of.contains("Verdana Foods ownedBy Kestral Holdings"), of.toString());
        Set<String> id = relations(extract("Angkotin", "Sehari sebelumnya, PT Angkot Pintar Indonesia mengumumkan pendanaan awal (seed) "
                + "sebesar US$ 4 juta yang dipimpin Kencana Ventures.", "id"));
        assertTrue(id.contains("Kencana Ventures investsIn PT Angkot Pintar Indonesia"), id.toString());
        // a verifier's findings: the party before "invested in X in a round led by" is a co-investor, and the name after a
        // shareholder's comma and a verb is another clause's
        Set<String> co = relations(TestPipeline.rulesOnly().extract(new Article("t", "Round", "Sequora invested in Stripewell in a funding "
                + "round led by Tigris Global.", "", java.util.Optional.empty(), "en")));
        assertFalse(co.contains("Tigris Global investsIn Sequora"), co.toString());
        Set<String> clause = relations(TestPipeline.rulesOnly().extract(new Article("t", "Panels", "Sharpline said Foxcorn, its biggest "
                + "shareholder, would sell panels to Sonera.", "", java.util.Optional.empty(), "en")));
        assertFalse(clause.contains("Sonera investsIn Foxcorn"), clause.toString());
    }

    @Test
    void readsACustomerSetBesideItsSupplierOrAfterItsDescriptionAndGoodsBoughtFromTheirSellerAsNoAcquisition() {
        // a fresh-user tester's findings: the customer set beside "X's biggest customer", a customer after its description, goods
        // counted with their maker's brand bought from a dealer, and what is bought from a seller ("dibeli dari"), whose seller
        // had been read as the buyer
        Set<String> beside = relations(TestPipeline.rulesOnly().extract(new Article("t", "Kestrel", "Kestrel Pooling's biggest customer, "
                + "supermarket chain Harwood Stores, pays the group about A$18 million a year in hire fees.", "", java.util.Optional.empty(), "en")));
        assertTrue(beside.contains("Harwood Stores customerOf Kestrel Pooling"), beside.toString());
        Set<String> described = relations(TestPipeline.rulesOnly().extract(new Article("t", "Groenveld", "Groenveld Foods supplies "
                + "supermarket chains Marlo Markt and Vesta Retail.", "", java.util.Optional.empty(), "en")));
        assertTrue(described.contains("Marlo Markt customerOf Groenveld Foods"), described.toString());
        Set<String> evidence = relations(TestPipeline.rulesOnly().extract(new Article("t", "Probe", "Groenveld Foods supplied evidence to "
                + "Marlo Markt last year.", "", java.util.Optional.empty(), "en")));
        assertTrue(evidence.stream().noneMatch(r -> r.contains("customerOf")), evidence.toString());
        Set<String> counted = relations(extract("ABSA", "Untuk melayani kontrak itu, PT Alat Berat Sewa Andalan Tbk membeli 40 unit "
                + "ekskavator Kobara dari PT Traktor Nusa Tbk.", "id"));
        assertTrue(counted.contains("PT Alat Berat Sewa Andalan Tbk customerOf PT Traktor Nusa Tbk"), counted.toString());
        Set<String> sold = relations(TestPipeline.rulesOnly().extract(new Article("t", "Bakso", "Pasokan daging sapi untuk PT Bakso Mas "
                + "Jaya Nusantara dibeli dari PT Sapi Prima Andalan.", "", java.util.Optional.empty(), "id")));
        assertTrue(sold.stream().noneMatch(r -> r.contains(" acquires ")), sold.toString());
        // a verifier's findings: the buyer after the seller still buys, a club or a plant counted is bought as a business, and
        // "supplies" before a kind of company is a noun
        Set<String> buyer = relations(TestPipeline.rulesOnly().extract(new Article("t", "Akuisisi", "PT Indosari Telekom telah diakuisisi "
                + "dari Qatara Telecom oleh Kelana Hutchison pada 2021.", "", java.util.Optional.empty(), "id")));
        assertTrue(buyer.contains("Kelana Hutchison acquires PT Indosari Telekom"), buyer.toString());
        Set<String> plants = relations(TestPipeline.rulesOnly().extract(new Article("t", "Semen", "PT Semen Nusantara membeli 2 pabrik semen "
                + "dari Holcima pada tahun lalu.", "", java.util.Optional.empty(), "id")));
        assertTrue(plants.stream().noneMatch(r -> r.contains("customerOf")), plants.toString());
        Set<String> noun = relations(TestPipeline.rulesOnly().extract(new Article("t", "Deal", "Cardwell Health agreed to buy medical supplies "
                + "maker Owensby & Minor.", "", java.util.Optional.empty(), "en")));
        assertTrue(noun.stream().noneMatch(r -> r.contains("customerOf")), noun.toString());
    }

    @Test
    void aNameSetBesideACompanysDescriptionWithItsPlaceIsAnOrganizationForTheTrainedFinderToo() {
        // a fresh-user tester's finding: the trained finder read these companies as persons and their deals were lost or given
        // to others ("Arlo Mobility, the Leeds-based maker of wheelchairs", "produsen asal Vietnam, Lam Son Machinery")
        Map<String, EntityType> en = types(extract("Arlo wins NHS contract", "LEEDS, Sept 30 - Arlo Mobility, the Leeds-based maker of "
                + "wheelchairs and mobility scooters, has won a four-year contract worth 62 million pounds.", "en"));
        assertEquals(EntityType.ORGANIZATION, en.get("Arlo Mobility"), en.toString());
        Map<String, EntityType> id = types(extract("Mete", "Dana itu dipakai untuk membeli mesin pengupas dari produsen asal Vietnam, "
                + "Lam Son Machinery.", "id"));
        assertEquals(EntityType.ORGANIZATION, id.get("Lam Son Machinery"), id.toString());
        Map<String, EntityType> firm = types(extract("Ceva", "Perusahaan kesehatan hewan asal Prancis, Velsa Santé Animale, resmi menguasai "
                + "51% saham produsen vaksin hewan PT Biovet Satwa Indonesia.", "id"));
        assertEquals(EntityType.ORGANIZATION, firm.get("Velsa Santé Animale"), firm.toString());
        // a description that fits a person, or a person's noun after it, is no company's (a verifier's findings)
        Map<String, EntityType> investor = types(TestPipeline.rulesOnly().extract(new Article("t", "Saham", "Investor asal Malaysia, Syed "
                + "Mokhtar Albasri, membeli saham PT Astana.", "", java.util.Optional.empty(), "id")));
        assertEquals(EntityType.PERSON, investor.get("Syed Mokhtar Albasri"), investor.toString());
        Map<String, EntityType> founder = types(TestPipeline.rulesOnly().extract(new Article("t", "Round", "A startup founder from Bandung, "
                + "Andi Wijaya, raised money.", "", java.util.Optional.empty(), "en")));
        assertEquals(EntityType.PERSON, founder.get("Andi Wijaya"), founder.toString());
    }

    private static Map<String, EntityType> types(Extraction x) {
        return x.entities().stream().collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
    }

    @Test
    void readsGoodsRentedOrOrderedAtLengthAndACompanysGoodsMadeByAnotherAsBoughtFromTheirSupplier() {
        // a fresh-user tester's findings: each read no customer
        Set<String> rented = relations(TestPipeline.rulesOnly().extract(new Article("t", "Trucks", "Rio Kestrel has agreed to rent 40 "
                + "battery-electric haul trucks from Perth start-up Terrahall Technologies for its iron ore mines.", "",
                java.util.Optional.empty(), "en")));
        assertTrue(rented.contains("Rio Kestrel customerOf Terrahall Technologies"), rented.toString());
        Set<String> made = relations(TestPipeline.rulesOnly().extract(new Article("t", "Games", "Meeple Foundry's games are manufactured "
                + "by Pandora Game Manufacturing in Dongguan, China.", "", java.util.Optional.empty(), "en")));
        assertTrue(made.contains("Meeple Foundry customerOf Pandora Game Manufacturing"), made.toString());
        Set<String> ordered = relations(TestPipeline.rulesOnly().extract(new Article("t", "Vaksin", "Kementerian Pertanian (Kementan) memesan "
                + "10 juta dosis vaksin penyakit mulut dan kuku (PMK) dari PT Biovetra Satwa Indonesia senilai Rp 150 miliar.", "",
                java.util.Optional.empty(), "id")));
        assertTrue(ordered.contains("Kementerian Pertanian customerOf PT Biovetra Satwa Indonesia"), ordered.toString());
        // a verifier's findings: an order in another clause, receivables of a lessor and things built for a person are no goods
        // bought from their supplier
        Set<String> clause = relations(TestPipeline.rulesOnly().extract(new Article("t", "Pesawat", "Singa Air memesan 20 pesawat, "
                + "sementara Garuda Nusa membeli mesin dari Rolls-Roycea.", "", java.util.Optional.empty(), "id")));
        assertFalse(clause.contains("Singa Air customerOf Rolls-Roycea"), clause.toString());
        Set<String> lessor = relations(TestPipeline.rulesOnly().extract(new Article("t", "Lease", "Percepta Technology said it has "
                + "outstanding lease receivables from Tecon Corp of about 2.5 mln dlrs.", "", java.util.Optional.empty(), "en")));
        assertFalse(lessor.contains("Percepta Technology customerOf Tecon Corp"), lessor.toString());
        Set<String> built = relations(TestPipeline.rulesOnly().extract(new Article("t", "Rockets", "Elon Marsh's rockets are built by "
                + "SpaceCorp.", "", java.util.Optional.empty(), "en")));
        assertTrue(built.stream().noneMatch(r -> r.contains("customerOf")), built.toString());
        // staff hired from a rival is no goods
        Set<String> hired = relations(TestPipeline.rulesOnly().extract(new Article("t", "Staff", "Acme Corp hired 40 engineers from Beta "
                + "Corp last year.", "", java.util.Optional.empty(), "en")));
        assertTrue(hired.stream().noneMatch(r -> r.contains("customerOf")), hired.toString());
    }

    @Test
    void readsALawsuitACompanyIsFightingAsBroughtByItsPlaintiff() {
        // a fresh-user tester's finding: "is also fighting a lawsuit brought by" read no suit, though a suit faced did
        Set<String> fighting = relations(TestPipeline.rulesOnly().extract(new Article("t", "Pallets", "Kestral Pooling is also fighting a "
                + "lawsuit brought by Chepstow Australia, which accuses the smaller firm of poaching pallets.", "",
                java.util.Optional.empty(), "en")));
        assertTrue(fighting.contains("Chepstow Australia sues Kestral Pooling"), fighting.toString());
    }

    @Test
    void readsABrandsOwnerOrMakerSetBesideTheBrands() {
        // a fresh-user tester's findings: a maker or owner described beside its brands owned none of them
        Set<String> maker = relations(TestPipeline.rulesOnly().extract(new Article("t", "Glass", "Halvora competes with DWK Lab Sciences, "
                + "the maker of the Durax and Kimbel brands, in laboratory glass.", "", java.util.Optional.empty(), "en")));
        assertTrue(maker.contains("Durax ownedBy DWK Lab Sciences"), maker.toString());
        assertTrue(maker.contains("Kimbel ownedBy DWK Lab Sciences"), maker.toString());
        Set<String> merek = relations(TestPipeline.rulesOnly().extract(new Article("t", "Kaca film", "PT Astra Otoparts Tbk menyuntikkan "
                + "dana Rp 96 miliar ke PT Kaca Film Prima Nusa, produsen dan distributor kaca film otomotif merek Primashielda.", "",
                java.util.Optional.empty(), "id")));
        assertTrue(merek.contains("Primashielda ownedBy PT Kaca Film Prima Nusa"), merek.toString());
        Set<String> owner = relations(TestPipeline.rulesOnly().extract(new Article("t", "Gerabah", "Perusahaan itu memasok pot untuk "
                + "Wilmington Home Inc., pemilik jaringan ritel Pottery Barnes.", "", java.util.Optional.empty(), "id")));
        assertTrue(owner.contains("Pottery Barnes ownedBy Wilmington Home Inc"), owner.toString());
        // rights held are nothing owned; a brand's seller is no owner
        Set<String> rights = relations(TestPipeline.rulesOnly().extract(new Article("t", "Siaran", "PT Visi Media Kita, pemilik hak siar "
                + "Liga Nusantara, menaikkan tarif.", "", java.util.Optional.empty(), "id")));
        assertTrue(rights.stream().noneMatch(r -> r.contains("ownedBy")), rights.toString());
        // a verifier's findings: the owner of an account or of a car owns no brand
        Set<String> account = relations(TestPipeline.rulesOnly().extract(new Article("t", "Akun", "Polisi menangkap Andi Saputra, pemilik "
                + "akun Instagram @kabar, kemarin. Siti Rahma, pemilik mobil Toyota Avanza, melapor.", "", java.util.Optional.empty(), "id")));
        assertTrue(account.stream().noneMatch(r -> r.contains("ownedBy")), account.toString());
        Set<String> seller = relations(TestPipeline.rulesOnly().extract(new Article("t", "Mobil", "PT Mitra Motor Jaya, distributor "
                + "resmi merek Vantra, membuka diler baru.", "", java.util.Optional.empty(), "id")));
        assertTrue(seller.stream().noneMatch(r -> r.contains("ownedBy")), seller.toString());
    }

    @Test
    void readsAStakeACompanySoldInItselfAndACoInvestorAlsoInvestingAsInvestments() {
        // a fresh-user tester's findings: the buyer of a minority stake and a co-investor invested in nothing
        Set<String> sold = relations(TestPipeline.rulesOnly().extract(new Article("t", "Tattoo", "Inkvale Collective, which operates 48 "
                + "tattoo studios, has sold a 35% stake to private equity firm Ridgemont Partners for 27 million pounds.", "",
                java.util.Optional.empty(), "en")));
        assertTrue(sold.contains("Ridgemont Partners investsIn Inkvale Collective"), sold.toString());
        Set<String> also = relations(TestPipeline.rulesOnly().extract(new Article("t", "Parking", "Kerbline Ltd raised 14 million pounds "
                + "in a round led by Octavia Ventures, with Seedhall also investing.", "", java.util.Optional.empty(), "en")));
        assertTrue(also.contains("Seedhall investsIn Kerbline Ltd"), also.toString());
        // a holder selling its stake, or one that "opted to sell" a stake, sold a part of another company
        Set<String> holder = relations(TestPipeline.rulesOnly().extract(new Article("t", "Stake", "Apexa Capital has sold its 35% stake "
                + "to Zenitha Partners.", "", java.util.Optional.empty(), "en")));
        assertTrue(holder.stream().noneMatch(r -> r.contains("investsIn Apexa Capital")), holder.toString());
        Set<String> opted = relations(TestPipeline.rulesOnly().extract(new Article("t", "Stake", "Fiora considered floating Ferrola but "
                + "opted to sell a minority stake to Italian bank Mediola.", "", java.util.Optional.empty(), "en")));
        assertFalse(opted.contains("Mediola investsIn Fiora"), opted.toString());
        // the stake of another company named after the buyer (a verifier's finding)
        Set<String> other = relations(TestPipeline.rulesOnly().extract(new Article("t", "Stake", "Siemra AG sold a 12% stake to Temasco "
                + "in Siemra Healthcare.", "", java.util.Optional.empty(), "en")));
        assertFalse(other.contains("Temasco investsIn Siemra AG"), other.toString());
    }

    @Test
    void readsRivalsNamedAfterAPossessiveWordAsTheCompanysRivals() {
        // a fresh-user tester's finding: "Its main rivals are ..." named no rival
        Set<String> rivals = relations(TestPipeline.rulesOnly().extract(new Article("t", "Parking", "EasyPark Group bought RingGo in 2021. "
                + "Its main rivals are Kerbside, JustPark and PayByPhone.", "", java.util.Optional.empty(), "en")));
        assertTrue(rivals.contains("EasyPark Group competesWith JustPark") || rivals.contains("JustPark competesWith EasyPark Group"),
                rivals.toString());
        assertTrue(rivals.contains("EasyPark Group competesWith Kerbside") || rivals.contains("Kerbside competesWith EasyPark Group"),
                rivals.toString());
    }

    @Test
    void keepsANameWithAHyphenWholeAndReadsNoPersonInABrandWithAGivenName() {
        // a fresh-user tester's findings: "Holtkamp-Weiss Orgelbau" was cut at the hyphen and its buyer bought "Orgelbau";
        // "Ray-Ban" was read a person's name and owned by nobody
        Set<String> organ = relations(extract("Organ deal", "STUTTGART - Hollmann-Weiss Orgelbau has been bought by Allenby Organ "
                + "Company, the companies said on Monday.", "en"));
        assertTrue(organ.contains("Allenby Organ Company acquires Hollmann-Weiss Orgelbau"), organ.toString());
        Map<String, EntityType> brand = types(TestPipeline.rulesOnly().extract(new Article("t", "Lenses", "Lenzotica, which makes lenses, "
                + "also sells Ray-Ban sunglasses in Brazil.", "", java.util.Optional.empty(), "en")));
        assertNotEquals(EntityType.PERSON, brand.get("Ray-Ban"), brand.toString());
        // a title's parts are no name's (a verifier's finding: "-General Setijana")
        Map<String, EntityType> rank = types(TestPipeline.rulesOnly().extract(new Article("t", "Java", "Major-General Setiyana, military "
                + "commander of central Java, said the army was ready.", "", java.util.Optional.empty(), "en")));
        assertTrue(rank.keySet().stream().noneMatch(n -> n.startsWith("-")), rank.toString());
    }

    @Test
    void aCompanyDescribedAsAGroupOrBesideANationalDescriptionIsAnOrganization() {
        // a fresh-user tester's findings: "Spanish pool-equipment group Fluidra" was no organization on evidence (the trained
        // finder typed it a person); "Decathlon, the French sporting-goods retailer," written once was no name
        Extraction group = TestPipeline.rulesOnly().extract(new Article("t", "Pools", "Spanish pool-equipment group Fluvira Ortega "
                + "bought Tidemark Robotics.", "", java.util.Optional.empty(), "en"));
        Entity fluvira = group.entities().stream().filter(e -> e.name().equals("Fluvira Ortega")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, fluvira.type(), group.entities().toString());
        assertTrue(fluvira.mentions().get(0).confidence() >= org.dealgraph.mention.MentionFinder.EVIDENCED, fluvira.toString());
        Map<String, EntityType> retailer = types(TestPipeline.rulesOnly().extract(new Article("t", "Lures", "Brightwell sells lures in 40 "
                + "countries. Decathlan, the French sporting-goods retailer, stocks them in 600 stores.", "", java.util.Optional.empty(),
                "en")));
        assertEquals(EntityType.ORGANIZATION, retailer.get("Decathlan"), retailer.toString());
        // an adverb before a described name is none (a verifier's finding of an earlier round)
        Map<String, EntityType> adverb = types(TestPipeline.rulesOnly().extract(new Article("t", "Rivals", "Brightwell sells lures. "
                + "Ironically, a rival company, Zorbit, said so.", "", java.util.Optional.empty(), "en")));
        assertFalse(adverb.containsKey("Ironically"), adverb.toString());
        // nor an Indonesian sentence's opening word (a verifier's finding: "Menurutnya" an organization)
        Map<String, EntityType> menurut = types(TestPipeline.rulesOnly().extract(new Article("t", "Investor", "Menurutnya, para investor "
                + "ini membutuhkan data dan informasi dari perusahaan.", "", java.util.Optional.empty(), "id")));
        assertFalse(menurut.containsKey("Menurutnya"), menurut.toString());
    }

    @Test
    void aControllingStakeACompanyPlansToBuyIsABidAndADemonstrativeReferencePointsToTheSentenceBefore() {
        // a fresh-user tester's findings: "berencana mengakuisisi 51% saham" was read an agreed acquisition, and "Perusahaan
        // tersebut" the article's main company rather than the one that opens the sentence before
        Set<String> planned = relations(TestPipeline.rulesOnly().extract(new Article("t", "Domba", "PT Berdaya Ternak (Persero) berencana "
                + "mengakuisisi 51% saham PT Domba Priangan Perkasa.", "", java.util.Optional.empty(), "id")));
        assertTrue(planned.contains("PT Berdaya Ternak (Persero) seeksToAcquire PT Domba Priangan Perkasa"), planned.toString());
        assertFalse(planned.contains("PT Berdaya Ternak (Persero) acquires PT Domba Priangan Perkasa"), planned.toString());
        Set<String> owner = relations(TestPipeline.rulesOnly().extract(new Article("t", "Domba", "PT Berdaya Ternak (Persero) berencana "
                + "mengakuisisi PT Domba Priangan Perkasa. Direktur Utama PT Berdaya Ternak (Persero), Harry Wirawan, menyampaikan rencana "
                + "itu. PT Domba Priangan Perkasa saat ini memelihara 28.000 ekor domba. Perusahaan tersebut dimiliki oleh pengusaha "
                + "lokal, Asep Saripudin.", "", java.util.Optional.empty(), "id")));
        assertTrue(owner.contains("PT Domba Priangan Perkasa ownedBy Asep Saripudin"), owner.toString());
        assertFalse(owner.contains("PT Berdaya Ternak (Persero) ownedBy Asep Saripudin"), owner.toString());
        // a verifier's findings: "akan" also tells of a signed purchase, and a regulator opening the sentence before is no company
        Set<String> signed = relations(TestPipeline.rulesOnly().extract(new Article("t", "Semen", "PT Semen Nusa Tbk akan mengakuisisi "
                + "80,6% saham PT Holcima Indonesia Tbk. Perjanjian jual beli telah ditandatangani pada Senin.", "",
                java.util.Optional.empty(), "id")));
        assertTrue(signed.contains("PT Semen Nusa Tbk acquires PT Holcima Indonesia Tbk"), signed.toString());
        Set<String> regulator = relations(TestPipeline.rulesOnly().extract(new Article("t", "Garuda", "PT Garuda Nusa Tbk melaporkan rugi. "
                + "Otoritas Jasa Keuangan memeriksa laporan keuangan. Perusahaan tersebut diakuisisi oleh PT Aviasi Wisata Indonesia.", "",
                java.util.Optional.empty(), "id")));
        assertTrue(regulator.stream().noneMatch(r -> r.contains("Otoritas Jasa Keuangan")), regulator.toString());
    }

    private static Set<String> ruleRelations(String title, String body) {
        return relations(TestPipeline.rulesOnly().extract(new Article("t", title, body, "", java.util.Optional.empty(), "en")));
    }

    @Test
    void anAmountOfferedForACompanyIsABidForIt() {
        // a fresh-user tester's finding: no cue read an amount between the offer and "for"
        assertTrue(ruleRelations("Lifts", "Gipfelbahnen Holding, which runs cable cars in 14 resorts, has offered 300 million euros for "
                + "Remontees Vanoise, the operator of lifts in three valleys.").contains("Gipfelbahnen Holding seeksToAcquire Remontees Vanoise"));
        assertTrue(ruleRelations("Bid", "Sunter Acquisition Corp offered 20 dlrs a share for Allegheny International Inc.")
                .contains("Sunter Acquisition Corp seeksToAcquire Allegheny International Inc"));
        // "offered" and "for" with no amount between read no bid
        assertTrue(ruleRelations("Talks", "Sunter Acquisition Corp offered for Allegheny International Inc a new contract.").stream()
                .noneMatch(r -> r.contains("seeksToAcquire")));
    }

    @Test
    void readsARivalOwnerOrSupplierNamedBesideAPossessive() {
        // a fresh-user tester's findings, each read nothing
        assertTrue(ruleRelations("Corks", "Treasury has bought most of its closures from Melbourne-based Capstone Closures, Suberis' chief "
                + "rival in the premium segment.").contains("Capstone Closures competesWith Suberis"));
        assertTrue(ruleRelations("Laundry", "Alba Linen Services bought Dragon Laundry Group. Montrose Equity backs Alba. Alba's main "
                + "competitor in healthcare laundry is Elis.").contains("Alba Linen Services competesWith Elis"));
        assertTrue(ruleRelations("Hearing", "ClearTone's owner, private equity firm Greycliff Capital, has doubled its clinics.")
                .contains("ClearTone ownedBy Greycliff Capital"));
        assertTrue(ruleRelations("Lifts", "Remontees Vanoise is in a dispute with its snowmaking supplier TechnoAlpin.")
                .contains("Remontees Vanoise customerOf TechnoAlpin"));
        // a rival or a former supplier is none (a verifier's probes)
        assertTrue(ruleRelations("Chips", "Acme Chips Inc and its rival supplier Beta Semiconductor both cut prices.").stream()
                .noneMatch(r -> r.contains("customerOf")));
        assertTrue(ruleRelations("Cars", "Acme Motors Corp sued its former supplier Beta Parts Inc on Monday.").stream()
                .noneMatch(r -> r.contains("customerOf")));
        // a possessive that owns no rival reads none
        assertTrue(ruleRelations("Corks", "Treasury bought closures from Capstone Closures, Suberis' biggest customer.").stream()
                .noneMatch(r -> r.contains("competesWith")));
    }

    @Test
    void readsAClientNamedAfterItsOrInAListOfClients() {
        // a fresh-user tester's findings: neither read a customer
        assertTrue(ruleRelations("Lifts", "Vertica Onderhoud maintains 4,000 lifts. Its largest client, the Rotterdam transit operator RET, "
                + "pays the company about 18 million euros a year.").contains("RET customerOf Vertica Onderhoud"));
        assertTrue(ruleRelations("Fire", "ExtinGuard Services inspects 180,000 extinguishers a year for clients including Changi Airport "
                + "Group.").contains("Changi Airport Group customerOf ExtinGuard Services"));
        // the clients of a named firm are that firm's, no list of the subject's
        assertTrue(ruleRelations("Bank", "Regulators said clients of Halcyon Bank including Acme Corp lost money.").stream()
                .noneMatch(r -> r.contains("customerOf")));
        Set<String> id = relations(TestPipeline.rulesOnly().extract(new Article("t", "Kerupuk", "KPPU pada 2023 menyatakan PT Renyah Pangan "
                + "Sidoarjo dan pesaingnya, PT Kerupuk Mawar Jaya, terbukti bersekongkol mengatur harga.", "", java.util.Optional.empty(), "id")));
        assertTrue(id.contains("PT Renyah Pangan Sidoarjo competesWith PT Kerupuk Mawar Jaya"), id.toString());
    }

    @Test
    void anInvestmentFirmNamedAsAnOwnerMakesNoInvestment() {
        // a fresh-user tester's finding: "the investment firm Paulson & Co" had made an Investment event of its owner's article
        Extraction x = extract("Pianos", "Nordklang AS denied on Monday that it was in talks to be taken over by Steinway Musical "
                + "Instruments. Steinway is owned by the investment firm Paulson & Co, which bought it in 2013.", "en");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.INVESTMENT), x.events().toString());
        Extraction made = extract("Fund", "Helvetia Ventures made an investment in Sonarix last year.", "en");
        assertTrue(made.events().stream().anyMatch(e -> e.type() == EventType.INVESTMENT), made.events().toString());
        // an investment arm invests (the second verifier's probe)
        Extraction arm = TestPipeline.rulesOnly().extract(new Article("t", "Fund", "Acme Holdings said its investment arm put 20 mln dlrs "
                + "into Beta Systems Inc last year.", "", java.util.Optional.empty(), "en"));
        assertTrue(arm.events().stream().anyMatch(e -> e.type() == EventType.INVESTMENT), arm.events().toString());
    }

    @Test
    void theTrainedFinderEndsNoNameWithAConnectorAndANumber() {
        // a fresh-user tester's finding: "Studio Echo for 120 million zlotys" gave the company "Echo for 120"
        Extraction x = extract("Lexiwave buys Polish dubbing studio", "LONDON, Sept 30 - Lexiwave, the London-based subtitling and "
                + "translation group, said on Monday it had bought Warsaw dubbing studio Studio Echo for 120 million zlotys ($31 million), "
                + "its third acquisition this year.", "en");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().matches(".*\\s\\p{Ll}+\\s\\d+")), x.entities().toString());
    }
}
