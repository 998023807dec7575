package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionMapperTest {
    private static Model graphOf(String title) {
        return new ExtractionMapper().map(TestPipeline.rulesOnly().extract(new Article("a1", title,
                "Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc.", "", Optional.empty(), "en")));
    }

    @Test
    void anArticleIdOfDotsGivesIrisWithoutDotSegments() {
        for (String id : java.util.List.of(".", "..")) {
            String graph = ExtractionMapper.graphIri(id);
            assertFalse(graph.endsWith("/.") || graph.endsWith("/.."), graph);
            // an IRI whose path has no dot-segment is its own normal form: resolving it against itself changes nothing
            assertEquals(graph, org.apache.jena.irix.IRIx.create(graph).resolve(graph).str(), graph);
        }
        assertFalse(ExtractionMapper.graphIri(".").equals(ExtractionMapper.graphIri("..")));
        assertTrue(ExtractionMapper.graphIri("a.b").endsWith("/a.b"), "dots inside an id stay as they are");
    }

    @Test
    void writesNoHeadlineForAnUntitledArticle() {
        assertFalse(graphOf("").contains(null, DG.headline), "an untitled article has no schema:headline");
        assertTrue(graphOf("Kestrel buys Halcyon").contains(null, DG.headline, "Kestrel buys Halcyon"));
    }
}
