package org.dealgraph.event;

import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidate pairs across sentences through a reference word, backward only. Names are invented. */
class RelationFeaturesTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();
    private static final CueRelationExtractor CUES = CueRelationExtractor.bundled();

    /** The article's entities: every occurrence of each name, typed as given. */
    private static List<Entity> entities(AnalyzedText a, Map<String, EntityType> names) {
        List<Entity> out = new ArrayList<>();
        names.forEach((name, type) -> {
            List<Mention> ms = new ArrayList<>();
            for (int at = a.text().indexOf(name); at >= 0; at = a.text().indexOf(name, at + 1)) {
                ms.add(new Mention(at, at + name.length(), name, type, "", "test", 1.0));
            }
            out.add(new Entity(name.toLowerCase().replace(' ', '-'), name, type, "", "", ms));
        });
        return out;
    }

    /** "first|second|reference word" for each pair across sentences. */
    private static List<String> referencePairs(String body, Language lang, Map<String, EntityType> names, boolean references) {
        AnalyzedText a = ANALYZER.analyze(Article.of("t", "News", body), lang);
        List<String> out = new ArrayList<>();
        for (RelationCandidate c : new RelationFeatures(CUES, references).candidates(a, entities(a, names))) {
            if (Arrays.asList(c.features()).contains("xref")) {
                Mention word = c.firstMention().finder().equals("reference") ? c.firstMention() : c.secondMention();
                out.add(c.first().name() + "|" + c.second().name() + "|" + word.text() + "|" + c.sentence().index());
            }
        }
        return out;
    }

    @Test
    void pairsTheCompanyAReferenceWordRefersBackTo() {
        List<String> pairs = referencePairs("Kestrel Dynamics reported higher sales on Monday. The company agreed to buy Lumaro for $2 billion.",
                Language.ENGLISH, Map.of("Kestrel Dynamics", EntityType.ORGANIZATION, "Lumaro", EntityType.ORGANIZATION), true);
        assertEquals(List.of("Kestrel Dynamics|Lumaro|The company|2"), pairs);
    }

    @Test
    void pairsPerseroanWithTheLastCompanyNamedBefore() {
        List<String> pairs = referencePairs("Vendara Holdings bertemu Halcyon Systems pekan lalu. Lintas Data mencatat laba naik. "
                        + "Perseroan lalu mengakuisisi Nimbus Cloud.",
                Language.INDONESIAN, Map.of("Vendara Holdings", EntityType.ORGANIZATION, "Halcyon Systems", EntityType.ORGANIZATION,
                        "Lintas Data", EntityType.ORGANIZATION, "Nimbus Cloud", EntityType.ORGANIZATION), true);
        assertEquals(List.of("Lintas Data|Nimbus Cloud|Perseroan|3"), pairs);
    }

    @Test
    void neverRefersForwardToACompanyNamedLater() {
        List<String> pairs = referencePairs("It agreed to buy Lumaro for $2 billion. Kestrel Dynamics confirmed the deal on Monday.",
                Language.ENGLISH, Map.of("Kestrel Dynamics", EntityType.ORGANIZATION, "Lumaro", EntityType.ORGANIZATION), true);
        assertTrue(pairs.isEmpty(), pairs::toString);
    }

    @Test
    void addsNoPairWhenTheCompanyIsNamedInTheSentence() {
        List<String> pairs = referencePairs("Kestrel Dynamics said it agreed to buy Lumaro.",
                Language.ENGLISH, Map.of("Kestrel Dynamics", EntityType.ORGANIZATION, "Lumaro", EntityType.ORGANIZATION), true);
        assertTrue(pairs.isEmpty(), pairs::toString);
    }

    @Test
    void pairsAPersonalPronounWithThePersonNamedBefore() {
        List<String> pairs = referencePairs("Laura Whitfield spoke on Monday. She joined Kestrel Dynamics in 2019.",
                Language.ENGLISH, Map.of("Laura Whitfield", EntityType.PERSON, "Kestrel Dynamics", EntityType.ORGANIZATION), true);
        assertEquals(List.of("Laura Whitfield|Kestrel Dynamics|She|2"), pairs);
    }

    @Test
    void staysWithinSentencesWhenReferencesAreOff() {
        List<String> pairs = referencePairs("Kestrel Dynamics reported higher sales on Monday. The company agreed to buy Lumaro.",
                Language.ENGLISH, Map.of("Kestrel Dynamics", EntityType.ORGANIZATION, "Lumaro", EntityType.ORGANIZATION), false);
        assertTrue(pairs.isEmpty(), pairs::toString);
    }

    /** The features of the one pair of a sentence, with or without the role features. */
    private static List<String> pairFeatures(String body, Language lang, Map<String, EntityType> names, boolean roles) {
        AnalyzedText a = ANALYZER.analyze(Article.of("t", "News", body), lang);
        RelationFeatures f = new RelationFeatures(CUES, false);
        if (roles) {
            f = f.withRoles(org.dealgraph.text.LanguageProfiles.bundled());
        }
        List<RelationCandidate> cs = f.candidates(a, entities(a, names));
        assertEquals(1, cs.size(), cs::toString);
        return Arrays.asList(cs.get(0).features());
    }

    @Test
    void marksARoleNounBetweenAPersonInAppositionAndTheOrganization() {
        Map<String, EntityType> names = Map.of("Laura Whitfield", EntityType.PERSON, "Kestrel Dynamics", EntityType.ORGANIZATION);
        String body = "Laura Whitfield, chief executive of Kestrel Dynamics, said sales rose.";
        List<String> f = pairFeatures(body, Language.ENGLISH, names, true);
        assertTrue(f.containsAll(List.of("role_between_PERSON_ORGANIZATION", "role_after_first_PERSON_ORGANIZATION",
                "appos_first_PERSON_ORGANIZATION")), f::toString);
        assertTrue(pairFeatures(body, Language.ENGLISH, names, false).stream().noneMatch(x -> x.startsWith("role_")),
                "without the role features a bundle trained before them reads the pair as it was trained");
    }

    @Test
    void marksAnOwnerMarkerAndAPossessiveBetweenTwoOrganizations() {
        List<String> id = pairFeatures("PT Harmoni Niaga, anak usaha PT Lintas Data, mencatat laba.", Language.INDONESIAN,
                Map.of("PT Harmoni Niaga", EntityType.ORGANIZATION, "PT Lintas Data", EntityType.ORGANIZATION), true);
        assertTrue(id.contains("owner_before_second_ORGANIZATION_ORGANIZATION"), id::toString);
        List<String> en = pairFeatures("Kestrel Dynamics's Brightwater division grew.", Language.ENGLISH,
                Map.of("Kestrel Dynamics", EntityType.ORGANIZATION, "Brightwater", EntityType.ORGANIZATION), true);
        assertTrue(en.containsAll(List.of("poss_adjacent_ORGANIZATION_ORGANIZATION", "unit_after_second_ORGANIZATION_ORGANIZATION")),
                en::toString);
    }

    @Test
    void readsRoleWordsOfTheArticlesLanguageOnly() {
        List<String> f = pairFeatures("Laura Whitfield, ekonom Kestrel Dynamics, said sales rose.", Language.ENGLISH,
                Map.of("Laura Whitfield", EntityType.PERSON, "Kestrel Dynamics", EntityType.ORGANIZATION), true);
        assertTrue(f.stream().noneMatch(x -> x.startsWith("role_")), f::toString);
    }
}
