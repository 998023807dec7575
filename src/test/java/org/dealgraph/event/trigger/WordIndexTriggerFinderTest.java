package org.dealgraph.event.trigger;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Finding triggers through the word index finds what running every cue's regex finds. Names are invented. */
class WordIndexTriggerFinderTest {
    private static final Map<Language, List<String>> SENTENCES = Map.of(
            Language.ENGLISH, List.of(
                    "Kestrel Dynamics Corp has agreed to acquire Brightwater Inc for $2 billion.",
                    "Halcyon Systems, a wholly-owned unit of Orvane Group, signed a new licensing deal with Lumaro.",
                    "LUMARO TEAMED UP WITH KESTREL AND THE TIE-UP WAS ANNOUNCED ON MONDAY.",
                    "The acquisition of Nimbus Cloud by Orvane was completed; Orvane will pay about $40 million.",
                    "Brightwater uses Nimbus Cloud, and Kestrel sold its stake in Halcyon to Lumaro.",
                    "Nothing here reads as a deal at all."),
            Language.INDONESIAN, List.of(
                    "Halcyon Systems mengumumkan niatnya untuk mengakuisisi PT Lintas Data Tbk.",
                    "Kelana menjalin kerjasama dengan Harmoni Records, dan meneken kerja sama dengan Nimbus.",
                    "PERSEROAN TELAH BERMITRA DENGAN PT SURYA ABADI.",
                    "Saham emiten itu disuspensi oleh Bursa Efek sejak pekan lalu.",
                    "Tidak ada kabar apa pun hari ini."));

    private static Sentence sentence(String text) {
        return new Sentence(0, 7, 7 + text.length(), text, List.of(), false);
    }

    @Test
    void findsWhatEveryRegexFindsInEachBundledLanguage() {
        for (Language language : LanguageProfiles.bundled().languages()) {
            CueLexicon lexicon = CueLexicon.of(LanguageProfiles.bundled().of(language));
            TriggerFinder all = new RegexTriggerFinder(lexicon);
            TriggerFinder indexed = WordIndexTriggerFinder.of(lexicon);
            int found = 0;
            for (String text : SENTENCES.get(language)) {
                Sentence s = sentence(text);
                assertEquals(all.find(s), indexed.find(s), text);
                found += all.find(s).size();
            }
            assertFalse(found == 0, "the sentences of " + language + " hold cues");
        }
    }

    @Test
    void indexesEveryBundledCue() {
        for (Language language : LanguageProfiles.bundled().languages()) {
            assertEquals(0, WordIndexTriggerFinder.of(CueLexicon.of(LanguageProfiles.bundled().of(language))).unindexed(), language.code());
        }
    }

    @Test
    void runsACueWithoutACertainWordOnEverySentence() {
        CueLexicon lexicon = new CueLexicon(Language.ENGLISH, CueLexicon.parse(Language.ENGLISH,
                List.of("acquires\t-\tLR\tcompleted\t0.9\tacqui\\w+", "partnersWith\t-\tLR\tsigned\t0.9\tteams?\\s+up\\s+with"), "test"));
        WordIndexTriggerFinder finder = WordIndexTriggerFinder.of(lexicon);
        assertEquals(1, finder.unindexed());
        Sentence s = sentence("Orvane acquired Lumaro, then Orvane teams up with Kestrel.");
        assertEquals(List.of(new Trigger(lexicon.cues().get(0), 14, 22), new Trigger(lexicon.cues().get(1), 43, 56)), finder.find(s));
    }

    @Test
    void leavesGapCuesToTheTextBetweenParties() {
        CueLexicon lexicon = new CueLexicon(Language.ENGLISH, CueLexicon.parse(Language.ENGLISH,
                List.of("ownedBy\tnone\tGAP_LR\t-\t0.85\t\\s*,\\s*a\\s+unit\\s+of\\s+"), "test"));
        assertEquals(List.of(), WordIndexTriggerFinder.of(lexicon).find(sentence("Halcyon, a unit of Orvane, grew.")));
        assertEquals(1, lexicon.gapCues().size());
    }
}
