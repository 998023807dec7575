package org.dealgraph.mention;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CityClubsTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();
    private static final CityClubs CLUBS = new CityClubs(LanguageProfiles.bundled());

    private static EntityType typeOfFirst(String body, Language lang, String name) {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "Untitled story", body), lang);
        int at = t.text().indexOf(name);
        Mention place = new Mention(at, at + name.length(), name, EntityType.PLACE, "place-x", GazetteerMentionFinder.NAME, 0.9);
        return CLUBS.retyped(t, List.of(place)).get(0).type();
    }

    @Test
    void aCityNamedInASportsReportIsItsClub() {
        assertEquals(EntityType.ORGANIZATION, typeOfFirst("Liverpool beat Chelsea 2-1. Their striker scored two goals before the penalty.",
                Language.ENGLISH, "Liverpool"));
        assertEquals(EntityType.ORGANIZATION, typeOfFirst("Pelatih Napoli memuji gelandang baru usai laga di stadion.",
                Language.INDONESIAN, "Napoli"));
    }

    @Test
    void staysAPlaceOutsideSportsReportsOrWhenTheCityHasNoClubOfItsName() {
        assertEquals(EntityType.PLACE, typeOfFirst("Liverpool council approved the new port terminal on Monday.", Language.ENGLISH, "Liverpool"));
        assertEquals(EntityType.PLACE, typeOfFirst("Leeds fans cheered in Paris as the striker scored two goals and a penalty.",
                Language.ENGLISH, "Paris"));
        // one sports word said three times is no match report
        assertEquals(EntityType.PLACE, typeOfFirst("Liverpool's league of charities, league tables and league rules.", Language.ENGLISH, "Liverpool"));
    }
}
