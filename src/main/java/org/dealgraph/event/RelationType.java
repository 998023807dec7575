package org.dealgraph.event;

import java.util.Optional;

/**
 * The relations of the annotation guidelines, with their fixed local names. Their facts
 * (symmetry, event type, argument types) are data: {@code data/schema/relations.tsv}, read by
 * {@link RelationSchema}.
 */
public enum RelationType {
    PARTNERS_WITH("partnersWith"),
    PAYS("pays"),
    OWNED_BY("ownedBy"),
    ACQUIRES("acquires"),
    SEEKS_TO_ACQUIRE("seeksToAcquire"),
    INVESTS_IN("investsIn"),
    CUSTOMER_OF("customerOf"),
    COMPETES_WITH("competesWith"),
    BLOCKS("blocks"),
    SUES("sues"),
    WORKS_FOR("worksFor");

    private final String localName;

    RelationType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    /** Whether "A r B" also states "B r A" (the schema's symmetric column). */
    public boolean symmetric() {
        return RelationSchema.bundled().of(this).symmetric();
    }

    /** The kind of deal or event this relation is evidence of, if any. */
    public Optional<EventType> event() {
        return RelationSchema.bundled().of(this).event();
    }

    /** The relation of a local name ("partnersWith"). */
    public static RelationType fromLocalName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no relation named " + name));
    }

    /** The relation of a local name, if there is one. */
    public static Optional<RelationType> find(String name) {
        for (RelationType t : values()) {
            if (t.localName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
