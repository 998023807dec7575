package org.dealgraph.evaluation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {
    private static final Bucket RELATIONS = Bucket.all(Metric.RELATION);

    /** Articles whose relation tallies vary: right/predicted and found/gold. */
    private static List<ArticleScore> articles(int copies) {
        int[][] tallies = {{1, 2, 1, 1}, {0, 1, 0, 2}, {3, 3, 3, 4}, {2, 4, 2, 2}, {1, 1, 1, 3}, {0, 0, 0, 1}};
        List<ArticleScore> out = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (int[] t : tallies) {
                out.add(new ArticleScore("a" + out.size(), "en", Map.of(RELATIONS, new Tally(t[0], t[1], t[2], t[3])), List.of()));
            }
        }
        return out;
    }

    @Test
    void givesTheSameIntervalsForTheSameSeed() {
        Estimate a = Bootstrap.defaults().estimate(articles(1)).get(RELATIONS);
        Estimate b = Bootstrap.defaults().estimate(articles(1)).get(RELATIONS);
        assertEquals(a, b);
        Estimate other = Bootstrap.defaults().withSeed(7).estimate(articles(1)).get(RELATIONS);
        assertNotEquals(a.f1(), other.f1(), "another seed, other resamples");
    }

    @Test
    void intervalsContainThePointEstimateOfTheSummedTallies() {
        Estimate e = Bootstrap.defaults().estimate(articles(1)).get(RELATIONS);
        assertEquals(new Tally(7, 11, 7, 13), e.tally());
        assertEquals(7 / 11.0, e.precision().point(), 1e-12);
        assertEquals(7 / 13.0, e.recall().point(), 1e-12);
        assertEquals(e.tally().f1(), e.f1().point(), 1e-12);
        for (Interval i : List.of(e.precision(), e.recall(), e.f1())) {
            assertTrue(i.contains(i.point()) && i.width() > 0, i.toString());
        }
    }

    @Test
    void intervalsNarrowWithMoreArticles() {
        Estimate few = Bootstrap.defaults().estimate(articles(1)).get(RELATIONS);
        Estimate many = Bootstrap.defaults().estimate(articles(20)).get(RELATIONS);
        assertEquals(few.f1().point(), many.f1().point(), 1e-12);
        assertTrue(many.f1().width() < few.f1().width() / 2, few.f1() + " vs " + many.f1());
        assertTrue(many.precision().width() < few.precision().width() / 2);
        assertTrue(many.recall().width() < few.recall().width() / 2);
    }

    @Test
    void articlesThatAllScoreAlikeGiveAZeroWidthInterval() {
        List<ArticleScore> same = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add(new ArticleScore("a" + i, "en", Map.of(RELATIONS, new Tally(1, 2, 1, 4)), List.of()));
        }
        Estimate e = Bootstrap.defaults().estimate(same).get(RELATIONS);
        assertEquals(new Interval(0.5, 0.5, 0.5), e.precision());
        assertEquals(new Interval(0.25, 0.25, 0.25), e.recall());
        assertEquals(0, e.f1().width());
    }

    @Test
    void aRatioWithNothingToDivideIsZeroWithAZeroWidthInterval() {
        List<ArticleScore> none = List.of(new ArticleScore("a", "en", Map.of(RELATIONS, new Tally(0, 0, 0, 3)), List.of()));
        Estimate e = Bootstrap.defaults().estimate(none).get(RELATIONS);
        assertEquals(new Interval(0, 0, 0), e.precision());
        assertEquals(Map.of(), Bootstrap.defaults().estimate(List.of()));
    }

    @Test
    void reportsEachLanguageFromItsOwnArticles() {
        List<ArticleScore> scores = new ArrayList<>(articles(1));
        scores.add(new ArticleScore("x", "id", Map.of(RELATIONS, new Tally(2, 2, 2, 2)), List.of()));
        CorpusReport r = CorpusReport.of(scores, Bootstrap.defaults().withResamples(200));
        assertEquals(List.of("all", "en", "id"), List.copyOf(r.groups().keySet()));
        assertEquals(7, r.all().articles());
        assertEquals(new Tally(2, 2, 2, 2), r.groups().get("id").estimate(RELATIONS).tally());
        assertEquals(new Interval(1, 1, 1), r.groups().get("id").estimate(RELATIONS).f1());
        assertEquals(new Tally(9, 13, 9, 15), r.all().estimate(RELATIONS).tally());
    }
}
