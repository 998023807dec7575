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
    void readsAnExecutiveWithNoCompanyBesideThemAtTheCompanyThatOpensTheSentenceBefore() {
        assertExtracts("Declan Moore worksFor Valemont Airlines", "Valemont Airlines ordered 20 new jets from Embraer on Tuesday. "
                + "Chief executive Declan Moore said the new planes would burn less fuel.", "en");
        assertExtracts("Teguh Santoso worksFor PT Angkasa Biru", "PT Angkasa Biru memesan 20 pesawat baru dari Embraer. "
                + "Direktur Utama Teguh Santoso mengatakan pesawat itu hemat bahan bakar.", "id");
        // only for a sentence that opens with the title and the name: a leader named inside a clause is no employee of it
        assertNoWorksFor("Kementerian Luar Negeri Kuwait mengusir duta besar Korea Utara. Kuwait juga menghentikan pinjaman untuk "
                + "negara pimpinan Kim Jong-un tersebut.", "id");
    }

    @Test
    void readsATitledSpeakerWithNoCompanyBesideThemAtTheCompanyThatOpensTheLead() {
        // no company dominates the article (Harwick Tool is named once, Velden Group once): the lead's subject is the speaker's
        assertExtracts("Jonas Pieper worksFor Harwick Tool AG", "Harwick Tool AG, a unit of Velden Group, said operating profit rose. "
                + "Sales fell sharply to 7.2 billion marks, managing board chairman Jonas Pieper told a news conference.", "en");
        assertExtracts("Jonas Pieper worksFor Harwick Tool AG", "LONDON - Harwick Tool AG, a unit of Velden Group, said operating profit "
                + "rose. Sales fell sharply, said chief executive Jonas Pieper.", "en");
        // a titled name in a list or a clause, with no speech verb, is not read so
        assertNoWorksFor("Harwick Tool AG, a unit of Velden Group, said operating profit rose. Former president Carl Weber is "
                + "resigning as a director, as is chief financial officer Jonas Pieper.", "en");
        // a verifier's probes: another's post ("fire chief"), a former post, and another company named since the lead
        assertNoWorksFor("Harwick Chemicals Inc was blamed for the explosion. The fire burned for hours, fire chief Tom Miller told "
                + "reporters.", "en");
        assertNoWorksFor("Harwick Airlines Corp reported a loss. The company lost its way, said former chief executive Robert Crandall.", "en");
        // ... and the first verifier's real news: a body's post, a dead former chairman, a parent before its unit
        assertFalse(relations("Harwick Airlines Corp reported a loss. Committee chairman Edward Leigh said the loss was worrying.", "en")
                .contains("Edward Leigh worksFor Harwick Airlines Corp"));
        assertNoWorksFor("Harwick Savings Corp named a new chairman. The appointments follow the death of former chairman and chief "
                + "executive Robert Gibson, the company said.", "en");
        assertNoWorksFor("Velden Group unit Harwick Tool AG said operating profit rose. Sales fell, chairman Jonas Pieper said.", "en");
        assertNoWorksFor("Harwick Telecom Corp cut its prices. Velden Telecom Inc said it would not follow. We compete on service, "
                + "chief executive Sarah Lee said.", "en");
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

    @Test
    void readsNoEmployerForAUnitNamedAfterAnOrganizationsPossessiveEvenIfTypedAPerson() {
        // the trained name finder typed "NOP World" a person in the article this comes from; the words after it name a unit
        String body = "WPP had submitted a proposal for United Business Media's NOP World market research unit.";
        org.dealgraph.text.AnalyzedText t = org.dealgraph.text.TextAnalyzer.load()
                .analyze(org.dealgraph.article.Article.of("x", "News", body), org.dealgraph.text.Language.ENGLISH);
        int ubm = t.text().indexOf("United Business Media");
        int nop = t.text().indexOf("NOP World");
        java.util.List<org.dealgraph.entity.Entity> entities = java.util.List.of(
                entity("united-business-media", "United Business Media", org.dealgraph.mention.EntityType.ORGANIZATION, ubm),
                entity("nop-world", "NOP World", org.dealgraph.mention.EntityType.PERSON, nop));
        java.util.List<Finding> found = new RoleRelationExtractor().extract(t, entities);
        assertTrue(found.stream().noneMatch(f -> f.relation().isPresent()), found.toString());
        // the same shape before a person's name with nothing after it is their employer
        String other = "Shares rose, said United Business Media's NOP World.";
        org.dealgraph.text.AnalyzedText u = org.dealgraph.text.TextAnalyzer.load()
                .analyze(org.dealgraph.article.Article.of("x", "News", other), org.dealgraph.text.Language.ENGLISH);
        java.util.List<Finding> employer = new RoleRelationExtractor().extract(u, java.util.List.of(
                entity("united-business-media", "United Business Media", org.dealgraph.mention.EntityType.ORGANIZATION,
                        u.text().indexOf("United Business Media")),
                entity("nop-world", "NOP World", org.dealgraph.mention.EntityType.PERSON, u.text().indexOf("NOP World"))));
        assertTrue(employer.stream().anyMatch(f -> f.relation().isPresent()), employer.toString());
    }

    private static org.dealgraph.entity.Entity entity(String key, String name, org.dealgraph.mention.EntityType type, int begin) {
        org.dealgraph.mention.Mention m = new org.dealgraph.mention.Mention(begin, begin + name.length(), name, type, "", "namefinder", 0.9);
        return new org.dealgraph.entity.Entity(key, name, type, "", "", java.util.List.of(m));
    }
}
