package org.dealgraph.learning;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;
import org.dealgraph.text.Language;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains name finders on made-up sentences in which capitalized words that are names and words
 * that are not share every context: only the gazetteer tells them apart.
 */
class NameFinderTrainerTest {
    /** Organizations of the test gazetteer; the last two never occur in training. */
    private static final String[] LISTED = {"Qorvex", "Zantaro", "Belmiq", "Vindler", "Krasto", "Melvane", "Ulterra", "Pravix",
            "Sondrel", "Tavimo", "Nexaro", "Helvo", "Drumond", "Castivo", "Fenwar", "Gilmora", "Zorblax", "Trevanic"};
    /** Capitalized words that are not names. */
    private static final String[] UNLISTED = {"Lumaro", "Pentrix", "Avenel", "Brisko", "Ecrono", "Falvia", "Gostek", "Hamvel",
            "Imbrex", "Jastro", "Kelvano", "Lorvig", "Marvola", "Novix", "Pemvo", "Quarvel"};
    private static final String[][] TEMPLATES = {{"We", "met", "_", "on", "Monday", "."}, {"_", "said", "it", "would", "grow", "."},
            {"Shares", "of", "_", "rose", "sharply", "."}};
    private static final NameFinderTrainer.Settings SETTINGS = new NameFinderTrainer.Settings(100, 0, "PERCEPTRON", true, true);
    private static NameFinderTrainer trainer;
    private static List<NameSample> samples;
    private static TokenNameFinderModel model;

    @BeforeAll
    static void train() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String n : LISTED) {
            entries.add(new GazetteerEntry(n.toLowerCase(), EntityType.ORGANIZATION, n, List.of(), "", ""));
        }
        trainer = new NameFinderTrainer(SETTINGS, Gazetteer.of(entries), TextAnalyzer.load());
        samples = new ArrayList<>();
        for (String[] t : TEMPLATES) {
            for (int i = 0; i < LISTED.length - 2; i++) {
                samples.add(sample(t, LISTED[i], true));
            }
            for (String word : UNLISTED) {
                samples.add(sample(t, word, false));
            }
        }
        model = trainer.train(Language.ENGLISH, samples);
    }

    private static NameSample sample(String[] template, String word, boolean name) {
        String[] tokens = Arrays.stream(template).map(t -> t.equals("_") ? word : t).toArray(String[]::new);
        int at = Arrays.asList(template).indexOf("_");
        Span[] names = name ? new Span[] {new Span(at, at + 1, "organization")} : new Span[0];
        return new NameSample(tokens, names, true);
    }

    private static List<String> names(TokenNameFinderModel m, String... tokens) {
        return Arrays.stream(new NameFinderME(m).find(tokens)).map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))
                + "/" + s.getType()).toList();
    }

    @Test
    void findsANameSeenOnlyInTheGazetteer() {
        assertEquals(List.of("Zorblax/organization"), names(model, "We", "met", "Zorblax", "on", "Monday", "."));
        assertEquals(List.of("Trevanic/organization"), names(model, "Shares", "of", "Trevanic", "rose", "sharply", "."));
    }

    @Test
    void storesTheBeamItWasTrainedWithInTheModel() {
        TokenNameFinderModel narrow = new NameFinderTrainer(SETTINGS.withBeamSize(1), Gazetteer.of(List.of()), TextAnalyzer.load())
                .train(Language.ENGLISH, samples);
        assertEquals("1", narrow.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER));
        assertEquals("3", model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER));
    }

    @Test
    void leavesAnUnlistedCapitalizedWordAlone() {
        assertEquals(List.of(), names(model, "We", "met", "Plumbrik", "on", "Monday", "."));
    }

    @Test
    void withoutTheLexicalFeaturesTheGazetteerNameIsNotSeen() {
        NameFinderTrainer plain = new NameFinderTrainer(new NameFinderTrainer.Settings(100, 0, "PERCEPTRON", true, false),
                Gazetteer.of(List.of(new GazetteerEntry("zorblax", EntityType.ORGANIZATION, "Zorblax", List.of(), "", ""))),
                TextAnalyzer.load());
        TokenNameFinderModel m = plain.train(Language.ENGLISH, samples);
        assertEquals(List.of(), names(m, "We", "met", "Zorblax", "on", "Monday", "."));
    }

    @Test
    void findsANameOnlyItsWordClassTellsAndKeepsTheClassesInTheModel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // no gazetteer: only the word classes tell the names (class 0110) from the other capitalized words (class 1001)
        java.nio.file.Files.createDirectories(dir.resolve("en"));
        StringBuilder classes = new StringBuilder();
        for (String n : LISTED) {
            classes.append("0110\t").append(n).append("\t9\n");
        }
        for (String n : UNLISTED) {
            classes.append("1001\t").append(n).append("\t9\n");
        }
        classes.append("0110\tPelmora\t9\n1001\tQuimbo\t9\n");
        java.nio.file.Files.writeString(dir.resolve("en").resolve(org.dealgraph.text.LanguageProfiles.WORD_CLUSTERS), classes);
        org.dealgraph.text.LanguageProfiles languages = org.dealgraph.text.LanguageProfiles.load(dir);
        assertTrue(languages.wordClusters(Language.ENGLISH).isPresent());
        NameFinderTrainer.Settings withClasses = new NameFinderTrainer.Settings(100, 0, "PERCEPTRON", true, true,
                NameFinderTrainer.Settings.OPENNLP_BEAM, true);
        TokenNameFinderModel m = new NameFinderTrainer(withClasses, Gazetteer.of(List.of()), TextAnalyzer.load(), languages)
                .train(Language.ENGLISH, samples);
        // written and read back: OpenNLP's own Brown clusters would close the model's stream both ways
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        m.serialize(bytes);
        TokenNameFinderModel read = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of("Pelmora/organization"), names(read, "We", "met", "Pelmora", "on", "Monday", "."));
        assertEquals(List.of(), names(read, "We", "met", "Quimbo", "on", "Monday", "."));
        // without them the same samples tell nothing of either
        TokenNameFinderModel none = new NameFinderTrainer(new NameFinderTrainer.Settings(100, 0, "PERCEPTRON", true, true),
                Gazetteer.of(List.of()), TextAnalyzer.load(), languages).train(Language.ENGLISH, samples);
        assertEquals(List.of(), names(none, "We", "met", "Pelmora", "on", "Monday", "."));
    }

    @Test
    void trainingIsDeterministic() {
        TokenNameFinderModel again = trainer.train(Language.ENGLISH, samples);
        String[] tokens = {"Shares", "of", "Zorblax", "and", "Lumaro", "rose", "."};
        NameFinderME a = new NameFinderME(model);
        NameFinderME b = new NameFinderME(again);
        Span[] found = a.find(tokens);
        assertArrayEquals(found, b.find(tokens));
        assertArrayEquals(a.probs(), b.probs());
    }
}
