package org.dealgraph.learning;

import org.dealgraph.Pipeline;
import org.dealgraph.article.Article;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trains on made-up articles (names no gazetteer or rule knows: "Qorvex", "Lumaro") and checks that
 * the models learn what they were shown and nothing they were not.
 */
class ModelTrainerTest {
    private static final String[] BUYERS = {"Qorvex", "Zantaro", "Belmiq", "Ostrava Pelco", "Vindler", "Krasto", "Melvane",
            "Ulterra", "Pravix", "Sondrel", "Tavimo", "Jorvik Brands", "Nexaro", "Helvo", "Drumond", "Castivo", "Fenwar",
            "Gilmora", "Harvex", "Istrel"};
    private static final String[] TARGETS = {"Lumaro", "Pentrix", "Cordova Mills", "Avenel", "Brisko", "Delmar Foods",
            "Ecrono", "Falvia", "Gostek", "Hamvel", "Imbrex", "Jastro", "Kelvano", "Lorvig", "Marvola", "Novix", "Orlen Tech",
            "Pemvo", "Quarvel", "Rostiva"};
    private static List<TrainingArticle> articles;
    private static ModelBundle bundle;

    @BeforeAll
    static void train() {
        articles = new ArrayList<>();
        for (int i = 0; i < BUYERS.length; i++) {
            String a = BUYERS[i];
            String b = TARGETS[i];
            String c = TARGETS[(i + 7) % TARGETS.length];
            String title = a + " results";
            String body = a + " has agreed to acquire " + b + " for an undisclosed sum. "
                    + a + " and " + c + " attended the same trade fair last week.";
            articles.add(article("t" + i, title, body, new String[] {a, b, c}, a, b));
        }
        bundle = new ModelTrainer(ModelTrainer.Settings.defaults()).train(articles, ModelTrainer.metadata().put("corpus", "made-up"));
    }

