package org.dealgraph.mention;

import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names whose shape breaks naive splitting: initials, legal-form periods, apostrophes. */
class NameShapeTest {
    private static Map<String, EntityType> find(String body, Language lang) {
        return MentionFinderTest.find(body, lang);
    }

    @Test
    void readsAPersonWithMiddleInitialsAsOneName() {
        Map<String, EntityType> m = find("Shareholders met on Monday. David L. Calhoun, chief executive of Boeing, said the plan worked. "
                + "Irtiza H. Sayyed joined Kestrel Dynamics Corp. as a director.", Language.ENGLISH);
        assertEquals(EntityType.PERSON, m.get("David L. Calhoun"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Irtiza H. Sayyed"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Kestrel Dynamics Corp"), m.toString());
        assertFalse(m.containsKey("David L") || m.containsKey("Calhoun"), m.toString());
    }

    @Test
    void readsAPersonWithLeadingInitialsAsOneName() {
        Map<String, EntityType> m = find("The board had appointed J.P. Whitfield, previously chief financial officer at Dalton Insurance, "
                + "to succeed her. Harbor Freight Lines named J. R. Ellison chief executive. R.J. Montague agreed to take the stake.",
                Language.ENGLISH);
        assertEquals(EntityType.PERSON, m.get("J.P. Whitfield"), m.toString());
        assertEquals(EntityType.PERSON, m.get("J. R. Ellison"), m.toString());
        assertEquals(EntityType.PERSON, m.get("R.J. Montague"), m.toString());
        assertFalse(m.containsKey("J.P") || m.containsKey("Whitfield") || m.containsKey("J. R"), m.toString());
        // an initial without its period before two names is a firm's name more often than a person's
        assertTrue(find("WPP also includes the firms Young & Rubicam and J Walter Thompson.", Language.ENGLISH).get("J Walter Thompson")
                != EntityType.PERSON);
        // a company the gazetteer knows by its initials is no person
        assertEquals(EntityType.ORGANIZATION, find("Separately, J.P. Morgan advised the company.", Language.ENGLISH).get("J.P. Morgan"));
    }

    @Test
    void readsAnIndonesianNameWithInitialsAfterItsCompany() {
        Map<String, EntityType> m = find("Direktur Utama PT Bank Rakyat Indonesia Tbk Nixon L.P. Napitupulu mengatakan laba naik. "
                + "Wakil direktur Rudi S. Hartono hadir.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, m.get("Nixon L.P. Napitupulu"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Rudi S. Hartono"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("PT Bank Rakyat Indonesia Tbk"), m.toString());
    }

