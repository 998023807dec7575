package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the analyzed text, its entities, relations, events and
 * the money amounts that were found in deal context; and {@code extractor}, the fingerprint of
 * the pipeline that extracted it (stored with the article, so that a changed extractor is seen).
 */
public record Extraction(AnalyzedText text, List<Entity> entities, List<Relation> relations, List<Event> events,
                         List<Amount> amounts, String extractor) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extractor, "extractor");
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        amounts = List.copyOf(amounts);
    }
}
