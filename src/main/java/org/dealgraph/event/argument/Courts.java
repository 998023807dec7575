package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A court rules on a lawsuit and is no party to it: an organization whose name holds a court word of any language
 * ({@code court-words.txt}: "Court", "Tribunal", "Pengadilan", "Mahkamah") is taken out of every Lawsuit finding's
 * participants and every {@code sues} relation, whatever the extractor ("PT A menggugat PT B ke Pengadilan Niaga Jakarta
 * Pusat": the court is no defendant). A finding left with neither its relation nor an event with a party is dropped; every
 * other finding is kept, in its order.
 *
 * <p>Source: none of the annotated corpus's 2,167 events has a court as a lawsuit's plaintiff or defendant, nor any
 * {@code sues} relation a court as a side; 82 regulatory actions have one as their authority, which this does not touch.
 * Immutable and thread-safe.
 */
public final class Courts {
    private final Set<String> words;

    private Courts(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The check with the court words of every language of {@code languages}. */
    public static Courts of(LanguageProfiles languages) {
        return new Courts(languages.courtWords());
    }

    /**
     * The findings with no court as a lawsuit's party.
     *
     * @param entities the article's entities, whose keys the findings' participants and relations name
     */
    public List<Finding> noParty(List<Entity> entities, List<Finding> findings) {
        if (findings.stream().noneMatch(Courts::lawsuit)) {
            return findings; // most articles: no lawsuit, nothing to look up
        }
        Map<String, Entity> byKey = new HashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!lawsuit(f)) {
                out.add(f);
                continue;
            }
            Optional<Relation> relation = f.relation().filter(r -> r.type() != RelationType.SUES
                    || !court(byKey.get(r.subject())) && !court(byKey.get(r.object())));
            boolean event = f.event().filter(t -> t == EventType.LAWSUIT).isPresent();
            List<Participant> participants = event
                    ? f.participants().stream().filter(p -> !court(byKey.get(p.entity()))).toList() : f.participants();
            if (relation.equals(f.relation()) && participants.size() == f.participants().size()) {
                out.add(f);
                continue;
            }
            Optional<EventType> type = event && participants.isEmpty() ? Optional.empty() : f.event();
            if (relation.isEmpty() && type.isEmpty()) {
                continue;
            }
            out.add(new Finding(relation, type, type.isEmpty() ? List.of() : participants, type.isEmpty() ? Optional.empty() : f.amount(),
                    f.date(), f.status(), f.sentence(), f.extractor(), f.confidence()));
        }
        return out;
    }

    private static boolean lawsuit(Finding f) {
        return f.event().filter(t -> t == EventType.LAWSUIT).isPresent()
                || f.relation().filter(r -> r.type() == RelationType.SUES).isPresent();
    }

    private boolean court(Entity e) {
        if (e == null || e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        return java.util.Arrays.stream(e.name().split("[\\s(),]+")).anyMatch(words::contains);
    }
}