    private static TrainingArticle article(String id, String title, String body, String[] names, String buyer, String target) {
        Article art = Article.of(id, title, body);
        String text = art.text();
        List<TrainingArticle.GoldMention> mentions = new ArrayList<>();
        for (String n : names) {
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
                mentions.add(new TrainingArticle.GoldMention(at, at + n.length(), EntityType.ORGANIZATION, n));
            }
        }
        mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        int s = text.indexOf(buyer + " has agreed");
        int e = text.indexOf(". ", s) + 1;
        return new TrainingArticle(art, Language.ENGLISH, mentions, List.of(new TrainingArticle.GoldRelation(
                List.of(buyer), RelationType.ACQUIRES, List.of(target), TrainingArticle.Kind.ASSERTED,
                List.of(new TrainingArticle.Span(s, e)))));
    }

    @Test
    void learnsARelationFromItsExamplesAndNotFromMereCooccurrence() {
        Pipeline p = Pipeline.builder().models(bundle).build();
        Extraction x = p.extract(Article.of("new", "Brevanto news", "Brevanto has agreed to acquire Solvari for an undisclosed sum. "
                + "Brevanto and Tessaro attended the same trade fair last week."));
        List<String> facts = x.relations().stream().map(ModelTrainerTest::fact).toList();
        assertTrue(facts.contains("brevanto acquires solvari"), facts::toString);
        assertFalse(facts.stream().anyMatch(f -> f.contains("tessaro")), facts::toString);
    }

    @Test
    void aFoundEntityIsNamedAfterTheGoldEntityMostOfItsMentionsOverlapByHalfTheLongerSpan() {
        String body = "PT Bank Mandiri (Persero) Tbk said Direktur Utama Transjakarta Welfizon Yuza met Bank Mandiri.";
        Article art = Article.of("a", "", body);
        String text = art.text();
        java.util.function.BiFunction<String, EntityType, TrainingArticle.GoldMention> gold = (n, t) ->
                new TrainingArticle.GoldMention(text.indexOf(n), text.indexOf(n) + n.length(), t, n);
        TrainingArticle a = new TrainingArticle(art, Language.INDONESIAN, List.of(
                gold.apply("PT Bank Mandiri", EntityType.ORGANIZATION), gold.apply("Transjakarta", EntityType.ORGANIZATION),
                gold.apply("Welfizon Yuza", EntityType.PERSON)), List.of());
        java.util.function.BiFunction<String, Integer, org.dealgraph.entity.Entity> found = (n, from) -> {
            int at = text.indexOf(n, from);
            return new org.dealgraph.entity.Entity(n, n, EntityType.ORGANIZATION, "", "",
                    List.of(new org.dealgraph.mention.Mention(at, at + n.length(), n, EntityType.ORGANIZATION, "", "rule", 0.5)));
        };
        org.dealgraph.entity.Entity mandiri = found.apply("PT Bank Mandiri (Persero) Tbk", 0);
        org.dealgraph.entity.Entity run = found.apply("Direktur Utama Transjakarta Welfizon Yuza", 0);
        java.util.Map<org.dealgraph.entity.Entity, String> named = ModelTrainer.aligned(List.of(mandiri, run), a);
        assertEquals("PT Bank Mandiri", named.get(mandiri));
        // a span more than twice as long as a gold one is no mention of it: the run stands for neither
        assertFalse(List.of("Transjakarta", "Welfizon Yuza").contains(named.get(run)), named.toString());
    }

    @Test
    void theClassifiersAlsoLearnFromTheEntitiesFoundInArticlesTheNameFinderDidNotSee() {
        com.fasterxml.jackson.databind.JsonNode en = bundle.metadata().get("languages").get("en");
        assertTrue(en.get("foundPairs").asInt() > 0, en.toString());
        assertTrue(en.get("foundRelatedPairs").asInt() > 0, en.toString());
        assertTrue(bundle.metadata().get("settings").get("foundEntities").asBoolean());
        ModelBundle gold = new ModelTrainer(ModelTrainer.Settings.defaults().withFoundEntities(false)).train(articles, ModelTrainer.metadata());
        assertEquals(0, gold.metadata().get("languages").get("en").get("foundPairs").asInt());
    }

    @Test
    void rulesOnlyPipelineDoesNotUseTheModels() {
        Pipeline p = Pipeline.builder().rulesOnly(true).build();
        assertTrue(p.models().isEmpty());
    }

    @Test
    void bundleSurvivesWritingAndLoadingAndTrainingIsDeterministic(@TempDir Path dir) {
        Path file = dir.resolve("models.zip");
        bundle.write(file);
        ModelBundle loaded = ModelBundle.load(file);
        assertEquals(bundle.relationModels().keySet(), loaded.relationModels().keySet());
        assertEquals("made-up", loaded.metadata().get("corpus").asText());
        assertEquals(64, loaded.sha256().length());
        ModelBundle again = new ModelTrainer(ModelTrainer.Settings.defaults()).train(articles, ModelTrainer.metadata());
        String[] features = {"lang=en", "types=ORGANIZATION_ORGANIZATION", "bw=acquire"};
        assertEquals(java.util.Arrays.toString(bundle.relationModels().get(Language.ENGLISH).eval(features)),
                java.util.Arrays.toString(again.relationModels().get(Language.ENGLISH).eval(features)));
        // the name finders' files hold the same entries in the same order, equal but for the manifest's training time
        Path second = dir.resolve("again.zip");
        again.write(second);
        java.util.Map<String, byte[]> one = nameFinderEntries(file);
        java.util.Map<String, byte[]> two = nameFinderEntries(second);
        assertEquals(List.copyOf(one.keySet()), List.copyOf(two.keySet()));
        assertEquals("manifest.properties", one.keySet().iterator().next());
        one.keySet().stream().filter(n -> !n.equals("manifest.properties"))
                .forEach(n -> assertTrue(java.util.Arrays.equals(one.get(n), two.get(n)), n));
    }

    /** The entries of the first name finder in a bundle file, in the order they are written. */
    private static java.util.Map<String, byte[]> nameFinderEntries(Path bundleFile) {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundleFile.toFile())) {
            java.util.zip.ZipEntry names = zip.stream().filter(e -> e.getName().endsWith("-names.bin")).findFirst().orElseThrow();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(zip.getInputStream(names))) {
                java.util.zip.ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void recordsWhetherTheClassifiersSawPairsAcrossSentencesAndTrainsThemDeterministically(@TempDir Path dir) {
        List<TrainingArticle> across = new ArrayList<>();
        for (int i = 0; i < BUYERS.length; i++) {
            String a = BUYERS[i];
            String b = TARGETS[i];
            String c = TARGETS[(i + 7) % TARGETS.length];
            String body = a + " reported higher sales on Monday. The company has agreed to acquire " + b + " for an undisclosed sum. "
                    + c + " and " + b + " attended the same trade fair last week.";
            Article art = Article.of("x" + i, a + " results", body);
            String text = art.text();
            List<TrainingArticle.GoldMention> mentions = new ArrayList<>();
            for (String n : new String[] {a, b, c}) {
                for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
                    mentions.add(new TrainingArticle.GoldMention(at, at + n.length(), EntityType.ORGANIZATION, n));
                }
            }
            mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
            int s = text.indexOf("The company");
            across.add(new TrainingArticle(art, Language.ENGLISH, mentions, List.of(new TrainingArticle.GoldRelation(
                    List.of(a), RelationType.ACQUIRES, List.of(b), TrainingArticle.Kind.ASSERTED,
                    List.of(new TrainingArticle.Span(s, text.indexOf(". ", s) + 1))))));
        }
        // the pairs across sentences as the annotated entities teach them; with the found entities of these 20
        // made-up articles too, the pair's probability falls to about 0.37
        ModelTrainer.Settings gold = ModelTrainer.Settings.defaults().withFoundEntities(false);
        ModelBundle one = new ModelTrainer(gold, true).train(across, ModelTrainer.metadata());
        ModelBundle two = new ModelTrainer(gold, true).train(across, ModelTrainer.metadata());
        Path file = dir.resolve("across.zip");
        one.write(file);
        assertTrue(ModelBundle.load(file).crossSentence());
        assertFalse(bundle.crossSentence(), "a bundle trained within sentences says so");
        String[] features = {"lang=en", "types=ORGANIZATION_ORGANIZATION", "xref", "xref_first=the company", "bw=acquire"};
        double[] p = one.relationModels().get(Language.ENGLISH).eval(features);
        assertEquals(java.util.Arrays.toString(p), java.util.Arrays.toString(two.relationModels().get(Language.ENGLISH).eval(features)));
        int acquires = one.relationModels().get(Language.ENGLISH).getIndex("acquires>");
        assertTrue(acquires >= 0 && p[acquires] > 0.5, "learned the pair across sentences: " + java.util.Arrays.toString(p));
    }

    private static String fact(Relation r) {
        return r.subject() + " " + r.type().localName() + " " + r.object();
    }

    @Test
    void recordsTheRoleFeaturesAndReadsABundleThatPredatesThemWithout(@TempDir Path dir) {
        Path file = dir.resolve("roles.zip");
        bundle.write(file);
        assertTrue(ModelBundle.load(file).roleFeatures(), "a new bundle's classifiers learned the role features");
        com.fasterxml.jackson.databind.node.ObjectNode old = bundle.metadata().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.path("settings")).remove(ModelBundle.ROLES);
        ModelBundle before = ModelBundle.of(bundle.nameFinders(), bundle.relationModels(), bundle.eventModels(), old);
        assertFalse(before.roleFeatures(), "a bundle without the key predates the role features and is read without them");
    }
}
