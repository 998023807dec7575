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

/** An organization's name followed by a model code is a product's, owned by that organization: "Canon EOS 6D Mark II". */
class MakerModelsTest {
    private static Extraction extract(String title, String body, String lang) {
        return TestPipeline.rulesOnly().extract(new Article("t", title, body, "", Optional.empty(), lang));
    }

    private static Set<String> products(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.PRODUCT).map(Entity::name).collect(Collectors.toSet());
    }

    private static Set<String> owned(Extraction x) {
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::key, Entity::name));
        return x.relations().stream().filter(r -> r.type() == RelationType.OWNED_BY)
                .map(r -> names.get(r.subject()) + " ownedBy " + names.get(r.object())).collect(Collectors.toSet());
    }

    @Test
    void aMakersNameBeforeAModelCodeNamesItsProduct() {
        Extraction x = extract("Veltra launches camera", "Veltra said on Tuesday it would launch the Veltra Zeno 6D Mark II in July.", "en");
        assertTrue(products(x).contains("Veltra Zeno 6D Mark II"), products(x).toString());
        assertTrue(owned(x).contains("Veltra Zeno 6D Mark II ownedBy Veltra"), owned(x).toString());
        // the maker stays an organization of its own, no short form of its product
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Veltra") && e.type() == EntityType.ORGANIZATION),
                x.entities().toString());
    }

    @Test
    void aCommonWordOrAnotherNameBeforeTheNumberIsNoModel() {
        // "Nomor 90" is a decision's number, "Siapkan 100" a headline's verb and count; a name of several words opens no model
        // unless its first word stands alone as a name too
        // (with the trained models, as the pipeline runs by default: the rules alone read "MK Nomor 90" as a model's number)
        Extraction x = TestPipeline.get().extract(new Article("t", "Kabar", "Perkara itu diputus Mahkamah Konstitusi. Putusan MK Nomor 90 "
                + "digugat lagi oleh Kelana. Pemprov DKI Siapkan 100 bus baru.", "", Optional.empty(), "id"));
        assertFalse(products(x).stream().anyMatch(n -> n.contains("Nomor") || n.contains("Siapkan")), products(x).toString());
    }
}
