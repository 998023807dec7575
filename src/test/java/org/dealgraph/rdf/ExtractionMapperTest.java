package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionMapperTest {
    private static Model graphOf(String title) {
        return new ExtractionMapper().map(TestPipeline.rulesOnly().extract(new Article("a1", title,
                "Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc.", "", Optional.empty(), "en")));
    }

    @Test
    void writesNoHeadlineForAnUntitledArticle() {
        assertFalse(graphOf("").contains(null, DG.headline), "an untitled article has no schema:headline");
        assertTrue(graphOf("Kestrel buys Halcyon").contains(null, DG.headline, "Kestrel buys Halcyon"));
    }
}
