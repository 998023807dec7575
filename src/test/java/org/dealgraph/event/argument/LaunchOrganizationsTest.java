package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A launch's organization is its product's owner, whichever organization its stage found nearest. */
class LaunchOrganizationsTest {
    private static final Entity MIRAXESS = entity("miraxess", "Miraxess", EntityType.ORGANIZATION);
    private static final Entity INDIEGOGO = entity("indiegogo", "Indiegogo", EntityType.ORGANIZATION);
    private static final Entity KALDERA = entity("kaldera", "Kaldera Labs", EntityType.ORGANIZATION);
    // the name finder took the product for a company's name
    private static final Entity MIRABOOK = entity("mirabook", "Mirabook", EntityType.ORGANIZATION);
    private static final List<Entity> ENTITIES = List.of(MIRAXESS, INDIEGOGO, KALDERA, MIRABOOK);

    private static Entity entity(String key, String name, EntityType type) {
        return new Entity(key, name, type, "", "", List.of(new Mention(0, name.length(), name, type, "", "test", 0.9)));
    }

    private static Finding owned(String product, String owner, double confidence) {
        return new Finding(Optional.of(new Relation(product, RelationType.OWNED_BY, owner, 0, "test", confidence, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 0, "test", confidence);
    }

    private static Finding launch(String organization, String product) {
        return new Finding(Optional.empty(), Optional.of(EventType.PRODUCT_LAUNCH),
                List.of(new Participant("organization", organization), new Participant("product", product)), Optional.empty(),
                Optional.empty(), DealStatus.LAUNCHED, 2, "trigger", 0.6);
    }

    private static List<Participant> participants(List<Finding> findings) {
        return findings.stream().filter(f -> f.event().isPresent()).findFirst().orElseThrow().participants();
    }

    @Test
    void aLaunchTakesTheMostConfidentOwnerOfItsProductAsItsOrganization() {
        List<Finding> out = new LaunchOrganizations().organized(ENTITIES,
                List.of(owned("mirabook", "kaldera", 0.6), launch("indiegogo", "mirabook"), owned("mirabook", "miraxess", 0.95)));
        assertEquals(List.of(new Participant("organization", "miraxess"), new Participant("product", "mirabook")), participants(out));
        assertEquals(3, out.size());
        assertEquals(DealStatus.LAUNCHED, out.get(1).status());
    }

    @Test
    void aLaunchWhoseOrganizationOwnsTheProductOrWhoseProductHasNoOwnerStaysAsItIs() {
        List<Finding> right = List.of(owned("mirabook", "miraxess", 0.95), launch("miraxess", "mirabook"));
        assertSame(right.get(1), new LaunchOrganizations().organized(ENTITIES, right).get(1));
        List<Finding> unowned = List.of(owned("indiegogo", "kaldera", 0.9), launch("indiegogo", "mirabook"));
        assertSame(unowned.get(1), new LaunchOrganizations().organized(ENTITIES, unowned).get(1));
        // an owner that is no organization (a person) is no launch's organization
        Entity founder = entity("ratna", "Ratna Dewi", EntityType.PERSON);
        List<Finding> byPerson = List.of(owned("mirabook", "ratna", 0.9), launch("indiegogo", "mirabook"));
        List<Entity> withFounder = new java.util.ArrayList<>(ENTITIES);
        withFounder.add(founder);
        assertSame(byPerson.get(1), new LaunchOrganizations().organized(withFounder, byPerson).get(1));
    }
}
