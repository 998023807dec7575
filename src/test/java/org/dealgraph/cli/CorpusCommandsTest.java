package org.dealgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.corpus.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.dealgraph.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** evaluate --corpus and corpus check, in-process on a made-up annotated corpus. */
class CorpusCommandsTest {
    @TempDir
    Path dir;


    private CommandLineTest.Run evaluate(TestCorpus t, String... more) {
        String[] base = {"evaluate", "--corpus", t.corpusDir.toString(), "--annotations", t.annotationDir.toString(), "--threads", "1"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void evaluatesATestSplitPerLanguageWithConfidenceIntervals() {
        TestCorpus t = TestCorpus.write(dir);
        CommandLineTest.Run r = evaluate(t, "--split", "test");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("split test of " + t.annotationDir + ": 2 articles; 95% intervals from 1000 bootstrap resamples"), out);
        assertTrue(out.contains("\nall (2 articles)\n") && out.contains("\nen (1 articles)\n") && out.contains("\nid (1 articles)\n"), out);
        assertTrue(out.matches("(?s).*\n  relations +P=1\\.000 \\[1\\.000,1\\.000\\] R=1\\.000 .*"), out);
        assertTrue(out.matches("(?s).*\n  relations partnersWith +P=.*"), out);
        assertTrue(out.matches("(?s).*\n  entities Organization +P=0\\.\\d{3} \\[0\\.\\d{3},1\\.000\\] .*"), out);
        assertTrue(out.matches("(?s).*\n  relations@0\\.5 +P=.*"), out);
        assertTrue(out.matches("(?s).*\n  events Acquisition +P=.*"), out);
        assertTrue(out.matches("(?s).*\n  amounts +P=.*"), out);
        assertTrue(!out.contains("en-2"), "a train article is not scored on test: " + out);
    }

    @Test
    void evaluatePrintsJsonForScripts() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        CommandLineTest.Run r = evaluate(t, "--split", "test", "--json", "--resamples", "200", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("split test in en", json.path("selection").asText());
        assertEquals(200, json.path("bootstrap").path("resamples").asInt());
        JsonNode relations = json.path("groups").path("all").path("scores").path("relations");
        assertEquals(1, relations.path("gold").asInt(), r.out());
        JsonNode f1 = relations.path("f1");
        assertTrue(f1.path("low").asDouble() <= f1.path("value").asDouble() && f1.path("value").asDouble() <= f1.path("high").asDouble(), r.out());
        assertTrue(json.path("groups").path("en").isObject(), r.out());
        assertEquals(0, json.path("problems").size());
    }

    @Test
    void evaluateWithNothingToScoreSaysSoOnOneLineAndExitsTwo() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        CommandLineTest.Run dev = evaluate(t, "--split", "dev");
        assertEquals(2, dev.code(), dev.err());
        assertEquals(1, dev.err().lines().count(), dev.err());
        assertTrue(dev.err().startsWith("dealgraph: nothing to score: no annotated articles in split dev of "), dev.err());
        Path emptyGold = Files.createDirectories(dir.resolve("gold"));
        CommandLineTest.Run gold = run("evaluate", "--gold", emptyGold.toString(), t.corpusDir.toString());
        assertEquals(2, gold.code(), gold.err());
        assertEquals("dealgraph: nothing to score: no gold files (*.json) in " + emptyGold, gold.err().strip());
    }

