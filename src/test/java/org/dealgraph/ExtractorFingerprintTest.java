package org.dealgraph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorFingerprintTest {
    @TempDir
    Path dir;

    private static String fingerprint(Pipeline.Builder b) {
        return ExtractorFingerprint.of(b, Optional.empty()).value();
    }

    @Test
    void sameSettingsGiveTheSameFingerprint() {
        assertEquals(fingerprint(Pipeline.builder()), fingerprint(Pipeline.builder()));
        assertTrue(fingerprint(Pipeline.builder()).startsWith("dealgraph/" + ExtractorFingerprint.projectVersion() + "/r"),
                fingerprint(Pipeline.builder()));
    }

    @Test
    void thresholdIsPartOfTheFingerprint() {
        assertNotEquals(fingerprint(Pipeline.builder()), fingerprint(Pipeline.builder().threshold(0.7)));
    }

    @Test
    void theModelBundleIsPartOfTheFingerprint() {
        Pipeline.Builder b = Pipeline.builder();
        org.dealgraph.learning.ModelBundle none = org.dealgraph.learning.ModelBundle.of(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                org.dealgraph.learning.ModelTrainer.metadata().put("trainingDigest", "abc"));
        org.dealgraph.learning.ModelBundle other = org.dealgraph.learning.ModelBundle.of(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                org.dealgraph.learning.ModelTrainer.metadata().put("trainingDigest", "def"));
        assertNotEquals(ExtractorFingerprint.of(b, Optional.empty()).value(), ExtractorFingerprint.of(b, Optional.of(none)).value());
        assertNotEquals(ExtractorFingerprint.of(b, Optional.of(none)).value(), ExtractorFingerprint.of(b, Optional.of(other)).value());
    }

    @Test
    void theBytesOfAUserGazetteerArePartOfTheFingerprint() throws IOException {
        Path tsv = Files.writeString(dir.resolve("g.tsv"), "kelana\tORGANIZATION\tKelana\t\t\tID\n");
        String one = fingerprint(Pipeline.builder().addGazetteer(tsv));
        assertNotEquals(fingerprint(Pipeline.builder()), one);
        Files.writeString(tsv, "kelana\tORGANIZATION\tKelana Studio\t\t\tID\n");
        assertNotEquals(one, fingerprint(Pipeline.builder().addGazetteer(tsv)));
    }

    @Test
    void aUsersWordFileCountsByItsLinesNotItsCommentsAndACopyOfTheBundledFileChangesNothing() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        String bundled;
        try (var in = ExtractorFingerprintTest.class.getResourceAsStream("/dealgraph/lang/en/negation.txt")) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(en.resolve("negation.txt"), bundled);
        assertEquals(fingerprint(Pipeline.builder()), fingerprint(Pipeline.builder().languageData(dir)));
        Files.writeString(en.resolve("negation.txt"), "# my own comment\n\n" + bundled);
        assertEquals(fingerprint(Pipeline.builder()), fingerprint(Pipeline.builder().languageData(dir)));
        Files.writeString(en.resolve("negation.txt"), bundled + "\nbarely\n");
        String more = fingerprint(Pipeline.builder().languageData(dir));
        assertNotEquals(fingerprint(Pipeline.builder()), more);
        Files.writeString(en.resolve("negation.txt"), "# now commented\n" + bundled + "\nbarely\n");
        assertEquals(more, fingerprint(Pipeline.builder().languageData(dir)));
    }

    @Test
    void everyBundledLexiconLanguageFileSchemaGazetteerAndModelIsDigested() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String folder : new String[] {"gazetteer", "lexicon", "lang", "schema"}) {
            try (Stream<Path> files = Files.walk(TestPipeline.home().resolve("data").resolve(folder))) {
                files.filter(Files::isRegularFile).forEach(f -> expected.add("/dealgraph/" + folder + "/"
                        + TestPipeline.home().resolve("data").resolve(folder).relativize(f).toString().replace('\\', '/')));
            }
        }
        // the OpenNLP models the bundled languages' language.properties name
        expected.add("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
        expected.add("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
        expected.add(org.dealgraph.text.OpenNlpLanguageIdentifier.MODEL);
        Set<String> digested = ExtractorFingerprint.of(Pipeline.builder(), Optional.empty()).inputs().keySet().stream().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, digested);
        ExtractorFingerprint.of(Pipeline.builder(), Optional.empty()).inputs().values().forEach(v -> assertTrue(v.matches("[0-9a-f]{64}"), v));
    }
}
