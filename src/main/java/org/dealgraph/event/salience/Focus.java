package org.dealgraph.event.salience;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;

import java.util.Objects;
import java.util.Optional;

/**
 * What an article is about: its most mentioned organization ({@link EntityIndex#main}), and the
 * same if it clearly dominates the others ({@link EntityIndex#dominant}); empty where none is.
 */
public record Focus(Optional<Entity> main, Optional<Entity> dominant) {
    public Focus {
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(dominant, "dominant");
    }

    public static Focus of(EntityIndex index) {
        return new Focus(index.main(), index.dominant());
    }
}
