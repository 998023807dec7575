package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capitalized modifiers coordinated before one head are one name: "Baoshan Iron and Steel Co". */
class CoordinatedModifiersTest {
    private static Set<String> organizations(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", lang.equals("id") ? "Kabar" : "News", body, "", Optional.empty(), lang))
                .entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> e.name()).collect(Collectors.toSet());
    }

    @Test
    void aRunOfCapitalizedWordsAndACoordinatorBeforeAHeadedNameIsOneNameWithIt() {
        Set<String> en = organizations("Baoshan Iron and Steel Co signed a supply deal on Monday. The Monopolies and Mergers Commission "
                + "cleared it.", "en");
        assertTrue(en.containsAll(Set.of("Baoshan Iron and Steel Co", "Monopolies and Mergers Commission")), en.toString());
        assertFalse(en.contains("Steel Co") || en.contains("Mergers Commission"), en.toString());
    }

    @Test
    void aRunEndingInALegalFormOfItsOwnStaysAnotherOrganization() {
        Set<String> en = organizations("Kestrel Dynamics Corp and Halden Systems Inc agreed to merge on Monday.", "en");
        assertTrue(en.containsAll(Set.of("Kestrel Dynamics Corp", "Halden Systems Inc")), en.toString());
    }

    @Test
    void aCompanysNameBeforeATradesWordAfterACoordinatorIsAnotherCompanyAndTheFirstWordOpensTheList() {
        // "Petrolux and Ashgrove Energy" was one organization, and the supply agreement had no parties (a fresh-user tester's
        // finding): "Ashgrove Energy" standing alone elsewhere is a name of its own
        Set<String> en = organizations("Petrolux and Ashgrove Energy signed a supply agreement on Monday. Ashgrove Energy will ship gas.", "en");
        assertTrue(en.containsAll(Set.of("Petrolux", "Ashgrove Energy")), en.toString());
        Set<String> r = TestPipeline.ruleRelations("Petrolux and Ashgrove Energy signed a supply agreement on Monday. Ashgrove Energy will ship gas.", "en");
        assertTrue(r.contains("Petrolux partnersWith Ashgrove Energy"), r.toString());
        // modifiers in common words before a trade's word stay one name
        Set<String> one = organizations("Shares of Atlas Copper and Gold Mining rose on Monday.", "en");
        assertTrue(one.contains("Atlas Copper and Gold Mining"), one.toString());
    }
}
