package org.dealgraph.entity;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.article.PlainTextArticleReader;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.event.Extraction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One entity, one node, however the text types its apostrophes, quotes and ampersands. */
class NameVariantsTest {

    private static List<Entity> entities(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", "Untitled story", body, "", Optional.empty(), lang)).entities();
    }

    private static Entity named(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + es));
    }

    @Test
    void makesCurlyAndStraightApostrophesOneNode() {
        List<Entity> curly = entities("O’Brennan Logistics Ltd signed a supply deal with Kestrel Dynamics Corp on Monday.", "en");
        List<Entity> straight = entities("O'Brennan Logistics Ltd said sales rose in May.", "en");
        Entity c = named(curly, "O’Brennan Logistics Ltd");
        Entity s = named(straight, "O'Brennan Logistics Ltd");
        assertEquals(s.key(), c.key());
        assertEquals(named(entities("McDonald’s signed a deal with Kestrel Dynamics Corp.", "en"), "McDonald's").key(),
                named(entities("McDonald's signed a deal with Kestrel Dynamics Corp.", "en"), "McDonald's").key());
    }

    @Test
    void keepsBothApostrophesOfOnePersonInOneEntity() {
        List<Entity> es = entities("Paul O'Neill, chief executive of Kestrel Dynamics Corp, said sales rose. "
                + "Paul O’Neill later left the company.", "en");
        Entity p = named(es, "Paul O'Neill");
        assertEquals(2, p.mentions().size(), p.toString());
        assertTrue(p.aliases().contains("Paul O’Neill") || p.mentions().stream().anyMatch(m -> m.text().equals("Paul O’Neill")), p.toString());
        Entity id = named(entities("Ahmad Mas'ud, direktur PT Lintas Data Tbk, mengatakan laba naik.", "id"), "Ahmad Mas'ud");
        assertEquals("ahmad-mas-ud", id.key());
    }

    @Test
    void readsHtmlEntitiesAsTheCharactersTheyStandFor() {
        ReadOutcome read = PlainTextArticleReader.parse("h", "h.txt", ("Carriers\n&#8220;We agreed,&#8221; said AT&amp;T, "
                + "which will buy Halcyon Networks Inc for $2 billion.").getBytes(StandardCharsets.UTF_8));
        Article a = ((ReadOutcome.Read) read).article();
        Extraction x = TestPipeline.get().extract(a);
        Entity att = named(x.entities(), "AT&T");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("&amp") || e.name().contains("#8220")), x.entities().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals(att.key())), x.relations().toString());
    }
}
