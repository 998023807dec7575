package org.dealgraph.entity;

import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article's entities looked up by mention, with the mentions in text order and the
 * organization the article is about. Immutable.
 */
public final class EntityIndex {
    private final Map<Mention, Entity> owner = new IdentityHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Optional<Entity> main;
    private final Optional<Entity> dominant;

    private EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                owner.put(m, e);
                mentions.add(m);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        List<Entity> orgs = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()
                        .thenComparingInt(e -> e.mentions().stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE))).toList();
        main = orgs.isEmpty() ? Optional.empty() : Optional.of(orgs.get(0));
        int second = orgs.size() > 1 ? orgs.get(1).mentions().size() : 0;
        dominant = main.filter(m -> m.mentions().size() >= 3 && m.mentions().size() >= 2 * second);
    }

    public static EntityIndex of(List<Entity> entities) {
        return new EntityIndex(entities);
    }

    /** The entity a mention belongs to. */
    public Entity owner(Mention m) {
        Entity e = owner.get(m);
        if (e == null) {
            throw new IllegalArgumentException("mention of no entity: " + m);
        }
        return e;
    }

    /** All mentions, in text order. */
    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    /** The most mentioned organization; of two mentioned as often, the one named first (the lead's subject, as a rule). */
    public Optional<Entity> main() {
        return main;
    }

    /** The most mentioned organization, if it has at least three mentions and twice as many as any other. */
    public Optional<Entity> dominant() {
        return dominant;
    }
}
