package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;

/**
 * The dealgraph vocabulary ({@code ontology/dealgraph.ttl}), as Jena terms. A test checks every
 * term here against the ontology file.
 */
public final class DG {
    public static final String NS = "https://w3id.org/dealgraph#";
    public static final String ID = "https://w3id.org/dealgraph/id/";
    public static final String ARTICLE = "https://w3id.org/dealgraph/article/";
    public static final String GRAPH = "https://w3id.org/dealgraph/graph/";
    public static final String EVENT = "https://w3id.org/dealgraph/event/";
    public static final String FACT = "https://w3id.org/dealgraph/fact/";
    public static final String AMOUNT = "https://w3id.org/dealgraph/amount/";
    public static final String STATUS = "https://w3id.org/dealgraph/status/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DEAL = "https://w3id.org/dealgraph/deal/";
    /** The named graph of what a store consolidates across its articles: canonical entities and deals. */
    public static final String CONSOLIDATED = "https://w3id.org/dealgraph/consolidated";

    private DG() {
    }

    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    public static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource Product = resource("Product");
    public static final Resource Place = resource("Place");
    public static final Resource NewsOutlet = resource("NewsOutlet");
    public static final Resource Article = resource("Article");
    public static final Resource Deal = resource("Deal");
    public static final Resource Event = resource("Event");
    public static final Resource DealStatusClass = resource("DealStatus");
    public static final Resource Assertion = resource("Assertion");
    public static final Resource MonetaryAmount = ResourceFactory.createResource(SCHEMA + "MonetaryAmount");

    // article and provenance
    public static final Property mentions = property("mentions");
    public static final Property cites = property("cites");
    public static final Property language = property("language");
    public static final Property contentHash = property("contentHash");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property sourceArticle = property("sourceArticle");
    public static final Property evidence = property("evidence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property country = property("country");

    // consolidation across articles
    public static final Resource EventReport = resource("EventReport");
    public static final Resource StatusChange = resource("StatusChange");
    public static final Resource MergeDecision = resource("MergeDecision");
    public static final Property nameInArticle = property("nameInArticle");
    public static final Property aliasInArticle = property("aliasInArticle");
    public static final Property extractedKey = property("extractedKey");
    public static final Property reportedType = property("reportedType");
    public static final Property dealKey = property("dealKey");
    public static final Property reportOf = property("reportOf");
    public static final Property reportedAmount = property("reportedAmount");
    public static final Property reportCount = property("reportCount");
    public static final Property firstReported = property("firstReported");
    public static final Property lastReported = property("lastReported");
    public static final Property statusChange = property("statusChange");
    public static final Property sequence = property("sequence");
    public static final Property decision = property("decision");
    public static final Property from = property("from");
    public static final Property to = property("to");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");

    // events
    public static final Property participant = property("participant");
    public static final Property amount = property("amount");
    public static final Property status = property("status");
    public static final Property date = property("date");
    public static final Property period = property("period");
    public static final Property value = ResourceFactory.createProperty(SCHEMA + "value");
    public static final Property currency = ResourceFactory.createProperty(SCHEMA + "currency");
    public static final Property schemaName = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property headline = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");

    public static Property relation(RelationType t) {
        return property(t.localName());
    }

    public static Resource eventClass(EventType t) {
        return resource(t.localName());
    }

    public static Property role(String role) {
        return property(role);
    }

    public static Resource status(DealStatus s) {
        return ResourceFactory.createResource(STATUS + s.localName());
    }

    public static Resource entityClass(EntityType t) {
        return switch (t) {
            case ORGANIZATION -> Organization;
            case PERSON -> Person;
            case PRODUCT -> Product;
            case PLACE -> Place;
            case OUTLET -> NewsOutlet;
        };
    }
}
