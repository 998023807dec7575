package org.dealgraph.event.salience;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an article is about: its most mentioned organization ({@link EntityIndex#main}), and the
 * same if it clearly dominates the others ({@link EntityIndex#dominant}); empty where none is.
 * With them, every organization of the article (in no particular order), among which a description
 * that refers back ("the Oslo-based insurer") looks for the one it describes.
 */
public record Focus(Optional<Entity> main, Optional<Entity> dominant, List<Entity> organizations) {
    public Focus {
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(dominant, "dominant");
        organizations = List.copyOf(organizations);
    }

    /** A focus with no other organizations known than {@code main} and {@code dominant}. */
    public Focus(Optional<Entity> main, Optional<Entity> dominant) {
        this(main, dominant, java.util.stream.Stream.concat(main.stream(), dominant.stream()).distinct().toList());
    }

    public static Focus of(EntityIndex index) {
        List<Entity> orgs = index.mentions().stream().map(index::owner).filter(e -> e.type() == EntityType.ORGANIZATION)
                .distinct().toList();
        return new Focus(index.main(), index.dominant(), orgs);
    }
}
