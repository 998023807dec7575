package org.dealgraph.event.salience;

import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A product the headline names beside one organization is that organization's, where nothing else gives it an owner. */
class HeadlineOwnersTest {
    private static List<String> owners(String title, String body, List<String[]> named, List<Finding> findings) {
        String text = title + "\n\n" + body;
        int b = title.length() + 2;
        List<Sentence> sentences = List.of(new Sentence(0, 0, title.length(), title, List.of(), true),
                new Sentence(1, b, text.length(), body, List.of(), false));
        AnalyzedText analyzed = new AnalyzedText(Article.of("h", title, body), Language.INDONESIAN, sentences);
        List<Entity> entities = named.stream().map(n -> {
            int at = text.indexOf(n[1]);
            EntityType type = EntityType.valueOf(n[2]);
            return new Entity(n[0], n[1], type, "", "", List.of(new Mention(at, at + n[1].length(), n[1], type, "", "test", 0.9)));
        }).toList();
        return new HeadlineOwners(name -> name.equals("Google")).owned(analyzed, entities, findings).stream()
                .flatMap(f -> f.relation().stream()).map(r -> r.subject() + " " + r.type().localName() + " " + r.object() + " @" + r.sentence())
                .toList();
    }

    @Test
    void aProductTheHeadlineNamesBesideOneOrganizationIsThatOrganizations() {
        String[] kaldera = {"kaldera", "Kaldera", "ORGANIZATION"};
        String[] orbix = {"orbix", "Orbix5", "PRODUCT"};
        assertEquals(List.of("orbix ownedBy kaldera @0"),
                owners("Kaldera pamerkan chip Orbix5", "Chip itu hemat daya.", List.<String[]>of(kaldera, orbix), List.of()));
        // two organizations in the headline: no owner from it
        assertEquals(List.of(), owners("Kaldera dan Lumio pamerkan chip Orbix5", "Chip itu hemat daya.",
                List.<String[]>of(kaldera, orbix, new String[] {"lumio", "Lumio", "ORGANIZATION"}), List.of()));
        // an owner found already stands; a product named with a known company's name first is that company's
        Finding found = new Finding(Optional.of(new Relation("orbix", RelationType.OWNED_BY, "lumio", 1, "cue", 0.9, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 1, "cue", 0.9);
        assertEquals(List.of("orbix ownedBy lumio @1"), owners("Kaldera pamerkan chip Orbix5", "Chip itu buatan Lumio.",
                List.<String[]>of(kaldera, orbix, new String[] {"lumio", "Lumio", "ORGANIZATION"}), List.of(found)));
        assertEquals(List.of(), owners("Kaldera pakai Google Maps", "Peta itu akurat.",
                List.<String[]>of(kaldera, new String[] {"maps", "Google Maps", "PRODUCT"}), List.of()));
    }
}
