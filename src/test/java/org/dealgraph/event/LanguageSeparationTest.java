package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No language's words fire on another language's text: an article is read with its own
 * language's triggers, negation, months and money words only. Names are invented.
 */
class LanguageSeparationTest {
    /** Sentences of each language, written for this test: none holds a word listed for the other language only. */
    private static final Map<Language, List<String>> SENTENCES = Map.of(
            Language.ENGLISH, List.of(
                    "Kestrel Dynamics Corp signed a partnership agreement with Harmoni Records Ltd on Monday.",
                    "The company did not buy the unit, and its rival said talks had ended in August.",
                    "Analysts expect the deal to close by the end of the year if regulators agree."),
            Language.INDONESIAN, List.of(
                    "PT Kelana Nusantara Tbk menandatangani kerja sama dengan PT Harmoni Abadi pada Senin.",
                    "Perseroan tidak membeli unit itu, dan pesaingnya mengatakan pembicaraan berakhir pada Agustus.",
                    "Analis memperkirakan kesepakatan rampung akhir tahun jika regulator setuju."));

    private static Extraction extract(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", "Kabar", body, "", Optional.empty(), lang));
    }

    private static Set<String> relations(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.relations().stream().map(r -> names.get(r.subject()) + " " + r.type().localName() + " " + names.get(r.object()))
                .collect(Collectors.toSet());
    }

    private static Language other(Language l) {
        return l == Language.ENGLISH ? Language.INDONESIAN : Language.ENGLISH;
    }

    @Test
    void wordsListedForOneLanguageOnlyMatchNothingInTheOtherLanguagesSentences() {
        for (Language l : Language.values()) {
            LanguageProfile own = LanguageProfiles.bundled().of(l);
            LanguageProfile theirs = LanguageProfiles.bundled().of(other(l));
            for (LanguageProfile.File f : List.of(LanguageProfile.File.NEGATION, LanguageProfile.File.DENIAL,
                    LanguageProfile.File.HYPOTHETICAL, LanguageProfile.File.SPECULATION, LanguageProfile.File.CLAUSE_BREAKS,
                    LanguageProfile.File.REFERENCE, LanguageProfile.File.MONEY_CONTEXT)) {
                for (String entry : own.entries(f)) {
                    if (theirs.entries(f).contains(entry)) {
                        continue; // a word both languages use
                    }
                    Pattern p = Pattern.compile("(?i)\\b(?:" + entry + ")\\b");
                    for (String sentence : SENTENCES.get(other(l))) {
                        assertFalse(p.matcher(sentence).find(), l.code() + " " + f.fileName() + " entry '" + entry
                                + "' matches the " + other(l).code() + " sentence: " + sentence);
                    }
                }
            }
        }
    }

    @Test
    void anIndonesianTriggerDoesNothingInAnEnglishArticleAndViceVersa() {
        String indonesian = "Kestrel Dynamics Corp bermitra dengan Harmoni Records Ltd.";
        String english = "Kestrel Dynamics Corp partnered with Harmoni Records Ltd.";
        assertTrue(relations(extract(indonesian, "id")).contains("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"),
                relations(extract(indonesian, "id")).toString());
        assertTrue(relations(extract(english, "en")).contains("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"),
                relations(extract(english, "en")).toString());
        assertEquals(Set.of(), relations(extract(indonesian, "en")));
        assertEquals(Set.of(), relations(extract(english, "id")));
    }

    @Test
    void anIndonesianNegationDoesNothingInAnEnglishArticleAndViceVersa() {
        // "tidak" is no English word and "not" no Indonesian one: each negates only in its own language
        assertEquals(Set.of(), relations(extract("Kestrel Dynamics Corp did not partner with Harmoni Records Ltd.", "en")));
        assertTrue(relations(extract("Kestrel Dynamics Corp tidak partnered with Harmoni Records Ltd.", "en"))
                .contains("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"));
        assertEquals(Set.of(), relations(extract("Kestrel Dynamics Corp tidak bermitra dengan Harmoni Records Ltd.", "id")));
        assertTrue(relations(extract("Kestrel Dynamics Corp not bermitra dengan Harmoni Records Ltd.", "id"))
                .contains("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"));
    }

    @Test
    void monthAbbreviationsAreDatesOnlyInTheirOwnLanguage() {
        DateFinder en = DateFinder.of(LanguageProfiles.bundled().of(Language.ENGLISH));
        DateFinder id = DateFinder.of(LanguageProfiles.bundled().of(Language.INDONESIAN));
        assertEquals(Optional.of("2023-08-17"), id.read("diumumkan pada 17 Agt 2023 di Jakarta", Optional.empty()));
        assertEquals(Optional.empty(), en.read("announced on 17 Agt in Jakarta", Optional.empty()));
        assertEquals(Optional.of("2019-11-06"), id.read("rapat pada 6 Nop 2019", Optional.empty()));
        assertEquals(Optional.empty(), en.read("met on 6 Nop at the office", Optional.empty()));
        assertEquals(Optional.of("2019-02-02"), en.read("the deal closed on Feb. 2, 2019, after a review", Optional.empty()));
        assertEquals(Optional.empty(), id.read("the deal closed on Thursday (2/2), after a review", Optional.empty()));
        assertEquals(Optional.of("2020-02-02"), id.read("diumumkan Kamis (2/2)", Optional.of(java.time.LocalDate.of(2020, 1, 1))));
    }

    @Test
    void moneyWordsOfOneLanguageDoNotMakeAnotherLanguagesAmountsDealAmounts() {
        // "senilai" (worth) marks a deal amount in Indonesian, nothing in English
        Extraction id = extract("Nilai transaksi PT Kelana Nusantara senilai Rp 5 miliar.", "id");
        Extraction en = extract("The Kestrel Dynamics Corp report senilai Rp 5 miliar.", "en");
        assertFalse(id.amounts().isEmpty(), id.amounts().toString());
        assertTrue(en.amounts().isEmpty(), en.amounts().toString());
    }

    @Test
    void scaleWordsAndNumberFormatAreReadInTheArticlesLanguageOnly() {
        AmountParser parser = new AmountParser();
        String text = "Rp 5 miliar and US$ 1.500 juta";
        List<Amount> id = parser.find(text, 0, text.length(), Language.INDONESIAN);
        List<Amount> en = parser.find(text, 0, text.length(), Language.ENGLISH);
        assertEquals(0, new java.math.BigDecimal("5E9").compareTo(id.get(0).value()), id.toString());
        assertEquals(0, new java.math.BigDecimal("1.5E9").compareTo(id.get(1).value()), id.toString());
        // "miliar" and "juta" are no English scale words, and "1.500" is one and a half in English
        assertEquals(0, new java.math.BigDecimal("5").compareTo(en.get(0).value()), en.toString());
        assertEquals(0, new java.math.BigDecimal("1.5").compareTo(en.get(1).value()), en.toString());
        String period = "a fee of $5 million a year";
        assertEquals(Optional.of("P1Y"), parser.find(period, 0, period.length(), Language.ENGLISH).get(0).period());
        assertEquals(Optional.empty(), parser.find(period, 0, period.length(), Language.INDONESIAN).get(0).period());
    }
}
