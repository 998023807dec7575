package org.dealgraph.event;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** One scan of the cue lexicon per article gives what matching it afresh gives. Names are invented. */
class CueScanTest {
    private static final CueRelationExtractor CUES = CueRelationExtractor.bundled();

    private static Extraction extract(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", "Kabar", body, "", Optional.empty(), lang));
    }

    @Test
    void cachedHitsAndModalitiesEqualMatchingAfresh() {
        for (Extraction x : List.of(
                extract("Kestrel Dynamics Corp has agreed to acquire Brightwater Inc for $2 billion. It might also buy Halcyon Systems, "
                        + "a unit of Orvane Group, if regulators agree. Brightwater did not partner with Lumaro.", "en"),
                extract("Halcyon Systems mengumumkan niatnya untuk mengakuisisi PT Lintas Data Tbk. Perseroan tidak bermitra dengan "
                        + "Kelana, dan kabarnya akan membeli saham Nimbus Cloud.", "id"))) {
            CueScan scan = CUES.scan(x.text());
            int hits = 0;
            for (Sentence s : x.text().sentences()) {
                assertEquals(CUES.hits(x.text(), s), scan.hits(s));
                assertEquals(CueRelationExtractor.modalities(s.text()), scan.modalities(s));
                assertSame(scan.hits(s), scan.hits(s), "a sentence is matched once");
                hits += scan.hits(s).size();
            }
            assertFalse(hits == 0, "the sentences hold cues");
            assertEquals(CUES.extract(x.text(), x.entities()), CUES.extract(x.text(), x.entities(), scan));
        }
    }

    @Test
    void ignoresAScanOfAnotherArticle() {
        Extraction a = extract("Kestrel Dynamics Corp has agreed to acquire Brightwater Inc.", "en");
        Extraction b = extract("Halcyon Systems signed an agreement with Lumaro Inc.", "en");
        assertEquals(CUES.extract(b.text(), b.entities()), CUES.extract(b.text(), b.entities(), CUES.scan(a.text())));
        assertFalse(CUES.extract(b.text(), b.entities()).isEmpty());
    }
}
