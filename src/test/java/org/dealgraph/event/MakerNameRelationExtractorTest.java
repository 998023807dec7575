package org.dealgraph.event;

import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A product named with its maker's name first is owned by the maker the article names. */
class MakerNameRelationExtractorTest {
    private static final String TEXT = "Samsung hadir di Jakarta. Samsung Electronics merilis Samsung Galaxy S8. "
            + "Pengguna Facebook Lite bertambah. Huawei Indonesia buka kantor.";

    private static Mention at(String name, int from, EntityType type) {
        int b = TEXT.indexOf(name, from);
        return new Mention(b, b + name.length(), name, type, "", "pattern", 0.9);
    }

    private static Entity entity(String key, EntityType type, Mention... mentions) {
        return new Entity(key, mentions[0].text(), type, "", "", List.of(mentions));
    }

    private static List<String> owned(List<Entity> entities) {
        List<Sentence> sentences = StageText.of(TEXT).sentences();
        AnalyzedText analyzed = new AnalyzedText(Article.of("x", "", TEXT), Language.INDONESIAN, sentences);
        return new MakerNameRelationExtractor().extract(analyzed, entities).stream().map(f -> f.relation().orElseThrow())
                .map(r -> r.subject() + " " + r.type().localName() + " " + r.object() + " @" + r.sentence()).toList();
    }

    @Test
    void aProductNamedWithItsMakersNameFirstIsOwnedByTheLongestSuchMaker() {
        Entity samsung = entity("samsung", EntityType.ORGANIZATION, at("Samsung", 0, EntityType.ORGANIZATION));
        Entity electronics = entity("samsung-electronics", EntityType.ORGANIZATION, at("Samsung Electronics", 0, EntityType.ORGANIZATION));
        Entity galaxy = entity("galaxy", EntityType.PRODUCT, at("Samsung Galaxy S8", 0, EntityType.PRODUCT));
        Entity facebookLite = entity("facebook-lite", EntityType.PRODUCT, at("Facebook Lite", 0, EntityType.PRODUCT));
        Entity huawei = entity("huawei", EntityType.ORGANIZATION, at("Huawei", 0, EntityType.ORGANIZATION));
        Entity huaweiIndonesia = entity("huawei-indonesia", EntityType.ORGANIZATION, at("Huawei Indonesia", 0, EntityType.ORGANIZATION));
        // Samsung Galaxy S8 opens with "Samsung", not with "Samsung Electronics"; the sentence is the product's
        assertEquals(List.of("galaxy ownedBy samsung @1"), owned(List.of(samsung, electronics, galaxy, facebookLite)));
        // no organization named Facebook in the article: no owner; an organization named so is owned by no one here
        assertEquals(List.of(), owned(List.of(facebookLite, huawei, huaweiIndonesia)));
    }
}
