package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.factuality.FactualityReading;
import org.dealgraph.event.argument.ReadTrigger;
import org.dealgraph.event.trigger.CueLexicon;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.event.trigger.WordIndexTriggerFinder;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up text for the stages' unit tests: its sentences (split at ". "), and its names as
 * parties, each name one entity with every occurrence of it as a mention. A name written
 * {@code "person:Ratna Dewi"} is a person; any other an organization.
 */
public record StageText(String text, List<Sentence> sentences, List<Entity> entities, List<Party> parties) {

    public static StageText of(String text, String... names) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.startsWith(". ", i)) {
                int end = Math.min(text.length(), i + 1);
                sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), List.of(), false));
                start = end + 1;
                i = end;
            }
        }
        Map<Integer, Party> byBegin = new java.util.TreeMap<>();
        List<Entity> entities = new ArrayList<>();
        for (String n : names) {
            EntityType type = n.startsWith("person:") ? EntityType.PERSON : EntityType.ORGANIZATION;
            String name = n.replaceFirst("^person:", "");
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(at, at + name.length(), name, type, "", "test", 0.95));
            }
            Entity e = new Entity(name, name, type, "", "", mentions);
            entities.add(e);
            mentions.forEach(m -> byBegin.put(m.begin(), new Party(m, e)));
        }
        return new StageText(text, sentences, entities, List.copyOf(byBegin.values()));
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The parties within a sentence, in text order. */
    public List<Party> parties(Sentence s) {
        return parties.stream().filter(p -> p.begin() >= s.begin() && p.end() <= s.end()).toList();
    }

    public Entity entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** The bundled lexicon's triggers in a sentence, each read as asserted. */
    public List<ReadTrigger> triggers(Language language, Sentence s) {
        List<ReadTrigger> out = new ArrayList<>();
        for (Trigger t : triggersOf(language).find(s)) {
            out.add(new ReadTrigger(t, FactualityReading.ASSERTED));
        }
        return out;
    }

    private static final Map<Language, WordIndexTriggerFinder> FINDERS = new LinkedHashMap<>();

    public static synchronized WordIndexTriggerFinder triggersOf(Language language) {
        return FINDERS.computeIfAbsent(language, l -> WordIndexTriggerFinder.of(CueLexicon.of(LanguageProfiles.bundled().of(l))));
    }
}
