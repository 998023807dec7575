package org.dealgraph.store;

import org.dealgraph.entity.AliasEntityResolver;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical key of an entity as one article names it: a pure function of the extractor's key,
 * the entity's type, the article's names for it, the gazetteer and the user's decisions. Being a
 * function of the article alone (and not of what the store held before) is what makes the result
 * of ingest independent of the order of the articles.
 *
 * <p>In order: a user's decision; a gazetteer id the extractor already gave; a gazetteer entry
 * that one of the names is, up to case, accents, punctuation, legal forms ({@code PT}, {@code Tbk},
 * {@code (Persero)}), possessives and typographic quotes, or an exchange ticker ({@code NYSE: PFE},
 * {@code TLKM}) the entry lists; else the extractor's key, itself a slug of the normalized name.
 * A name that is the name of two entries, or of an entry of an incompatible type, merges nothing.
 *
 * <p>Design decision: a short form ("Astra", a surname) is merged across articles only through
 * the gazetteer or a decision, never by being the prefix of a longer name seen elsewhere: which
 * longer names a store holds depends on what was ingested before, and a surname or "Sinar Mas"
 * is ambiguous without evidence.
 *
 * <p>Immutable and thread-safe.
 */
final class EntityCanonicalizer {
    private static final Pattern TICKER = Pattern.compile(
            "^\\(?\\s*(?:NYSE|NASDAQ|Nasdaq|IDX|BEI|BEJ|LSE|HKEX|TSE|SGX|ASX|TSX|NYSE American|AMEX|OTC)\\s*:\\s*([A-Z0-9.]{1,8})\\s*\\)?$");

    private final Gazetteer gazetteer;
    private final MergeDecisions decisions;
    private final Map<String, Set<GazetteerEntry>> byNorm = new HashMap<>();

    EntityCanonicalizer(Gazetteer gazetteer, MergeDecisions decisions) {
        this.gazetteer = gazetteer;
        this.decisions = decisions;
        for (GazetteerEntry e : gazetteer.entries()) {
            index(e.name(), e);
            e.aliases().forEach(a -> index(a, e));
        }
    }

    private void index(String name, GazetteerEntry e) {
        String n = AliasEntityResolver.norm(name);
        if (!n.isEmpty()) {
            byNorm.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(e);
        }
    }

    MergeDecisions decisions() {
        return decisions;
    }

    /** The canonical key of an entity keyed {@code key} by the extractor, typed {@code type}, named {@code wordings}. */
    String canonicalKey(String key, EntityType type, List<String> wordings) {
        Optional<String> decided = decisions.decide(key, wordings);
        if (decided.isPresent()) {
            return decisions.follow(decided.get());
        }
        if (gazetteer.entry(key).isPresent()) {
            return decisions.follow(key);
        }
        GazetteerEntry found = null;
        for (String w : wordings) {
            Matcher t = TICKER.matcher(w.strip());
            String name = t.matches() ? t.group(1) : w;
            Set<GazetteerEntry> entries = byNorm.getOrDefault(AliasEntityResolver.norm(name), Set.of());
            if (entries.size() > 1) {
                return decisions.follow(key); // a name two entries share is evidence of neither
            }
            for (GazetteerEntry e : entries) {
                if (!compatible(e.type(), type) || found != null && !found.equals(e)) {
                    return decisions.follow(key);
                }
                found = e;
            }
        }
        return decisions.follow(found != null ? found.id() : key);
    }

    /** The gazetteer entry a canonical key names, if any. */
    Optional<GazetteerEntry> entry(String canonicalKey) {
        return gazetteer.entry(canonicalKey);
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a.canBeParty() && b.canBeParty();
    }
}
