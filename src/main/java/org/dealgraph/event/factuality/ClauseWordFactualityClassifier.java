package org.dealgraph.event.factuality;

import org.dealgraph.event.ClauseBoundaries;
import org.dealgraph.event.RelationType;
import org.dealgraph.event.trigger.Cue;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.Sentence;

import java.util.regex.Pattern;

/**
 * Reads factuality from the words before the trigger in its clause, the word opening the clause
 * included ("if", "unless"; at most 60 characters): the
 * language's denial, negation, hypothetical and speculation words ({@code denial.txt},
 * {@code negation.txt}, {@code hypothetical.txt}, {@code speculation.txt}). A denial negates
 * anything ("Shell rules out bid for BP"); plain negation and conditions do not cancel a bid
 * ("not to acquire" still states an intention) unless the negation is the last word before its cue ("Zentro not in talks
 * to buy Harwick"); a negated verb does not negate ownership named by a
 * noun ("induk perusahaannya"); speculation cancels a merger and lowers other findings' weight to
 * 0.7; so does a question outside a headline. A word of stopping a deal right before the trigger
 * ({@code failure.txt}; then a determiner or possessive, a name in the possessive and one more word
 * may stand between: "blocked Harbor Capital's proposed acquisition of") makes it {@link Factuality#FAILED}:
 * an acquisition's findings are kept (as a failed attempt), any other deal's are not. So does such a word in the
 * passive later in an acquisition's clause ("the acquisition of K by H was blocked by the Commission",
 * "akuisisi L oleh S dibatalkan oleh KPPU"), and so does a word of a failed outcome there ({@code failed-outcomes.txt}:
 * "Orvane's planned acquisition of Brindle fell through", "rencana merger A dengan B resmi dibatalkan").
 * Immutable and thread-safe.
 */
public final class ClauseWordFactualityClassifier implements FactualityClassifier {
    private static final int WINDOW = 60;
    private static final FactualityReading NEGATED = new FactualityReading(Factuality.NEGATED, 0);
    private static final FactualityReading HYPOTHETICAL = new FactualityReading(Factuality.HYPOTHETICAL, 0);

    private final ClauseBoundaries clauses;
    private final Pattern negation;
    private final Pattern denial;
    private final Pattern hypothetical;
    private final Pattern speculation;
    private final Pattern owningVerb;
    private final Pattern failure;
    /** A failure, approval or scrutiny word right before the trigger ("block Kestrel's", "approved the"). */
    private final Pattern governing;
    private final Pattern failedAfter;
    private final Pattern failedOutcome;

    private ClauseWordFactualityClassifier(ClauseBoundaries clauses, LanguageProfile profile) {
        this.clauses = clauses;
        this.negation = profile.words(LanguageProfile.File.NEGATION);
        this.denial = profile.words(LanguageProfile.File.DENIAL);
        this.hypothetical = profile.words(LanguageProfile.File.HYPOTHETICAL);
        this.speculation = profile.words(LanguageProfile.File.SPECULATION);
        this.owningVerb = profile.words(LanguageProfile.File.OWNING_VERBS);
        this.failure = governing(profile, LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL);
        this.governing = governing(profile, LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL, LanguageProfile.File.APPROVAL,
                LanguageProfile.File.SCRUTINY);
        this.failedAfter = passive(profile, LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL);
        this.failedOutcome = failedOutcome(profile);
    }

    /**
     * A pattern that finds, in the rest of a trigger's clause, a word of the file said in the passive: after a passive
     * auxiliary ({@code passive-auxiliaries.txt}, "was blocked", "has been approved") or before an agent marker
     * ({@code agent-markers.txt}, "dibatalkan oleh").
     */
    public static Pattern passive(LanguageProfile profile, LanguageProfile.File words, LanguageProfile.File... more) {
        String w = profile.alternation(words, more);
        String aux = profile.entries(LanguageProfile.File.PASSIVE_AUXILIARIES).isEmpty() ? "(?!)"
                : profile.alternation(LanguageProfile.File.PASSIVE_AUXILIARIES);
        return Pattern.compile("(?i)(?<![\\p{L}-])(?:" + aux + ")\\s+(?:\\p{Ll}+\\s+)?" + w + "(?![\\p{L}-])|(?<![\\p{L}-])" + w
                + "\\s+" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "(?![\\p{L}-])");
    }

    /**
     * A pattern that finds, at the start of the rest of a deal's clause after its trigger, a word of a failed outcome
     * ({@code failed-outcomes.txt}: "fell through", "dibatalkan") said of the deal, not of a name in a relative clause
     * before it: no relative pronoun ({@code relative-pronouns.txt}) nor "whose" may stand before the word ("acquired Beta,
     * whose shares collapsed", "mengakuisisi PT B yang gagal bayar" tell of no failed deal).
     */
    public static Pattern failedOutcome(LanguageProfile profile) {
        String relative = profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "|whose";
        return Pattern.compile("(?is)^(?:(?!(?<![\\p{L}-])(?:" + relative + ")(?![\\p{L}-])).)*?(?<![\\p{L}-])(?:"
                + profile.alternation(LanguageProfile.File.FAILED_OUTCOMES) + ")(?![\\p{L}-])");
    }

