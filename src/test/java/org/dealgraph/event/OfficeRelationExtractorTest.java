package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person after the title of an office works for the body the office heads where the article
 * names that body, with the rules alone. Names and sentences are invented.
 */
class OfficeRelationExtractorTest {

    private static Set<String> relations(String text, String lang) {
        return TestPipeline.ruleRelations(text, lang);
    }

    @Test
    void aMinisterWorksForTheMinistryTheArticleNames() {
        Set<String> r = relations("Kementerian Perikanan menyiapkan anggaran baru. Menteri Perikanan Budi Wiyono mengatakan "
                + "anggaran itu cukup.", "id");
        assertTrue(r.contains("Budi Wiyono worksFor Kementerian Perikanan"), r.toString());
        Set<String> a = relations("Kementerian Perikanan menyiapkan anggaran baru. Menteri Perikanan (Menkan) Budi Wiyono "
                + "mengatakan anggaran itu cukup.", "id");
        assertTrue(a.contains("Budi Wiyono worksFor Kementerian Perikanan"), a.toString());
    }

    @Test
    void aRegionalSecretaryWorksForTheRegionsGovernmentNamedWithItsAcronymInBrackets() {
        // with the trained models, as the pipeline runs by default (the rules alone cut "Pemerintah Provinsi (Pemprov) DKI Jakarta")
        Set<String> r = TestPipeline.relations("Pemerintah Provinsi (Pemprov) DKI Jakarta menawarkan investasi. Sekretaris Daerah (Sekda) "
                + "DKI Jakarta Joko Wiyono mengatakan pihaknya menawarkan investor. Sekda Kota Bogor Sari Wulandari hadir bersama "
                + "Pemerintah Kota Bogor.", "id");
        assertTrue(r.containsAll(Set.of("Joko Wiyono worksFor Pemerintah Provinsi (Pemprov) DKI Jakarta",
                "Sari Wulandari worksFor Pemerintah Kota Bogor")), r.toString());
    }

    @Test
    void aMinisterWhoseFirstNameIsNoKnownGivenNameIsToldFromThePortfolioByTheMinistrysName() {
        Set<String> r = relations("Menteri Perikanan Darmawan Lestanto meresmikan pelabuhan itu. Kementerian Perikanan menyebut "
                + "proyek itu strategis.", "id");
        assertTrue(r.contains("Darmawan Lestanto worksFor Kementerian Perikanan"), r.toString());
    }

    @Test
    void aMinisterWorksForTheMinistryTheArticleNamesByTheGazetteersShortName() {
        // "Kemenkeu" is the gazetteer's "Kementerian Keuangan", "Kemenhub" its "Kementerian Perhubungan"
        Set<String> r = relations("Menteri Keuangan Purbaya Yudhi Sadewa menilai inflasi penting. Kemenkeu akan mengejar obligor. "
                + "Menteri Perhubungan Budi Wiyono meneken aturan baru. Kemenhub mengawasi taksi daring.", "id");
        assertTrue(r.containsAll(Set.of("Purbaya Yudhi Sadewa worksFor Kemenkeu", "Budi Wiyono worksFor Kemenhub")), r.toString());
    }

    @Test
    void aRegionalHeadWorksForTheGovernmentNamedWithTheFirstWordsOfTheRegion() {
        Set<String> r = relations("Kemarin Pemprov DKI menyiapkan lahan. Gubernur DKI Jakarta Dimas Wardhana meninjau lokasi itu.", "id");
        assertTrue(r.contains("Dimas Wardhana worksFor Pemprov DKI"), r.toString());
        // the body named with its whole region after its abbreviation, also where a person speaks right before it
        Set<String> k = relations("Wali Kota Bandung Dimas Wardhana mengatakan Pemkot Bandung akan bekerja sama dengan PT Cakra "
                + "Dinamika Tbk.", "id");
        assertTrue(k.contains("Dimas Wardhana worksFor Pemkot Bandung"), k.toString());
    }

