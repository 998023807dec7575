package org.dealgraph.event.salience;

import org.dealgraph.event.StageText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cited outlet is never a party. Names are invented. */
class CitationSalienceFilterTest {

    private static List<String> kept(Language language, String text, String... names) {
        StageText t = StageText.of(text, names);
        SalienceFilter filter = CitationSalienceFilter.of(LanguageProfiles.bundled().of(language));
        return t.parties().stream().filter(p -> filter.keeps(text, t.sentence(0), p.mention())).map(p -> p.entity().name()).toList();
    }

    @Test
    void dropsTheOutletACitationIntroduces() {
        assertEquals(List.of("Orvane", "Lumaro"), kept(Language.ENGLISH, "Orvane will buy Lumaro, according to Kestrel Wire.",
                "Orvane", "Lumaro", "Kestrel Wire"));
        assertEquals(List.of("Kelana", "Harmoni"), kept(Language.INDONESIAN, "Kelana membeli Harmoni, dilansir dari Warta Nusa.",
                "Kelana", "Harmoni", "Warta Nusa"));
    }

    @Test
    void keepsANameWhoseCitationIsFarBefore() {
        assertEquals(List.of("Orvane", "Lumaro"), kept(Language.ENGLISH,
                "According to people familiar with the plans of the board, Orvane will buy Lumaro.", "Orvane", "Lumaro"));
    }

    @Test
    void focusesOnTheMostMentionedOrganization() {
        StageText t = StageText.of("Orvane grew. Orvane hired. Orvane bought Lumaro.", "Orvane", "Lumaro");
        assertEquals("Orvane", Focus.of(org.dealgraph.entity.EntityIndex.of(t.entities())).main().orElseThrow().name());
    }
}
