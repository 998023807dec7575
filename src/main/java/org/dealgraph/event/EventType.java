package org.dealgraph.event;

/** The deal and event types of the annotation guidelines; their facts are data ({@code data/schema/events.tsv}, {@link RelationSchema}). */
public enum EventType {
    PARTNERSHIP("Partnership"),
    ACQUISITION("Acquisition"),
    INVESTMENT("Investment"),
    PAYMENT("Payment"),
    SERVICE_CONTRACT("ServiceContract"),
    BLOCK("Block"),
    REGULATORY_ACTION("RegulatoryAction"),
    LAWSUIT("Lawsuit"),
    PRODUCT_LAUNCH("ProductLaunch"),
    APPOINTMENT("Appointment");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    /** The participant roles, the subject's first ("acquirer", "target"); both partners are "partner" (the schema's roles column). */
    public java.util.List<String> roles() {
        return RelationSchema.bundled().of(this).roles();
    }

    /** The event type of a local name ("Acquisition"). */
    public static EventType fromLocalName(String name) {
        for (EventType t : values()) {
            if (t.localName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no event type named " + name);
    }
}