    @Test
    void endsANameBeforeACurrencyCodeAndReadsNoCodeAsAName() {
        Map<String, EntityType> m = find("Nordvik ASA will buy Fjord Insurance for NOK 2.1 billion. Nordbank paid SEK 500 million for the "
                + "building. Tata Power will invest Rs 4,000 crore in Suryatej Power.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Fjord Insurance"), m.toString());
        assertFalse(m.containsKey("Fjord Insurance for NOK") || m.containsKey("NOK") || m.containsKey("SEK") || m.containsKey("Rs"),
                m.toString());
        Map<String, EntityType> id = find("PT Sinar Laut membeli saham Orvana AS senilai NOK 300 juta.", Language.INDONESIAN);
        assertFalse(id.containsKey("NOK"), id.toString());
    }

    @Test
    void readsTheNameAfterATitleAsTheEmployerWhereAPersonIsSetBesideIt() {
        Map<String, EntityType> m = find("Direktur Riset Index Politica, Fadhly Alimin Hasyim, mengatakan survei itu sahih. "
                + "Direktur Keuangan Angkasa Biru, Teguh Santoso, mengatakan rute bertambah.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Index Politica"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Angkasa Biru"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Teguh Santoso"), m.toString());
        // a person after a title and a list of people stay people
        Map<String, EntityType> people = find("Direktur Utama Budi Santoso, Andi Wijaya, dan Rina Lestari hadir.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, people.get("Budi Santoso"), people.toString());
    }

    @Test
    void readsNoNameInsideANumberedCodeButKeepsNamesJoinedByASlash() {
        Map<String, EntityType> m = find("Pengadilan Niaga mengabulkan permohonan dengan nomor perkara 245/Pdt.Sus-PKPU/2023 terhadap "
                + "PT Sinar Laut Abadi.", Language.INDONESIAN);
        assertTrue(m.keySet().stream().noneMatch(k -> k.startsWith("Pdt") || k.contains("PKPU")), m.toString());
        assertEquals(EntityType.ORGANIZATION, find("Royal Dutch/Shell Group said it would buy Pennzoil Corp.", Language.ENGLISH)
                .get("Royal Dutch/Shell Group"));
    }

    @Test
    void endsAPersonsNameBeforeAndAndACompany() {
        Map<String, EntityType> m = find("Lindgren Corp. CFO Anna Berg and Hollis Inc. CEO Mark Dent signed the supply agreement on Tuesday.",
                Language.ENGLISH);
        assertEquals(EntityType.PERSON, m.get("Anna Berg"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Hollis Inc"), m.toString());
        assertFalse(m.containsKey("Anna Berg and Hollis Inc"), m.toString());
        // a company's name with "and" before its legal form stays one name
        Map<String, EntityType> firm = find("Brightwell Foods agreed to buy Harland and Wolff Ltd for $40 million.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, firm.get("Harland and Wolff Ltd"), firm.toString());
    }

    @Test
    void keepsAPeersTitleInTheirName() {
        // "Lord" is part of a peer's name as written (data/lang/en/honorifics.txt); "Mr" is not
        Map<String, EntityType> m = find("The party met on Monday. Lord Harrowgate told reporters the vote was lost, and Mr Pellworth agreed.",
                Language.ENGLISH);
        assertEquals(EntityType.PERSON, m.get("Lord Harrowgate"), m.toString());
        assertFalse(m.containsKey("Harrowgate") || m.containsKey("Mr Pellworth"), m.toString());
    }

    @Test
    void keepsTheFirstWordOfAnEnglishCompanyNameThatEndsInALegalForm() {
        // a common word that opens the sentence, and a title word, are the company's own before a legal form
        Map<String, EntityType> m = find("Timber Ridgeway Co said profit rose. Later Convenient Harlow Mart Inc agreed to buy it. "
                + "Analysts said General Pellworth Corp would bid.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Timber Ridgeway Co"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("General Pellworth Corp"), m.toString());
        assertFalse(m.containsKey("Ridgeway Co") || m.containsKey("Pellworth Corp"), m.toString());
        // but not a kind of organization before the name, nor a word that opens no company name
        Map<String, EntityType> kinds = find("Subsidiary Strata Ridgeway Corp said it lost money. Obviously Dayton was late.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, kinds.get("Strata Ridgeway Corp"), kinds.toString());
        assertFalse(kinds.containsKey("Obviously Dayton"), kinds.toString());
        // Indonesian writes the title before the company: "CEO" is no part of its name
        Map<String, EntityType> id = find("CEO Kelana Ridgeway Group Budi Santoso mengatakan laba naik.", Language.INDONESIAN);
        assertFalse(id.containsKey("CEO Kelana Ridgeway Group"), id.toString());
    }

    @Test
    void keepsAWordOfATradeThatEndsACompanysOwnName() {
        // "Digital" is a capitalized word no name ends in, unless a word of the company's own stands before it
        Map<String, EntityType> m = find("Kelana Digital agreed to acquire Harmoni Records. On Monday, Lintas Data said it would bid.",
                Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Kelana Digital"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Lintas Data"), m.toString());
        assertFalse(m.containsKey("Kelana") || m.containsKey("Lintas"), m.toString());
        Map<String, EntityType> id = find("Kelana Digital sepakat mengakuisisi Harmoni Records. Transformasi Digital menjadi fokus Telkom.",
                Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, id.get("Kelana Digital"), id.toString());
        // after a word the language writes small, or a place, the word of a trade is no name's end
        assertFalse(id.containsKey("Transformasi Digital"), id.toString());
        assertFalse(find("Indonesia Digital Summit digelar di Jakarta.", Language.INDONESIAN).containsKey("Indonesia Digital"));
    }

    @Test
    void readsAListOfCompaniesWhoseLastEndsInALegalFormAsTwoNames() {
        // the name before "and" ends in a company's head: two companies, though the last has a legal form
        Map<String, EntityType> m = find("The ministry blocked Kelana Networks, Harmoni Records and Zentara Labs Inc on Tuesday.",
                Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("Harmoni Records"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Zentara Labs Inc"), m.toString());
        assertFalse(m.containsKey("Harmoni Records and Zentara Labs Inc"), m.toString());
        // but one company's name whose words after "and" name a line of business is one name
        assertEquals(EntityType.ORGANIZATION, find("Shares of Upland Minerals and Chemicals Corp rose.", Language.ENGLISH)
                .get("Upland Minerals and Chemicals Corp"));
        Map<String, EntityType> formed = find("TBC Holdings Corp, formed by Boeing Co and ARGOSystems Inc, made the offer.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, formed.get("ARGOSystems Inc"), formed.toString());
        assertEquals(EntityType.ORGANIZATION, find("It sold the unit to Atlas Consolidated Mining and Development Corp on Monday.",
                Language.ENGLISH).get("Atlas Consolidated Mining and Development Corp"));
    }

    @Test
    void readsASentencesFirstWordRightBeforeWhatACompanyDoesInADealAsAName() {
        assertEquals(EntityType.ORGANIZATION, find("Altice agreed to acquire SFR for $10 billion.", Language.ENGLISH).get("Altice"));
        assertEquals(EntityType.ORGANIZATION, find("Zentrix mengakuisisi PT Harmoni Abadi tahun lalu.", Language.INDONESIAN).get("Zentrix"));
        assertEquals(EntityType.ORGANIZATION, find("Zapline snapped up rival courier Moovo for $75m.", Language.ENGLISH).get("Zapline"));
        assertEquals(EntityType.ORGANIZATION, find("Belajarin meraih pendanaan dari East Ventures.", Language.INDONESIAN).get("Belajarin"));
        // a common word, or a first word before anything else, stays no name
        assertFalse(find("Investors bought shares of SFR on Monday.", Language.ENGLISH).containsKey("Investors"));
        assertFalse(find("Altice rose 3 percent on Monday.", Language.ENGLISH).containsKey("Altice"));
    }

    @Test
    void keepsACompanyWhoseWordIsAListedTickerInOtherLettersOneName() {
        // the gazetteer lists BUMI as a ticker; "Bumi" (earth) inside a company's name is no ticker
        Map<String, EntityType> m = find("PT Sinar Kelana Tbk digugat oleh PT Bumi Rahayu di pengadilan.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("PT Bumi Rahayu"), m.toString());
        assertFalse(m.containsKey("Rahayu") || m.containsKey("PT"), m.toString());
    }

    @Test
    void endsACompanyNameAtItsLegalFormPeriod() {
        Map<String, EntityType> m = find("BB&T Corp. got approval to buy Halcyon Trust Inc. in a deal.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, m.get("BB&T Corp"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Halcyon Trust Inc"), m.toString());
    }

    @Test
    void keepsAnApostropheInsideAPersonsName() {
        Map<String, EntityType> en = find("Paul O'Neill, chief executive of Alcoa, said sales rose. Later Paul O’Neill left.", Language.ENGLISH);
        assertEquals(EntityType.PERSON, en.get("Paul O'Neill"), en.toString());
        assertEquals(EntityType.PERSON, en.get("Paul O’Neill"), en.toString());
        Map<String, EntityType> id = find("Ahmad Mas'ud, direktur PT Lintas Data Tbk, mengatakan laba naik.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, id.get("Ahmad Mas'ud"), id.toString());
        assertFalse(id.containsKey("Ahmad Mas"), id.toString());
    }

    @Test
    void readsAGovernmentBodyThatListsItsPortfoliosAsOneName() {
        Map<String, EntityType> id = find("Anggaran disepakati bersama Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI pada Senin. "
                + "Kementerian Koperasi dan UKM ikut hadir.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, id.get("Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI"), id.toString());
        assertEquals(EntityType.ORGANIZATION, id.get("Kementerian Koperasi dan UKM"), id.toString());
        assertFalse(id.containsKey("Kelautan") || id.containsKey("Pertanian"), id.toString());
        Map<String, EntityType> en = find("The Ministry of Agriculture, Fisheries and Food said on Monday that exports fell.", Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, en.get("Ministry of Agriculture, Fisheries and Food"), en.toString());
    }

    @Test
    void keepsBodiesListedTogetherApart() {
        Map<String, EntityType> m = find("Rapat dihadiri Dinas Pendidikan, Dinas Kesehatan Jawa Barat, serta Bank Indonesia di Jakarta.",
                Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Dinas Pendidikan"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Bank Indonesia"), m.toString());
        Map<String, EntityType> k = find("Kementerian Keuangan dan Bank Indonesia sepakat menahan suku bunga.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, k.get("Kementerian Keuangan"), k.toString());
        Map<String, EntityType> c = find("Kementerian Koperasi dan PT Lintang Jaya menandatangani kerja sama.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, c.get("PT Lintang Jaya"), c.toString());
        assertFalse(c.keySet().stream().anyMatch(n -> n.contains(" dan ")), c.toString());
    }

    @Test
    void splitsAPersonFromTheOrganizationBeforeThemAfterATitle() {
        Map<String, EntityType> m = find("Ketua Fraksi PDIP DKI Gembong Warsono mengatakan ada beberapa masalah. "
                + "Kepala Dinas Perhubungan Kota Kediri Didik Catur mengungkapkan layanan bus ini.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, m.get("Gembong Warsono"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Fraksi PDIP DKI"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Didik Catur"), m.toString());
        // a word of organization names after the acronym is the organization's ("Direktur PT BCA Finance")
        Map<String, EntityType> f = find("Direktur PT BCA Finance mengatakan laba naik.", Language.INDONESIAN);
        assertFalse(f.containsValue(EntityType.PERSON), f.toString());
    }

    @Test
    void splitsAPersonFromAKnownCompanyAfterATitleWhereTheCompanysFirstWordEndsOtherNames() {
        // "Bank" ends names ("Deutsche Bank") and opens them ("Bank Mandiri"): the gazetteer's company is the organization
        for (String title : List.of("Direktur Utama", "Dirut", "Kepala Divisi")) {
            Map<String, EntityType> m = find(title + " Bank Mandiri Kartika Wirjoatmodjo mengatakan hal itu kepada wartawan.",
                    Language.INDONESIAN);
            assertEquals(EntityType.PERSON, m.get("Kartika Wirjoatmodjo"), title + " " + m);
            assertFalse(m.containsKey("Mandiri Kartika Wirjoatmodjo"), title + " " + m);
        }
        Map<String, EntityType> m = find("Direktur Utama Bank Mandiri Budi Santoso mengatakan hal itu.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, m.get("Budi Santoso"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Bank Mandiri"), m.toString());
        // a company the gazetteer does not know: the word that opens names takes the one after it
        Map<String, EntityType> p = find("Direktur Utama Bank Permata Bianto Surodjo mengatakan, laba perseroan naik.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, p.get("Bianto Surodjo"), p.toString());
        assertEquals(EntityType.ORGANIZATION, p.get("Bank Permata"), p.toString());
        // Balinese birth-order names open a person's name ("LPCK Ketut Budi Wijaya")
        Map<String, EntityType> b = find("Presiden Direktur LPCK Ketut Budi Wijaya mengatakan hal itu kepada wartawan.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, b.get("Ketut Budi Wijaya"), b.toString());
        // a province by its short name after the company is the office's region ("Jatim": Jawa Timur)
        Map<String, EntityType> j = find("Kepala Perwakilan Bank Indonesia Jatim Doddy Zulverdi mengatakan, inflasi terkendali.",
                Language.INDONESIAN);
        assertEquals(EntityType.PERSON, j.get("Doddy Zulverdi"), j.toString());
    }

    @Test
    void splitsTheEmployerFromThePersonAfterARoleNounInSmallLetters() {
        Map<String, EntityType> m = find("Di akhir laga, kiper Persebaya Dimas Galih harus dilarikan ke rumah sakit.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Persebaya"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Dimas Galih"), m.toString());
        // no given name in the run: it stays as the rules read it
        Map<String, EntityType> k = find("Di akhir laga, kiper Persebaya Galih Pratama harus dilarikan ke rumah sakit.", Language.INDONESIAN);
        assertFalse(k.containsKey("Persebaya"), k.toString());
    }

    @Test
    void readsThePersonAfterATitleInsideARun() {
        Map<String, EntityType> m = find("Energy Secretary John Herrington said the quotas were fair. "
                + "Then Harbor Capital Chief Executive Laura Whitfield spoke.", Language.ENGLISH);
        assertEquals(EntityType.PERSON, m.get("John Herrington"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Laura Whitfield"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Harbor Capital"), m.toString());
        assertFalse(m.containsKey("Energy"), m.toString());
    }

    @Test
    void readsAGovernmentBodyNamedByItsRegionAsOneOrganization() {
        Map<String, EntityType> m = find("Yana Mulyadi mengatakan Pemkot Bandung akan bekerja sama dengan Pemkab Bogor.",
                Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, m.get("Pemkot Bandung"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Pemkab Bogor"), m.toString());
        assertFalse(m.containsKey("Pemkot"), m.toString());
    }

    @Test
    void theOneWordAfterAMinistersTitleIsAPortfolioNotAName() {
        Map<String, EntityType> m = find("Terminal itu diresmikan Menteri Perhubungan, Budi Santoso, kemarin. Menteri BUMN Erick Thohir hadir. "
                + "Gubernur Bali, Wayan Koster, hadir.", Language.INDONESIAN);
        assertFalse(m.containsKey("Perhubungan"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("BUMN"), m.toString());
        assertEquals(EntityType.PLACE, m.get("Bali"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Budi Santoso"), m.toString());
    }

    @Test
    void keepsAWordThatOpensNamesAtTheFrontOfTheName() {
        // name-openers.txt: a demonym, "First", "Bank", "Universitas" open a name when a capitalized word follows
        Map<String, EntityType> en = find("Shares of American Airlines rose after First Boston Corp advised the European Medicines Agency.",
                Language.ENGLISH);
        assertEquals(EntityType.ORGANIZATION, en.get("American Airlines"), en.toString());
        assertEquals(EntityType.ORGANIZATION, en.get("First Boston Corp"), en.toString());
        assertEquals(EntityType.ORGANIZATION, en.get("European Medicines Agency"), en.toString());
        assertFalse(en.containsKey("Airlines") || en.containsKey("Medicines Agency"), en.toString());
        Map<String, EntityType> id = find("Rektor menyebut Universitas Gadjah Mada dan Mitra Adiperkasa bekerja sama.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, id.get("Universitas Gadjah Mada"), id.toString());
        assertEquals(EntityType.ORGANIZATION, id.get("Mitra Adiperkasa"), id.toString());
    }

    @Test
    void stripsAWordThatOpensNamesBeforeATitle() {
        // "American" before a title is the title's, not a name's
        Map<String, EntityType> en = find("Yesterday American President Joe Carter met the board.", Language.ENGLISH);
        assertEquals(EntityType.PERSON, en.get("Joe Carter"), en.toString());
        assertFalse(en.keySet().stream().anyMatch(k -> k.startsWith("American")), en.toString());
    }

    @Test
    void keepsAKindOfOrganizationNamedByAPlaceOneName() {
        // "Bank", "Universitas" open names (name-openers.txt) and are kinds of organization: the place after is the name's
        Map<String, EntityType> id = find("Kata Bank Sentral Eropa di sana. Ekonom Universitas Indonesia hadir.", Language.INDONESIAN);
        assertEquals(EntityType.ORGANIZATION, id.get("Bank Sentral Eropa"), id.toString());
        assertEquals(EntityType.ORGANIZATION, id.get("Universitas Indonesia"), id.toString());
        assertFalse(id.containsKey("Eropa") || id.containsKey("Bank Sentral"), id.toString());
    }

    @Test
    void aCommonWordThatOnlyOpensTheSentenceIsNoPartOfTheNameAfterIt() {
        Map<String, EntityType> en = find("Obviously Dayton was happy. Former Worldcom boss Bernie Ebbers spoke.", Language.ENGLISH);
        assertFalse(en.containsKey("Obviously Dayton") || en.containsKey("Former Worldcom"), en.toString());
        assertTrue(en.containsKey("Dayton") && en.containsKey("Worldcom"), en.toString());
        Map<String, EntityType> id = find("Kehadiran Pak Agus Marto disambut. Sebaliknya Icardi menolak.", Language.INDONESIAN);
        assertEquals(EntityType.PERSON, id.get("Agus Marto"), id.toString());
        assertTrue(id.containsKey("Icardi") && !id.containsKey("Sebaliknya Icardi"), id.toString());
    }

    @Test
    void aPersonsNameBeforeOfIsNotRunTogetherWithTheEmployerAfterIt() {
        Map<String, EntityType> en = find("The yen rose, said Kazuhiro Takahashi of Daiwa Securities. Gary Thayer of AG Edwards & Sons agreed.",
                Language.ENGLISH);
        assertEquals(EntityType.PERSON, en.get("Kazuhiro Takahashi"), en.toString());
        assertEquals(EntityType.PERSON, en.get("Gary Thayer"), en.toString());
        assertTrue(en.keySet().stream().noneMatch(k -> k.contains(" of ")), en.toString());
        // an organization's "of" still joins: "Bank of America"
        assertEquals(EntityType.ORGANIZATION, find("Shares of Bank of America rose.", Language.ENGLISH).get("Bank of America"));
    }

    @Test
    void aNameOpenerThatIsNotOneCapitalizedWordIsAnErrorNamingFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path en = java.nio.file.Files.createDirectories(dir.resolve("en"));
        for (String bad : List.of("American Air", "american", "American\tBritish")) {
            java.nio.file.Files.writeString(en.resolve("name-openers.txt"), "# mine\nBritish\n" + bad + "\n");
            org.dealgraph.text.LanguageProfiles profiles = org.dealgraph.text.LanguageProfiles.load(dir);
            org.dealgraph.DealGraphException e = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                    () -> new PatternMentionFinder(Gazetteer.bundled(), profiles), bad);
            assertTrue(e.getMessage().contains("name-openers.txt:3"), e.getMessage());
        }
    }
}
