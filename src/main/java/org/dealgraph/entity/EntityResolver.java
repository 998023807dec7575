package org.dealgraph.entity;

import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;

import java.util.List;

/**
 * Groups an article's mentions into entities: one entity, many names. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface EntityResolver {
    /** The article's entities; every mention given belongs to exactly one of them. */
    List<Entity> resolve(AnalyzedText text, List<Mention> mentions);
}
