package org.dealgraph.event.trigger;

import org.dealgraph.DealGraphException;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the lines of a language's {@code cues.tsv}. */
class CueLexiconTest {

    @Test
    void anOptionalSeventhColumnNarrowsTheSubjectAndItsAbsenceKeepsTheSchemas() {
        List<Cue> cues = CueLexicon.parse(Language.INDONESIAN, List.of(
                "acquires\t-\tLR\tagreed\t0.9\tbergabung\\s+dengan\tORGANIZATION",
                "acquires\t-\tLR\tagreed\t0.9\tmengakuisisi",
                "partnersWith\t-\tLR\tannounced\t0.8\tbermitra\\s+dengan\tORGANIZATION, PRODUCT"), "cues.tsv");
        assertEquals(Set.of(EntityType.ORGANIZATION), cues.get(0).subjects());
        assertEquals(Set.of(), cues.get(1).subjects());
        assertEquals(Set.of(EntityType.ORGANIZATION, EntityType.PRODUCT), cues.get(2).subjects());
    }

    @Test
    void anUnknownSubjectTypeOrAnEighthColumnNamesTheCue() {
        DealGraphException e = assertThrows(DealGraphException.class, () -> CueLexicon.parse(Language.INDONESIAN, List.of(
                "acquires\t-\tLR\tagreed\t0.9\tmengakuisisi",
                "acquires\t-\tLR\tagreed\t0.9\tbergabung\\s+dengan\tCOMPANY"), "cues.tsv"));
        assertTrue(e.getMessage().contains("cues.tsv: cue 2") && e.getMessage().contains("COMPANY"), e.getMessage());
        e = assertThrows(DealGraphException.class, () -> CueLexicon.parse(Language.INDONESIAN, List.of(
                "acquires\t-\tLR\tagreed\t0.9\tbergabung\\s+dengan\tORGANIZATION\textra"), "cues.tsv"));
        assertTrue(e.getMessage().contains("cues.tsv: cue 1") && e.getMessage().contains("6 or 7"), e.getMessage());
    }
}
