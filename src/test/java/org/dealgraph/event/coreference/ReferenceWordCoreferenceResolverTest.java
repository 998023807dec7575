package org.dealgraph.event.coreference;

import org.dealgraph.event.Party;
import org.dealgraph.event.StageText;
import org.dealgraph.event.salience.Focus;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A missing subject resolved backward only, by the words before the trigger. Names are invented. */
class ReferenceWordCoreferenceResolverTest {

    /** The subject found for the trigger {@code cue} of the last sentence, with {@code main} as the article's focus. */
    private static Optional<Party> resolve(Language language, StageText t, String cue, String object, String main, Set<EntityType> kinds) {
        Sentence s = t.sentence(t.sentences().size() - 1);
        Sentence before = t.sentence(t.sentences().size() - 2);
        int cb = t.text().indexOf(cue, s.begin());
        Party obj = t.parties(s).stream().filter(p -> p.entity().name().equals(object)).findFirst().orElseThrow();
        Focus focus = new Focus(Optional.of(t.entity(main)), Optional.empty());
        return ReferenceWordCoreferenceResolver.of(LanguageProfiles.bundled().of(language)).resolve(new MissingSubject(t.text(), s,
                t.parties(s), t.parties(before), focus, cb, cue, List.of(obj), kinds, Optional.empty(), true));
    }

    @Test
    void resolvesAReferenceWordToTheMainOrganizationAsLastNamedBefore() {
        StageText t = StageText.of("Orvane Group grew fast. The company signed an agreement with Lumaro.", "Orvane Group", "Lumaro");
        Party p = resolve(Language.ENGLISH, t, "signed an agreement with", "Lumaro", "Orvane Group", Set.of(EntityType.ORGANIZATION)).orElseThrow();
        assertEquals("Orvane Group", p.entity().name());
        assertEquals(0, p.begin());
    }

    @Test
    void neverResolvesToACompanyFirstNamedLater() {
        StageText t = StageText.of("Shares rose. It signed an agreement with Lumaro. Orvane Group said so. Orvane Group grew.",
                "Orvane Group", "Lumaro");
        StageText first = StageText.of(t.text().substring(0, t.text().indexOf(" Orvane")), "Lumaro");
        // the main organization is named only after the trigger's sentence: nothing before it to refer to
        Sentence s = t.sentence(1);
        int cb = t.text().indexOf("signed");
        Focus focus = new Focus(Optional.of(t.entity("Orvane Group")), Optional.of(t.entity("Orvane Group")));
        Optional<Party> p = ReferenceWordCoreferenceResolver.of(LanguageProfiles.bundled().of(Language.ENGLISH)).resolve(new MissingSubject(
                t.text(), s, t.parties(s), t.parties(t.sentence(0)), focus, cb, "signed an agreement with", first.parties(),
                Set.of(EntityType.ORGANIZATION), Optional.empty(), true));
        assertEquals(Optional.empty(), p);
    }

    @Test
    void resolvesAPersonalPronounToThePersonOfThePreviousSentence() {
        StageText t = StageText.of("Ratna Dewi left Kelana last year. She joined Harmoni as chief executive.", "person:Ratna Dewi", "Kelana", "Harmoni");
        Party p = resolve(Language.ENGLISH, t, "joined", "Harmoni", "Kelana", Set.of(EntityType.PERSON)).orElseThrow();
        assertEquals("Ratna Dewi", p.entity().name());
    }

    @Test
    void resolvesAnIndonesianReferenceWord() {
        StageText t = StageText.of("Kelana Digital tumbuh pesat. Perseroan bermitra dengan Harmoni.", "Kelana Digital", "Harmoni");
        Party p = resolve(Language.INDONESIAN, t, "bermitra dengan", "Harmoni", "Kelana Digital", Set.of(EntityType.ORGANIZATION)).orElseThrow();
        assertEquals("Kelana Digital", p.entity().name());
    }
}
