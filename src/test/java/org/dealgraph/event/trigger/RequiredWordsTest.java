package org.dealgraph.event.trigger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words every match of a cue's regex holds, read from the regex. */
class RequiredWordsTest {

    private static Optional<List<Set<String>>> bounded(String regex) {
        return RequiredWords.of(regex, true);
    }

    @Test
    void requiresEveryWordOfAPlainPhrase() {
        assertEquals(Optional.of(List.of(Set.of("owned", "by"))), bounded("owned\\s+by"));
    }

    @Test
    void expandsAlternativesAndOptionalEndings() {
        assertEquals(Optional.of(List.of(Set.of("partner", "with"), Set.of("partners", "with"), Set.of("partnered", "with"))),
                bounded("partner(?:s|ed)?\\s+with"));
    }

    @Test
    void readsAnOptionalSpaceAsBothSpellings() {
        assertEquals(Optional.of(List.of(Set.of("kerjasama"), Set.of("kerja", "sama"))), bounded("kerja\\s?sama"));
    }

    @Test
    void foldsCaseAsTheRegexEngineDoes() {
        assertEquals(Optional.of(List.of(Set.of("tbk"))), bounded("TBK"));
    }

    @Test
    void keepsWordsAcrossFreeWordsBetweenThem() {
        assertEquals(Optional.of(List.of(Set.of("signed", "with"))), bounded("signed\\s+(?:[\\w-]+\\s+){0,3}with"));
    }

    @Test
    void claimsNoWordThatAWordClassCouldLengthen() {
        assertEquals(Optional.empty(), bounded("acqui\\w+"));
        assertEquals(Optional.of(List.of(Set.of("of"))), bounded("acqui\\w+\\s+of"));
    }

    @Test
    void claimsNothingForARegexThatCanMatchWithoutAWord() {
        assertEquals(Optional.empty(), bounded("(?:stake\\s+)?"));
        assertEquals(Optional.empty(), bounded("\\d+%|stake"));
    }

    @Test
    void readsLookaroundsAsConsumingNothing() {
        assertEquals(Optional.of(List.of(Set.of("uses"))), bounded("(?<!the )uses(?=\\s+\\w)"));
    }

    @Test
    void needsBoundariesToClaimTheWordsAtTheEdges() {
        assertEquals(Optional.of(List.of(Set.of("bar"))), RequiredWords.of("foo bar baz", false));
    }

    @Test
    void claimsNothingForSyntaxItDoesNotRead() {
        assertEquals(Optional.empty(), bounded("\\Qowned by\\E"));
        assertEquals(Optional.empty(), bounded("owned(by"));
    }
}
