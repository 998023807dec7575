package org.dealgraph.event;

import java.util.Objects;

/** An entity (by key) taking part in an event, in a role ("acquirer", "target", "payer", ...). */
public record Participant(String role, String entity) {
    public Participant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
    }
}
