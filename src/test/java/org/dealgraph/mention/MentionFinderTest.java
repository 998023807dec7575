package org.dealgraph.mention;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class MentionFinderTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final MentionFinder FINDER = MentionFinder.all(new GazetteerMentionFinder(GAZETTEER), new PatternMentionFinder(GAZETTEER));

    /** The rules' and gazetteer's mentions of a made-up article body: text to type. */
    /** The mentions the gazetteer and the rules find in a body. */
    public static java.util.List<Mention> mentions(String body, Language lang) {
        return FINDER.find(ANALYZER.analyze(Article.of("x", "Untitled story", body), lang));
    }

    public static Map<String, EntityType> find(String body, Language lang) {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "Untitled story", body), lang);
        return FINDER.find(t).stream().collect(Collectors.toMap(Mention::text, Mention::type, (a, b) -> a));
    }

    @Test
    void typesTheEuropeanUnionAsAnOrganizationThatCanBeAParty() {
        // the corpus's annotators type it an organization: it fines, blocks and signs (data/gazetteer/organizations.tsv)
        assertEquals(EntityType.ORGANIZATION, find("The EU fined Velo Systems Inc on Monday.", Language.ENGLISH).get("EU"));
        assertEquals(EntityType.ORGANIZATION, find("Uni Eropa mendenda Velo Systems Inc.", Language.INDONESIAN).get("Uni Eropa"));
    }

    @Test
    void typesFacebookAndTwitterAloneAsTheCompaniesAndInstagramAsTheService() {
        // as the corpus's annotators mostly do (data/gazetteer/organizations.tsv)
        java.util.Map<String, EntityType> m = find("Facebook said Twitter and Instagram would change.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Facebook"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Twitter"), m.toString());
        assertEquals(EntityType.PRODUCT, m.get("Instagram"), m.toString());
    }

    @Test
    void keepsTwoNamesJoinedByForApartUnlessForFollowsAnInstitutionsHead() {
        Map<String, EntityType> m = find("In the second half Pellworth came on for Danbury, and the Centre for Marine Ledger Studies said "
                + "the move was late.", Language.ENGLISH);
        assertFalse(m.containsKey("Pellworth for Danbury"), m.toString());
        assertTrue(m.containsKey("Pellworth") && m.containsKey("Danbury"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Centre for Marine Ledger Studies"));
    }

    @Test
    void aRankInsideARunOpensAPersonsNameAndIsNoPartOfIt() {
        Map<String, EntityType> m = find("Kasat Reskrim Polres Trenggalek Iptu Sardono mengatakan pelaku ditangkap. Kapolda Metro Jaya "
                + "Irjen Pol Karyoto hadir.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, m.get("Sardono"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Karyoto"), m.toString());
        assertTrue(m.keySet().stream().noneMatch(k -> k.contains("Iptu") || k.contains("Irjen")), m.toString());
    }

    @Test
    void keepsAnElidedParticleInsideAName() {
        Map<String, EntityType> m = find("Kestrel Dynamics AG agreed to acquire Halcyon d'Or SA, the Belgian maker.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Halcyon d'Or SA"), m.toString());
    }

    @Test
    void aKnownNameAtTheEndOfANameALegalFormOpensIsNoMentionOfTheKnownCompany() {
        // "Mandiri" is Bank Mandiri's short name; "PT Lestari Mandiri" and "PT Mandiri Sejahtera Abadi" are other companies
        MentionFinder finder = MentionFinder.all(new GazetteerMentionFinder(GAZETTEER,
                org.dealgraph.text.LanguageProfiles.bundled().legalForms(true)), new PatternMentionFinder(GAZETTEER));
        java.util.function.Function<String, List<Mention>> find = body -> finder.find(ANALYZER.analyze(Article.of("x", "Kabar", body),
                Language.INDONESIAN));
        List<Mention> m = find.apply("PT Kirana Buana Tbk bekerja sama dengan PT Lestari Mandiri. PT Mandiri Sejahtera Abadi membeli lahan.");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("PT Lestari Mandiri")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.text().equals("PT Mandiri Sejahtera Abadi")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.entryId().equals("bank-mandiri")), m.toString());
        assertTrue(find.apply("PT Bank Mandiri (Persero) Tbk naik.").stream().anyMatch(x -> x.entryId().equals("bank-mandiri")));
    }

    @Test
    void takesNoDemonymAloneForAName() {
        Map<String, EntityType> m = find("Zambian officials met the board of Zambian Copperline Railways in the capital.", Language.ENGLISH);
        assertFalse(m.containsKey("Zambian"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Zambian Copperline Railways"));
    }

    @Test
    void takesNoWordTheBodyAlsoWritesInSmallLettersForANameAlone() {
        Map<String, EntityType> m = find("The talks covered economic ties. Economic Minister Harlan Voss met Kestrel Dynamics Inc, "
                + "and later Orvana said it would bid.", Language.ENGLISH);
        assertFalse(m.containsKey("Economic"), m.toString());
        assertTrue(m.containsKey("Orvana"), m.toString());
        Map<String, EntityType> id = find("Dana dari pemerintah pusat dicairkan. Kata Pemerintah Pusat, Sentosa Abadi Karya ikut.", Language.INDONESIAN);
        assertFalse(id.containsKey("Pusat"), id.toString());
    }

    @Test
    void bundledGazetteerIsBroad() {
        assertTrue(GAZETTEER.size() >= 500, "entries: " + GAZETTEER.size());
        assertEquals("Q2283", GAZETTEER.lookup("Microsoft").get(0).wikidata());
        assertEquals(EntityType.OUTLET, GAZETTEER.lookup("Liputan6.com").get(0).type());
    }

    @Test
    void findsKnownNamesWhateverTheirCapitalization() {
        Map<String, EntityType> m = find("Tiktok kerjasama dengan Audius. Microsoft Azure dipakai ByteDance.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Tiktok"));
        assertEquals(EntityType.PRODUCT, m.get("Microsoft Azure"));
        assertEquals(EntityType.ORGANIZATION, m.get("ByteDance"));
    }

    @Test
    void typesUnknownNamesByLegalFormTitleAndGivenName() {
        Map<String, EntityType> m = find("Saham PT Pradiksi Gunatama Tbk naik. Direktur Utama Budiman Santoso mengatakan, "
                + "CEO Jane Wexler dari Kestrel Dynamics Inc ikut hadir.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("PT Pradiksi Gunatama Tbk"));
        assertEquals(EntityType.PERSON, m.get("Budiman Santoso"));
        assertEquals(EntityType.PERSON, m.get("Jane Wexler"));
        assertEquals(EntityType.ORGANIZATION, m.get("Kestrel Dynamics Inc"));
    }

    @Test
    void leavesSentenceInitialWordsAndPlacesOutOfNames() {
        Map<String, EntityType> m = find("Meanwhile the deal closed. Kantor Microsoft di Paris dibuka. Paris adalah kota.", Language.INDONESIAN);
        assertFalse(m.containsKey("Meanwhile"));
        assertEquals(EntityType.ORGANIZATION, m.get("Microsoft"));
        assertEquals(EntityType.PLACE, m.get("Paris"));
    }

    @Test
    void keepsACompanysRegionalUnitAsOneOrganization() {
        Map<String, EntityType> m = find("Server di Alibaba Cloud Singapura disewa oleh Grab Indonesia.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Alibaba Cloud Singapura"));
        assertEquals(EntityType.ORGANIZATION, m.get("Grab Indonesia"));
    }

    @Test
    void dropsTitlesAndEventsThatLookLikeNames() {
        Map<String, EntityType> m = find("Ia menjadi Wakil Presiden Komisaris dalam Rapat Umum Pemegang Saham Tahunan kemarin.", Language.INDONESIAN);
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void marksWebOutletsAsOutlets() {
        Map<String, EntityType> m = find("Dilansir dari Kanalcoin.com, kabar itu benar.", Language.INDONESIAN);
        assertEquals(EntityType.OUTLET, m.get("Kanalcoin.com"));
    }

    @Test
    void keepsALongerNameThatEndsInALegalForm() {
        List<String> names = List.copyOf(find("Shares of Sumitomo Mitsui Financial rose.", Language.ENGLISH).keySet());
        assertTrue(names.contains("Sumitomo Mitsui Financial"), names.toString());
    }
}
