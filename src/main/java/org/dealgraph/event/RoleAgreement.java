package org.dealgraph.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives an event's parties the roles the article's relations of its type state: where a relation that is evidence of the
 * event's type ({@code data/schema/relations.tsv}, column {@code event}; symmetric ones aside) runs from one party of the
 * event to another in a sentence that reports it, its subject takes the event's first role and its object the second
 * ("dipimpin oleh MCI, diikuti Gan Kapital": {@code Gan Kapital investsIn Cashlez} makes Gan Kapital an investor, not a
 * second investee; "sold its stake in Veltra to Norvik": {@code Norvik investsIn Veltra} makes Norvik the investor). A
 * party the relations put on both sides of the event keeps the role it had, and so does every role outside the first two
 * ("seller").
 *
 * <p>Source: GUIDELINES' table of events, whose first two roles are each relation's subject and object
 * (data/schema/events.tsv); a party's role and its relations are one statement in the corpus's annotations
 * (data/corpus/MANUAL.md, section 4: an Investment's investors are the subjects of its {@code investsIn}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RoleAgreement {

    /** The events with their parties' first two roles as the relations state them; order and everything else kept. */
    public List<Event> agree(List<Relation> relations, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(agreed(relations, e));
        }
        return out;
    }

    private static Event agreed(List<Relation> relations, Event event) {
        List<String> roles = event.type().roles();
        if (roles.size() < 2 || roles.get(0).equals(roles.get(1))) {
            return event;
        }
        Set<String> parties = new HashSet<>();
        for (Participant p : event.participants()) {
            if (roles.subList(0, 2).contains(p.role())) {
                parties.add(p.entity());
            }
        }
        Set<String> subjects = new HashSet<>();
        Set<String> objects = new HashSet<>();
        for (Relation r : relations) {
            if (r.type().symmetric() || r.type().event().filter(event.type()::equals).isEmpty()
                    || !event.sentences().contains(r.sentence()) || !parties.contains(r.subject()) || !parties.contains(r.object())) {
                continue;
            }
            subjects.add(r.subject());
            objects.add(r.object());
        }
        List<Participant> participants = new ArrayList<>();
        boolean changed = false;
        for (Participant p : event.participants()) {
            String role = p.role();
            boolean subject = subjects.contains(p.entity());
            boolean object = objects.contains(p.entity());
            if (roles.subList(0, 2).contains(role) && subject != object) {
                role = roles.get(subject ? 0 : 1);
            }
            changed |= !role.equals(p.role());
            Participant q = new Participant(role, p.entity());
            if (!participants.contains(q)) {
                participants.add(q);
            }
        }
        return changed ? new Event(event.type(), participants, event.amount(), event.date(), event.status(), event.sentences(),
                event.extractor(), event.confidence()) : event;
    }
}
