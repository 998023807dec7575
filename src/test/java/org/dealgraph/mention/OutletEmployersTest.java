package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A news outlet that employs the person named beside it is an organization, a party; one only cited stays an outlet. */
class OutletEmployersTest {
    @Test
    void anOutletBeforeAPostAndAPersonOrInAPersonsAppositionIsTheEmployer() {
        Set<String> r = TestPipeline.relations("Sunday Telegraph journalist Robert Peston said the pair disliked each other. \"We need "
                + "partners,\" said Andrew Thompson, the BBC's head of development.", "en");
        assertTrue(r.contains("Robert Peston worksFor Sunday Telegraph"), r.toString());
        assertTrue(r.contains("Andrew Thompson worksFor BBC"), r.toString());
    }

    @Test
    void anOutletOnlyCitedStaysNoParty() {
        Set<String> r = TestPipeline.relations("Kestrel Bank chief executive Anna Berg resigned on Monday, the BBC reported. Anna Berg "
                + "told the BBC she would stay in banking.", "en");
        assertFalse(r.stream().anyMatch(x -> x.contains("BBC")), r.toString());
    }
}
