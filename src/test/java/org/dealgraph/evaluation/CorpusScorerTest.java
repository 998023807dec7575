package org.dealgraph.evaluation;

import org.dealgraph.corpus.AnnotatedArticle;
import org.dealgraph.corpus.AnnotatedCorpus;
import org.dealgraph.corpus.CorpusSelection;
import org.dealgraph.corpus.TestCorpus;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Amount;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.Event;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus scorer on a hand-made extraction of the made-up Acme article, so each matching rule is pinned. */
class CorpusScorerTest {
    @TempDir
    Path dir;

    private AnnotatedArticle acme() {
        TestCorpus t = TestCorpus.write(dir);
        return AnnotatedCorpus.load(t.annotationDir, t.corpusDir, CorpusSelection.all()).articles().get(0);
    }

    private static Mention mention(String articleText, String surface, int occurrence, EntityType type) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = articleText.indexOf(surface, at + 1);
        }
        return new Mention(at, at + surface.length(), surface, type, "", "test", 1.0);
    }

    @Test
    void scoresMentionsRelationsEventsAndAmountsOfOneArticle() {
        AnnotatedArticle a = acme();
        String text = a.article().text();
        Entity acme = new Entity("acme", "Acme", EntityType.ORGANIZATION, "", "",
                List.of(mention(text, "Acme Corp", 0, EntityType.ORGANIZATION), mention(text, "Acme Corp", 1, EntityType.ORGANIZATION)));
        // right span, wrong type: counts as neither right nor found
        Entity widget = new Entity("widget", "Widget", EntityType.PRODUCT, "", "", List.of(mention(text, "Widget Inc", 1, EntityType.PRODUCT)));
        Entity monday = new Entity("monday", "Monday", EntityType.PERSON, "", "", List.of(mention(text, "Monday", 0, EntityType.PERSON)));
        Extraction x = new Extraction(new AnalyzedText(a.article(), Language.ENGLISH, List.of()), List.of(acme, widget, monday),
                List.of(new Relation("acme", RelationType.ACQUIRES, "widget", 1, "test", 0.6, DealStatus.AGREED),
                        new Relation("monday", RelationType.WORKS_FOR, "acme", 1, "test", 0.95, DealStatus.REPORTED)),
                List.of(new Event(EventType.ACQUISITION, List.of(new Participant("acquirer", "acme"), new Participant("target", "widget")),
                        Optional.empty(), Optional.empty(), DealStatus.AGREED, List.of(1), "test", 0.6)),
                List.of(new Amount(new BigDecimal("20000000"), "USD", Optional.empty(), 0, 1, "x"),
                        new Amount(new BigDecimal("20000000.00"), "USD", Optional.empty(), 2, 3, "x"),
                        new Amount(new BigDecimal("7"), "EUR", Optional.empty(), 4, 5, "y")), "test");
        ArticleScore s = new CorpusScorer().score(a, x);
        assertEquals("en", s.lang());
        assertEquals(new Tally(2, 4, 2, 5), s.tally(Bucket.all(Metric.ENTITY)), s.details().toString());
        assertEquals(new Tally(2, 2, 2, 5), s.tally(new Bucket(Metric.ENTITY, "Organization")));
        assertEquals(new Tally(0, 1, 0, 0), s.tally(new Bucket(Metric.ENTITY, "Product")));
        assertEquals(new Tally(1, 2, 1, 1), s.tally(Bucket.all(Metric.RELATION)), "names matched through aliases; worksFor is an extra");
        assertEquals(new Tally(1, 1, 1, 1), s.tally(new Bucket(Metric.RELATION, "acquires")));
        assertEquals(new Tally(1, 2, 1, 1), s.tally(new Bucket(Metric.RELATION_AT_CONFIDENCE, "0.5")));
        assertEquals(new Tally(0, 1, 0, 1), s.tally(new Bucket(Metric.RELATION_AT_CONFIDENCE, "0.7")));
        assertEquals(new Tally(1, 1, 1, 1), s.tally(new Bucket(Metric.EVENT, "Acquisition")));
        assertEquals(new Tally(1, 2, 1, 1), s.tally(Bucket.all(Metric.AMOUNT)), "the same amount twice counts once");
        assertTrue(s.details().contains("  extra en-1: mention Person [" + a.document().indexOf("Monday") + "," + (a.document().indexOf("Monday") + 6)
                + ") 'Monday'"), s.details().toString());
        assertTrue(s.details().contains("  extra en-1: Monday worksFor Acme Corp"), s.details().toString());
    }

    @Test
    void anEmptyExtractionFindsNothingAndPredictsNothing() {
        AnnotatedArticle a = acme();
        ArticleScore s = new CorpusScorer().score(a, new Extraction(new AnalyzedText(a.article(), Language.ENGLISH, List.of()),
                List.of(), List.of(), List.of(), List.of(), "test"));
        assertEquals(new Tally(0, 0, 0, 5), s.tally(Bucket.all(Metric.ENTITY)));
        assertEquals(new Tally(0, 0, 0, 1), s.tally(Bucket.all(Metric.RELATION)));
        assertEquals(new Tally(0, 0, 0, 1), s.tally(Bucket.all(Metric.EVENT)));
        assertEquals(new Tally(0, 0, 0, 1), s.tally(Bucket.all(Metric.AMOUNT)));
        assertTrue(s.details().contains("  miss  en-1: Acme Corp acquires Widget Inc"), s.details().toString());
    }
}
