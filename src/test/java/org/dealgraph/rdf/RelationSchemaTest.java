package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.TestPipeline;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationSchema;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relation schema ({@code data/schema/}) states the ontology's facts, and the ontology states the schema's. */
class RelationSchemaTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(TestPipeline.home().resolve("ontology/dealgraph.ttl").toString());
    private static final String NS = "https://w3id.org/dealgraph#";

    private static Resource dg(String local) {
        return ONTOLOGY.createResource(NS + local);
    }

    @Test
    void everyRelationIsAnObjectPropertyWithTheSchemasSymmetryDomainAndRange() {
        for (RelationType t : RelationType.values()) {
            RelationSchema.RelationFacts f = RelationSchema.bundled().of(t);
            Resource p = dg(t.localName());
            assertTrue(ONTOLOGY.contains(p, RDF.type, OWL.ObjectProperty), t.localName() + " is no owl:ObjectProperty");
            assertEquals(f.symmetric(), ONTOLOGY.contains(p, RDF.type, OWL.SymmetricProperty),
                    t.localName() + ": the schema says symmetric=" + f.symmetric() + ", the ontology does not agree");
            assertEquals(Set.of(dg(f.domain())), objects(p, RDFS.domain), t.localName() + " domain");
            assertEquals(Set.of(dg(f.range())), objects(p, RDFS.range), t.localName() + " range");
        }
    }

    @Test
    void theOntologysSymmetricPropertiesAreExactlyTheSchemasSymmetricRelations() {
        Set<String> ontology = ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.SymmetricProperty).toList().stream()
                .map(Resource::getLocalName).collect(Collectors.toSet());
        Set<String> schema = java.util.Arrays.stream(RelationType.values()).filter(RelationType::symmetric)
                .map(RelationType::localName).collect(Collectors.toSet());
        assertEquals(ontology, schema);
        assertEquals(Set.of("partnersWith", "competesWith"), schema);
    }

    @Test
    void everyEventTypeIsAClassUnderItsParentWithItsRolesAsParticipantProperties() {
        for (EventType t : EventType.values()) {
            RelationSchema.EventFacts f = RelationSchema.bundled().of(t);
            Resource c = dg(t.localName());
            assertTrue(ONTOLOGY.contains(c, RDF.type, OWL.Class), t.localName() + " is no owl:Class");
            assertTrue(ONTOLOGY.contains(c, RDFS.subClassOf, dg(f.parent())), t.localName() + " is not under " + f.parent());
            for (String role : f.roles()) {
                assertTrue(ONTOLOGY.contains(dg(role), RDFS.subPropertyOf, dg("participant")), role + " is no dg:participant");
            }
        }
    }

    @Test
    void aRelationsEventIsAnEventTypeOfTheSchema() {
        assertEquals(java.util.Optional.of(EventType.ACQUISITION), RelationType.ACQUIRES.event());
        assertEquals(java.util.Optional.empty(), RelationType.OWNED_BY.event());
        assertEquals(java.util.List.of("acquirer", "target"), EventType.ACQUISITION.roles());
    }

    private static Set<RDFNode> objects(Resource s, Property p) {
        return ONTOLOGY.listObjectsOfProperty(s, p).toSet();
    }
}
