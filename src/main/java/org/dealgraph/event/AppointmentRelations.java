package org.dealgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code worksFor} relation an appointment states: the person of an Appointment event with a person and an
 * organization works for that organization (issue 12: "appointed X as chief financial officer" is an appointment and
 * {@code worksFor}), also where only a trigger read the event, as when the organization is a reference to a company named
 * in an earlier sentence ("The company also appointed Maria Santos as chief financial officer"). The relation takes the
 * event's first sentence, extractor and confidence. Stateless and thread-safe.
 */
public final class AppointmentRelations {
    /**
     * {@code relations} with the {@code worksFor} of every appointment in {@code events} that they do not already hold, in
     * the events' order after them; only of a person to an organization among {@code entities} (by key).
     */
    public List<Relation> with(List<Relation> relations, List<Event> events, List<org.dealgraph.entity.Entity> entities) {
        java.util.Map<String, org.dealgraph.mention.EntityType> types = new java.util.HashMap<>();
        entities.forEach(x -> types.put(x.key(), x.type()));
        Set<String> held = new HashSet<>();
        relations.forEach(r -> held.add(r.factKey()));
        List<Relation> out = new ArrayList<>(relations);
        for (Event e : events) {
            if (e.type() != EventType.APPOINTMENT || e.sentences().isEmpty()) {
                continue;
            }
            Optional<String> person = role(e, "person");
            Optional<String> organization = role(e, "organization");
            if (person.isEmpty() || organization.isEmpty() || types.get(person.get()) != org.dealgraph.mention.EntityType.PERSON
                    || types.get(organization.get()) != org.dealgraph.mention.EntityType.ORGANIZATION) {
                continue;
            }
            Relation r = new Relation(person.get(), RelationType.WORKS_FOR, organization.get(), e.sentences().get(0), e.extractor(),
                    e.confidence(), DealStatus.REPORTED);
            if (held.add(r.factKey())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> role(Event e, String role) {
        return e.participants().stream().filter(p -> p.role().equals(role)).map(Participant::entity).findFirst();
    }
}
