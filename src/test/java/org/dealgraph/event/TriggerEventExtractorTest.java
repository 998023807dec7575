package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events typed from their trigger words, with the sentence's parties, amount and date as arguments. Names are invented. */
class TriggerEventExtractorTest {
    @TempDir
    Path dir;

    private static Extraction extract(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", lang.equals("id") ? "Kabar" : "News", body, "", Optional.empty(), lang));
    }

    /** Each event as "Type role=Name role=Name", its participants in order. */
    private static Set<String> events(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.events().stream().map(e -> e.type().localName() + e.participants().stream()
                .map(p -> " " + p.role() + "=" + names.get(p.entity())).collect(Collectors.joining())).collect(Collectors.toSet());
    }

    private static void assertEvent(String event, String body, String lang) {
        Extraction x = extract(body, lang);
        assertTrue(events(x).contains(event), body + " -> " + events(x));
    }

    /** That the text yields an event of the type, whatever its participants. */
    private static void assertEventOf(EventType type, String body, String lang) {
        Extraction x = extract(body, lang);
        assertTrue(x.events().stream().anyMatch(e -> e.type() == type), body + " -> " + events(x));
    }

    /** That the text yields no event of the type. */
    private static void assertNoEventOf(EventType type, String body, String lang) {
        Extraction x = extract(body, lang);
        assertTrue(x.events().stream().noneMatch(e -> e.type() == type), body + " -> " + events(x));
    }

    @Test
    void readsAProductLaunchInEachLanguage() {
        assertEvent("ProductLaunch organization=Kestrel Dynamics Corp product=Orion X5",
                "Kestrel Dynamics Corp launched the Orion X5 smartphone on Monday.", "en");
        assertEvent("ProductLaunch organization=PT Lintas Data Tbk product=KelanaPay",
                "PT Lintas Data Tbk meluncurkan aplikasi bernama KelanaPay pada Senin.", "id");
    }

