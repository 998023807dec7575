package org.dealgraph.event.trigger;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key words of a cue's regex: every match holds one of them, whole. */
class RequiredWordsTest {

    private static Optional<Set<String>> bounded(String regex) {
        return RequiredWords.of(regex, true);
    }

    @Test
    void keysAPhraseByItsLongestWord() {
        assertEquals(Optional.of(Set.of("owned")), bounded("owned\\s+by"));
    }

    @Test
    void keysEachAlternativeAndOptionalEnding() {
        assertEquals(Optional.of(Set.of("partner", "partners", "partnered")), bounded("partner(?:s|ed)?\\s+with"));
    }

    @Test
    void readsAnOptionalSpaceAsBothSpellings() {
        assertEquals(Optional.of(Set.of("kerjasama", "kerja")), bounded("kerja\\s?sama"));
    }

    @Test
    void foldsCaseAsTheRegexEngineDoes() {
        assertEquals(Optional.of(Set.of("tbk")), bounded("TBK"));
    }

    @Test
    void keepsWordsAcrossFreeWordsBetweenThem() {
        assertEquals(Optional.of(Set.of("agreement")), bounded("signed\\s+(?:[\\w-]+\\s+){0,3}agreement"));
    }

    @Test
    void claimsNoWordThatAWordClassCouldLengthen() {
        assertEquals(Optional.empty(), bounded("acqui\\w+"));
        assertEquals(Optional.of(Set.of("of")), bounded("acqui\\w+\\s+of"));
    }

    @Test
    void claimsNothingForARegexThatCanMatchWithoutAWord() {
        assertEquals(Optional.empty(), bounded("(?:stake\\s+)?"));
        assertEquals(Optional.empty(), bounded("\\d+%|stake"));
    }

    @Test
    void readsLookaroundsAsConsumingNothing() {
        assertEquals(Optional.of(Set.of("uses")), bounded("(?<!the )uses(?=\\s+\\w)"));
    }

    @Test
    void needsBoundariesToClaimTheWordsAtTheEdges() {
        assertEquals(Optional.of(Set.of("bar")), RequiredWords.of("foo bar baz", false));
    }

    @Test
    void settlesRepetitionsOfSpaceAndFreeWords() {
        assertEquals(Optional.of(Set.of("venture")), bounded("joint(?:\\s+|-)+venture"));
    }

    @Test
    void claimsNothingForSyntaxItDoesNotRead() {
        assertEquals(Optional.empty(), bounded("\\Qowned by\\E"));
        assertEquals(Optional.empty(), bounded("owned(by"));
    }
}
