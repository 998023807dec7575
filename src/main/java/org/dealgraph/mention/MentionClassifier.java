package org.dealgraph.mention;

import opennlp.tools.ml.model.MaxentModel;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained check of the names the rules found on their capitals alone ({@link PatternMentionFinder},
 * no gazetteer entry): a maximum-entropy model per language, trained on the annotated corpus's
 * train split ({@code dealgraph train}), reads a name's {@link MentionFeatures} and says which type
 * of entity it names, or that it names none (outcome {@value #NONE}: a capitalised common word, a
 * fragment of a title, a wrong span). A name it calls none with probability at least
 * {@code dropMinimum} is dropped; a name it gives another type with probability at least
 * {@code retypeMinimum} is retyped; every other name is kept as the rules found it. Names from the
 * gazetteer and the trained name finder, and articles of a language without a model, are left
 * alone.
 *
 * <p>Why: on a held-out fifth of the train split, 668 of the 840 one-word names the Indonesian rules
 * typed organization were no organization (README, Quality). Immutable and thread-safe.
 */
public final class MentionClassifier {
    /** The outcome of a name that names no entity. */
    public static final String NONE = "none";
    private final Map<Language, MaxentModel> models;
    private final double dropMinimum;
    private final double retypeMinimum;
    private final Map<Language, java.util.function.UnaryOperator<String>> classes;

    /**
     * A check without word classes.
     *
     * @param models        one model per language (outcomes: {@link EntityType} names and {@value #NONE})
     * @param dropMinimum   the probability of {@value #NONE} from which a name is dropped, in [0, 1]
     * @param retypeMinimum the probability of another type from which a name is retyped, in [0, 1]
     */
    public MentionClassifier(Map<Language, MaxentModel> models, double dropMinimum, double retypeMinimum) {
        this(models, dropMinimum, retypeMinimum, Map.of());
    }

    /**
     * @param models        one model per language (outcomes: {@link EntityType} names and {@value #NONE})
     * @param dropMinimum   the probability of {@value #NONE} from which a name is dropped, in [0, 1]
     * @param retypeMinimum the probability of another type from which a name is retyped, in [0, 1]
     * @param classes       per language, the word classes the model was trained with ({@link MentionFeatures}): a word's
     *                      bit path or null; a language without them is read without them
     */
    public MentionClassifier(Map<Language, MaxentModel> models, double dropMinimum, double retypeMinimum,
                             Map<Language, java.util.function.UnaryOperator<String>> classes) {
        if (!(dropMinimum >= 0 && dropMinimum <= 1 && retypeMinimum >= 0 && retypeMinimum <= 1)) {
            throw new IllegalArgumentException("minimum probabilities out of [0,1]: " + dropMinimum + ", " + retypeMinimum);
        }
        this.models = Map.copyOf(models);
        this.dropMinimum = dropMinimum;
        this.retypeMinimum = retypeMinimum;
        this.classes = Map.copyOf(classes);
    }

    /** Whether a name is one this check reads: found by the rules on their capitals, in no gazetteer entry. */
    public static boolean reads(Mention m) {
        return m.finder().equals(PatternMentionFinder.NAME) && m.entryId().isEmpty();
    }

    /** The article's names with the rules' names checked: some dropped, some retyped; in the same order. */
    public List<Mention> classify(AnalyzedText text, List<Mention> mentions) {
        MaxentModel model = models.get(text.language());
        if (model == null) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!reads(m)) {
                out.add(m);
                continue;
            }
            double[] p = model.eval(MentionFeatures.of(text, m, mentions, classes.getOrDefault(text.language(), w -> null)));
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            String outcome = model.getOutcome(best);
            if (outcome.equals(NONE)) {
                if (p[best] < dropMinimum) {
                    out.add(m);
                }
            } else if (!outcome.equals(m.type().name()) && p[best] >= retypeMinimum) {
                out.add(new Mention(m.begin(), m.end(), m.text(), EntityType.valueOf(outcome), m.entryId(), m.finder(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** {@code names} with this check applied to each article's names. */
    public MentionFinder after(MentionFinder names) {
        return text -> classify(text, names.find(text));
    }
}
