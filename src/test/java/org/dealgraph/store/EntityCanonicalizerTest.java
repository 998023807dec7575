package org.dealgraph.store;

import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.dealgraph.mention.EntityType.ORGANIZATION;
import static org.dealgraph.mention.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which gazetteer entry, if any, an entity's names in one article are evidence for. */
class EntityCanonicalizerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            new GazetteerEntry("fox", ORGANIZATION, "Fox Corporation", List.of("Fox Corp"), "", "US"),
            new GazetteerEntry("mcdonalds", ORGANIZATION, "McDonald's", List.of(), "", "US"),
            new GazetteerEntry("len", ORGANIZATION, "Len Industri", List.of("PT Len"), "", "ID"),
            new GazetteerEntry("dirgantara", ORGANIZATION, "Dirgantara Indonesia", List.of("PT DI", "PTDI"), "", "ID"),
            new GazetteerEntry("telkom", ORGANIZATION, "Telkom Indonesia", List.of("Telkom", "PT Telkom Indonesia", "TLKM"), "", "ID"),
            new GazetteerEntry("pfizer", ORGANIZATION, "Pfizer", List.of("PFE"), "", "US"),
            new GazetteerEntry("vale-indonesia", ORGANIZATION, "Vale Indonesia", List.of("INCO"), "", "ID"),
            new GazetteerEntry("astra", ORGANIZATION, "Astra International", List.of("Astra", "ASII"), "", "ID")));
    private static final EntityCanonicalizer CANONICALIZER = new EntityCanonicalizer(GAZETTEER, MergeDecisions.NONE);

    private static String key(String key, EntityType type, String... wordings) {
        return CANONICALIZER.sharedKey(key, type, List.of(wordings));
    }

    private static String inArticle(String article, String key, EntityType type, boolean acts, String... wordings) {
        return CANONICALIZER.canonicalKey(key, type, List.of(wordings), acts, "https://w3id.org/dealgraph/article/" + article);
    }

    @Test
    void sharesAOneWordKeyOnlyWithTheArticlesOwnEvidence() {
        // no evidence: a node of the article alone, the same for that article whenever it is written
        assertEquals(inArticle("a1", "ugandan", ORGANIZATION, false, "Ugandan"), inArticle("a1", "ugandan", ORGANIZATION, false, "Ugandan"));
        assertTrue(inArticle("a1", "ugandan", ORGANIZATION, false, "Ugandan").startsWith("ugandan_"));
        assertTrue(!inArticle("a1", "edwards", PERSON, true, "Edwards").equals(inArticle("a2", "edwards", PERSON, true, "Edwards")));
        assertTrue(inArticle("a1", "fox", PERSON, false, "Fox").startsWith("fox_person_"));
        // evidence: a legal form, a ticker in exchange context, a coined spelling, a party's role
        assertEquals("zenix", inArticle("a1", "zenix", ORGANIZATION, false, "Zenix Inc"));
        assertEquals("zenix", inArticle("a2", "zenix", ORGANIZATION, false, "Zenix", "NASDAQ: ZNX"));
        assertEquals("zdnet", inArticle("a3", "zdnet", ORGANIZATION, false, "ZDnet"));
        assertEquals("zenix", inArticle("a4", "zenix", ORGANIZATION, true, "Zenix"));
        // places and outlets are named by one word; longer keys and gazetteer ids are shared as before
        assertEquals("kestrelton", inArticle("a5", "kestrelton", EntityType.PLACE, false, "Kestrelton"));
        assertEquals("harlan-voss", inArticle("a6", "harlan-voss", PERSON, false, "Harlan Voss"));
        assertEquals("astra", inArticle("a7", "astra-x", ORGANIZATION, false, "Astra"));
        // a legal form alone names nothing: its placeholder key is never shared
        assertTrue(inArticle("a8", "x", ORGANIZATION, true, "Inc").startsWith("x_"));
    }

    @Test
    void keepsALongerNameThatHoldsAShortAliasApartFromTheEntry() {
        assertEquals("21st-century-fox", key("21st-century-fox", ORGANIZATION, "21st Century Fox", "Fox"));
        assertEquals("orange-julius", key("orange-julius", ORGANIZATION, "Orange Julius", "Fox"));
    }

    @Test
    void keepsAPersonNamedFoxApartFromFoxCorporation() {
        assertEquals("liam-fox", key("liam-fox", PERSON, "Liam Fox", "Fox"));
        // the surname alone slugs to the gazetteer's id, yet names a person: kept apart under its own key
        assertEquals("fox_person", key("fox", PERSON, "Fox"));
    }

    @Test
    void linksAnOrganizationTheArticleCallsOnlyByAShortNameTheEntryListsAsWritten() {
        assertEquals("astra", key("astra-x", ORGANIZATION, "Astra"));
        assertEquals("telkom", key("x", ORGANIZATION, "Telkom", "TLKM"));
        assertEquals("fox", key("fox-corp", ORGANIZATION, "FOX CORP", "Fox"));
        // "Fox" alone is not a name the entry lists, and its slug is the entry's id: kept apart
        assertEquals("fox_organization", key("fox", ORGANIZATION, "Fox"));
        assertEquals("mcdonald", key("mcdonald", ORGANIZATION, "McDonald"));
    }

    @Test
    void keepsAPersonNamedMcDonaldApartFromMcDonalds() {
        assertEquals("mcdonald", key("mcdonald", PERSON, "McDonald"));
        assertEquals("ben-mcdonald", key("ben-mcdonald", PERSON, "Ben McDonald", "McDonald"));
        assertEquals("mcdonalds", key("mcdonald", ORGANIZATION, "McDonald’s"));
    }

    @Test
    void linksATickerOnlyInExchangeContextOrExactlyAsTheEntryListsIt() {
        assertEquals("lennar", key("lennar", ORGANIZATION, "Lennar Corp", "LEN"));
        assertEquals("len_organization", key("len", ORGANIZATION, "LEN"));
        assertEquals("dresser-industries", key("dresser-industries", ORGANIZATION, "Dresser Industries", "DI"));
        assertEquals("di", key("di", ORGANIZATION, "DI"));
        assertEquals("inco", key("inco", ORGANIZATION, "INCO LTD"));
        assertEquals("vale-indonesia", key("inco", ORGANIZATION, "INCO"));
        assertEquals("pfizer", key("pfizer-inc-x", ORGANIZATION, "Pfizer Inc.", "NYSE: PFE"));
        assertEquals("telkom", key("x", ORGANIZATION, "TLKM"));
        assertEquals("telkom", key("x", ORGANIZATION, "Perusahaan X", "IDX: TLKM"));
    }

    @Test
    void linksAShortNameBesideTheEntrysFullName() {
        assertEquals("telkom", key("telkom-indonesia", ORGANIZATION, "PT Telkom Indonesia Tbk", "Telkom", "TLKM"));
        assertEquals("astra", key("astra-international", ORGANIZATION, "PT ASTRA INTERNATIONAL TBK"));
    }

    @Test
    void keepsAGazetteerKeyTheArticleNamesByTheEntrysNameOrItsLegalForm() {
        assertEquals("astra", key("astra", ORGANIZATION, "ASTRA"));
        assertEquals("fox", key("fox", ORGANIZATION, "Fox Corp.", "Fox"));
        assertEquals("pfizer", key("pfizer", ORGANIZATION, "Pfizer Inc"));
    }
}
