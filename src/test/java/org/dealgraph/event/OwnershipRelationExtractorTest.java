package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which organization owns an organization or a product, one kind of phrasing a test, in both
 * languages, with the rules alone. Names and sentences are invented.
 */
class OwnershipRelationExtractorTest {

    private static Set<String> relations(String text, String lang) {
        return TestPipeline.ruleRelations(text, lang);
    }

    private static void assertExtracts(String fact, String text, String lang) {
        Set<String> r = relations(text, lang);
        assertTrue(r.contains(fact), fact + " not in " + r);
    }

    private static void assertNoOwnership(String text, String lang) {
        Set<String> r = relations(text, lang);
        assertFalse(r.stream().anyMatch(f -> f.contains(" ownedBy ")), r.toString());
    }

    @Test
    void readsAnAppositiveUnitOfTheOwner() {
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp", "Brightwater Inc, a unit of Kestrel Dynamics Corp, said sales rose.", "en");
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp",
                "Brightwater Inc, now part of the huge Kestrel Dynamics Corp, said sales rose.", "en");
        assertExtracts("PT Harmoni Niaga ownedBy PT Lintas Data Tbk", "PT Harmoni Niaga, anak usaha PT Lintas Data Tbk, mencatat laba.", "id");
    }

    @Test
    void givesEveryListedSubsidiaryItsOwner() {
        Set<String> r = relations("Halcyon Systems Inc and Brightwater Inc are subsidiaries of Kestrel Dynamics Corp.", "en");
        assertTrue(r.contains("Halcyon Systems Inc ownedBy Kestrel Dynamics Corp"), r.toString());
        assertTrue(r.contains("Brightwater Inc ownedBy Kestrel Dynamics Corp"), r.toString());
    }

    @Test
    void readsAnOrganizationOfTwoWordsAfterAnothersPossessiveAsItsUnitButNotAOneWordNameCutAtItsPossessive() {
        assertExtracts("Monetary Policy Committee ownedBy Bank of England",
                "It was not within the remit of the Bank of England's Monetary Policy Committee to act.", "en");
        assertNoOwnership("Shares of Jacob's Creek rose on Monday.", "en");
    }

    @Test
    void readsAUnitNounBetweenOwnerAndOwned() {
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp",
                "The filter used by Kestrel Dynamics Corp subsidiary Brightwater Inc spotted the junk mail.", "en");
    }

    @Test
    void readsTheOwnerAfterAnIndonesianUnitNounAndTheOwnedAfterIt() {
        assertExtracts("PT Harmoni Niaga Tbk ownedBy PT Lintas Data Tbk",
                "Aplikasi ini dikembangkan oleh anak usaha PT Lintas Data Tbk, PT Harmoni Niaga Tbk.", "id");
    }

    @Test
    void readsAPossessivePronounOfTheSentencesOrganization() {
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp", "Kestrel Dynamics Corp said its Brightwater Inc unit would cut jobs.", "en");
        assertExtracts("PT Harmoni Niaga Tbk ownedBy PT Lintas Data Tbk",
                "Perusahaan pelat merah PT Lintas Data Tbk, lewat anak usahanya PT Harmoni Niaga Tbk, merilis aplikasi baru.", "id");
    }

    @Test
    void makesTheLaunchedThingOwnedByWhoLaunchesIt() {
        assertExtracts("LintasPay ownedBy PT Lintas Data Tbk", "PT Lintas Data Tbk meluncurkan aplikasi bernama LintasPay.", "id");
        assertExtracts("KestrelBot ownedBy Kestrel Dynamics Corp", "Kestrel Dynamics Corp unveiled a humanoid robot called KestrelBot 3000.", "en");
    }

    @Test
    void neverReadsTheOwnerAfterAnOwnerMarkerAsTheOwned() {
        Set<String> r = relations("PT Harmoni Niaga merupakan anak usaha PT Lintas Data Tbk.", "id");
        assertTrue(r.contains("PT Harmoni Niaga ownedBy PT Lintas Data Tbk"), r.toString());
        assertFalse(r.contains("PT Lintas Data Tbk ownedBy PT Harmoni Niaga"), r.toString());
    }

    @Test
    void readsNoOwnershipIntoOtherRelations() {
        assertNoOwnership("Kestrel Dynamics Corp competes with Brightwater Inc.", "en");
        assertNoOwnership("PT Lintas Data Tbk bermitra dengan PT Harmoni Niaga.", "id");
        assertNoOwnership("Kestrel Dynamics Corp met Brightwater Inc, a rival of Nimbus Holdings Inc, on Monday.", "en");
    }

    @Test
    void takesABarePossessivePronounForTheSpeakersOwnOnly() {
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp", "Kestrel Dynamics Corp said its Brightwater Inc would cut jobs.", "en");
        assertNoOwnership("The brothers own 29% of Kestrel Dynamics Corp through their Brightwater Inc investment vehicle.", "en");
    }

    @Test
    void whatAPartyUsesMadeByAnotherIsNotThePartyOwnedByIt() {
        assertNoOwnership("Kestrel Dynamics Corp uses software made by Halcyon Systems Inc to run its plants.", "en");
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp", "Brightwater Inc is a unit of Kestrel Dynamics Corp.", "en");
        assertExtracts("Brightwater Inc ownedBy Kestrel Dynamics Corp", "Brightwater Inc was made by Kestrel Dynamics Corp.", "en");
    }

    @Test
    void readsAnIndonesianUnitNamedRightBeforeItsParentAsOwnedByIt() {
        assertExtracts("Ditjen Sumber Daya Laut ownedBy Kementerian Kelautan",
                "Ditjen Sumber Daya Laut (DJSDL) Kementerian Kelautan menyatakan izin itu dicabut.", "id");
        assertNoOwnership("Satpol PP, Dinas Pasar Kota Palu dan Polresta Palu berjaga di pasar.", "id");
    }

    @Test
    void readsAnIndonesianUnitWhoseNameEndsWithAGovernmentBodyNamedOnItsOwnAsThatBodys() {
        Set<String> r = org.dealgraph.TestPipeline.relations("Tilang itu dilakukan Direktorat Lalu Lintas Polda Sulawesi Tengah pada "
                + "Jumat. Kepala Polda Sulawesi Tengah Irjen Budi Santoso mengatakan itu.", "id");
        assertTrue(r.contains("Direktorat Lalu Lintas Polda Sulawesi Tengah ownedBy Polda Sulawesi Tengah"), r.toString());
    }
}
