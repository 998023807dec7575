package org.dealgraph.event;

import opennlp.tools.ml.model.MaxentModel;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the trained classifier's readings must still obey. Its model here reads every pair one way, so the rules alone decide. */
class ClassifierRelationExtractorTest {
    /** A model that reads every pair as the first owned by the second, at 0.9. */
    private static final MaxentModel OWNED = reading("ownedBy>");

    /** A model that reads every pair as {@code outcome} (a {@link RelationCandidate} label), at 0.9. */
    private static MaxentModel reading(String outcome) {
        return new MaxentModel() {
        private final List<String> outcomes = List.of(RelationCandidate.NONE, outcome);

        @Override
        public double[] eval(String[] context) {
            return new double[] {0.1, 0.9};
        }

        @Override
        public double[] eval(String[] context, double[] values) {
            return eval(context);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] p) {
            return outcomes.get(p[1] > p[0] ? 1 : 0);
        }

        @Override
        public String getAllOutcomes(double[] p) {
            return outcomes.get(0) + "[" + p[0] + "] " + outcomes.get(1) + "[" + p[1] + "]";
        }

        @Override
        public String getOutcome(int i) {
            return outcomes.get(i);
        }

        @Override
        public int getIndex(String outcome) {
            return outcomes.indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return outcomes.size();
        }
        };
    }

    /** The relations read in an Indonesian text whose named entities are given as "TYPE:Name". */
    private static Set<String> relations(String body, String... named) {
        return relations(OWNED, body, named);
    }

    /** The relations {@code model} reads in an Indonesian text whose named entities are given as "TYPE:Name". */
    private static Set<String> relations(MaxentModel model, String body, String... named) {
        return relations(model, name -> false, body, named);
    }

    /** As above, with {@code known} the organizations' names known beyond the article. */
    private static Set<String> relations(MaxentModel model, java.util.function.Predicate<String> known, String body, String... named) {
        LanguageProfiles profiles = LanguageProfiles.bundled();
        AnalyzedText text = TextAnalyzer.load(profiles).analyze(new Article("t", "", body, "", Optional.empty(), "id"), Language.INDONESIAN);
        String t = text.text();
        List<Mention> all = new ArrayList<>();
        for (String n : named) {
            String name = n.substring(n.indexOf(':') + 1);
            for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length())) {
                all.add(new Mention(at, at + name.length(), name, EntityType.valueOf(n.substring(0, n.indexOf(':'))), "", "test", 1.0));
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (String n : named) {
            String name = n.substring(n.indexOf(':') + 1);
            // a name inside a longer one ("Microsoft" of "Microsoft Azure") is no mention of its own
            List<Mention> mine = all.stream().filter(m -> m.text().equals(name)
                    && all.stream().noneMatch(o -> o.length() > m.length() && o.begin() <= m.begin() && m.end() <= o.end())).toList();
            entities.add(new Entity(name, name, mine.get(0).type(), "", "", mine));
        }
        ClassifierRelationExtractor classifier = new ClassifierRelationExtractor(Map.of(Language.INDONESIAN, model), Map.of(),
                new RelationFeatures(CueRelationExtractor.of(profiles)), 0.5, profiles, known);
        return classifier.extract(text, entities).stream().flatMap(f -> f.relation().stream())
                .map(r -> r.subject() + " " + r.type().localName() + " " + r.object()).collect(Collectors.toSet());
    }

    @Test
    void aThingWrittenWithAKnownOrganizationsNameFirstIsOwnedByNoOtherEvenWhereTheArticleDoesNotNameIt() {
        // "streaming services such as Apple Music, Spotify or YouTube" in an article on UnitedMasters: Apple Music is Apple's
        String body = "Layanan seperti Apple Music dan Spotify kini memutar lagu para artis UnitedMasters.";
        assertEquals(Set.of("Apple Music ownedBy UnitedMasters"), relations(OWNED, name -> false, body, "ORGANIZATION:UnitedMasters",
                "PRODUCT:Apple Music").stream().filter(r -> r.startsWith("Apple Music")).collect(Collectors.toSet()));
        assertEquals(Set.of(), relations(OWNED, "Apple"::equals, body, "ORGANIZATION:UnitedMasters", "PRODUCT:Apple Music").stream()
                .filter(r -> r.startsWith("Apple Music")).collect(Collectors.toSet()));
    }

    @Test
    void aThingWrittenWithAnOrganizationsNameFirstIsOwnedByThatOrganizationAlone() {
        Set<String> found = relations("Microsoft menyewakan layanan itu. Dengan menyewa layanan cloud Microsoft Azure, TikTok "
                + "dapat memastikan aplikasinya tetap responsif.", "ORGANIZATION:Microsoft", "PRODUCT:Microsoft Azure", "ORGANIZATION:TikTok");
        assertTrue(found.stream().noneMatch(f -> f.startsWith("Microsoft Azure ownedBy TikTok")), found.toString());
        Set<String> own = relations("Layanan cloud Microsoft Azure dikelola oleh Microsoft.", "ORGANIZATION:Microsoft",
                "PRODUCT:Microsoft Azure");
        assertEquals(Set.of("Microsoft Azure ownedBy Microsoft"), own);
        // a joint venture carries both names: "Toyota Astra Financial" may be Astra International's
        Set<String> venture = relations("Toyota menjual 10.000 mobil. Toyota Astra Financial milik Astra International meraih laba.",
                "ORGANIZATION:Toyota", "ORGANIZATION:Toyota Astra Financial", "ORGANIZATION:Astra International");
        assertTrue(venture.contains("Toyota Astra Financial ownedBy Astra International"), venture.toString());
    }

    @Test
    void anAcquisitionItsClauseOnlyIntendsIsABid() {
        MaxentModel buys = reading("acquires>");
        assertEquals(Set.of("PT Mega Surya seeksToAcquire PT Dirga Pratama"), relations(buys,
                "PT Mega Surya berencana mengakuisisi PT Dirga Pratama senilai Rp 500 miliar.",
                "ORGANIZATION:PT Mega Surya", "ORGANIZATION:PT Dirga Pratama"));
        assertEquals(Set.of("PT Mega Surya acquires PT Dirga Pratama"), relations(buys,
                "PT Mega Surya sepakat mengakuisisi PT Dirga Pratama senilai Rp 500 miliar.",
                "ORGANIZATION:PT Mega Surya", "ORGANIZATION:PT Dirga Pratama"));
    }

    @Test
    void aBuyerBuysOnePartyOfASentenceOrTheListItStandsIn() {
        MaxentModel buys = reading("acquires>");
        // read alike, the first target stands; the seller after it is no target of the same buyer
        Set<String> sale = relations(buys, "Kestrel membeli Halcyon dari Brightwater.", "ORGANIZATION:Kestrel",
                "ORGANIZATION:Halcyon", "ORGANIZATION:Brightwater");
        assertTrue(sale.contains("Kestrel acquires Halcyon"), sale.toString());
        assertTrue(!sale.contains("Kestrel acquires Brightwater"), sale.toString());
        // the members of one list are all bought
        Set<String> list = relations(buys, "Kestrel membeli Halcyon dan Brightwater.", "ORGANIZATION:Kestrel",
                "ORGANIZATION:Halcyon", "ORGANIZATION:Brightwater");
        assertTrue(list.containsAll(Set.of("Kestrel acquires Halcyon", "Kestrel acquires Brightwater")), list.toString());
    }

    @Test
    void aNegatedClauseStatesNoRelation() {
        assertEquals(Set.of(), relations("Halcyon tidak dimiliki Kestrel.", "ORGANIZATION:Halcyon", "ORGANIZATION:Kestrel"));
        assertEquals(Set.of("Halcyon ownedBy Kestrel"), relations("Halcyon dimiliki Kestrel.", "ORGANIZATION:Halcyon",
                "ORGANIZATION:Kestrel"));
    }
}
