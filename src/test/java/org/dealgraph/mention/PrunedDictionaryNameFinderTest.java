package org.dealgraph.mention;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pruned finder gives OpenNLP's dictionary finder's spans, on the bundled gazetteer's names. */
class PrunedDictionaryNameFinderTest {
    private static final List<String> NOISE = List.of("the", "of", "and", ",", ".", "said", "Inc", "Corp", "PT", "Tbk",
            "Group", "Bank", "(", ")", "'s", "dan", "yang", "İstanbul", "STRASSE", "Straße");

    private static List<String[]> gazetteerPhrases() {
        List<String[]> phrases = new ArrayList<>();
        for (GazetteerEntry e : Gazetteer.bundled().entries()) {
            phrases.add(e.name().split(" "));
            e.aliases().forEach(a -> phrases.add(a.split(" ")));
        }
        return phrases;
    }

    private static Dictionary dictionary(List<String[]> phrases, boolean caseSensitive) {
        Dictionary d = new Dictionary(caseSensitive);
        phrases.forEach(p -> d.put(new StringList(p)));
        return d;
    }

    /** Sentences of gazetteer names (some re-cased, some cut or run together) between other words. */
    private static List<String[]> sentences(List<String[]> phrases, int count, long seed) {
        Random random = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<String> tokens = new ArrayList<>();
            int parts = 1 + random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                String[] phrase = phrases.get(random.nextInt(phrases.size()));
                int length = random.nextInt(4) == 0 ? 1 + random.nextInt(phrase.length) : phrase.length;
                for (int t = 0; t < length; t++) {
                    String token = phrase[t];
                    switch (random.nextInt(6)) {
                        case 0 -> token = token.toUpperCase(Locale.ROOT);
                        case 1 -> token = token.toLowerCase(Locale.ROOT);
                        default -> { }
                    }
                    tokens.add(token);
                }
                if (random.nextBoolean()) {
                    tokens.add(NOISE.get(random.nextInt(NOISE.size())));
                }
            }
            out.add(tokens.toArray(String[]::new));
        }
        return out;
    }

    @Test
    void findsTheSpansOfOpenNlpsDictionaryFinderCaseInsensitive() {
        assertSameSpans(false);
    }

    @Test
    void findsTheSpansOfOpenNlpsDictionaryFinderCaseSensitive() {
        assertSameSpans(true);
    }

    private static void assertSameSpans(boolean caseSensitive) {
        List<String[]> phrases = gazetteerPhrases();
        assertTrue(phrases.size() > 1000, "the bundled gazetteer has its names: " + phrases.size());
        Dictionary dictionary = dictionary(phrases, caseSensitive);
        DictionaryNameFinder opennlp = new DictionaryNameFinder(dictionary);
        PrunedDictionaryNameFinder pruned = new PrunedDictionaryNameFinder(dictionary);
        int spans = 0;
        for (String[] sentence : sentences(phrases, 5000, caseSensitive ? 7 : 11)) {
            Span[] expected = opennlp.find(sentence);
            assertArrayEquals(expected, pruned.find(sentence), () -> String.join(" ", sentence));
            spans += expected.length;
        }
        assertTrue(spans > 5000, "the sentences hold names: " + spans);
    }

    @Test
    void takesTheLongestPhraseFromEachTokenThenGoesOnPastIt() {
        Dictionary d = dictionary(List.of(new String[] {"Bank", "Mandiri"}, new String[] {"Bank", "Mandiri", "Taspen"},
                new String[] {"Mandiri", "Sekuritas"}, new String[] {"Taspen"}), false);
        Span[] spans = new PrunedDictionaryNameFinder(d).find("kata bank MANDIRI Taspen dan Mandiri Sekuritas".split(" "));
        assertEquals(List.of(new Span(1, 4, "default"), new Span(5, 7, "default")), Arrays.asList(spans));
    }
}
