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
}
