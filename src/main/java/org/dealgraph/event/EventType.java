package org.dealgraph.event;

/** The deal and event types of the annotation guidelines. */
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

    /** The participant roles, the subject's first ("acquirer", "target"); both partners are "partner". */
    public java.util.List<String> roles() {
        return switch (this) {
            case PARTNERSHIP -> java.util.List.of("partner", "partner");
            case ACQUISITION -> java.util.List.of("acquirer", "target");
            case INVESTMENT -> java.util.List.of("investor", "investee");
            case PAYMENT -> java.util.List.of("payer", "payee");
            case SERVICE_CONTRACT -> java.util.List.of("customer", "supplier");
            case BLOCK -> java.util.List.of("actor", "target");
            case REGULATORY_ACTION -> java.util.List.of("authority", "target");
            case LAWSUIT -> java.util.List.of("plaintiff", "defendant");
            case PRODUCT_LAUNCH -> java.util.List.of("organization", "product");
            case APPOINTMENT -> java.util.List.of("person", "organization");
        };
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