    @Test
    void evaluateNamesCorpusProblemsScoresTheRestAndFails() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Path jsonl = t.corpusDir.resolve("news.jsonl");
        Files.writeString(jsonl, Files.readString(jsonl).replace("distribusi musik", "distribusi film"));
        CommandLineTest.Run r = evaluate(t, "--split", "test", "--quiet");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("dealgraph: " + t.annotationFile("id-1") + ": text hash no longer matches"), r.err());
        assertTrue(r.out().contains(": 1 articles;") && !r.out().contains("\nid ("), r.out());
    }

    @Test
    void evaluateTakesEitherGoldOrCorpus() {
        TestCorpus t = TestCorpus.write(dir);
        assertEquals(2, run("evaluate", "--threads", "1").code());
        assertEquals(2, run("evaluate", "--gold", dir.toString(), "--corpus", t.corpusDir.toString()).code());
        assertEquals(2, evaluate(t, "--split", "holdout").code());
    }

    @Test
    void evaluateRefusesALanguageItDoesNotExtractAndTakesIsoCodes() {
        TestCorpus t = TestCorpus.write(dir);
        CommandLineTest.Run fr = evaluate(t, "--split", "test", "--lang", "fr");
        assertEquals(2, fr.code(), fr.err());
        assertTrue(fr.err().startsWith("dealgraph: unknown language 'fr' (en, id)"), fr.err());
        CommandLineTest.Run eng = evaluate(t, "--split", "test", "--lang", "eng", "--quiet");
        assertEquals(0, eng.code(), eng.err());
        assertTrue(!eng.out().contains("\nid ("), eng.out());
        assertEquals(2, run("evaluate", "--gold", dir.toString(), "--lang", "en", t.corpusDir.toString()).code());
    }

    @Test
    void trainWritesNoBundleFromACorpusWithProblemsUnlessTold() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Files.writeString(t.annotationFile("en-2"), "{\"id\": \"en-2\",\n  \"sha256\": }");
        Path bundle = dir.resolve("models.zip");
        String[] base = {"train", "--corpus", t.corpusDir.toString(), "--annotations", t.annotationDir.toString(), "--split", "test", "--out", bundle.toString()};
        CommandLineTest.Run refused = run(base);
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("in the corpus; no bundle written"), refused.err());
        assertTrue(Files.notExists(bundle));
        String[] told = java.util.Arrays.copyOf(base, base.length + 1);
        told[base.length] = "--ignore-problems";
        CommandLineTest.Run trained = run(told);
        // the made-up corpus is too small to train on: what matters is that training was tried
        assertEquals(1, trained.code(), trained.err());
        assertFalse(trained.err().contains("no bundle written"), trained.err());
        assertTrue(trained.err().contains("cannot train"), trained.err());
    }

    @Test
    void trainRefusesAnUnknownNameFinderTrainerOrCodecBeforeReadingTheCorpus() {
        Path bundle = dir.resolve("models.zip");
        String[] base = {"train", "--corpus", dir.resolve("none").toString(), "--annotations", dir.resolve("none").toString(), "--out", bundle.toString()};
        CommandLineTest.Run codec = run(with(base, "--name-codec", "BIOES"));
        assertEquals(2, codec.code(), codec.err());
        assertTrue(codec.err().contains("--name-codec takes BIO or BILOU, not BIOES"), codec.err());
        CommandLineTest.Run algorithm = run(with(base, "--name-algorithm", "GIS", "--name-codec", "bilou"));
        assertEquals(2, algorithm.code(), algorithm.err());
        assertTrue(algorithm.err().contains("unknown name finder trainer GIS (MAXENT or PERCEPTRON)"), algorithm.err());
        CommandLineTest.Run iterations = run(with(base, "--name-algorithm", "perceptron", "--name-iterations", "0"));
        assertEquals(2, iterations.code(), iterations.err());
        assertTrue(iterations.err().contains("bad name finder settings: 0 iterations"), iterations.err());
        assertTrue(Files.notExists(bundle));
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void corpusCheckPrintsCountsAndEveryProblem() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        CommandLineTest.Run ok = run("corpus", "check", "--corpus", t.corpusDir.toString(), "--annotations", t.annotationDir.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().matches("(?s).*\nall +3 articles, \\d+ tokens, 7 entities \\(\\d+ mentions\\), 3 relations, 0 non-relations, 1 events, 1 amounts\n.*"), ok.out());
        assertTrue(ok.out().contains("  relations: acquires 1, partnersWith 1, sues 1"), ok.out());
        assertTrue(ok.out().matches("(?s).*\nlang:id +1 articles.*\nsource:made-up +3 articles.*"), ok.out());
        Files.writeString(t.annotationFile("en-2"), "{\"id\": \"en-2\",\n  \"sha256\": }");
        CommandLineTest.Run bad = run("corpus", "check", "--corpus", t.corpusDir.toString(), "--annotations", t.annotationDir.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("dealgraph: " + t.annotationFile("en-2") + ":2:"), bad.err());
        assertTrue(bad.out().contains("\n1 problem\n"), bad.out());
    }
}
