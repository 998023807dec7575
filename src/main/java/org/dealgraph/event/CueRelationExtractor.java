package org.dealgraph.event;

import org.dealgraph.DealGraphException;
import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.event.argument.ArgumentFinder;
import org.dealgraph.event.argument.Arguments;
import org.dealgraph.event.argument.FrameArgumentFinder;
import org.dealgraph.event.argument.ReadTrigger;
import org.dealgraph.event.argument.TriggeredSentence;
import org.dealgraph.event.coreference.ReferenceWordCoreferenceResolver;
import org.dealgraph.event.factuality.ClauseWordFactualityClassifier;
import org.dealgraph.event.factuality.Factuality;
import org.dealgraph.event.factuality.FactualityClassifier;
import org.dealgraph.event.factuality.FactualityReading;
import org.dealgraph.event.salience.CitationSalienceFilter;
import org.dealgraph.event.salience.Focus;
import org.dealgraph.event.salience.SalienceFilter;
import org.dealgraph.event.trigger.Cue;
import org.dealgraph.event.trigger.CueLexicon;
import org.dealgraph.event.trigger.Frame;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.event.trigger.TriggerFinder;
import org.dealgraph.event.trigger.WordIndexTriggerFinder;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relations and events from cue phrases (the triggers {@code data/lang/<code>/cues.tsv})
 * and the parties around them in a sentence, as a composition of stages, each in its package:
 * <ol>
 *   <li>salience ({@link SalienceFilter}): which mentions may be parties (cited outlets may not);</li>
 *   <li>triggers ({@link TriggerFinder}): the cues in each sentence, read with amounts blanked
 *       ("invest $1.5 billion in"), none starting or ending inside a name, the longer of two nested
 *       ones, or of two overlapping cues of relations, kept;</li>
 *   <li>factuality ({@link FactualityClassifier}): negated and hypothetical statements are not
 *       asserted, speculation lowers confidence;</li>
 *   <li>arguments ({@link ArgumentFinder}, with coreference for a missing subject): who does what
 *       to whom, by the cue's frame;</li>
 *   <li>findings: the nearest deal amount ({@link DealAmountFinder}; where none, the nearest amount) and the sentence's date attached, a deal said in the future
 *       or as a plan only announced, a completed deal someone approves only agreed
 *       ({@code approval.txt}: "approved the acquisition of"); who blocks, approves or examines a deal
 *       ({@code failure.txt}, {@code approval.txt}, {@code scrutiny.txt}: "memeriksa rencana akuisisi") is no party to it,
 *       but who withdraws from one is ({@code withdrawal.txt}: "Halden called off its bid for").</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class CueRelationExtractor implements CueScanExtractor {
    static final String NAME = "cue";
    /** The role of who sells the stake or company an event buys. */
    static final String SELLER = "seller";

    private final TriggerFinder triggers;
    private final SalienceFilter salience;
    private final FactualityClassifier factuality;
    private final ArgumentFinder arguments;
    private final ClauseBoundaries clauses;
    /** Where coordinated clauses meet: an amount across a seam is another clause's deal's. */
    private final ClauseSeams seams;
    /** The language's event triggers as clause openings ("invested $15 million in", which no cue reads). */
    private final java.util.function.Function<Sentence, List<ClauseSeams.Opening>> eventOpenings;
    /** A deal still to come ("will invest", "plans to buy", "akan membeli", "berencana"): it cannot be completed yet. */
    private final Pattern future;
    /** An approval word right before a cue, with what may stand between (as {@code failure.txt}'s, see the factuality stage). */
    private final Pattern approval;
    /** A word of examining a deal right before a cue ("is reviewing", "memeriksa"), with what may stand between. */
    private final Pattern scrutiny;
    /**
     * A word of examining or approving a deal anywhere ("reviewed", "diperiksa", "disetujui"): later in a deal's clause, the
     * deal is under review or approved ("... telah disetujui OJK", where Indonesian writes no "oleh").
     */
    private final Pattern scrutinyWords;
    /** Possessive words ({@code possessives.txt}: "its", "their", "-nya"). */
    private final Pattern possessive;
    /** Nothing but space and perhaps a definite article ({@code definite-articles.txt}). */
    private final Pattern articleGap;
    /**
     * The whole text between the one sued and a governing word: an infinitive marker ("to", "untuk"), perhaps after a time
     * or a place ("on Monday", "in December 2023") or a comma and a participle (", seeking").
     */
    private final Pattern infinitive;
    /** A verb's object before: a lower-case word, perhaps a definite article, at the end of the text before a name. */
    private final Pattern objectBefore;
    /** Words before a name that make it no verb's object: an agent marker ("by the FTC"), a coordinator ("Vantor and Halcyon"). */
    private final Pattern noObjectBefore;
    /** An approval word in the passive later in the cue's clause ("was approved by the Commission"). */
    private final Pattern approvedAfter;
    /** A failure word right before a cue ({@code failure.txt}, {@code withdrawal.txt}, as the factuality stage reads them). */
    private final Pattern failure;
    /** A word by which a party ends its own deal ({@code withdrawal.txt}), at the start of the text it is matched on. */
    private final Pattern withdrawal;
    private final Pattern reference;
    private final Pattern personal;
    private final AmountParser amounts;
    /**
     * The sentence's deal amounts, of which an event takes the one nearest its cue (not a revenue: "which reported revenue
     * of"); where the sentence has none, the nearest of its amounts.
     */
    private final DealAmountFinder dealAmounts;
    private final DateFinder dates;
    /** The extractor of each language; an extractor of one language maps its own to itself. */
    private final Map<Language, CueRelationExtractor> byLanguage;

    /** The extractor of one language: its cues, and its words in each stage. */
    private CueRelationExtractor(LanguageProfile profile, AmountParser amounts, DealAmountFinder dealAmounts) {
        CueLexicon lexicon = CueLexicon.of(profile);
        this.triggers = WordIndexTriggerFinder.of(lexicon);
        this.salience = CitationSalienceFilter.of(profile);
        this.factuality = ClauseWordFactualityClassifier.of(profile);
        this.arguments = FrameArgumentFinder.of(lexicon, profile, ReferenceWordCoreferenceResolver.of(profile));
        this.clauses = ClauseBoundaries.of(profile);
        this.seams = ClauseSeams.of(profile);
        this.eventOpenings = TriggerEventExtractor.openings(profile);
        this.future = profile.words(LanguageProfile.File.FUTURE);
        this.approval = ClauseWordFactualityClassifier.governing(profile, LanguageProfile.File.APPROVAL);
        this.approvedAfter = ClauseWordFactualityClassifier.passive(profile, LanguageProfile.File.APPROVAL);
        this.scrutiny = ClauseWordFactualityClassifier.governing(profile, LanguageProfile.File.SCRUTINY);
        this.scrutinyWords = Pattern.compile("(?i)\\b(?:" + profile.alternation(LanguageProfile.File.SCRUTINY) + "|"
                + profile.alternation(LanguageProfile.File.APPROVAL) + ")\\b");
        this.failure = ClauseWordFactualityClassifier.governing(profile, LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL);
        this.withdrawal = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.WITHDRAWAL) + "(?![\\p{L}-])");
        this.reference = profile.words(LanguageProfile.File.REFERENCE);
        this.personal = profile.words(LanguageProfile.File.PERSONAL_PRONOUNS);
        this.possessive = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.POSSESSIVES));
        // the marker, perhaps after a time or a place of up to three words or a comma and a word ("sued Vantor on Monday to
        // block", "sued Vantor, seeking to block"; a fresh-user tester's findings)
        this.infinitive = Pattern.compile("(?:[.,]?\\s*(?:\\p{Ll}+\\s+){0,1}(?:\\p{Lu}[\\p{L}\\d]*\\s+|\\d{1,4}\\s+){0,2}|,\\s*\\p{Ll}+\\s+)?(?i:"
                + profile.alternation(LanguageProfile.File.INFINITIVE_MARKERS) + ")");
        this.articleGap = Pattern.compile("(?i)\\s*(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+)?");
        this.objectBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Ll}+)\\s+(?:(?i:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + ")\\s+)?$");
        this.noObjectBefore = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "|"
                + profile.alternation(LanguageProfile.File.COORDINATORS));
        this.dates = DateFinder.of(profile);
        this.amounts = amounts;
        this.dealAmounts = dealAmounts;
        this.byLanguage = Map.of(profile.language(), this);
    }

    /** The extractor of every language of {@code profiles}: each article is read with its own language's. */
    private CueRelationExtractor(LanguageProfiles profiles) {
        this.triggers = null;
        this.salience = null;
        this.factuality = null;
        this.arguments = null;
        this.clauses = null;
        this.seams = null;
        this.eventOpenings = null;
        this.future = this.approval = this.approvedAfter = this.scrutiny = this.scrutinyWords = this.failure = this.withdrawal = this.reference = this.personal = this.possessive = null;
        this.infinitive = this.objectBefore = this.noObjectBefore = this.articleGap = null;
        this.dates = null;
        this.amounts = null;
        this.dealAmounts = null;
        Map<Language, CueRelationExtractor> m = new java.util.TreeMap<>();
        AmountParser amounts = new AmountParser(profiles);
        DealAmountFinder deals = new DealAmountFinder(profiles);
        for (Language l : profiles.languages()) {
            m.put(l, new CueRelationExtractor(profiles.of(l), amounts, deals));
        }
        this.byLanguage = java.util.Collections.unmodifiableMap(m);
    }

    /** The extractor with the bundled language data ({@code data/lang/<code>/cues.tsv} and the word lists). */
    public static CueRelationExtractor bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The extractor with these languages' data.
     *
     * @throws DealGraphException if a cue line is malformed (the message names file and line)
     */
    public static CueRelationExtractor of(LanguageProfiles profiles) {
        return profiles == LanguageProfiles.bundled() ? bundled() : new CueRelationExtractor(profiles);
    }

    private static final class Bundled {
        static final CueRelationExtractor INSTANCE = new CueRelationExtractor(LanguageProfiles.bundled());
    }

    CueRelationExtractor one(Language language) {
        CueRelationExtractor x = byLanguage.get(language);
        if (x == null) {
            throw new IllegalArgumentException("no cue data for language " + language.code() + "; this extractor reads " + byLanguage.keySet());
        }
        return x;
    }

    /** A cue of the lexicon found in a sentence: what it is evidence of, and where (article offsets). */
    public record CueHit(String label, int begin, int end) {
    }

    /**
     * Every cue of the sentence's language that matches in the sentence, as features for learned
     * stages: the label is the relation (or event) the cue is evidence of and its frame
     * ("acquires/LR"). Gap cues, which only make sense between two parties, are left out. Matches
     * the lexicon afresh; within one extraction, {@link CueScan#hits} gives the same without doing so.
     */
    public List<CueHit> hits(AnalyzedText analyzed, Sentence s) {
        List<CueHit> out = new ArrayList<>();
        for (Trigger m : one(analyzed.language()).match(analyzed.language(), s)) {
            out.add(new CueHit(m.cue().label(), m.begin(), m.end()));
        }
        return out;
    }

    /**
     * The words of a text that refer back to an organization ("the company", "perseroan",
     * "pihaknya", "it") or to a person ("he", "beliau"), in text order; the group names which. The
     * words are this extractor's language's ({@code reference.txt}, {@code personal-pronouns.txt}).
     */
    List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        reference.matcher(text).results().forEach(r -> out.add(new Reference(r.start(), r.end(), EntityType.ORGANIZATION)));
        personal.matcher(text).results().forEach(r -> out.add(new Reference(r.start(), r.end(), EntityType.PERSON)));
        out.sort(java.util.Comparator.comparingInt(Reference::begin));
        return out;
    }

    /** A reference word: half-open offsets into the text it was found in, and the type of party it refers back to. */
    record Reference(int begin, int end, EntityType refersTo) {
    }

    /** A scan of the article by this lexicon, to share among the stages of one extraction. */
    public CueScan scan(AnalyzedText analyzed) {
        return new CueScan(one(analyzed.language()), analyzed);
    }

    /** Every match of every non-gap cue of the language in the sentence, in lexicon order (article offsets). */
    List<Trigger> match(Language lang, Sentence s) {
        return triggers.find(s);
    }

    /**
     * Whether the text holds a negation (or denial), a hypothetical or a speculation word of any
     * bundled language: the modality features the bundled models were trained with.
     *
     * <p>Design decision: the features use every bundled language's words, as when the bundle was
     * trained, so that the shipped models stay valid; the rules themselves use only the article
     * language's words.
     */
    public static List<String> modalities(String text) {
        List<String> out = new ArrayList<>(3);
        if (Modalities.NEGATION.matcher(text).find()) {
            out.add("negated");
        }
        if (Modalities.HYPOTHETICAL.matcher(text).find()) {
            out.add("hypothetical");
        }
        if (Modalities.SPECULATION.matcher(text).find()) {
            out.add("speculative");
        }
        return out;
    }

    /** The modality words of every bundled language, each kind as one pattern. */
    private static final class Modalities {
        static final Pattern NEGATION = union(LanguageProfile.File.NEGATION, LanguageProfile.File.DENIAL);
        static final Pattern HYPOTHETICAL = union(LanguageProfile.File.HYPOTHETICAL);
        static final Pattern SPECULATION = union(LanguageProfile.File.SPECULATION);

        private static Pattern union(LanguageProfile.File... files) {
            List<String> all = new ArrayList<>();
            for (Language l : LanguageProfiles.bundled().languages()) {
                for (LanguageProfile.File f : files) {
                    all.addAll(LanguageProfiles.bundled().of(l).entries(f));
                }
            }
            return Pattern.compile("(?i)\\b" + LanguageProfile.alternation(all) + "\\b");
        }
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        return extract(analyzed, entities, scan(analyzed));
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities, CueScan given) {
        CueRelationExtractor own = one(analyzed.language());
        if (own != this) {
            return own.extract(analyzed, entities, given);
        }
        CueScan scan = given.reads(this, analyzed) ? given : scan(analyzed);
        String text = analyzed.text();
        EntityIndex index = EntityIndex.of(entities);
        List<Mention> all = index.mentions();
        // places and outlets blanked out, so that "Alibaba Cloud Singapura dan China Unicom" reads as a list
        StringBuilder blank = new StringBuilder(text);
        for (Mention m : all) {
            if (!index.owner(m).type().canBeParty()) {
                for (int i = m.begin(); i < m.end(); i++) {
                    blank.setCharAt(i, ' ');
                }
            }
        }
        String masked = blank.toString();
        List<Finding> out = new ArrayList<>();
        Focus focus = Focus.of(index);
        Map<Integer, List<Party>> partiesBySentence = new HashMap<>();
        for (Sentence s : analyzed.sentences()) {
            List<Party> parties = new ArrayList<>();
            List<Mention> inSentence = new ArrayList<>();
            for (Mention m : all) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    inSentence.add(m);
                    Entity e = index.owner(m);
                    if (e.type().canBeParty() && salience.keeps(text, s, m)) {
                        parties.add(new Party(m, e));
                    }
                }
            }
            partiesBySentence.put(s.index(), parties);
            if (parties.size() > 0) {
                List<Party> previous = s.index() > 0 ? partiesBySentence.getOrDefault(s.index() - 1, List.of()) : List.of();
                extractSentence(analyzed, masked, s, parties, inSentence, previous, focus, scan, out);
            }
        }
        return out;
    }

    private void extractSentence(AnalyzedText analyzed, String text, Sentence s, List<Party> parties, List<Mention> mentions,
                                 List<Party> previous, Focus focus, CueScan scan, List<Finding> out) {
        Language lang = analyzed.language();
        List<Amount> found = amounts.find(text, s.begin(), s.end(), lang);
        // an event takes the nearest of the sentence's deal amounts; where none reads as a deal's, the nearest of all
        List<Amount> dealFound = dealAmounts.deals(text, lang, found);
        List<Amount> deals = dealFound.isEmpty() ? found : dealFound;
        // "invested $10 million in Hexwell, and Basalt acquired Lynmouth": an amount is its own clause's deal's
        List<int[]> seamsHere = deals.isEmpty() ? List.of() : seams.find(text, parties.stream()
                        .map(p -> new ClauseSeams.Named(p.mention().begin(), p.mention().end(), p.entity().type())).toList(),
                () -> java.util.stream.Stream.concat(scan.of(s).matches().stream()
                        .map(t -> new ClauseSeams.Opening(t.begin(), t.end(), ClauseSeams.before(t.cue()))),
                        eventOpenings.apply(s).stream()).toList());
        Optional<String> date = dates.read(s.text(), analyzed.article().date());
        List<ReadTrigger> readings = new ArrayList<>();
        Map<Integer, Integer> governed = new HashMap<>();
        for (Trigger t : readings(s, mentions, found, scan)) {
            governingWord(text, s, t.begin()).ifPresent(at -> governed.put(t.begin(), at));
            FactualityReading reading = factuality.classify(text, s, t);
            Trigger read = t;
            if (reading.factuality() == Factuality.FAILED && reading.asserted()) {
                // "blocked the acquisition of K by H": the attempt is reported, and it failed
                Cue failed = t.cue().withRelation(RelationType.SEEKS_TO_ACQUIRE).withStatus(Optional.of(DealStatus.FAILED));
                read = new Trigger(failed, t.begin(), t.end());
            }
            readings.add(new ReadTrigger(read, reading));
        }
        for (Arguments read : arguments.find(new TriggeredSentence(text, s, parties, previous, focus, readings))) {
            Arguments a = gapFailure(text, s, read);
            Integer at = governed.get(a.anchor());
            if (at != null && a.subject().mention().begin() < at && !possessor(text, a, at, readings) && !ownsGoverned(text, a, at)
                    && !withdrawal.matcher(text).region(at, text.length()).lookingAt()) {
                // "The Commission blocked the acquisition of K and P by H": who blocks or approves a deal is no party to it; but
                // "Halden called off its bid for Brightline": who withdraws from a deal is its party
                continue;
            }
            List<Amount> own = seamsHere.isEmpty() ? deals : deals.stream()
                    .filter(m -> !ClauseSeams.between(seamsHere, Math.min(m.begin(), a.anchor()), Math.max(m.end(), a.anchor()))).toList();
            out.add(a.object().isPresent() ? finding(a, s, own, date) : soloFinding(a, s, own, date));
        }
    }

    /**
     * The arguments of a gap cue of a company bought ("the acquisition by X of Y"), read as a bid that failed where the rest
     * of the clause says the deal failed ("... was blocked by regulators", "... fell through"): a gap cue is read between its
     * parties, not as a trigger, so the factuality classifier reads it here, the text between the parties standing for the
     * trigger. Other arguments as found.
     */
    private Arguments gapFailure(String text, Sentence s, Arguments a) {
        if (!a.cue().frame().gap() || a.object().isEmpty() || a.cue().relation().filter(r -> r == RelationType.ACQUIRES).isEmpty()) {
            return a;
        }
        Party left = a.cue().frame() == Frame.GAP_LR ? a.subject() : a.object().get();
        Party right = a.cue().frame() == Frame.GAP_LR ? a.object().get() : a.subject();
        if (right.begin() <= left.end()) {
            return a;
        }
        FactualityReading reading = factuality.classify(text, s, new Trigger(a.cue(), left.end(), right.begin()));
        if (reading.factuality() != Factuality.FAILED || !reading.asserted()) {
            return a;
        }
        Cue failed = a.cue().withRelation(RelationType.SEEKS_TO_ACQUIRE).withStatus(Optional.of(DealStatus.FAILED));
        return new Arguments(failed, a.subject(), a.object(), a.seller(), a.weight(), a.anchor(), a.soloRole());
    }

    /**
     * Whether the subject, in the possessive, stands right before the governing word at {@code at}: the deal the word
     * qualifies is the subject's ("Vantor Corp's failed acquisition of Kestrel", "Vantor's unsuccessful bid for"); not where
     * the word is one of approval or scrutiny ("the EU's approval of the acquisition of": the EU buys nothing).
     */
    private boolean ownsGoverned(String text, Arguments a, int at) {
        return a.subject().end() <= at && text.substring(a.subject().end(), at).strip().matches("['’]s?")
                && !scrutinyWords.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * Whether the subject before a governing word at {@code at} is the deal's own party, named by a possessive after the word:
     * the subject is a verb's object (a lower-case word before it, perhaps with a definite article, that is no agent marker or
     * coordinator: {@code agent-markers.txt}, {@code coordinators.txt}), an infinitive marker ({@code infinitive-markers.txt})
     * is all that stands between it and the word (but for a time or place of a preposition and up to two capitalized words
     * or numbers, "on Monday", "in December 2023", or a comma and one word, ", seeking"), the subject is the one sued (a
     * trigger of {@code sues} right before it: not "Vantor asked the FTC to approve its purchase", where the FTC approves),
     * and a possessive word ({@code possessives.txt}) stands between the word and
     * the trigger ("The FTC sued Vantor to block its purchase of Kestrel": Vantor's purchase; not "Vantor was sued by the FTC
     * to block its purchase", "The Commission is reviewing its acquisition"; fresh-user testers' findings).
     */
    private boolean possessor(String text, Arguments a, int at, List<ReadTrigger> readings) {
        int subject = a.subject().mention().begin();
        if (a.subject().end() > at || a.anchor() <= at) {
            return false;
        }
        Matcher before = objectBefore.matcher(text).region(Math.max(0, subject - 60), subject);
        return infinitive.matcher(text.substring(a.subject().end(), at).strip()).matches()
                && before.find() && !noObjectBefore.matcher(before.group(1)).matches() && sued(text, subject, readings)
                && possessive.matcher(text.substring(at, a.anchor())).find();
    }

    /**
     * Whether a trigger of {@code sues} ends right before {@code begin}, perhaps with an article between: the name there is
     * the one sued ("The FTC sued Vantor"), not the one asked or hired ("asked the FTC", "hired Goldman Sachs").
     */
    private boolean sued(String text, int begin, List<ReadTrigger> readings) {
        for (ReadTrigger r : readings) {
            Trigger t = r.trigger();
            if (t.cue().relation().filter(x -> x == RelationType.SUES).isPresent() && t.end() <= begin && begin - t.end() <= 12
                    && articleGap.matcher(text.substring(t.end(), begin)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a failure, approval or scrutiny word stands right before the trigger at {@code cuePos} ("blocked the ", "approved
     * Harbor's ", "memeriksa rencana "), in the trigger's clause: its offset in the article, or empty.
     */
    private Optional<Integer> governingWord(String text, Sentence s, int cuePos) {
        int at = clauses.governor(text, s.begin(), cuePos, List.of(failure, approval, scrutiny));
        return at < 0 ? Optional.empty() : Optional.of(at);
    }

    /**
     * The sentence's triggers as read: with amounts blanked, trimmed of trailing space, none that
     * starts or ends inside a name, and of two nested ones, or two overlapping cues of relations, the longer.
     */
    private List<Trigger> readings(Sentence s, List<Mention> mentions, List<Amount> found, CueScan scan) {
        // "invest $1.5 billion in": an amount inside a cue phrase reads as blank space, so the cue still meets its object
        StringBuilder withoutAmounts = new StringBuilder(s.text());
        for (Amount a : found) {
            for (int i = Math.max(a.begin(), s.begin()); i < Math.min(a.end(), s.end()); i++) {
                withoutAmounts.setCharAt(i - s.begin(), ' ');
            }
        }
        String cueText = withoutAmounts.toString();
        List<Trigger> matches = new ArrayList<>();
        // the shared scan read the sentence as written; with an amount in it, the cues are read with the amount blanked
        List<Trigger> candidates = found.isEmpty() ? scan.of(s).matches()
                : triggers.find(new Sentence(s.index(), s.begin(), s.end(), cueText, s.tokens(), s.headline()));
        for (Trigger m : candidates) {
            int cb = m.begin();
            int ce = m.end();
            while (ce > cb && Character.isWhitespace(cueText.charAt(ce - 1 - s.begin()))) {
                ce--;
            }
            int end = ce;
            // a cue may span a name ("kerja sama ... Scorpene Evolved ... dengan"), but may not start or end inside one
            if (end == cb || mentions.stream().anyMatch(x -> x.begin() <= cb && cb < x.end() || x.begin() < end && end <= x.end())) {
                continue;
            }
            matches.add(new Trigger(m.cue(), cb, end));
        }
        // where one cue holds another ("niatnya untuk mengakuisisi" and "mengakuisisi"), or two cues of relations overlap
        // ("has acquired" and "acquired shares of": two readings of one verb), the longer one is the reading; an event's cue
        // and a relation's that only overlap both stand ("menjatuhkan denda" and "denda kepada")
        List<Trigger> readings = new ArrayList<>();
        for (Trigger c : matches) {
            boolean inside = matches.stream().anyMatch(o -> o != c && o.end() - o.begin() > c.end() - c.begin()
                    && (o.begin() <= c.begin() && c.end() <= o.end()
                    || o.begin() < c.end() && c.begin() < o.end() && o.cue().relation().isPresent() && c.cue().relation().isPresent()));
            if (!inside) {
                readings.add(c);
            }
        }
        return readings;
    }

    private Finding finding(Arguments a, Sentence s, List<Amount> found, Optional<String> date) {
        Cue cue = a.cue();
        Party subj = a.subject();
        Party obj = a.object().orElseThrow();
        double conf = cue.confidence() * weight(subj.mention()) * weight(obj.mention()) * a.weight();
        DealStatus status = planned(cue, s, a.anchor());
        Optional<Relation> relation = cue.relation().map(t ->
                new Relation(subj.entity().key(), t, obj.entity().key(), s.index(), NAME, clamp(conf), status));
        List<Participant> participants = new ArrayList<>();
        Optional<Amount> amount = Optional.empty();
        if (cue.event().isPresent()) {
            List<String> roles = cue.event().get().roles();
            participants.add(new Participant(roles.get(0), subj.entity().key()));
            participants.add(new Participant(roles.get(1), obj.entity().key()));
            amount = nearest(found, a.anchor());
        }
        a.seller().ifPresent(seller -> participants.add(new Participant(SELLER, seller.entity().key())));
        return new Finding(relation, cue.event(), participants, amount, cue.event().isPresent() ? date : Optional.empty(),
                status, s.index(), NAME, clamp(conf));
    }

    private Finding soloFinding(Arguments a, Sentence s, List<Amount> found, Optional<String> date) {
        Cue cue = a.cue();
        EventType type = cue.event().orElseThrow();
        double conf = clamp(cue.confidence() * weight(a.subject().mention()) * a.weight());
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(type.roles().get(a.soloRole()), a.subject().entity().key()));
        a.seller().ifPresent(seller -> participants.add(new Participant(SELLER, seller.entity().key())));
        return new Finding(Optional.empty(), Optional.of(type), participants,
                nearest(found, a.anchor()), date, planned(cue, s, a.anchor()), s.index(), NAME, conf);
    }

    /**
     * A completed deal or a launch said in the future or as a plan ("will invest", "berencana
     * membeli", "will launch") is only announced: the words before the cue in its clause decide, as
     * for negation; a completed deal approved, under review or governed by a failure word that did not fail it ({@code
     * approval.txt}, {@code scrutiny.txt}, {@code failure.txt}) is agreed. An
     * acquisition has no status "announced" (GUIDELINES: rumored, negotiating, agreed, completed, failed): one said in the
     * future is agreed ("will acquire").
     */
    private DealStatus planned(Cue cue, Sentence s, int cuePos) {
        DealStatus status = cue.status().orElse(DealStatus.REPORTED);
        if (status != DealStatus.COMPLETED && status != DealStatus.LAUNCHED) {
            return status;
        }
        int at = Math.max(0, Math.min(s.text().length(), cuePos - s.begin()));
        String before = s.text().substring(Math.max(0, at - 60), at);
        String clause = clauses.lastClause(before);
        if (future.matcher(clause).find()) {
            return cue.event().filter(e -> e == EventType.ACQUISITION).isPresent()
                    || cue.relation().filter(r -> r == RelationType.ACQUIRES).isPresent() ? DealStatus.AGREED : DealStatus.ANNOUNCED;
        }
        String rest = clauses.firstClause(s.text().substring(at));
        // approved or under review ("approved the acquisition of", "is reviewing the merger of", "... sedang diperiksa OJK"): agreed
        // a failure word right before it that did not fail the deal (negated or attempted: "has not blocked", "tidak
        // memblokir"; a fresh-user tester's finding) leaves it agreed too
        return status == DealStatus.COMPLETED && (approval.matcher(clause).find() || approvedAfter.matcher(rest).find()
                || scrutiny.matcher(clause).find() || scrutinyWords.matcher(rest).find() || failure.matcher(clause).find())
                ? DealStatus.AGREED : status;
    }

    private static Optional<Amount> nearest(List<Amount> amounts, int pos) {
        return amounts.stream().min(java.util.Comparator.comparingInt(a -> Math.abs(a.begin() - pos)));
    }

    private static double weight(Mention m) {
        return m.confidence() >= 0.9 ? 1.0 : m.confidence() >= 0.7 ? 0.95 : 0.8;
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }
}
