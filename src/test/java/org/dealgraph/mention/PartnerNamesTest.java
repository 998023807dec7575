package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Extraction;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A firm named after its partners keeps the name before the comma: "Kidder, Peabody and Co". */
class PartnerNamesTest {
    private static Set<String> organizations(String body) {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Adviser named", body, "", Optional.empty(), "en"));
        return x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aFirmNamedAfterItsPartnersIsOneName() {
        Set<String> orgs = organizations("Textron Inc said it retained Kidder, Peabody and Co to sell the unit. Bear, Stearns and Co Inc "
                + "acted for the buyer, and Smith Barney, Harris Upham and Co Inc was the dealer manager.");
        assertTrue(orgs.containsAll(Set.of("Kidder, Peabody and Co", "Bear, Stearns and Co Inc", "Smith Barney, Harris Upham and Co Inc")),
                orgs.toString());
        assertFalse(orgs.contains("Peabody and Co"), orgs.toString());
    }

    @Test
    void aListPlaceOrDateBeforeTheCommaStaysOutside() {
        // a list of companies, a place and a weekday before the comma are no partner of the firm
        Set<String> orgs = organizations("The bid was backed by Exxon, Texaco, Smith and Co. The adviser in London, Hill and Co said on "
                + "Tuesday, Brown and Co would sell. The network was owned by Time, Gulf and Western Inc and MCA Inc, and Time Inc sold.");
        assertFalse(orgs.stream().anyMatch(n -> n.startsWith("Texaco,") || n.startsWith("London,") || n.startsWith("Tuesday,")
                || n.startsWith("Time,")), orgs.toString());
    }
}
