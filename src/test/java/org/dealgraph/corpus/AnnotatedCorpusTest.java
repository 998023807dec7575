package org.dealgraph.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.mention.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loader joins annotations with corpus texts and names every problem by file and line. */
class AnnotatedCorpusTest {
    @TempDir
    Path dir;

    private static String problems(AnnotatedCorpus c) {
        return String.join("\n", c.problems().stream().map(ArticleProblem::toString).toList());
    }

    private static boolean has(AnnotatedCorpus c, String source, String text) {
        return c.problems().stream().anyMatch(p -> p.source().equals(source) && p.problem().contains(text));
    }

    @Test
    void loadsEveryAnnotatedArticleWithItsTextAndAnnotation() {
        TestCorpus t = TestCorpus.write(dir);
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("en-1", "en-2", "id-1"), c.articles().stream().map(a -> a.article().id()).toList());
        AnnotatedArticle acme = c.articles().get(0);
        assertEquals(TestCorpus.ACME.document(), acme.document());
        assertEquals("Acme Corp to buy Widget Inc", acme.article().title());
        assertEquals("en", acme.lang());
        Annotation a = acme.annotation();
        assertEquals(EntityType.ORGANIZATION, a.entities().get(0).type());
        assertEquals(List.of("Acme"), a.entities().get(0).aliases());
        assertEquals(2, a.entities().get(0).mentions().size());
        assertEquals("acquires", a.relations().get(0).predicate());
        assertEquals(Factuality.ASSERTED, a.relations().get(0).factuality());
        assertEquals(20_000_000, a.amounts().get(0).value().intValue());
        assertEquals("buy", a.events().get(0).trigger().orElseThrow().text());
        assertEquals(3, c.splits().entries().size());
    }

    @Test
    void loadsOnlyTheSelectedSplitAndLanguage() {
        TestCorpus t = TestCorpus.write(dir);
        AnnotatedCorpus test = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.of(Split.TEST));
        assertEquals(List.of("en-1", "id-1"), test.articles().stream().map(a -> a.article().id()).toList(), problems(test));
        AnnotatedCorpus testId = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.of(Split.TEST).withLang("id"));
        assertEquals(List.of("id-1"), testId.articles().stream().map(a -> a.article().id()).toList());
        assertEquals(List.of(), AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.of(Split.DEV)).articles());
    }

    @Test
    void mapsPipelineOffsetsOntoTheAnnotatedDocument() {
        TestCorpus t = TestCorpus.write(dir);
        AnnotatedArticle a = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all()).articles().get(0);
        String articleText = a.article().text();
        int inBody = articleText.indexOf("Widget Inc makes");
        assertEquals(a.document().indexOf("Widget Inc makes"), a.documentOffset(inBody));
        int inTitle = articleText.indexOf("Widget Inc");
        assertEquals(a.document().indexOf("Widget Inc"), a.documentOffset(inTitle));
        assertEquals(a.document().length(), a.documentOffset(articleText.length()));
    }

    @Test
    void namesAnAnnotationWhoseTextHashNoLongerMatches() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Path jsonl = t.corpusDir.resolve("news.jsonl");
        Files.writeString(jsonl, Files.readString(jsonl).replace("makes valves", "makes pumps"));
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertTrue(has(c, t.annotationFile("en-1").toString(), "text hash no longer matches"), problems(c));
        assertEquals(List.of("en-2", "id-1"), c.articles().stream().map(a -> a.article().id()).toList());
    }

    @Test
    void namesAnAnnotationWhoseArticleIsMissingFromTheCorpus() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Path jsonl = t.corpusDir.resolve("news.jsonl");
        Files.writeString(jsonl, String.join("\n", Files.readAllLines(jsonl).stream().filter(l -> !l.contains("\"id-1\"")).toList()));
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertTrue(has(c, t.annotationFile("id-1").toString(), "article id-1 is missing from corpus file"), problems(c));
        assertEquals(2, c.articles().size());
    }

    @Test
    void namesAMalformedAnnotationByFileLineAndColumn() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Path f = t.annotationFile("en-2");
        List<String> lines = Files.readAllLines(f);
        lines.set(3, lines.get(3).replace(",", ",,"));
        Files.write(f, lines);
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertTrue(c.problems().stream().anyMatch(p -> p.source().startsWith(f + ":4:") && p.problem().startsWith("not valid JSON")), problems(c));
        assertEquals(List.of("en-1", "id-1"), c.articles().stream().map(a -> a.article().id()).toList());
    }

    @Test
    void namesAMentionWhoseTextOrOffsetsDoNotFitTheDocumentByLine() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        ObjectNode a = TestCorpus.annotation(TestCorpus.KELANA);
        ObjectNode mention = (ObjectNode) a.path("entities").get(1).path("mentions").get(0);
        mention.put("text", "Harmony Records");
        ObjectNode outside = (ObjectNode) a.path("entities").get(0).path("mentions").get(0);
        outside.put("start", 5000).put("end", 5006);
        t.writeAnnotation(a);
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        List<String> lines = Files.readAllLines(t.annotationFile("id-1"));
        int wrongText = lineOf(lines, "Harmony Records") - 3; // the line where the mention object starts
        int wrongOffsets = lineOf(lines, "5000") - 1;
        String file = t.annotationFile("id-1").toString();
        assertTrue(has(c, file + ":" + wrongText, "says 'Harmony Records' but the document has 'Harmoni Records'"), problems(c));
        assertTrue(has(c, file + ":" + wrongOffsets, "lies outside the document"), problems(c));
    }

    @Test
    void namesAnUnknownEntityTypeAndARelationNamingNoEntity() {
        TestCorpus t = TestCorpus.write(dir);
        ObjectNode a = TestCorpus.annotation(TestCorpus.ACME);
        ((ObjectNode) a.path("entities").get(1)).put("type", "Company");
        ((ObjectNode) a.path("relations").get(0)).put("o", "Gadget Inc");
        t.writeAnnotation(a);
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertTrue(c.problems().stream().anyMatch(p -> p.problem().contains("unknown type 'Company'")), problems(c));
        assertTrue(c.problems().stream().anyMatch(p -> p.problem().contains("names 'Gadget Inc', which is no annotated entity")), problems(c));
    }

    @Test
    void namesASplitEntryWithoutAnnotationAndAMissingCorpusFile() throws IOException {
        TestCorpus t = TestCorpus.write(dir);
        Files.delete(t.annotationFile("id-1"));
        AnnotatedCorpus c = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.of(Split.TEST));
        assertTrue(c.problems().stream().anyMatch(p -> p.source().endsWith("splits.tsv:id-1") && p.problem().contains("no readable annotation")), problems(c));
        Files.delete(t.corpusDir.resolve("news.jsonl"));
        AnnotatedCorpus none = AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all());
        assertEquals(List.of(), none.articles());
        assertEquals(1, none.problems().stream().filter(p -> p.problem().contains("corpus file news.jsonl is not in")).count(),
                "one problem for the missing file, not one per article: " + problems(none));
    }

    @Test
    void failsOnlyWhenThereIsNoAnnotationFolder() {
        assertThrows(DealGraphException.class, () -> AnnotatedCorpus.load(dir.resolve("nowhere"), dir, CorpusSelection.all()));
    }

    @Test
    void countsArticlesTokensAndAnnotationsPerLanguageAndSource() {
        TestCorpus t = TestCorpus.write(dir);
        CorpusStatistics s = CorpusStatistics.of(AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all()).articles());
        assertEquals(List.of("all", "lang:en", "lang:id", "source:made-up"), List.copyOf(s.groups().keySet()));
        CorpusStatistics.Counts all = s.groups().get("all");
        assertEquals(3, all.articles());
        assertEquals(7, all.entities());
        assertEquals(java.util.Map.of("acquires", 1, "sues", 1, "partnersWith", 1), all.relations());
        assertEquals(java.util.Map.of("Acquisition", 1), all.events());
        assertEquals(2, s.groups().get("lang:en").articles());
        assertEquals(6, CorpusStatistics.countTokens("Acme Corp, 20 mln."));
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }
}
