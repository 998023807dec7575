package org.dealgraph.event;

import org.dealgraph.DealGraphException;
import org.dealgraph.mention.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relation and event schema as data: {@code data/schema/relations.tsv} (name, symmetric or
 * not, ontology domain and range, event type, the entity types the rules accept as arguments)
 * and {@code data/schema/events.tsv} (name, parent class, roles, argument types), shipped under
 * {@code /dealgraph/schema/}. {@link RelationType} and {@link EventType} read their facts from
 * here, so each fact is stated once; a test checks both files against {@code ontology/dealgraph.ttl}.
 *
 * <p>Immutable and thread-safe; loaded once.
 */
public final class RelationSchema {
    /** The classpath resource of the relations. */
    public static final String BUNDLED = "/dealgraph/schema/relations.tsv";
    /** The classpath resource of the event types. */
    public static final String BUNDLED_EVENTS = "/dealgraph/schema/events.tsv";

    /**
     * One relation's facts.
     *
     * @param symmetric whether "A r B" also states "B r A"
     * @param domain    the ontology class of the subject (local name, e.g. {@code Entity})
     * @param range     the ontology class of the object
     * @param event     the event type the relation is evidence of, if any
     * @param subjects  the entity types the rules accept as subject
     * @param objects   the entity types the rules accept as object
     */
    public record RelationFacts(boolean symmetric, String domain, String range, Optional<EventType> event,
                                Set<EntityType> subjects, Set<EntityType> objects) {
        public RelationFacts {
            subjects = Collections.unmodifiableSet(EnumSet.copyOf(subjects));
            objects = Collections.unmodifiableSet(EnumSet.copyOf(objects));
        }
    }

    /**
     * One event type's facts.
     *
     * @param parent   the ontology class it is a subclass of ({@code Deal} or {@code Event})
     * @param roles    the participant roles, the subject's first
     * @param subjects the entity types the rules accept for the first role when a trigger names only the event
     * @param objects  the same for the second role
     */
    public record EventFacts(String parent, List<String> roles, Set<EntityType> subjects, Set<EntityType> objects) {
        public EventFacts {
            roles = List.copyOf(roles);
            subjects = Collections.unmodifiableSet(EnumSet.copyOf(subjects));
            objects = Collections.unmodifiableSet(EnumSet.copyOf(objects));
        }

        /** Whether the event is a deal: its parent in {@code events.tsv} is {@code Deal} (a partnership, an acquisition ...). */
        public boolean deal() {
            return parent.equals("Deal");
        }
    }

    private static final class Bundled {
        static final RelationSchema INSTANCE = new RelationSchema();
    }

    private final Map<RelationType, RelationFacts> relations = new EnumMap<>(RelationType.class);
    private final Map<EventType, EventFacts> events = new EnumMap<>(EventType.class);

    private RelationSchema() {
        for (String[] f : rows(BUNDLED_EVENTS, 5)) {
            EventType t = EventType.fromLocalName(f[0]);
            List<String> roles = List.of(f[2].split(","));
            if (roles.size() != 2) {
                throw new DealGraphException(BUNDLED_EVENTS + ": " + f[0] + " has " + roles.size() + " roles, not 2");
            }
            events.put(t, new EventFacts(f[1], roles, types(f[3]), types(f[4])));
        }
        for (String[] f : rows(BUNDLED, 7)) {
            RelationType t = RelationType.fromLocalName(f[0]);
            if (!f[1].equals("yes") && !f[1].equals("no")) {
                throw new DealGraphException(BUNDLED + ": " + f[0] + ": symmetric is yes or no, not " + f[1]);
            }
            Optional<EventType> e = f[4].equals("-") ? Optional.empty() : Optional.of(EventType.fromLocalName(f[4]));
            relations.put(t, new RelationFacts(f[1].equals("yes"), f[2], f[3], e, types(f[5]), types(f[6])));
        }
        for (RelationType t : RelationType.values()) {
            if (!relations.containsKey(t)) {
                throw new DealGraphException(BUNDLED + " has no line for " + t.localName());
            }
        }
        for (EventType t : EventType.values()) {
            if (!events.containsKey(t)) {
                throw new DealGraphException(BUNDLED_EVENTS + " has no line for " + t.localName());
            }
        }
    }

    /** The bundled schema. */
    public static RelationSchema bundled() {
        return Bundled.INSTANCE;
    }

    public RelationFacts of(RelationType t) {
        return relations.get(t);
    }

    public EventFacts of(EventType t) {
        return events.get(t);
    }

    private static Set<EntityType> types(String field) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String s : field.split(",")) {
            out.add(EntityType.valueOf(s.strip()));
        }
        return out;
    }

    /** The data lines of a bundled table, header and comments left out, each with {@code fields} fields. */
    private static List<String[]> rows(String resource, int fields) {
        try (InputStream in = RelationSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DealGraphException("bundled schema " + resource + " is missing from the classpath");
            }
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.strip().split("\t", -1);
                if (f.length != fields) {
                    throw new DealGraphException(resource + ":" + n + ": " + fields + " tab-separated fields expected, found "
                            + f.length + ": " + Arrays.toString(f));
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + resource + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DealGraphException(resource + ": " + e.getMessage(), e);
        }
    }
}
