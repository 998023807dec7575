package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization of a product launch is the launched product's owner. A ProductLaunch finding, of whatever stage, whose
 * product the article's findings give an owner ({@code ownedBy} from the product to an organization) takes that owner as
 * its {@code organization}, in place of the organization its stage chose by nearness: "Mirabook ... the campaign on
 * Indiegogo ... Miraxess" launches Mirabook by Miraxess, not by Indiegogo; a launch that names its product alone ("Nokia X8
 * meluncur") takes its owner so, and without one is dropped (a launch of one party names no one who launches). Where the findings
 * give a product several owners, the one of the most confident finding is taken (the first of equals). A launch with an
 * organization and without a product that has an owner is kept as it is, as is every other finding, in its order.
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), the
 * annotators' launch organization was one of the product's owners for 363 of 366 launched products that had an owner
 * (English 91 of 92, Indonesian 272 of 274). Immutable and thread-safe; language-independent.
 */
public final class LaunchOrganizations {
    /** The role of who launches (data/schema/events.tsv). */
    public static final String ORGANIZATION = "organization";
    /** The role of what is launched (data/schema/events.tsv). */
    public static final String PRODUCT = "product";

    /**
     * The findings, each launch's organization its product's owner where the findings give one.
     *
     * @param entities the article's entities, whose keys the findings' participants and relations name
     */
    public List<Finding> organized(List<Entity> entities, List<Finding> findings) {
        if (findings.stream().noneMatch(LaunchOrganizations::launch)) {
            return findings;
        }
        Map<String, Relation> owner = productOwners(entities, findings);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding organized = launch(f) ? withOwner(f, owner) : f;
            if (!launch(organized) || organized.participants().size() > 1) {
                out.add(organized);
            }
        }
        return out;
    }

    /**
     * Each owned entity's most confident {@code ownedBy} relation to an organization, by the owned entity's key. The owned
     * entity may be typed an organization: a launched product's name is often taken for a company's ("Mirabook").
     *
     * @param entities the article's entities, whose keys the relations name
     */
    public static Map<String, Relation> productOwners(List<Entity> entities, List<Finding> findings) {
        Map<String, EntityType> types = new HashMap<>();
        entities.forEach(e -> types.put(e.key(), e.type()));
        Map<String, Relation> owner = new HashMap<>();
        for (Finding f : findings) {
            f.relation().filter(r -> r.type() == RelationType.OWNED_BY && types.get(r.object()) == EntityType.ORGANIZATION)
                    .ifPresent(r -> owner.merge(r.subject(), r, (a, b) -> b.confidence() > a.confidence() ? b : a));
        }
        return owner;
    }

    private static boolean launch(Finding f) {
        return f.event().filter(e -> e == EventType.PRODUCT_LAUNCH).isPresent();
    }

    private static Finding withOwner(Finding f, Map<String, Relation> owner) {
        Optional<String> found = f.participants().stream().filter(p -> p.role().equals(PRODUCT)).map(p -> owner.get(p.entity()))
                .filter(java.util.Objects::nonNull).map(Relation::object).findFirst();
        if (found.isEmpty() || f.participants().stream().anyMatch(p -> p.entity().equals(found.get()))) {
            return f;
        }
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(ORGANIZATION, found.get()));
        f.participants().stream().filter(p -> !p.role().equals(ORGANIZATION)).forEach(participants::add);
        return new Finding(f.relation(), f.event(), participants, f.amount(), f.date(), f.status(), f.sentence(), f.extractor(),
                f.confidence());
    }
}
