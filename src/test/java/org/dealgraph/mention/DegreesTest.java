package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.event.RelationType;
import org.dealgraph.event.Extraction;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An academic degree after a person's name is no name: "Bambang Susanto, S.E., M.M.". */
class DegreesTest {
    @Test
    void aDegreeAfterAPersonsNameIsNeitherAPersonNorAnOrganization() {
        Extraction x = TestPipeline.get().extract(new Article("t", "Kabar", "PT Bank Syariah Amanah Tbk mengangkat Bambang Susanto, S.E., "
                + "M.M. sebagai Direktur Utama. Rina Kusumawati, M.Sc., tetap menjabat sebagai komisaris.", "", Optional.empty(), "id"));
        Set<String> names = x.entities().stream().map(e -> e.name()).collect(Collectors.toSet());
        assertTrue(names.stream().noneMatch(n -> n.matches("S\\\\.E\\\\.?|M\\\\.M\\\\.?|M\\\\.Sc\\\\.?")), names.toString());
        // the person works for the bank, and for nothing named after a degree
        assertEquals(Set.of("PT Bank Syariah Amanah Tbk"), x.relations().stream().filter(r -> r.type() == RelationType.WORKS_FOR)
                .filter(r -> r.subject().equals("bambang-susanto")).map(r -> x.entities().stream().filter(e -> e.key().equals(r.object()))
                        .findFirst().orElseThrow().name()).collect(Collectors.toSet()));
    }
}
