package org.dealgraph;

import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.evaluation.GoldArticle;
import org.dealgraph.evaluation.Scorer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins extraction quality on the bundled articles and the project's own gold files, so a regression fails the build. */
class SeedQualityTest {

    @Test
    void seedScoresDoNotRegress() throws IOException {
        Scorer scorer = new Scorer();
        try (Stream<Path> golds = Files.list(TestPipeline.home().resolve("data/gold"))) {
            for (Path g : golds.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldArticle gold = GoldArticle.read(g);
                Path article = TestPipeline.seeds().resolve(gold.article());
                try (Stream<ReadOutcome> read = new ArticleSources().read(List.of(article))) {
                    ReadOutcome.Read r = (ReadOutcome.Read) read.findFirst().orElseThrow();
                    scorer.add(gold, TestPipeline.get().extract(r.article()));
                }
            }
        }
        Scorer.Score s = scorer.score();
        String report = String.format("P=%.3f R=%.3f F1=%.3f events=%.3f amounts=%.3f%n%s", s.all().precision(), s.all().recall(),
                s.all().f1(), s.eventRecall(), s.amountRecall(), String.join("\n", s.details()));
        assertTrue(s.all().precision() >= 0.85, report);
        assertTrue(s.all().f1() >= 0.80, report);
        assertEquals(1.0, s.amountRecall(), report);
        assertTrue(s.eventRecall() >= 0.55, report);
    }
}
