package org.dealgraph.mention;

import java.util.Objects;

/**
 * A name found in an article: half-open offsets into the article text, the surface text, its
 * type, the gazetteer entry it matched (empty when found by rules), the finder that found it and
 * a confidence in [0, 1].
 */
public record Mention(int begin, int end, String text, EntityType type, String entryId, String finder, double confidence) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(finder, "finder");
        if (begin < 0 || end <= begin || end - begin != text.length()) {
            throw new IllegalArgumentException("mention span [" + begin + "," + end + ") does not fit '" + text + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }

    public int length() {
        return end - begin;
    }
}
