package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A minister's portfolio written as an acronym names the ministry: "Menteri BUMN Rini Soemarno" works for "BUMN". */
class OfficePortfoliosTest {
    private static Set<String> worksFor(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.relations().stream().filter(r -> r.type() == RelationType.WORKS_FOR)
                .map(r -> names.get(r.subject()) + " worksFor " + names.get(r.object())).collect(Collectors.toSet());
    }

    @Test
    void anAcronymPortfolioAfterAMinistersTitleNamesTheMinistry() {
        // with the trained models, as the pipeline runs by default: their mention check drops "BUMN", mostly no name
        for (Extraction x : java.util.List.of(TestPipeline.get(), TestPipeline.rulesOnly()).stream().map(p -> p.extract(new Article("t",
                "Proyek Tol Ditinjau", "Jakarta - Menteri BUMN Rini Soemarno meninjau proyek tol. Ia juga pernah menjabat sebagai "
                + "Menteri ESDM itu.", "", Optional.empty(), "id"))).toList()) {
            assertTrue(worksFor(x).contains("Rini Soemarno worksFor BUMN"), worksFor(x).toString());
            assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("ESDM") && e.type() == EntityType.ORGANIZATION),
                    x.entities().toString());
        }
    }

    @Test
    void aRegionsAcronymAfterAGovernorsTitleIsNoBody() {
        Extraction x = TestPipeline.rulesOnly().extract(new Article("t", "Banjir", "Jakarta - Gubernur DKI Pramono Anung meninjau banjir.",
                "", Optional.empty(), "id"));
        assertFalse(worksFor(x).stream().anyMatch(r -> r.endsWith("worksFor DKI")), worksFor(x).toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("DKI") && e.type() == EntityType.ORGANIZATION
                && e.mentions().stream().anyMatch(m -> m.confidence() >= MentionFinder.EVIDENCED)), x.entities().toString());
    }
}
