package org.dealgraph;

import org.dealgraph.evaluation.Scorer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins extraction quality on the bundled articles and the project's own gold files, so a regression fails the build. */
class SeedQualityTest {

    @Test
    void seedScoresDoNotRegress() {
        DealGraph.Evaluation ev = DealGraph.evaluate(TestPipeline.get(), List.of(TestPipeline.seeds()), TestPipeline.home().resolve("data/gold"));
        assertEquals(List.of(), ev.problems());
        Scorer.Score s = ev.score();
        String report = String.format("P=%.3f R=%.3f F1=%.3f entities=%.3f events=%.3f amounts=%.3f%n%s", s.all().precision(),
                s.all().recall(), s.all().f1(), s.entityRecall(), s.eventRecall(), s.amountRecall(), String.join("\n", s.details()));
        assertTrue(s.all().precision() >= 0.90, report);
        assertTrue(s.all().f1() >= 0.85, report);
        assertTrue(s.entityRecall() >= 0.95, report);
        assertTrue(s.eventRecall() >= 0.70, report);
        assertEquals(1.0, s.amountRecall(), report);
    }
}
