package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A relation extractor that reads the cue lexicon's matches, and takes them from the caller when
 * the caller has scanned the article already: {@link #sharing} scans each article once for all of
 * them. {@code extract(text, entities, scan)} gives the same findings as
 * {@code extract(text, entities)}; only the cost differs.
 *
 * <pre>{@code
 * RelationExtractor x = CueScanExtractor.sharing(cues, List.of(cues, classifier, new RoleRelationExtractor()));
 * }</pre>
 */
public interface CueScanExtractor extends RelationExtractor {
    /**
     * @param scan the article's scan, made by {@link CueRelationExtractor#scan} for {@code text}
     */
    List<Finding> extract(AnalyzedText text, List<Entity> entities, CueScan scan);

    /**
     * The extractors in order, run on one scan of each article by {@code lexicon}: those that read
     * cues get the scan, the others are called as they are.
     */
    static RelationExtractor sharing(CueRelationExtractor lexicon, List<RelationExtractor> extractors) {
        List<RelationExtractor> list = List.copyOf(extractors);
        return (text, entities) -> {
            CueScan scan = lexicon.scan(text);
            List<Finding> out = new ArrayList<>();
            for (RelationExtractor x : list) {
                out.addAll(x instanceof CueScanExtractor c ? c.extract(text, entities, scan) : x.extract(text, entities));
            }
            return out;
        };
    }
}
