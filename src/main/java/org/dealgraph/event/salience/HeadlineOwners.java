package org.dealgraph.event.salience;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.event.argument.LaunchOrganizations;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A product the headline names beside one organization, and no other, is that organization's ({@code ownedBy}) where no
 * finding gives it an owner: a headline about a product names its maker ("Qualcomm qcc5100 chip dengan teknologi
 * truewireless stereo", "Silicon power sp bolt b80 portable ssd", "Panasonic calorieco"). A product written with the name
 * of an organization known beyond the article first ("Google Maps") is that one's, not the headline's other organization's.
 * The relation is placed at the headline; {@link LaunchOrganizations} and {@link HeadlineLaunches}, which run after, read it
 * as any other owner.
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), of the
 * products a headline names with exactly one organization, the annotators gave {@code ownedBy} that organization to 82,
 * marked 7 defensible either way ({@code optional}) and left 34 without (English 15 / 0 / 6, Indonesian 67 / 7 / 28).
 * Immutable and thread-safe; language-independent.
 */
public final class HeadlineOwners {
    /** The extractor name of the relations this stage adds. */
    public static final String NAME = "headline-owner";
    /** The confidence of an owner so found: about the rule's precision on the split above. */
    static final double CONFIDENCE = 0.65;
    /** Whether a name is an organization's known beyond the article (the gazetteer's). */
    private final Predicate<String> knownOrganization;

    /** @param knownOrganization whether a name is an organization's known beyond the article (the gazetteer's) */
    public HeadlineOwners(Predicate<String> knownOrganization) {
        this.knownOrganization = java.util.Objects.requireNonNull(knownOrganization, "knownOrganization");
    }

    /**
     * The findings and an {@code ownedBy} for each product the headline names that no finding gives an owner, where the
     * headline names exactly one organization.
     *
     * @param entities the article's entities, whose keys the findings name
     */
    public List<Finding> owned(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Optional<Sentence> headline = analyzed.sentences().stream().findFirst().filter(Sentence::headline);
        if (headline.isEmpty()) {
            return findings;
        }
        List<Entity> organizations = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && named(e, headline.get())).toList();
        if (organizations.size() != 1) {
            return findings;
        }
        Entity owner = organizations.get(0);
        Map<String, Relation> owners = LaunchOrganizations.productOwners(entities, findings);
        List<Finding> out = new ArrayList<>(findings);
        for (Entity e : entities) {
            if (e.type() != EntityType.PRODUCT || owners.containsKey(e.key()) || !named(e, headline.get()) || madeByAnother(e)) {
                continue;
            }
            int sentence = headline.get().index();
            Relation r = new Relation(e.key(), RelationType.OWNED_BY, owner.key(), sentence, NAME, CONFIDENCE, DealStatus.REPORTED);
            out.add(new Finding(Optional.of(r), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED,
                    sentence, NAME, CONFIDENCE));
        }
        return out;
    }

    /** Whether the product's name opens with an organization's name known beyond the article ("Google Maps"). */
    private boolean madeByAnother(Entity product) {
        for (Mention m : product.mentions()) {
            String[] words = m.text().strip().split("\\s+");
            for (int n = 1; n < words.length; n++) {
                if (knownOrganization.test(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)))) {
                    return true;
                }
            }
        }
        return false;
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
