package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who works for whom, one kind of phrasing a test, in both languages, with the rules alone (the
 * trained models off, so a test shows what the rule does). Names and sentences are invented.
 */
class RoleRelationExtractorTest {

    private static Set<String> relations(String text, String lang) {
        return TestPipeline.ruleRelations(text, lang);
    }

    private static void assertExtracts(String fact, String text, String lang) {
        Set<String> r = relations(text, lang);
        assertTrue(r.contains(fact), fact + " not in " + r);
    }

    private static void assertNoWorksFor(String text, String lang) {
        Set<String> r = relations(text, lang);
        assertFalse(r.stream().anyMatch(f -> f.contains(" worksFor ")), r.toString());
    }

    @Test
    void readsARoleNounBetweenOrganizationAndPerson() {
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp",
                "\"It is a two-tier economy,\" said Kestrel Dynamics Corp economist Laura Whitfield.", "en");
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp", "Kestrel Dynamics Corp spokesman Laura Whitfield declined to comment.", "en");
        assertExtracts("Wiyono Sukarno worksFor Bank Harmoni Tbk", "Ekonom Bank Harmoni Tbk, Wiyono Sukarno mengatakan inflasi terkendali.", "id");
    }

    @Test
    void readsALowerCaseCompanyTitleAsAPostNotAHeadOfState() {
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp",
                "Kestrel Dynamics Corp president Laura Whitfield said the company would grow.", "en");
    }

    @Test
    void readsAnAppositiveTitleWithItsDescriptionBeforeTheOrganization() {
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp",
                "Laura Whitfield, head of equity research at Kestrel Dynamics Corp, said equities were cheap.", "en");
        assertExtracts("Wiyono Sukarno worksFor PT Lintas Sekuritas",
                "Wiyono Sukarno, analis dari PT Lintas Sekuritas, memperkirakan rupiah menguat.", "id");
    }

    @Test
    void readsThePersonThenTheOrganizationsPossessiveTitle() {
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp",
                "Laura Whitfield, Kestrel Dynamics Corp's managing director for European publishing, said the market grew.", "en");
        assertExtracts("Laura Whitfield worksFor Kestrel Dynamics Corp",
                "Laura Whitfield, Kestrel Dynamics Corp's chief financial officer, said margins rose.", "en");
    }

    @Test
    void readsATitleOpeningTheNameOfAUnitBeforeItsOrganization() {
        assertExtracts("Wiyono Sukarno worksFor Departemen Kebijakan Moneter Bank Harmoni",
                "Kepala Departemen Kebijakan Moneter Bank Harmoni, Wiyono Sukarno mengatakan inflasi terkendali.", "id");
    }

    @Test
    void joinsNoPersonToAnOrganizationWithoutATitle() {
        assertNoWorksFor("Laura Whitfield met Kestrel Dynamics Corp on Monday.", "en");
        assertNoWorksFor("President Laura Whitfield visited Kestrel Dynamics Corp on Monday.", "en");
        assertNoWorksFor("Laura Whitfield, Kestrel Dynamics Corp's rival, said the market grew.", "en");
        assertNoWorksFor("The Kestrel Dynamics Corp leader said Laura Whitfield's plan had failed.", "en");
    }

    @Test
    void readsRoleWordsOnlyInTheirOwnLanguage() {
        // "ekonom" is an Indonesian role noun: in an English article it is no title
        assertNoWorksFor("Kestrel Dynamics Corp ekonom Laura Whitfield declined to comment.", "en");
    }

    @Test
    void readsTheEmployerBeforeAPostAndAPersonEvenNextToASpeechVerb() {
        assertExtracts("Lena Komileva worksFor Prebon Yamane",
                "\"The economy is weak again,\" said Prebon Yamane economist Lena Komileva.", "en");
        assertExtracts("Warren Lush worksFor Ladbrokes", "Ladbrokes spokesman Warren Lush said the race was still open.", "en");
        assertExtracts("Evan Mann worksFor Gimme Credit", "Yet Evan Mann, a senior bond analyst at Gimme Credit, said it was hard.", "en");
    }

    @Test
    void readsAnOrganizationsPossessiveBeforeAPersonAsTheirEmployer() {
        assertExtracts("John Harper worksFor Deutsche Bank", "\"It was a long cruise,\" says Deutsche Bank's John Harper.", "en");
    }
}