    @Test
    void aShortTitleWithItsPortfolioGluedOnWorksForTheBodyOfTheSamePortfolio() {
        // on the held-out fifth of the train split: 7 more Indonesian worksFor right, none wrong
        Set<String> r = relations("Kemenhub menyiapkan armada baru. Menhub, Budi Wiyono, mengatakan armada itu cukup.", "id");
        assertTrue(r.contains("Budi Wiyono worksFor Kemenhub"), r.toString());
        Set<String> p = relations("Polda Metro Jaya menutup jalan itu. Kapolda Metro Jaya Irjen Dimas Wardhana meninjau lokasi.", "id");
        assertTrue(p.contains("Dimas Wardhana worksFor Polda Metro Jaya"), p.toString());
        // a word that only opens like a title names no body
        Set<String> m = relations("Kemenkeu menyiapkan anggaran. Menurut Budi Wiyono anggaran itu cukup.", "id");
        assertFalse(m.stream().anyMatch(f -> f.startsWith("Budi Wiyono worksFor")), m.toString());
    }

    @Test
    void eachPersonTakesTheTitleNearestBeforeThemAndAFormerTitleNone() {
        // with the trained models, which find "Kemendikbud" (tester Z8, Z9)
        Set<String> r = TestPipeline.relations("Mendikbud Nadia Ratnasari dan Menhub Arya Wicaksana meninjau sekolah. Kemendikbud "
                + "menyiapkan dana, sedangkan Kemenhub menyiapkan bus.", "id");
        assertTrue(r.contains("Arya Wicaksana worksFor Kemenhub"), r.toString());
        assertFalse(r.contains("Arya Wicaksana worksFor Kemendikbud"), r.toString());
        Set<String> f = relations("Mantan Menhub, Arya Wicaksana, kini menjadi komisaris PT Kelana Niaga. Kemenhub menolak berkomentar.", "id");
        assertFalse(f.contains("Arya Wicaksana worksFor Kemenhub"), f.toString());
    }

    @Test
    void anEnglishSecretaryWorksForTheDepartment() {
        Set<String> r = relations("The Fisheries Department issued new quotas on Monday. Fisheries Secretary Laura Whitfield "
                + "said the quotas were fair. Home Secretary Charles Brandt agreed, the Home Office said.", "en");
        assertTrue(r.contains("Laura Whitfield worksFor Fisheries Department"), r.toString());
        assertTrue(r.contains("Charles Brandt worksFor Home Office"), r.toString());
    }

    @Test
    void aTitleAloneNamesNoBody() {
        Set<String> r = relations("Menteri Perikanan Budi Wiyono mengatakan anggaran itu cukup.", "id");
        assertFalse(r.stream().anyMatch(f -> f.startsWith("Budi Wiyono worksFor")), r.toString());
        // another ministry named in the article is not the minister's
        Set<String> o = relations("Kementerian Pertanian menyiapkan anggaran baru. Menteri Perikanan Budi Wiyono mengatakan "
                + "anggaran itu cukup.", "id");
        assertFalse(o.contains("Budi Wiyono worksFor Kementerian Pertanian"), o.toString());
    }

    @Test
    void aBadLineOfAUsersOfficeFileIsAnErrorNamingFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path id = java.nio.file.Files.createDirectories(dir.resolve("id"));
        for (String bad : java.util.List.of("Wali Kota {P}", "Menteri {P} {P}\tKementerian {P}", "Menteri\tKementerian {P}",
                "{P}\tKementerian {P}", "Menteri {P}\tKementerian {P}||Kemen {P}", "Menteri {Q}\tKementerian {Q}",
                "Men{p} {P}\tKemen{p}", "Men{p}\tKementerian {P}")) {
            java.nio.file.Files.writeString(id.resolve("office-bodies.tsv"), "# mine\ntitle\tbody\nBupati {P}\tPemkab {P}\n" + bad + "\n");
            org.dealgraph.text.LanguageProfiles profiles = org.dealgraph.text.LanguageProfiles.load(dir);
            org.dealgraph.DealGraphException e = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                    () -> new OfficeRelationExtractor(profiles), bad);
            assertTrue(e.getMessage().contains("office-bodies.tsv:4:"), e.getMessage());
        }
    }
}
