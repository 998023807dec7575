package org.dealgraph.event.factuality;

import org.dealgraph.event.StageText;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Factuality read from the words before a trigger in its clause. Names are invented. */
class ClauseWordFactualityClassifierTest {

    private static FactualityReading read(Language language, String text) {
        StageText t = StageText.of(text);
        Sentence s = t.sentence(0);
        List<Trigger> triggers = StageText.triggersOf(language).find(s);
        Trigger last = triggers.stream().max(java.util.Comparator.comparingInt(Trigger::begin)).orElseThrow();
        return ClauseWordFactualityClassifier.of(LanguageProfiles.bundled().of(language)).classify(text, s, last);
    }

    @Test
    void assertsAPlainStatement() {
        assertEquals(FactualityReading.ASSERTED, read(Language.ENGLISH, "Orvane signed an agreement with Lumaro."));
    }

    @Test
    void negatesATriggerAfterANegationInItsClause() {
        assertEquals(Factuality.NEGATED, read(Language.ENGLISH, "Orvane did not sign an agreement with Lumaro.").factuality());
        assertEquals(Factuality.NEGATED, read(Language.INDONESIAN, "Kelana tidak bermitra dengan Harmoni.").factuality());
    }

    @Test
    void leavesATriggerAssertedWhenTheNegationEndsWithAnEarlierClause() {
        assertEquals(Factuality.ASSERTED, read(Language.ENGLISH, "Orvane did not comment; it signed an agreement with Lumaro.").factuality());
    }

    @Test
    void readsAConditionAsHypothetical() {
        FactualityReading r = read(Language.ENGLISH, "It is unclear whether Orvane will partner with Lumaro.");
        assertEquals(new FactualityReading(Factuality.HYPOTHETICAL, 0), r);
        assertEquals(false, r.asserted());
    }

    @Test
    void readsTheConditionThatOpensTheTriggersOwnClauseAsHypothetical() {
        // "if" both breaks the clause and is its condition: it belongs to the clause it opens
        assertEquals(Factuality.HYPOTHETICAL, read(Language.ENGLISH, "Prices would fall if Orvane signed an agreement with Lumaro.").factuality());
        assertEquals(Factuality.HYPOTHETICAL, read(Language.ENGLISH, "If Orvane signed an agreement with Lumaro, prices would fall.").factuality());
        assertEquals(Factuality.ASSERTED, read(Language.ENGLISH, "Prices fell, but Orvane signed an agreement with Lumaro.").factuality());
    }

    @Test
    void readsAQuestionOutsideAHeadlineAsRumoured() {
        assertEquals(new FactualityReading(Factuality.RUMOURED, 0.7), read(Language.ENGLISH, "Will Orvane partner with Lumaro?"));
    }
}
