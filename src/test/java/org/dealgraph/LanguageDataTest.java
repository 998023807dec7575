package org.dealgraph;

import org.dealgraph.article.Article;
import org.dealgraph.event.Extraction;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's language folder over the bundled data: each file replaces the bundled one of its name. */
class LanguageDataTest {
    @TempDir
    Path dir;

    private static final String SENTENCE = "Kestrel Dynamics Corp barely partnered with Harmoni Records Ltd.";

    private static Extraction extract(Pipeline p, String body) {
        return p.extract(new Article("t", "News", body, "", Optional.empty(), "en"));
    }

    @Test
    void everyBundledLanguageHasEveryFileAndItsEntriesCompile() {
        for (Language l : Language.values()) {
            LanguageProfile p = LanguageProfiles.bundled().of(l);
            for (LanguageProfile.File f : LanguageProfile.File.values()) {
                assertTrue(p.source(f).startsWith("/dealgraph/lang/" + l.code() + "/"), p.source(f));
                // Indonesian has no articles and marks the passive on the verb: those lists are empty
                boolean none = l == Language.INDONESIAN && java.util.Set.of(LanguageProfile.File.DEFINITE_ARTICLES,
                        LanguageProfile.File.PASSIVE_AUXILIARIES, LanguageProfile.File.PASSIVE_ADVERBS, LanguageProfile.File.PARTICIPLES).contains(f);
                assertEquals(none, p.entries(f).isEmpty(), l.code() + " " + f.fileName());
            }
            assertEquals(8, p.months().get(l == Language.ENGLISH ? "aug" : "agt"));
        }
    }

    @Test
    void aUsersNegationFileReplacesTheBundledOneForItsLanguageOnly() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("negation.txt"), "# my negation words\nnot\nbarely\n");
        Pipeline bundled = Pipeline.builder().rulesOnly(true).build();
        Pipeline own = Pipeline.builder().rulesOnly(true).languageData(dir).build();
        assertFalse(extract(bundled, SENTENCE).relations().isEmpty(), "without the user's file the sentence states a partnership");
        assertTrue(extract(own, SENTENCE).relations().isEmpty(), "the user's negation word negates it");
        assertEquals(dir.resolve("en/negation.txt").toString(),
                LanguageProfiles.load(dir).of(Language.ENGLISH).source(LanguageProfile.File.NEGATION));
        assertEquals("/dealgraph/lang/id/negation.txt", LanguageProfiles.load(dir).of(Language.INDONESIAN).source(LanguageProfile.File.NEGATION));
        assertNotEquals(bundled.fingerprint().value(), own.fingerprint().value(), "the user's files are part of the fingerprint");
    }

    @Test
    void aFolderOfALanguageDealgraphDoesNotReadIsRefusedByName() throws IOException {
        Files.createDirectories(dir.resolve("ms"));
        DealGraphException e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("ms/"), e.getMessage());
    }

    @Test
    void aFileThatIsNoLanguageFileIsRefusedByName() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("id")).resolve("negations.txt"), "tidak\n");
        DealGraphException e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("negations.txt") && e.getMessage().contains("negation.txt"), e.getMessage());
    }

    @Test
    void anInvalidEntryOrMonthLineNamesItsFile() throws IOException {
        Path id = Files.createDirectories(dir.resolve("id"));
        Files.writeString(id.resolve("speculation.txt"), "mungkin\n(kabar\n");
        DealGraphException e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("speculation.txt") && e.getMessage().contains("(kabar"), e.getMessage());
        Files.delete(id.resolve("speculation.txt"));
        Files.writeString(id.resolve("months.tsv"), "name\tmonth\tform\nagt\t13\tabbreviation\n");
        e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("months.tsv"), e.getMessage());
    }

    @Test
    void anEmptyFileAHeaderlessTableAndABadDurationAreRefusedByName() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("negation.txt"), "");
        DealGraphException e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("negation.txt: the file is empty"), e.getMessage());
        Files.writeString(en.resolve("negation.txt"), "# no negation words, on purpose\n");
        assertTrue(LanguageProfiles.load(dir).of(org.dealgraph.text.Language.ENGLISH).entries(LanguageProfile.File.NEGATION).isEmpty());
        Files.writeString(en.resolve("months.tsv"), "sept\t9\tabbreviation\n");
        e = assertThrows(DealGraphException.class, () -> LanguageProfiles.load(dir));
        assertTrue(e.getMessage().contains("months.tsv: the first line that is not a comment must be the header"), e.getMessage());
        Files.delete(en.resolve("months.tsv"));
        Files.writeString(en.resolve("periods.tsv"), "phrase\tduration\tposition\na fortnight\tXYZ\tafter\n");
        e = assertThrows(DealGraphException.class, () -> Pipeline.builder().languageData(dir).build());
        assertTrue(e.getMessage().contains("periods.tsv") && e.getMessage().contains("'XYZ' is not an ISO 8601 duration"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstEntry() throws IOException {
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.writeString(en.resolve("negation.txt"), "\uFEFFnary\nnot\n");
        assertEquals(java.util.List.of("nary", "not"),
                LanguageProfiles.load(dir).of(org.dealgraph.text.Language.ENGLISH).entries(LanguageProfile.File.NEGATION));
    }

    @Test
    void theCommandLineTakesALanguageFolderAndRefusesAMissingOne() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("a.txt"), "News\n\n" + SENTENCE + "\n");
        Files.writeString(Files.createDirectories(dir.resolve("lang/en")).resolve("negation.txt"), "not\nbarely\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = org.dealgraph.cli.Main.run(new PrintWriter(out), new PrintWriter(err), "extract", "--rules-only",
                "--lang-data", dir.resolve("lang").toString(), "--out", dir.resolve("out").toString(), articles.toString());
        assertEquals(0, code, err.toString());
        assertFalse(Files.readString(dir.resolve("out/a.nt")).contains("partnersWith"));
        code = org.dealgraph.cli.Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract",
                "--lang-data", dir.resolve("nowhere").toString(), "--out", dir.resolve("out2").toString(), articles.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--lang-data"), err.toString());
    }
}
