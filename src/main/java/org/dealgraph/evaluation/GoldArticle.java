package org.dealgraph.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.DealGraphException;
import org.dealgraph.corpus.Annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One annotated article in the format of the annotation guidelines: entities with aliases,
 * required relations, optional relations (neither rewarded nor penalized), events and amounts.
 */
public record GoldArticle(String article, String lang, Map<String, String> aliases, List<GoldRelation> relations,
                          List<GoldRelation> optional, List<GoldEvent> events, List<GoldAmount> amounts) {

    /** A relation whose subject and object may each be any of several names. */
    public record GoldRelation(Set<String> subjects, String predicate, Set<String> objects) {
        public Set<String> keys() {
            Set<String> out = new HashSet<>();
            for (String s : subjects) {
                for (String o : objects) {
                    out.add(Scorer.key(s, predicate, o));
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return one(subjects) + " " + predicate + " " + one(objects);
        }

        private static String one(Set<String> names) {
            return names.size() == 1 ? names.iterator().next() : names.toString();
        }
    }

    public record GoldEvent(String type, Set<String> participants) {
    }

    public record GoldAmount(List<Double> values, List<String> currencies) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GoldArticle read(Path file) {
        JsonNode g;
        try {
            g = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new DealGraphException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> aliases = new HashMap<>();
        for (JsonNode e : g.path("entities")) {
            String name = e.path("name").asText();
            aliases.putIfAbsent(Scorer.norm(name), name);
            for (JsonNode a : e.path("aliases")) {
                aliases.putIfAbsent(Scorer.norm(a.asText()), name);
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : g.path("events")) {
            Set<String> parts = new HashSet<>();
            e.path("participants").forEach(p -> parts.add(p.asText()));
            events.add(new GoldEvent(e.path("type").asText(), parts));
        }
        List<GoldAmount> amounts = new ArrayList<>();
        for (JsonNode a : g.path("amounts")) {
            List<Double> values = new ArrayList<>(List.of(a.path("value").asDouble()));
            List<String> currencies = new ArrayList<>(List.of(a.path("currency").asText()));
            for (JsonNode alt : a.path("alternatives")) {
                values.add(alt.path("value").asDouble());
                currencies.add(alt.path("currency").asText());
            }
            amounts.add(new GoldAmount(values, currencies));
        }
        return new GoldArticle(g.path("article").asText(), g.path("lang").asText("?"), aliases,
                relations(g.path("relations")), relations(g.path("optional")), events, amounts);
    }

    private static List<GoldRelation> relations(JsonNode list) {
        List<GoldRelation> out = new ArrayList<>();
        for (JsonNode r : list) {
            out.add(relation(names(r.path("s")), r.path("p").asText(), names(r.path("o"))));
        }
        return out;
    }

    /** Inverse relation names, read reversed as {@code score.py} reads them. */
    static final Map<String, String> INVERSES = Map.of("owns", "ownedBy", "acquiredBy", "acquires", "employs", "worksFor",
            "supplierOf", "customerOf", "paidBy", "pays", "blockedBy", "blocks", "suedBy", "sues", "fundedBy", "investsIn",
            "hasInvestor", "investsIn");

    private static GoldRelation relation(Set<String> s, String p, Set<String> o) {
        return INVERSES.containsKey(p) ? new GoldRelation(o, INVERSES.get(p), s) : new GoldRelation(s, p, o);
    }

    /**
     * The gold view of a corpus annotation: entities with aliases, relations and optional
     * relations (non-relations are not scored: predicting one is an extra), events and amounts.
     */
    public static GoldArticle of(Annotation a) {
        Map<String, String> aliases = new HashMap<>();
        for (Annotation.AnnotatedEntity e : a.entities()) {
            aliases.putIfAbsent(Scorer.norm(e.name()), e.name());
            e.aliases().forEach(x -> aliases.putIfAbsent(Scorer.norm(x), e.name()));
        }
        List<GoldRelation> relations = new ArrayList<>();
        a.relations().forEach(r -> relations.add(relation(r.subjects(), r.predicate(), r.objects())));
        List<GoldRelation> optional = new ArrayList<>();
        a.optional().forEach(r -> optional.add(relation(r.subjects(), r.predicate(), r.objects())));
        List<GoldEvent> events = new ArrayList<>();
        a.events().forEach(e -> events.add(new GoldEvent(e.type(), new HashSet<>(e.participants()))));
        List<GoldAmount> amounts = new ArrayList<>();
        for (Annotation.AnnotatedAmount m : a.amounts()) {
            List<Double> values = new ArrayList<>(List.of(m.value().doubleValue()));
            List<String> currencies = new ArrayList<>(List.of(m.currency()));
            m.alternatives().forEach(x -> {
                values.add(x.value().doubleValue());
                currencies.add(x.currency());
            });
            amounts.add(new GoldAmount(values, currencies));
        }
        return new GoldArticle(a.id(), a.lang().isEmpty() ? "?" : a.lang(), aliases, relations, optional, events, amounts);
    }

    private static Set<String> names(JsonNode n) {
        Set<String> out = new HashSet<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    /** The canonical gold name for a predicted label, or the label itself. */
    public String canon(String label) {
        return aliases.getOrDefault(Scorer.norm(label), label);
    }
}
