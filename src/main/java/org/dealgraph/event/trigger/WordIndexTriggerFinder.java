package org.dealgraph.event.trigger;

import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds triggers by looking up the sentence's words in an index of the words each cue needs, and
 * runs the regular expression only of the cues whose words the sentence holds; a cue with no
 * certain word ({@link RequiredWords}) is run on every sentence. The regex still decides where a
 * trigger begins and ends, so the triggers are those of {@link RegexTriggerFinder}; only sentences
 * that cannot match are skipped. Immutable and thread-safe.
 *
 * <p>Design decision: the sentence's words are its own runs of letters and digits, not the OpenNLP
 * tokens, because a cue's regex reads characters: a token split that differs from a regex's word
 * boundary ("tie-up", "mengakuisisi,") must not hide a cue.
 */
public final class WordIndexTriggerFinder implements TriggerFinder {
    private final List<Cue> cues;
    /** For each word, the cues (by lexicon position) of which it is a key word. */
    private final Map<String, BitSet> index;
    /** The cues without a certain word. */
    private final BitSet always;

    private WordIndexTriggerFinder(List<Cue> cues, Map<String, BitSet> index, BitSet always) {
        this.cues = cues;
        this.index = index;
        this.always = always;
    }

    /** The finder of a lexicon's sentence cues (gap cues left out, as by every {@link TriggerFinder}). */
    public static WordIndexTriggerFinder of(CueLexicon lexicon) {
        List<Cue> cues = lexicon.cues().stream().filter(c -> !c.frame().gap()).toList();
        Map<String, BitSet> index = new HashMap<>();
        BitSet always = new BitSet();
        for (int i = 0; i < cues.size(); i++) {
            Optional<Set<String>> keys = RequiredWords.of(cues.get(i).regex(), true);
            if (keys.isEmpty()) {
                always.set(i);
                continue;
            }
            for (String key : keys.get()) {
                index.computeIfAbsent(key, k -> new BitSet()).set(i);
            }
        }
        return new WordIndexTriggerFinder(cues, Map.copyOf(index), always);
    }

    /** How many cues are run on every sentence because their regex has no certain word. */
    public int unindexed() {
        return always.cardinality();
    }

    @Override
    public List<Trigger> find(Sentence sentence) {
        BitSet run = (BitSet) always.clone();
        for (String w : words(sentence.text())) {
            BitSet b = index.get(w);
            if (b != null) {
                run.or(b);
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
            RegexTriggerFinder.matches(cues.get(i), sentence, out);
        }
        return out;
    }

    /** The text's maximal runs of letters and digits, case-folded as the cues' regexes fold case. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (RequiredWords.wordChar(cp)) {
                w.appendCodePoint(RequiredWords.fold(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