    /**
     * A pattern that finds, at the end of the text before a trigger, a word of the files right before it ("blocked the ",
     * "approved Harbor's proposed "): between them may stand a determiner or possessive ({@code determiners.txt},
     * {@code possessives.txt}), up to four capitalized words with a possessive ("Harbor's", "Harbor Partners'"), an amount (a word with a digit, perhaps
     * a scale word after it or its scale's letters joined to it: "$2 billion", "Rp 5 triliun", "£900m", perhaps a lower-case word before it: "blocked Intel's planned $5.4
     * billion takeover"), and one more lower-case word.
     */
    public static Pattern governing(LanguageProfile profile, LanguageProfile.File... files) {
        String words = LanguageProfile.alternation(java.util.Arrays.stream(files).flatMap(f -> profile.entries(f).stream()).toList());
        String determiner = LanguageProfile.alternation(java.util.stream.Stream.concat(profile.entries(LanguageProfile.File.DETERMINERS).stream(),
                profile.entries(LanguageProfile.File.POSSESSIVES).stream()).toList());
        return Pattern.compile("(?i)(?<![\\p{L}-])" + words + "\\s+(?:" + determiner
                + "\\s+)?(?:(?-i:\\p{Lu})[\\p{L}\\p{N}&.\\-]*(?:['’]s?)?\\s+){0,4}?"
                + "(?:(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+)?(?:\\p{Sc}|\\p{Lu}\\p{L}{0,2}\\$?\\s?)?\\d[\\d.,]*(?:\\p{L}{1,3}(?![\\p{L}\\d]))?\\s+(?:(?-i:\\p{Ll})\\p{L}*\\s+)?)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+)?$");
    }

    /** The classifier of one language's words. */
    public static ClauseWordFactualityClassifier of(LanguageProfile profile) {
        return new ClauseWordFactualityClassifier(ClauseBoundaries.of(profile), profile);
    }

    @Override
    public FactualityReading classify(String text, Sentence s, Trigger trigger) {
        int cb = trigger.begin();
        Cue cue = trigger.cue();
        String cueText = text.substring(cb, trigger.end());
        String clause = clauses.withoutAsides(clauses.lastClauseWithOpener(text.substring(Math.max(s.begin(), cb - WINDOW), cb)));
        boolean acquisition = cue.relation().filter(r -> r == RelationType.SEEKS_TO_ACQUIRE).isPresent();
        // ownership named by a noun ("induk perusahaannya", "its parent") is not negated by a verb before it
        boolean nominal = cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent() && !owningVerb.matcher(cueText).find();
        // a bid is negated only by a negation right before its cue ("Zentro not in talks to buy Harwick"); further back one
        // often says what the bidder has not done yet
        String[] words = clause.strip().split("\\s+");
        boolean negatedRightBefore = negation.matcher(words[words.length - 1]).matches();
        // a negation before a word that governs the deal negates that word, not the deal ("The FTC did not sue to block
        // Kestrel's purchase of Halcyon", "regulators did not block the acquisition of": the deal stands)
        java.util.regex.Matcher governor = governing.matcher(clause);
        int governs = governor.find() ? governor.start() : -1;
        // only a negation in the governing word's own part of the clause: "Meski KPPU tidak keberatan, Komisi Eropa memblokir
        // akuisisi" (a fresh-user tester's finding) blocks the deal
        boolean governorNegated = governs > 0 && negation.matcher(clause.substring(clause.lastIndexOf(',', governs - 1) + 1, governs)).find();
        String asserting = governs > 0 ? clause.substring(governs) : clause;
        if (denial.matcher(clause).find() || negation.matcher(asserting).find() && (!acquisition || negatedRightBefore) && !nominal) {
            return NEGATED;
        }
        boolean buying = acquisition || cue.relation().filter(r -> r == RelationType.ACQUIRES).isPresent();
        // a stake bought that "berakhir tanpa kesepakatan" was never bought: the investment asserts nothing (a fresh-user
        // tester's finding)
        boolean investing = cue.relation().filter(r -> r == RelationType.INVESTS_IN).isPresent();
        String rest = buying || investing ? clauses.firstClause(text.substring(trigger.end(), s.end())) : "";
        if (!governorNegated && failure.matcher(clause).find()
                || buying && (failedAfter.matcher(rest).find() || failedOutcome.matcher(rest).find())
                || investing && failedOutcome.matcher(rest).find()) {
            return new FactualityReading(Factuality.FAILED, buying ? 1 : 0);
        }
        if (hypothetical.matcher(clause).find() && !acquisition) {
            return HYPOTHETICAL;
        }
        if (speculation.matcher(clause).find()) {
            if (cue.relation().filter(r -> r == RelationType.ACQUIRES).isPresent()) {
                return new FactualityReading(Factuality.RUMOURED, 0); // a rumoured merger is not a merger; a bid would have said so
            }
            return new FactualityReading(Factuality.RUMOURED, acquisition ? 1 : 0.7);
        }
        if (s.text().endsWith("?") && !s.headline()) {
            return new FactualityReading(Factuality.RUMOURED, 0.7);
        }
        return FactualityReading.ASSERTED;
    }
}
