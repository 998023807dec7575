package org.dealgraph.event.salience;

import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
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

/** A product the headline names, with an owner, is the owner's launch. */
class HeadlineLaunchesTest {
    private static final String TITLE = "Kaldera Nova X1 dan Kaldera Pad hadir";
    private static final String BODY = "Kaldera Nova X1 dibekali baterai besar. Kaldera Lite dan Kaldera Pad dijual di Jakarta.";

    private static Entity entity(String key, EntityType type, String name, String text) {
        int b = text.indexOf(name);
        return new Entity(key, name, type, "", "", List.of(new Mention(b, b + name.length(), name, type, "", "test", 0.9)));
    }

    private static Finding owned(String product, String owner) {
        return new Finding(Optional.of(new Relation(product, RelationType.OWNED_BY, owner, 1, "maker-name", 0.95, DealStatus.REPORTED)),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED, 1, "maker-name", 0.95);
    }

    private static List<String> launches(boolean headline, List<Finding> findings) {
        String text = TITLE + "\n\n" + BODY;
        int body = TITLE.length() + 2;
        List<Sentence> sentences = List.of(new Sentence(0, 0, TITLE.length(), TITLE, List.of(), headline),
                new Sentence(1, body, text.length(), BODY, List.of(), false));
        AnalyzedText analyzed = new AnalyzedText(Article.of("h", TITLE, BODY), Language.INDONESIAN, sentences);
        List<Entity> entities = List.of(entity("kaldera", EntityType.ORGANIZATION, "Kaldera", BODY),
                entity("nova", EntityType.PRODUCT, "Kaldera Nova X1", text), entity("pad", EntityType.PRODUCT, "Kaldera Pad", text),
                entity("lite", EntityType.PRODUCT, "Kaldera Lite", text),
                // a unit named in the headline and owned is no product, and no launch
                entity("kaldera-id", EntityType.ORGANIZATION, "Kaldera", TITLE));
        return new HeadlineLaunches().launches(analyzed, entities, findings).stream().filter(f -> f.event().isPresent())
                .map(f -> f.event().get() + " " + f.participants().stream().map(Participant::entity).toList() + " " + f.status() + " @"
                        + f.sentence()).toList();
    }

    @Test
    void anOwnedProductTheHeadlineNamesIsItsOwnersAnnouncedLaunch() {
        List<Finding> owned = List.of(owned("nova", "kaldera"), owned("lite", "kaldera"), owned("pad", "kaldera"),
                owned("kaldera-id", "kaldera"));
        // the Lite is named in the body only
        assertEquals(List.of("PRODUCT_LAUNCH [kaldera, nova] ANNOUNCED @0", "PRODUCT_LAUNCH [kaldera, pad] ANNOUNCED @0"),
                launches(true, owned));
    }

    @Test
    void addsNoLaunchWhereAStageLaunchedTheProductOrTheArticleHasNoHeadlineOrTheProductNoOwner() {
        Finding launched = new Finding(Optional.empty(), Optional.of(EventType.PRODUCT_LAUNCH),
                List.of(new Participant("organization", "kaldera"), new Participant("product", "nova")), Optional.empty(),
                Optional.empty(), DealStatus.LAUNCHED, 1, "trigger", 0.6);
        assertEquals(List.of("PRODUCT_LAUNCH [kaldera, nova] LAUNCHED @1"), launches(true, List.of(owned("nova", "kaldera"), launched)));
        assertEquals(List.of(), launches(false, List.of(owned("nova", "kaldera"))));
        assertEquals(List.of(), launches(true, List.of()));
    }
}