    @Test
    void companiesThatMergeAreBothAcquirersOfOneAcquisition() {
        // a merger of equals (MANUAL: "an Acquisition event with both as acquirer"), named before or after the trigger
        assertEvent("Acquisition acquirer=Harmoni Records Ltd acquirer=Zentara Labs Inc",
                "Harmoni Records Ltd and Zentara Labs Inc agreed to merge in a deal worth $2 billion.", "en");
        assertEvent("Acquisition acquirer=Gamma Holdings Corp acquirer=Delta Mining Inc",
                "The merger of Gamma Holdings Corp and Delta Mining Inc was completed on Friday.", "en");
        assertEvent("Acquisition acquirer=PT Harmoni Niaga acquirer=PT Zentara Labs",
                "PT Harmoni Niaga dan PT Zentara Labs sepakat melakukan merger.", "id");
        Extraction x = extract("PT Harmoni Niaga dan PT Zentara Labs resmi bergabung pada Senin.", "id");
        assertTrue(x.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION && e.status() == DealStatus.COMPLETED
                && e.participants().size() == 2), events(x).toString());
        // the list that says it will merge is the merger's parties across the speech verb (tester Y2)
        assertEvent("Acquisition acquirer=Harmoni Records Ltd acquirer=Zentara Labs Inc",
                "Harmoni Records Ltd and Zentara Labs Inc said they have agreed to merge.", "en");
        // a merger told as a noun is done where the sentence says it was completed, or formed a company (tester Y3)
        for (String done : List.of("The merger of Gamma Holdings Corp and Delta Mining Inc was completed on Friday.",
                "Gamma Delta Corp, formed by the 2015 merger of Gamma Holdings Corp and Delta Mining Inc, rose 3 pct.")) {
            Extraction d = extract(done, "en");
            assertTrue(d.events().stream().anyMatch(e -> e.type() == EventType.ACQUISITION && e.status() == DealStatus.COMPLETED),
                    done + " -> " + d.events());
        }
        Extraction pending = extract("The merger of Gamma Holdings Corp and Delta Mining Inc is expected to be completed next year.", "en");
        assertTrue(pending.events().stream().noneMatch(e -> e.status() == DealStatus.COMPLETED), pending.events().toString());
        // one company merging with another is the cue's acquisition, with a target
        assertEvent("Acquisition acquirer=Epsilon Corp target=Zeta Inc", "Epsilon Corp merged with Zeta Inc last year.", "en");
    }

    @Test
    void peopleWhoJoinATeamOrCompaniesThatJoinAnAssociationMergeWithNobody() {
        // a merger is between organizations: riders joining a team are no acquirers, by the cue or by the merger frame
        assertNoEventOf(EventType.ACQUISITION, "Rudi Hartono dan Sari Wulandari resmi bergabung dengan tim Garuda Racing untuk musim 2027.", "id");
        Extraction riders = extract("Former champions Tom Baker and Emily Clark merged with the Falcon Racing team.", "en");
        assertTrue(riders.relations().stream().noneMatch(r -> r.type() == RelationType.ACQUIRES), riders.relations().toString());
        assertTrue(riders.events().stream().noneMatch(e -> e.type() == EventType.ACQUISITION), riders.events().toString());
        // companies joining something as members, or their staff joining one union, merge nothing
        assertNoEventOf(EventType.ACQUISITION, "PT Harmoni Niaga dan PT Zentara Labs resmi bergabung sebagai anggota Asosiasi Fintech Indonesia.", "id");
        assertNoEventOf(EventType.ACQUISITION, "Karyawan PT Harmoni Niaga dan PT Zentara Labs resmi bergabung dalam satu serikat pekerja.", "id");
        // a person's company joins nothing when the person does, and one who tells of a merger is no party to it (tester Z2)
        assertNoEventOf(EventType.ACQUISITION, "Andi Saputra dari PT Kelana Niaga bergabung dengan PT Bank Sentosa Raya.", "id");
        assertEvent("Acquisition acquirer=Tessaly Bank target=Corvane Savings Bank",
                "Tessaly Bank agreed to merge with Corvane Savings Bank, chairman Oskar Lind said.", "en");
        // a company that joins another is still its acquirer
        assertEvent("Acquisition acquirer=PT Harmoni Niaga target=PT Zentara Labs",
                "PT Harmoni Niaga resmi bergabung dengan PT Zentara Labs setelah mendapat restu OJK.", "id");
    }

    @Test
    void aLaunchThatNamesItsProductAloneIsItsOwnersOrNone() {
        // the product's maker is in its name: the maker launches it
        assertEvent("ProductLaunch organization=Nokia product=Nokia X8",
                "Ponsel baru dari Sharp dan Nokia. Nokia X8 meluncur di Jepang.", "id");
        // the one who tells of a launch after a comma and an attribution word takes no part in it (tester Y4)
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "Roket Garuda 2 meluncur dari Biak pada Senin pagi, kata BRIN.", "id");
        // no owner known: no launch without who launches
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "Ponsel Lumo X8 diluncurkan kemarin.", "id");
    }

    @Test
    void readsIndonesianSanctionsObligationsAndAnnouncedProducts() {
        // on four fifths of the train split 147 of 200 Indonesian regulatory actions had a trigger no line matched
        assertEvent("RegulatoryAction authority=Kementerian Perdagangan target=PT Lintas Data Tbk",
                "Kementerian Perdagangan memberikan sanksi administratif kepada PT Lintas Data Tbk.", "id");
        assertEventOf(EventType.REGULATORY_ACTION, "Izin usaha PT Lintas Data Tbk dibekukan sejak Senin.", "id");
        // an announcement is a launch only of a kind of product named right after it
        assertEvent("ProductLaunch organization=PT Kaldera Teknologi product=Nova X1",
                "PT Kaldera Teknologi mengumumkan ponsel Nova X1 di Jakarta.", "id");
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "PT Kaldera Teknologi mengumumkan rencana kerja sama dengan PT Lintas Data Tbk.", "id");
        // a service handed to another company is sold, and one announced closed is no launch (tester Y5)
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "PT Kaldera Teknologi melepas layanan Dompetku ke PT Lintas Data Tbk senilai Rp 50 miliar.", "id");
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "PT Kaldera Teknologi mengumumkan layanan Dompetku ditutup mulai bulan depan.", "id");
        assertNoEventOf(EventType.PRODUCT_LAUNCH, "PT Kaldera Teknologi mengumumkan gangguan layanan Dompetku sejak pagi.", "id");
    }

    @Test
    void theSaleOfAUnitNamesItsTargetAndItsSellerNoBuyer() {
        Extraction x = extract("Newman Manufacturing Inc completed the sale of Kestrel Dynamics Corp last week.", "en");
        assertTrue(events(x).contains("Acquisition target=Kestrel Dynamics Corp seller=Newman Manufacturing Inc"), events(x).toString());
        assertTrue(x.events().stream().filter(e -> e.type() == EventType.ACQUISITION).allMatch(e -> e.status() == DealStatus.COMPLETED),
                events(x).toString());
    }

    @Test
    void aLaunchStillToComeIsAnnouncedNotLaunched() {
        for (String[] a : new String[][]{{"Kestrel Dynamics Corp will launch the Orion X5 smartphone next year.", "en"},
                {"PT Lintas Data Tbk berencana meluncurkan aplikasi bernama KelanaPay tahun depan.", "id"}}) {
            Extraction x = extract(a[0], a[1]);
            assertEquals(List.of(DealStatus.ANNOUNCED), x.events().stream().filter(e -> e.type() == EventType.PRODUCT_LAUNCH)
                    .map(Event::status).toList(), a[0]);
        }
        Extraction done = extract("Kestrel Dynamics Corp launched the Orion X5 smartphone on Monday.", "en");
        assertEquals(DealStatus.LAUNCHED, done.events().stream().filter(e -> e.type() == EventType.PRODUCT_LAUNCH).findFirst()
                .orElseThrow().status());
    }

    @Test
    void readsARegulatorsDecisionAndTheRoleOfItsTarget() {
        assertEvent("RegulatoryAction authority=Komisi Pengawas Persaingan Usaha target=PT Lintas Data Tbk",
                "Komisi Pengawas Persaingan Usaha menyetujui rencana PT Lintas Data Tbk pada Senin.", "id");
        assertEvent("RegulatoryAction authority=Federal Trade Commission target=Halcyon Systems Inc",
                "The Federal Trade Commission approved the plan of Halcyon Systems Inc on Tuesday.", "en");
    }

    @Test
    void readsTheAgentOfAPassiveAfterAnAmountAndAnArticleAsTheAuthority() {
        assertEvent("RegulatoryAction authority=Federal Trade Commission target=Meridian Foods Inc",
                "Meridian Foods Inc was fined $5 million by the Federal Trade Commission.", "en");
        assertEvent("RegulatoryAction authority=Otoritas Jasa Keuangan target=PT Sinar Kelana Tbk",
                "PT Sinar Kelana Tbk didenda Rp 5 miliar oleh Otoritas Jasa Keuangan.", "id");
    }

    @Test
    void theOneSpokenToIsNoPartyToTheDealItIsToldOf() {
        Extraction x = extract("Harbor Capital Corp told the Securities and Exchange Commission it has acquired Kelmont Industries Inc.", "en");
        assertTrue(events(x).contains("Acquisition acquirer=Harbor Capital Corp target=Kelmont Industries Inc"), events(x).toString());
        assertTrue(events(x).stream().noneMatch(e -> e.contains("Securities and Exchange Commission")), events(x).toString());
    }

    @Test
    void readsALawsuitWithOnePartyNamed() {
        assertEvent("Lawsuit plaintiff=Halcyon Systems Inc", "Halcyon Systems Inc filed a lawsuit in Delaware last week.", "en");
        assertEvent("Lawsuit plaintiff=PT Harmoni Abadi", "PT Harmoni Abadi mengajukan gugatan ke pengadilan pada Senin.", "id");
    }

    @Test
    void theOnePartyAfterATriggerWithNoneBeforeIsItsObject() {
        // "Arunika akuisisi Bayu Samudra" where "Arunika" is found as no name: Bayu Samudra is bought, not the buyer
        for (String[] c : new String[][] {{"id", "Arunika akuisisi PT Bayu Samudra Logistik pada Senin."},
                {"en", "Acquisition of Bayu Samudra Logistics Ltd completed on Monday."}}) {
            Set<String> e = events(extract(c[1], c[0]));
            assertTrue(e.stream().noneMatch(x -> x.contains("acquirer=PT Bayu Samudra Logistik") || x.contains("acquirer=Bayu Samudra")),
                    c[1] + " -> " + e);
        }
    }

    @Test
    void anAcquisitionSpeculatedAboutIsOnlyRumored() {
        Extraction x = extract("Analysts speculated that Halcyon Systems Inc could buy Brightwater Studios Ltd, but neither company commented.", "en");
        assertTrue(x.events().stream().filter(e -> e.type() == org.dealgraph.event.EventType.ACQUISITION)
                .allMatch(e -> e.status() == org.dealgraph.event.DealStatus.RUMORED), events(x) + " " + x.events());
        assertTrue(x.events().stream().anyMatch(e -> e.type() == org.dealgraph.event.EventType.ACQUISITION), x.events().toString());
    }

    @Test
    void swapsTheRolesAfterAPassiveAgentMarker() {
        assertEvent("ProductLaunch organization=PT Lintas Data Tbk product=KelanaPay",
                "Aplikasi KelanaPay diluncurkan oleh PT Lintas Data Tbk pada Senin.", "id");
    }

    @Test
    void readsAPaymentWithItsAmount() {
        Extraction x = extract("PT Lintas Data Tbk membayar denda Rp 5 miliar pada Maret 2024.", "id");
        Event e = x.events().stream().filter(v -> v.type() == EventType.PAYMENT).findFirst().orElseThrow(() -> new AssertionError(events(x)));
        assertEquals("IDR", e.amount().orElseThrow().currency());
        assertEquals(0, new java.math.BigDecimal("5000000000").compareTo(e.amount().orElseThrow().value()));
        assertEquals("2024-03", e.date().orElseThrow());
        assertTrue(events(x).stream().noneMatch(v -> v.startsWith("RegulatoryAction authority=PT Lintas")),
                "the payer of a fine is not the authority: " + events(x));
    }

    @Test
    void appointsThePersonToTheOrganizationWhereverTheyStand() {
        assertEvent("Appointment person=Wiyono Sukarno organization=PT Lintas Data Tbk",
                "PT Lintas Data Tbk mengangkat Wiyono Sukarno sebagai direktur keuangan.", "id");
    }

    @Test
    void aChangeOfOfficeToldAsJoiningLeavingOrRetiringIsAnAppointment() {
        // on the held-out fifth of the train split: English appointments found 10 -> 15 of 39, 15 more predicted
        for (String text : List.of("Kestrel Dynamics Corp said Laura Whitfield has joined the company as chief financial officer.",
                "Laura Whitfield will retire as chairman of Kestrel Dynamics Corp in March.",
                "Laura Whitfield is to leave her post at Kestrel Dynamics Corp.",
                "Laura Whitfield will be president of Kestrel Dynamics Corp after the merger.")) {
            assertEventOf(EventType.APPOINTMENT, text, "en");
        }
        // a post held, no change told: no appointment
        assertNoEventOf(EventType.APPOINTMENT, "Laura Whitfield, the president of Kestrel Dynamics Corp, said sales rose.", "en");
        // the same words of things other than a post (tester Z5, Z6)
        for (String text : List.of("Kestrel Dynamics Corp will retire its Falcon X9 drone next year, chief executive Nadia Frost said.",
                "Brackwell Holdings Ltd has assumed the title of Europe's largest steelmaker, chief executive Nadia Frost said.",
                "Kestrel Dynamics Corp will be the president's preferred supplier, Mirrow Systems Ltd chief Tomas Vale said.",
                "Skyreach Airways Ltd joined the Starline alliance as its tenth member, Marta Olsen said.")) {
            assertNoEventOf(EventType.APPOINTMENT, text, "en");
        }
        assertNoEventOf(EventType.ACQUISITION, "Nadia Frost took over as chief executive of Kestrel Dynamics Corp last week.", "en");
    }

    @Test
    void aLaunchNeedsItsProduct() {
        Extraction x = extract("Kestrel Dynamics Corp launched a new strategy on Monday.", "en");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), events(x).toString());
    }

    @Test
    void anOrderPlacedWithAMakerIsNoRegulatorsOrder() {
        Extraction x = extract("Skyward Airlines Ltd ordered 20 aircraft from Vantor Aerospace Corp, the airline said on Monday.", "en");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.REGULATORY_ACTION), events(x).toString());
    }

    @Test
    void aPaymentServiceIsNoPayment() {
        Extraction x = extract("PT Lintas Data Tbk menjalin kerja sama dengan PT Kelana Niaga Tbk untuk layanan pembayaran digital.", "id");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), events(x).toString());
        assertTrue(events(x).stream().anyMatch(e -> e.startsWith("Partnership")), events(x).toString());
        for (String body : List.of("PT Lintas Data Tbk bekerja sama dengan PT Kelana Niaga Tbk untuk memperluas pembayaran nontunai di pasar.",
                "PT Lintas Data Tbk menggandeng PT Kelana Niaga Tbk dalam layanan keuangan dan pembayaran digital.")) {
            Extraction y = extract(body, "id");
            assertTrue(y.events().stream().noneMatch(e -> e.type() == EventType.PAYMENT), body + " " + events(y));
        }
        assertEvent("Payment payer=PT Lintas Data Tbk", "PT Lintas Data Tbk melakukan pembayaran utang pada Maret 2024.", "id");
    }

    @Test
    void aNegatedOrHypotheticalTriggerReportsNothing() {
        for (String body : List.of("Kestrel Dynamics Corp did not launch the Orion X5 smartphone.",
                "If Kestrel Dynamics Corp launched the Orion X5 smartphone, prices would fall.")) {
            Extraction x = extract(body, "en");
            assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), body + " -> " + events(x));
        }
        Extraction x = extract("PT Lintas Data Tbk tidak meluncurkan aplikasi KelanaPay.", "id");
        assertTrue(x.events().stream().noneMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), events(x).toString());
    }

    @Test
    void anIndonesianTriggerDoesNothingInAnEnglishArticleAndViceVersa() {
        Extraction en = extract("Kestrel Dynamics Corp meluncurkan the Orion X5 smartphone.", "en");
        assertTrue(en.events().stream().noneMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), events(en).toString());
        Extraction id = extract("PT Lintas Data Tbk launched aplikasi bernama KelanaPay.", "id");
        assertTrue(id.events().stream().noneMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), events(id).toString());
    }

    @Test
    void aTriggerLineWithoutItsFieldsIsAnErrorNamingTheFile() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("event-triggers.tsv"), "event\tframe\tstatus\tconfidence\tparties\tregex\nProductLaunch\tLR\tlaunched\t0.6\tlaunched\n");
        var e = assertThrows(org.dealgraph.DealGraphException.class, () -> new TriggerEventExtractor(LanguageProfiles.load(dir)));
        assertTrue(e.getMessage().contains("event-triggers.tsv"), e.getMessage());
        Files.writeString(en.resolve("event-triggers.tsv"), "event\tframe\tstatus\tconfidence\tparties\tregex\nLaunch\tLR\tlaunched\t0.6\t2\tlaunched\n");
        assertThrows(org.dealgraph.DealGraphException.class, () -> new TriggerEventExtractor(LanguageProfiles.load(dir)));
    }

    @Test
    void aBadFrameStatusConfidenceOrPartiesSaysWhatTheFieldMayHoldAndTheLine() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        String header = "# my triggers\nevent\tframe\tstatus\tconfidence\tparties\tregex\n";
        for (String[] c : new String[][]{{"Lawsuit\tXX\tfiled\t0.6\t1\tsued", "the frame 'XX' is none of LR, RL, PASSIVE, OBJECT, TYPED"},
                {"Lawsuit\tLR\tbogus\t0.6\t1\tsued", "the status 'bogus' is none of"},
                {"Lawsuit\tLR\tfiled\tabc\t1\tsued", "the confidence 'abc' is no number from 0 to 1"},
                {"Lawsuit\tLR\tfiled\t0.6\t3\tsued", "the parties field '3' is 1 or 2"},
                {"Lawsuit\tLR\tfiled\t0.6\t1\tsued\tCOMPANY", "the subject type 'COMPANY' is none of"}}) {
            Files.writeString(en.resolve("event-triggers.tsv"), header + c[0] + "\n");
            var e = assertThrows(org.dealgraph.DealGraphException.class, () -> new TriggerEventExtractor(LanguageProfiles.load(dir)));
            assertTrue(e.getMessage().contains("event-triggers.tsv:3") && e.getMessage().contains(c[1]), e.getMessage());
            assertFalse(e.getMessage().contains("No enum constant") || e.getMessage().contains("For input string"), e.getMessage());
        }
    }

    @Test
    void aUsersTriggerFileReplacesTheBundledOne() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("event-triggers.tsv"), "event\tframe\tstatus\tconfidence\tparties\tregex\nProductLaunch\tLR\tlaunched\t0.6\t2\tshowcased\n");
        TriggerEventExtractor own = new TriggerEventExtractor(LanguageProfiles.load(dir));
        Extraction x = extract("Kestrel Dynamics Corp showcased the Orion X5 smartphone on Monday.", "en");
        assertFalse(x.events().stream().anyMatch(e -> e.type() == EventType.PRODUCT_LAUNCH), "the bundled triggers do not know 'showcased'");
        List<Finding> found = own.extract(x.text(), x.entities());
        assertEquals(List.of(EventType.PRODUCT_LAUNCH), found.stream().map(f -> f.event().orElseThrow()).toList());
        assertTrue(found.get(0).relation().isEmpty(), "a trigger reports an event, never a relation");
    }
}
