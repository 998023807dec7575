package org.dealgraph.event;

import org.dealgraph.Pipeline;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    @Test
    void everyBundledLanguageHasSentencesHere() {
        // a language added as a folder adds its sentences to this test, or this fails
        assertEquals(Set.copyOf(LanguageProfiles.bundled().languages()), SENTENCES.keySet());
    }

    @Test
    void wordsListedForOneLanguageOnlyMatchNothingInTheOtherLanguagesSentences() {
        for (Language l : LanguageProfiles.bundled().languages()) {
            for (Language other : LanguageProfiles.bundled().languages()) {
                if (!other.equals(l)) {
                    assertNoWordOfOneMatchesTheOthersSentences(LanguageProfiles.bundled().of(l), LanguageProfiles.bundled().of(other));
                }
            }
        }
    }

    private static void assertNoWordOfOneMatchesTheOthersSentences(LanguageProfile own, LanguageProfile theirs) {
        for (LanguageProfile.File f : List.of(LanguageProfile.File.NEGATION, LanguageProfile.File.DENIAL,
                LanguageProfile.File.HYPOTHETICAL, LanguageProfile.File.SPECULATION, LanguageProfile.File.CLAUSE_BREAKS,
                LanguageProfile.File.REFERENCE, LanguageProfile.File.MONEY_CONTEXT, LanguageProfile.File.FUNCTION_WORDS)) {
            for (String entry : own.entries(f)) {
                if (theirs.entries(f).contains(entry)) {
                    continue; // a word both languages use
                }
                Pattern p = Pattern.compile("(?i)\\b(?:" + entry + ")\\b");
                for (String sentence : SENTENCES.get(theirs.language())) {
                    assertFalse(p.matcher(sentence).find(), own.language().code() + " " + f.fileName() + " entry '" + entry
                            + "' matches the " + theirs.language().code() + " sentence: " + sentence);
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

    /**
     * A made-up third language, "Qaa" (ISO 639's local-use code qaa), added as a folder of data
     * only: its descriptor, a trigger, a month, a scale word and its number format. Its words
     * ("zorblat", "glimmo", "zillo") are in no bundled language.
     */
    static Path qaa(Path dir) throws IOException {
        Path q = Files.createDirectories(dir.resolve("qaa"));
        Files.writeString(q.resolve("language.properties"), """
                # a made-up language for tests
                name = Qaa
                detector-codes = qaa
                sentence-model = classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin
                tokenizer = simple
                """);
        Files.writeString(q.resolve("cues.tsv"), "# made-up triggers\nrelation\tevent\tframe\tstatus\tconfidence\tregex\n"
                + "partnersWith\t-\tLR\tannounced\t0.85\tzorblat(?:u)?\\s+ko\n");
        Files.writeString(q.resolve("months.tsv"), "name\tmonth\tform\nglimmo\t3\tname\n");
        Files.writeString(q.resolve("scales.tsv"), "word\tpower\nzillo\t6\n");
        Files.writeString(q.resolve("number-format.tsv"), "setting\tvalue\ngrouping\t.\ndecimal\t,\n");
        Files.writeString(q.resolve("currencies.tsv"), "form\tcode\tposition\nUS$\tUSD\tbefore\n");
        Files.writeString(q.resolve("function-words.txt"), "fa\nko\nmu\nte\n");
        return dir;
    }

    @TempDir
    Path dir;

    @Test
    void aThirdLanguageIsAFolderItsTriggerMonthAndScaleWorkInItsArticlesOnly() throws IOException {
        Pipeline p = Pipeline.builder().rulesOnly(true).languageData(qaa(dir)).build();
        Language qaa = Language.of("qaa");
        assertEquals(List.of(Language.ENGLISH, Language.INDONESIAN, qaa), p.languageData().languages());
        String qaaText = "Kestrel Dynamics Corp zorblat ko Harmoni Records Ltd te 14 glimmo 2024.";
        Extraction x = p.extract(new Article("q", "Fa", qaaText, "", Optional.empty(), "qaa"));
        assertEquals(Set.of("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"), relations(x));
        assertEquals(qaa, x.text().language());
        // the same sentence read as English or Indonesian: Qaa's trigger is no word of theirs
        assertEquals(Set.of(), relations(p.extract(new Article("e", "News", qaaText, "", Optional.empty(), "en"))));
        assertEquals(Set.of(), relations(p.extract(new Article("i", "Kabar", qaaText, "", Optional.empty(), "id"))));
        // its month and scale word and its number format, in its articles only
        LanguageProfiles profiles = p.languageData();
        assertEquals(Optional.of("2024-03-14"), DateFinder.of(profiles.of(qaa)).read("te 14 glimmo 2024", Optional.empty()));
        assertEquals(Optional.empty(), DateFinder.of(profiles.of(Language.ENGLISH)).read("on 14 glimmo 2024", Optional.empty()));
        assertEquals(Optional.empty(), DateFinder.of(profiles.of(Language.INDONESIAN)).read("pada 14 glimmo 2024", Optional.empty()));
        AmountParser amounts = new AmountParser(profiles);
        String money = "US$ 1.500,5 zillo";
        assertEquals(0, new java.math.BigDecimal("1500.5E6").compareTo(amounts.find(money, 0, money.length(), qaa).get(0).value()));
        assertNotEquals(0, new java.math.BigDecimal("1500.5E6").compareTo(amounts.find(money, 0, money.length(), Language.ENGLISH).get(0).value()));
        // an article without a language field whose function words are Qaa's is read as Qaa
        assertEquals(Optional.of(qaa), p.languageOf(new Article("d", "Fa mu", "Fa ko te mu Kestrel Dynamics Corp zorblat ko Harmoni.", "",
                Optional.empty(), "")));
    }

    @Test
    void aThirdLanguagesWordsMatchNothingInTheBundledLanguagesSentences() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.load(qaa(dir));
        LanguageProfile q = profiles.of(Language.of("qaa"));
        List<String> words = new java.util.ArrayList<>(q.entries(LanguageProfile.File.CUES).stream().map(l -> l.split("\t")[5]).toList());
        words.addAll(q.months().keySet());
        words.add("zillo");
        for (String w : words) {
            for (List<String> sentences : SENTENCES.values()) {
                for (String sentence : sentences) {
                    assertFalse(Pattern.compile("(?i)\\b(?:" + w + ")\\b").matcher(sentence).find(), w + " matches " + sentence);
                }
            }
        }
    }

    @Test
    void theBundledPipelineWithModelsReadsAThirdLanguageWithoutModelsOfIt() throws IOException {
        Pipeline p = Pipeline.builder().languageData(qaa(dir)).build();
        Extraction x = p.extract(new Article("q", "Fa", "Kestrel Dynamics Corp zorblat ko Harmoni Records Ltd.", "", Optional.empty(), "qaa"));
        assertEquals(Set.of("Kestrel Dynamics Corp partnersWith Harmoni Records Ltd"), relations(x));
    }
}
