package org.dealgraph.event;

import java.util.Locale;

/** Where a deal or event stands, as the article reports it. */
public enum DealStatus {
    RUMORED, NEGOTIATING, ANNOUNCED, SIGNED, AGREED, COMPLETED, FAILED, CANCELLED, REPORTED, IN_FORCE, FILED, SETTLED, DECIDED, LAUNCHED;

    /** The status's IRI local name, in camel case ("inForce"). */
    public String localName() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    /** How far along a deal this status is: a deal reported twice keeps its most advanced status. */
    public int progress() {
        return switch (this) {
            case RUMORED -> 0;
            case NEGOTIATING, REPORTED, ANNOUNCED -> 1;
            case SIGNED, AGREED, FILED, LAUNCHED -> 2;
            case COMPLETED, IN_FORCE, SETTLED, DECIDED -> 3;
            case FAILED, CANCELLED -> 4;
        };
    }
}
