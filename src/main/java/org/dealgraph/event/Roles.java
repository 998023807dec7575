package org.dealgraph.event;

/** The participant roles of each event type, subject's role first. */
final class Roles {
    private Roles() {
    }

    static String[] of(EventType type) {
        return switch (type) {
            case PARTNERSHIP -> new String[] {"partner", "partner"};
            case ACQUISITION -> new String[] {"acquirer", "target"};
            case INVESTMENT -> new String[] {"investor", "investee"};
            case PAYMENT -> new String[] {"payer", "payee"};
            case SERVICE_CONTRACT -> new String[] {"customer", "supplier"};
            case BLOCK -> new String[] {"actor", "target"};
            case REGULATORY_ACTION -> new String[] {"authority", "target"};
            case LAWSUIT -> new String[] {"plaintiff", "defendant"};
            case PRODUCT_LAUNCH -> new String[] {"organization", "product"};
            case APPOINTMENT -> new String[] {"person", "organization"};
        };
    }
}
