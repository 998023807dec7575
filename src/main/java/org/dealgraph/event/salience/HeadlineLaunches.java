package org.dealgraph.event.salience;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.argument.LaunchOrganizations;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A product the headline names, that the article's findings give an owner, is that owner's product launch: a story about
 * a product is about its launch ("Canon 6D Mark II", "Asus Pegasus 4S", "Nubia Z17 mini limited edition"). The launch is
 * added, {@code announced}, at the headline, where no finding launches the product yet; its organization is the owner
 * ({@link LaunchOrganizations}).
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), of the
 * products named in the headline with an owner, the annotators gave a launch to 161 of 220 (English 17 of 27, Indonesian
 * 144 of 193); of the products with an owner named only in the body, to 189 of 756. Immutable and thread-safe;
 * language-independent.
 */
public final class HeadlineLaunches {
    /** The extractor name of the launches this stage adds. */
    public static final String NAME = "headline-launch";
    /** The confidence of a launch so added: the rule's precision on the split above, about 0.73. */
    static final double CONFIDENCE = 0.7;

    /**
     * The findings and a launch for each owned product the headline names that no finding launches.
     *
     * @param entities the article's entities, whose keys the findings name
     */
    public List<Finding> launches(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Optional<Sentence> headline = analyzed.sentences().stream().findFirst().filter(Sentence::headline);
        if (headline.isEmpty()) {
            return findings;
        }
        Map<String, Relation> owner = LaunchOrganizations.productOwners(entities, findings);
        if (owner.isEmpty()) {
            return findings;
        }
        Set<String> launched = new HashSet<>();
        for (Finding f : findings) {
            if (f.event().filter(e -> e == EventType.PRODUCT_LAUNCH).isPresent()) {
                f.participants().forEach(p -> launched.add(p.entity()));
            }
        }
        List<Finding> out = new ArrayList<>(findings);
        for (Entity e : entities) {
            Relation r = owner.get(e.key());
            if (r != null && e.type() == EntityType.PRODUCT && !launched.contains(e.key()) && named(e, headline.get())) {
                out.add(new Finding(Optional.empty(), Optional.of(EventType.PRODUCT_LAUNCH),
                        List.of(new Participant(LaunchOrganizations.ORGANIZATION, r.object()), new Participant(LaunchOrganizations.PRODUCT, e.key())),
                        Optional.empty(), Optional.empty(), DealStatus.ANNOUNCED, headline.get().index(), NAME,
                        Math.min(CONFIDENCE, r.confidence())));
            }
        }
        return out;
    }

    private static boolean named(Entity e, Sentence s) {
        for (Mention m : e.mentions()) {
            if (m.begin() >= s.begin() && m.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
