package org.dealgraph.event;

import java.util.Optional;

/** The relations of the annotation guidelines, with their fixed local names. */
public enum RelationType {
    PARTNERS_WITH("partnersWith", true, EventType.PARTNERSHIP),
    PAYS("pays", false, EventType.PAYMENT),
    OWNED_BY("ownedBy", false, null),
    ACQUIRES("acquires", false, EventType.ACQUISITION),
    SEEKS_TO_ACQUIRE("seeksToAcquire", false, EventType.ACQUISITION),
    INVESTS_IN("investsIn", false, EventType.INVESTMENT),
    CUSTOMER_OF("customerOf", false, EventType.SERVICE_CONTRACT),
    COMPETES_WITH("competesWith", true, null),
    BLOCKS("blocks", false, EventType.BLOCK),
    SUES("sues", false, EventType.LAWSUIT),
    WORKS_FOR("worksFor", false, null);

    private final String localName;
    private final boolean symmetric;
    private final EventType event;

    RelationType(String localName, boolean symmetric, EventType event) {
        this.localName = localName;
        this.symmetric = symmetric;
        this.event = event;
    }

    public String localName() {
        return localName;
    }

    public boolean symmetric() {
        return symmetric;
    }

    /** The kind of deal or event this relation is evidence of, if any. */
    public Optional<EventType> event() {
        return Optional.ofNullable(event);
    }

    public static RelationType fromLocalName(String name) {
        for (RelationType t : values()) {
            if (t.localName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no relation named " + name);
    }
}
