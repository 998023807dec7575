package org.dealgraph.event;

import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClauseSeamsTest {
    private static final ClauseSeams EN = ClauseSeams.of(LanguageProfiles.bundled().of(Language.ENGLISH));
    private static final ClauseSeams ID = ClauseSeams.of(LanguageProfiles.bundled().of(Language.INDONESIAN));

    /** Each of {@code words} in {@code text} as an organization's name, in text order (each found after the one before). */
    private static List<ClauseSeams.Named> spans(String text, String... words) {
        return named(text, EntityType.ORGANIZATION, words);
    }

    private static List<ClauseSeams.Named> named(String text, EntityType type, String... words) {
        List<ClauseSeams.Named> out = new ArrayList<>();
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            out.add(new ClauseSeams.Named(at, at + w.length(), type));
            from = at + w.length();
        }
        return out;
    }

    /** Each of {@code words} in {@code text} as a trigger whose party before it may be an organization. */
    private static List<ClauseSeams.Opening> triggers(String text, String... words) {
        return named(text, EntityType.ORGANIZATION, words).stream()
                .map(n -> new ClauseSeams.Opening(n.begin(), n.end(), Set.of(EntityType.ORGANIZATION))).toList();
    }

    @Test
    void theCoordinatorBetweenTwoClausesWithTriggersOfTheirOwnIsASeam() {
        String text = "Halvorsen acquired Kelvaro Inc, and Bramwell acquired Tessaly Corp.";
        List<int[]> seams = EN.find(text, spans(text, "Halvorsen", "Kelvaro Inc", "Bramwell", "Tessaly Corp"),
                () -> triggers(text, "acquired", "acquired"));
        assertEquals(1, seams.size());
        assertEquals("and", text.substring(seams.get(0)[0], seams.get(0)[1]));
        assertEquals("Halvorsen acquired Kelvaro Inc, ;   Bramwell acquired Tessaly Corp.", ClauseSeams.marked(text, seams));
        assertTrue(ClauseSeams.between(seams, text.indexOf("Halvorsen"), text.indexOf("Tessaly")));
        assertFalse(ClauseSeams.between(seams, text.indexOf("Halvorsen"), text.indexOf("Kelvaro")));
        // what completes the first clause may stand before the coordinator; Indonesian "dan" the same
        String priced = "Norvik bought Pellam for $50 million and Ostrava bought Lindell.";
        assertEquals(1, EN.find(priced, spans(priced, "Norvik", "Pellam", "Ostrava", "Lindell"), () -> triggers(priced, "bought", "bought")).size());
        String id = "PT Alfa mengakuisisi PT Beta dan PT Gamma membeli PT Delta.";
        assertEquals(1, ID.find(id, spans(id, "PT Alfa", "PT Beta", "PT Gamma", "PT Delta"), () -> triggers(id, "mengakuisisi", "membeli")).size());
    }

    @Test
    void aListOfObjectsOrOfSubjectsHasNoSeam() {
        // the last member not followed by a trigger: a list of targets
        String targets = "Kestrel acquired Beta Systems and Gamma Labs for $300 million.";
        assertTrue(EN.find(targets, spans(targets, "Kestrel", "Beta Systems", "Gamma Labs"), () -> triggers(targets, "acquired")).isEmpty());
        // the first member not right after a trigger: partners named before their agreement
        String partners = "Talks ended, then Rover Group and SAIC Motor signed an agreement.";
        assertTrue(EN.find(partners, spans(partners, "Rover Group", "SAIC Motor"), () -> triggers(partners, "signed an agreement")).isEmpty());
        // a trigger after an infinitive marker is no clause of its own
        String purpose = "Orvane partnered with Brindle and Carrow to launch a fund.";
        assertTrue(EN.find(purpose, spans(purpose, "Orvane", "Brindle", "Carrow"), () -> triggers(purpose, "partnered with", "launch")).isEmpty());
        // persons listed after a trigger, before one whose subject is an organization: a list ("milik Gilang dan Shandy
        // memperkenalkan ...", the corpus dev split)
        String owners = "J99 Corp milik Gilang Pramana dan Shandy Purnamasari memperkenalkan Jiwater.";
        List<ClauseSeams.Named> people = new ArrayList<>(spans(owners, "J99 Corp"));
        people.addAll(named(owners, EntityType.PERSON, "Gilang Pramana", "Shandy Purnamasari"));
        assertTrue(ID.find(owners, people, () -> triggers(owners, "milik", "memperkenalkan")).isEmpty());
        // two names without a coordinator between them are left to the other rules
        String semicolon = "Halvorsen acquired Kelvaro; Bramwell acquired Tessaly.";
        assertTrue(EN.find(semicolon, spans(semicolon, "Halvorsen", "Kelvaro", "Bramwell", "Tessaly"),
                () -> triggers(semicolon, "acquired", "acquired")).isEmpty());
    }

    @Test
    void aCommaAndAClauseJoinerBetweenTwoClausesIsASeamWhereverTheSecondTriggerStands() {
        // "while" opens a clause of its own: its trigger may stand a few words after the subject
        String text = "Vexalon agreed to acquire Ortiva Inc, while Delmont completed its purchase of Saphire Ltd.";
        List<int[]> seams = EN.find(text, spans(text, "Vexalon", "Ortiva Inc", "Delmont", "Saphire Ltd"),
                () -> triggers(text, "agreed to acquire", "purchase of"));
        assertEquals(1, seams.size());
        assertEquals("while", text.substring(seams.get(0)[0], seams.get(0)[1]));
        String id = "PT Alfa mengakuisisi PT Beta, sementara PT Gamma membeli PT Delta.";
        assertEquals(1, ID.find(id, spans(id, "PT Alfa", "PT Beta", "PT Gamma", "PT Delta"), () -> triggers(id, "mengakuisisi", "membeli")).size());
        // the object may stand a few words after its trigger, an amount between them ("Rp 1,5 triliun" keeps its comma)
        String priced = "PT Alfa berinvestasi Rp 1,5 triliun di PT Beta, sedangkan PT Gamma membeli PT Delta.";
        assertEquals(1, ID.find(priced, spans(priced, "PT Alfa", "PT Beta", "PT Gamma", "PT Delta"),
                () -> triggers(priced, "berinvestasi", "membeli")).size());
        // without a comma, "sementara" is an acting post: "direktur sementara PT Gamma" is no seam
        String acting = "PT Alfa menunjuk Budi Santoso sebagai direktur sementara PT Gamma menggantikan Andi.";
        List<ClauseSeams.Named> names = new ArrayList<>(spans(acting, "PT Alfa"));
        names.addAll(named(acting, EntityType.PERSON, "Budi Santoso"));
        names.addAll(spans(acting, "PT Gamma"));
        assertTrue(ID.find(acting, names, () -> triggers(acting, "menunjuk", "menggantikan")).isEmpty());
        // a name between the subject and the next trigger: that trigger is the other name's, and no seam is read
        String other = "Vexalon acquired Ortiva Inc, while Delmont said Saphire Ltd acquired Kora.";
        assertTrue(EN.find(other, spans(other, "Vexalon", "Ortiva Inc", "Delmont", "Saphire Ltd", "Kora"),
                () -> triggers(other, "acquired", "acquired")).isEmpty());
    }

    @Test
    void aBareCommaBeforeASubjectRightBeforeItsTriggerIsASeamAndAJoinerMayFollowTheFirstClausesTrigger() {
        // three clauses, the first two parted by a comma alone (a second tester's finding)
        String three = "Ambrose acquired Kelby Ltd, Lisle acquired Tamworth Ltd, and Rydal acquired Oundle Ltd.";
        List<int[]> seams = EN.find(three, spans(three, "Ambrose", "Kelby Ltd", "Lisle", "Tamworth Ltd", "Rydal", "Oundle Ltd"),
                () -> triggers(three, "acquired", "acquired", "acquired"));
        assertEquals(List.of(",", "and"), seams.stream().map(x -> three.substring(x[0], x[1])).toList());
        // a list of objects after a comma is no seam: its members are not followed by a trigger
        String list = "Kestrel acquired Beta Systems, Gamma Labs and Delta Corp for $300 million.";
        assertTrue(EN.find(list, spans(list, "Kestrel", "Beta Systems", "Gamma Labs", "Delta Corp"), () -> triggers(list, "acquired")).isEmpty());
        // before a joiner the first clause's trigger may follow its names
        String partners = "Lorne and Bexhill signed a partnership agreement, while Arundel acquired Seaford.";
        List<int[]> joined = EN.find(partners, spans(partners, "Lorne", "Bexhill", "Arundel", "Seaford"),
                () -> triggers(partners, "signed a partnership agreement", "acquired"));
        assertEquals(List.of("while"), joined.stream().map(x -> partners.substring(x[0], x[1])).toList());
    }
}
