package org.dealgraph.event.trigger;

import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Runs every cue's regular expression over every sentence: the reference the cheaper
 * {@link WordIndexTriggerFinder} is held to. Immutable and thread-safe.
 */
public final class RegexTriggerFinder implements TriggerFinder {
    private final CueLexicon lexicon;

    public RegexTriggerFinder(CueLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public List<Trigger> find(Sentence sentence) {
        List<Trigger> out = new ArrayList<>();
        for (Cue cue : lexicon.cues()) {
            if (!cue.frame().gap()) {
                matches(cue, sentence, out);
            }
        }
        return out;
    }

    static void matches(Cue cue, Sentence sentence, List<Trigger> out) {
        Matcher m = cue.pattern().matcher(sentence.text());
        while (m.find()) {
            out.add(new Trigger(cue, sentence.begin() + m.start(), sentence.begin() + m.end()));
        }
    }
}
