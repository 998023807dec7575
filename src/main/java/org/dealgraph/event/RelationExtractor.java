package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds relations and events between an article's entities. Implementations are immutable,
 * thread-safe and keep no state between calls.
 *
 * <pre>{@code
 * RelationExtractor x = RelationExtractor.all(CueRelationExtractor.bundled(), new RoleRelationExtractor());
 * List<Finding> findings = x.extract(analyzed, entities);
 * }</pre>
 */
@FunctionalInterface
public interface RelationExtractor {
    List<Finding> extract(AnalyzedText text, List<Entity> entities);

    static RelationExtractor all(RelationExtractor... extractors) {
        List<RelationExtractor> list = List.of(extractors);
        return (text, entities) -> {
            List<Finding> out = new ArrayList<>();
            for (RelationExtractor x : list) {
                out.addAll(x.extract(text, entities));
            }
            return out;
        };
    }
}
