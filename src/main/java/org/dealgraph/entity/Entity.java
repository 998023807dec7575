package org.dealgraph.entity;

import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an article: a key that is stable across articles (the gazetteer id, or a slug of
 * the canonical name), the canonical name, its type, its Wikidata item and country where known
 * ("" otherwise), and every mention of it in the article.
 */
public record Entity(String key, String name, EntityType type, String wikidata, String country, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(country, "country");
        mentions = List.copyOf(mentions);
        if (key.isBlank() || mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a key and at least one mention: " + name);
        }
    }

    /** The distinct surface forms the article uses for this entity. */
    public List<String> aliases() {
        return mentions.stream().map(Mention::text).distinct().toList();
    }
}
