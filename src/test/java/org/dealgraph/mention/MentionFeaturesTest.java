package org.dealgraph.mention;

import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.learning.ModelBundle;
import org.dealgraph.learning.NameFinderTrainer;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the mention classifier reads of a rule's name: how its headline is written, and its words' classes. */
class MentionFeaturesTest {
    private static final Pipeline RULES = Pipeline.builder().rulesOnly(true).build();

    private static List<String> features(String title, String name, java.util.function.UnaryOperator<String> classes) {
        AnalyzedText text = RULES.analyze(Article.of("h", title, "Nothing else was said."));
        int at = text.text().indexOf(name);
        return List.of(MentionFeatures.of(text, new Mention(at, at + name.length(), name, EntityType.ORGANIZATION, "", "pattern", 0.5),
                List.of(), classes));
    }

    @Test
    void aHeadlineIsReadAsWrittenInSentenceCaseTitleCaseOrCapitals() {
        assertTrue(features("TikTok bermitra dengan Audius untuk memperluas katalog musik", "Audius", w -> null)
                .contains("headline_case=sentence"));
        assertTrue(features("Microsoft Agrees To Acquire Activision Blizzard", "Blizzard", w -> null).contains("headline_case=title"));
        assertTrue(features("MICROSOFT TO ACQUIRE ACTIVISION", "ACTIVISION", w -> null).contains("headline_case=caps"));
    }

    @Test
    void theNamesWordsAndItsNeighboursGiveTheirClassesPrefixes() {
        List<String> f = features("TikTok bermitra dengan Audius untuk memperluas katalog musik", "Audius",
                w -> w.equals("Audius") ? "0110100111010" : w.equals("dengan") ? "1110" : null);
        assertTrue(f.containsAll(List.of("fc4=0110", "fc8=01101001", "fc12=011010011101", "fc20=0110100111010", "lc4=0110",
                "l1c4=1110", "l1c20=1110")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("r1c")), f.toString());
        // without classes the same name has none of them
        assertFalse(features("TikTok bermitra dengan Audius", "Audius", w -> null).stream().anyMatch(x -> x.matches("\\w+c\\d+=.*")));
    }

    @Test
    void theBundledNameFindersCarryTheWordClassesTheMentionClassifierReads() {
        ModelBundle bundle = ModelBundle.bundled().orElseThrow();
        for (Language l : List.of(Language.ENGLISH, Language.INDONESIAN)) {
            java.util.function.UnaryOperator<String> classes = NameFinderTrainer.wordClasses(bundle.nameFinders().get(l)).orElseThrow();
            String jakarta = classes.apply("Jakarta");
            assertTrue(jakarta != null && jakarta.matches("[01]+"), l + ": " + jakarta);
            assertEquals(null, classes.apply("Qxzvbrandnotaword"));
        }
    }
}
