package org.dealgraph.event;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClauseSeamsTest {
    private static final ClauseSeams EN = ClauseSeams.of(LanguageProfiles.bundled().of(Language.ENGLISH));
    private static final ClauseSeams ID = ClauseSeams.of(LanguageProfiles.bundled().of(Language.INDONESIAN));

    /** The offsets of each of {@code words} in {@code text}, in text order (each found after the one before). */
    private static List<int[]> spans(String text, String... words) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            out.add(new int[]{at, at + w.length()});
            from = at + w.length();
        }
        return out;
    }

    @Test
    void theCoordinatorBetweenTwoClausesWithTriggersOfTheirOwnIsASeam() {
        String text = "Halvorsen acquired Kelvaro Inc, and Bramwell acquired Tessaly Corp.";
        List<int[]> seams = EN.find(text, spans(text, "Halvorsen", "Kelvaro Inc", "Bramwell", "Tessaly Corp"),
                () -> spans(text, "acquired", "acquired"));
        assertEquals(1, seams.size());
        assertEquals("and", text.substring(seams.get(0)[0], seams.get(0)[1]));
        assertEquals("Halvorsen acquired Kelvaro Inc, ;   Bramwell acquired Tessaly Corp.", ClauseSeams.marked(text, seams));
        assertTrue(ClauseSeams.between(seams, text.indexOf("Halvorsen"), text.indexOf("Tessaly")));
        assertFalse(ClauseSeams.between(seams, text.indexOf("Halvorsen"), text.indexOf("Kelvaro")));
        // what completes the first clause may stand before the coordinator; Indonesian "dan" the same
        String priced = "Norvik bought Pellam for $50 million and Ostrava bought Lindell.";
        assertEquals(1, EN.find(priced, spans(priced, "Norvik", "Pellam", "Ostrava", "Lindell"), () -> spans(priced, "bought", "bought")).size());
        String id = "PT Alfa mengakuisisi PT Beta dan PT Gamma membeli PT Delta.";
        assertEquals(1, ID.find(id, spans(id, "PT Alfa", "PT Beta", "PT Gamma", "PT Delta"), () -> spans(id, "mengakuisisi", "membeli")).size());
    }

    @Test
    void aListOfObjectsOrOfSubjectsHasNoSeam() {
        // the last member not followed by a trigger: a list of targets
        String targets = "Kestrel acquired Beta Systems and Gamma Labs for $300 million.";
        assertTrue(EN.find(targets, spans(targets, "Kestrel", "Beta Systems", "Gamma Labs"), () -> spans(targets, "acquired")).isEmpty());
        // the first member not right after a trigger: partners named before their agreement
        String partners = "Talks ended, then Rover Group and SAIC Motor signed an agreement.";
        assertTrue(EN.find(partners, spans(partners, "Rover Group", "SAIC Motor"), () -> spans(partners, "signed an agreement")).isEmpty());
        // a trigger after an infinitive marker is no clause of its own
        String purpose = "Orvane partnered with Brindle and Carrow to launch a fund.";
        assertTrue(EN.find(purpose, spans(purpose, "Orvane", "Brindle", "Carrow"), () -> spans(purpose, "partnered with", "launch")).isEmpty());
        // two names without a coordinator between them are left to the other rules
        String semicolon = "Halvorsen acquired Kelvaro; Bramwell acquired Tessaly.";
        assertTrue(EN.find(semicolon, spans(semicolon, "Halvorsen", "Kelvaro", "Bramwell", "Tessaly"),
                () -> spans(semicolon, "acquired", "acquired")).isEmpty());
    }
}
