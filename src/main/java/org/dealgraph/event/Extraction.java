package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the analyzed text, its entities, relations, events and
 * the money amounts that were found in deal context.
 */
public record Extraction(AnalyzedText text, List<Entity> entities, List<Relation> relations, List<Event> events,
                         List<Amount> amounts) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        events = List.copyOf(events);
        amounts = List.copyOf(amounts);
    }
}
