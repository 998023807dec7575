package org.dealgraph.event;

import org.dealgraph.DealGraphException;
import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event trigger stage: finds events from the words that report them ("launched", "fined",
 * "digugat", "meluncurkan"), whatever relation, if any, the sentence states between two parties,
 * and attaches the sentence's named parties as the event's arguments, with the sentence's deal
 * amount nearest the trigger ({@link DealAmountFinder}) and its date. A regulator's decision, a product launch, a lawsuit or a payment often names one
 * party only, or a party the relation extractors do not pair; this stage reports them as
 * events (never as relations).
 *
 * <p>The triggers are each language's {@code data/lang/<code>/event-triggers.tsv} (event type,
 * frame, status, confidence, regex). Arguments, within the trigger's sentence:
 * <ul>
 * <li>frame {@code LR}: the nearest party before the trigger takes the type's first role
 *     ("acquirer", "authority", "organization"), the parties after it (at most
 *     {@value #MAX_OBJECTS}) the second; when the trigger is followed by a passive agent marker
 *     ({@code agent-markers.txt}: "by", "oleh") the party after the marker takes the first role
 *     and the one before the trigger the second. Where no party precedes but a reference word
 *     does ({@code reference.txt}: "it", "the company", "perseroan"), the organization named last
 *     before the sentence takes the first role; where neither does but a capitalized word stands
 *     right before the trigger (a name no finder named), the first of two or more parties after the
 *     trigger takes it (one alone takes the second role). A party after a source preposition
 *     ({@code source-prepositions.txt}: "from", "dari") or a clause break is no further second party
 *     ("bought A from B, with C advising B": B sells). After a passive auxiliary and no agent marker ("was approved",
 *     "has been fined"), the party before the trigger takes the second role and none the first. A party written as the
 *     possessor of what follows it is no second party ("bought BCA's bonds", "Vodafone's 44 percent stake in SFR": SFR is).
 *     A party's types must be among those {@code data/schema/events.tsv} accepts for its role.</li>
 * <li>frame {@code RL}: the trigger ends in its first role's marker ("raised $20 million from"): the parties after it
 *     (at most {@value #MAX_OBJECTS}) take the first role, the nearest party before it the second.</li>
 * <li>frame {@code PASSIVE}: the trigger is a verb in the passive ("digugat", "diakuisisi"): the nearest party before it
 *     takes the type's second role, and the first party after it in its clause, after an agent marker or right after the
 *     verb ("digugat PT Y", "diakuisisi oleh PT Y"), the first.</li>
 * <li>frame {@code OBJECT}: the first party after the trigger, in its clause, takes the type's second role and none
 *     takes the first, unless a recipient preposition ({@code recipient-prepositions.txt}: "to", "kepada") stands before
 *     it: then it takes the first ("the sale of its pipe unit to Nippon Steel": Nippon Steel buys a unit not named). The
 *     party right before the trigger, as its possessor or the subject of at most two words, is the seller ("X's sale of
 *     Y", "X announced the sale of Y": X sells, it does not buy).</li>
 * <li>frame {@code TYPED}: the person nearest the trigger takes the first role and the
 *     organization nearest it the second, wherever they stand (an appointment), but the organization of the post named
 *     after the person ("appointed Jane Doe as chief executive of Orvane") before any other; where the sentence
 *     names no organization, the one named last before it.</li>
 * <li>frame {@code JOINT}: the parties of one list (joined by commas and {@code coordinators.txt}) right before the trigger,
 *     or else right after it, all take the type's first role: a merger of equals ("Alpha and Beta agreed to merge", "the
 *     merger of Alpha and Beta"; MANUAL: an Acquisition with both as acquirer). With fewer than two, the line does not fire
 *     and the next line of the type reads the sentence.</li>
 * </ul>
 * A launch that names its product alone ("Nokia X8 meluncur", "Nokia X8 diluncurkan") is kept with the product only, for
 * {@link org.dealgraph.event.argument.LaunchOrganizations} to give it its owner or drop it.
 * In frames {@code LR}, a person before the trigger with a verb of saying between them ({@code speech-verbs.txt}: "Jane Doe
 * said the acquisition", "Budi mengatakan akuisisi ini") speaks of the deal and takes no role in it. A word of a failed
 * outcome later in the trigger's clause ({@code failed-outcomes.txt}: "fell through", "dibatalkan"), or a word of
 * {@code failure.txt} said there in the passive, makes an acquisition failed and reports no event of another type.
 * A trigger that refers back to a deal told before ({@code anaphora.txt}: "this acquisition", "pembelian itu") reads
 * nothing: its parties were read where the deal was told. Two clauses with triggers of their own ({@link ClauseSeams}) part
 * the parties and the amounts of their events. An event needs as many parties as its trigger line says (a regulator's
 * decision may name one, a launch needs its product). A trigger in a clause with a negation, denial or hypothetical word
 * before it reports nothing; an acquisition after a word of speculation in its sentence ({@code speculation.txt}: "could",
 * "reportedly") is only rumored; a completed or launched status after a word of the future ({@code future.txt}) is only agreed (an
 * acquisition) or announced. The event's confidence is its trigger line's.
 *
 * <p>Immutable and thread-safe.
 */
public final class TriggerEventExtractor implements CueScanExtractor {
    /** The most parties after a trigger that take its second role ("fined A, B and C"). */
    public static final int MAX_OBJECTS = 3;

    /** The extractor name findings carry. */
    public static final String NAME = "trigger";

    private enum Frame { LR, RL, PASSIVE, OBJECT, TYPED, JOINT }

    private record Trigger(EventType type, Frame frame, DealStatus status, double confidence, int parties, Pattern pattern,
                           Set<EntityType> subjects) {
    }

    private record Grammar(List<Trigger> triggers, Pattern unasserted, Pattern future, Pattern agent, Pattern clauseBreak,
                           Pattern reference, DateFinder dates, Pattern failed, org.dealgraph.event.argument.Addressee addressee,
                           Pattern speculation, Pattern source, Pattern recipient, Pattern passive, Pattern postOf,
                           Pattern speech, Pattern stoppedAfter, Pattern failedOutcome, Pattern condition,
                           org.dealgraph.event.ClauseBoundaries clauses, org.dealgraph.event.argument.AgentMarker headlinePassive,
                           Pattern listGap, Pattern attributed, ClauseSeams seams, Pattern anaphoraBefore, Pattern anaphoraAfter,
                           Pattern approved, Pattern scrutinized, Pattern deciding, Pattern formerBefore, Pattern coordinatedVerb,
                           Pattern levy) {
    }

    /** A party's mention in the sentence. */
    private record Party(Entity entity, Mention mention) {
    }

    private final Map<Language, Grammar> grammars = new java.util.TreeMap<>();
    private final DealAmountFinder amounts;
    /** The cue lexicon that scans an article where no caller shares its scan ({@link CueScanExtractor}). */
    private final CueRelationExtractor lexicon;

    /** The stage with the bundled language data. */
    public static TriggerEventExtractor bundled() {
        return new TriggerEventExtractor(LanguageProfiles.bundled());
    }

    /**
     * The stage with these languages' triggers.
     *
     * @throws DealGraphException if a trigger line is not an event type, a frame, a status, a confidence and a regex
     */
    public TriggerEventExtractor(LanguageProfiles profiles) {
        this(profiles, CueRelationExtractor.of(profiles));
    }

    /**
     * The stage with these languages' triggers, scanning an article with {@code lexicon} where no caller shares its scan (a
     * pipeline passes its own cue stage, so the lexicon is built once).
     *
     * @throws DealGraphException as {@link #TriggerEventExtractor(LanguageProfiles)}
     */
    public TriggerEventExtractor(LanguageProfiles profiles, CueRelationExtractor lexicon) {
        for (Language l : profiles.languages()) {
            LanguageProfile p = profiles.of(l);
            List<Trigger> triggers = triggers(p);
            String unasserted = "(?i)\\b(?:" + p.alternation(LanguageProfile.File.NEGATION) + "|" + p.alternation(LanguageProfile.File.DENIAL)
                    + "|" + p.alternation(LanguageProfile.File.HYPOTHETICAL) + ")\\b";
            grammars.put(l, new Grammar(List.copyOf(triggers), Pattern.compile(unasserted), p.words(LanguageProfile.File.FUTURE),
                    // "fined by", "fined $5 million by the", "didenda Rp 5 miliar oleh": up to four words or amounts, the marker, an article
                    Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,4}?" + p.alternation(LanguageProfile.File.AGENT_MARKERS) + "\\s+(?:"
                            + p.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+)?$"),
                    p.words(LanguageProfile.File.CLAUSE_BREAKS), p.words(LanguageProfile.File.REFERENCE), DateFinder.of(p),
                    org.dealgraph.event.factuality.ClauseWordFactualityClassifier.governing(p, LanguageProfile.File.FAILURE,
                            LanguageProfile.File.WITHDRAWAL),
                    org.dealgraph.event.argument.Addressee.of(p), p.words(LanguageProfile.File.SPECULATION),
                    p.words(LanguageProfile.File.SOURCE_PREPOSITIONS), p.words(LanguageProfile.File.RECIPIENT_PREPOSITIONS),
                    passive(p), org.dealgraph.event.argument.FrameArgumentFinder.postOf(p), p.words(LanguageProfile.File.SPEECH_VERBS),
                    org.dealgraph.event.factuality.ClauseWordFactualityClassifier.passive(p, LanguageProfile.File.FAILURE,
                            LanguageProfile.File.WITHDRAWAL),
                    org.dealgraph.event.factuality.ClauseWordFactualityClassifier.failedOutcome(p),
                    // "pending approval by", "subject to shareholder and regulatory approval", "menunggu persetujuan": up to four words
                    Pattern.compile("(?i)(?<![\\p{L}-])(?:" + p.alternation(LanguageProfile.File.CONDITION_MARKERS) + ")\\s+(?:\\S+\\s+){0,4}?$"),
                    ClauseBoundaries.of(p), org.dealgraph.event.argument.AgentMarker.of(p),
                    // what stands between two members of a list: a comma, a coordinator, or both ("A, B and C", "A dan B")
                    Pattern.compile("(?i)^\\s*(?:,\\s*(?:(?:" + p.alternation(LanguageProfile.File.COORDINATORS) + ")\\s+)?|(?:"
                            + p.alternation(LanguageProfile.File.COORDINATORS) + ")\\s+)$"),
                    // ", kata BRIN", ", said Reuters", ", chairman Oskar Lind said": who tells of the event, after a comma, within
                    // a few words before or after an attribution word
                    Pattern.compile("(?i),\\s*[\"”’']?\\s*([^,;.\"”]{0,60}?\\s)?" + p.alternation(LanguageProfile.File.ATTRIBUTION)
                            + "(?![\\p{L}-])"), ClauseSeams.of(p),
                    anaphora(p, true), anaphora(p, false),
                    org.dealgraph.event.factuality.ClauseWordFactualityClassifier.governing(p, LanguageProfile.File.APPROVAL),
                    org.dealgraph.event.factuality.ClauseWordFactualityClassifier.governing(p, LanguageProfile.File.SCRUTINY),
                    // a word of examining, approving or blocking anywhere: "reviewed", "diperiksa", "approved", "blocked"
                    Pattern.compile("(?i)(?<![\\p{L}-])(?:" + p.alternation(LanguageProfile.File.SCRUTINY) + "|"
                            + p.alternation(LanguageProfile.File.APPROVAL) + "|" + p.alternation(LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL)
                            + ")(?![\\p{L}-])"),
                    org.dealgraph.event.argument.FrameArgumentFinder.formerBefore(p),
                    // "... Google Cloud dan membayar", "... the Broad Institute and pays": lower-case words, a conjunction of
                    // clauses ("atau", "or" join alternatives), then a short adverbial ("juga", "also", "in 2022")
                    Pattern.compile("(?i)^(?:[\\s,]+(?-i:\\p{Ll})[\\p{L}-]*)*?[\\s,]*(?:" + p.alternation(LanguageProfile.File.CLAUSE_CONJUNCTIONS)
                            + ")" + org.dealgraph.event.coreference.ReferenceWordCoreferenceResolver.adverbial(p) + "\\s+$"),
                    p.words(LanguageProfile.File.LEVIES)));
        }
        this.amounts = new DealAmountFinder(profiles);
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The words of {@code anaphora.txt} on one side of the trigger ({@code before}: "this {T}"; else "{T} tersebut"), as a
     * pattern matched at the end of the text before the trigger or at the start of the text after it.
     *
     * @throws DealGraphException naming the file and line where an entry has not one {@code {T}} at its start or end
     */
    private static Pattern anaphora(LanguageProfile p, boolean before) {
        List<String> side = new ArrayList<>();
        for (LanguageProfile.Flanking f : p.flanking(LanguageProfile.File.ANAPHORA, "{T}", "the trigger")) {
            if (f.after() != before) {
                side.add(Pattern.quote(f.words()).replace(" ", "\\E\\s+\\Q"));
            }
        }
        if (side.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return before ? Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + String.join("|", side) + ")\\s+$")
                : Pattern.compile("(?i)^\\s+(?:" + String.join("|", side) + ")(?![\\p{L}\\d])");
    }

    /** The lines of the language's {@code event-triggers.tsv}, in file order. */
    private static List<Trigger> triggers(LanguageProfile p) {
        List<Trigger> out = new ArrayList<>();
        List<String> lines = p.entries(LanguageProfile.File.EVENT_TRIGGERS);
        for (int n = 0; n < lines.size(); n++) {
            out.add(trigger(p.where(LanguageProfile.File.EVENT_TRIGGERS, n), lines.get(n)));
        }
        return out;
    }

    /**
     * The event triggers of a language as the openings of clauses ({@link ClauseSeams}), for a stage that reads seams
     * without this one: for a sentence, each trigger's match with its half-open article offsets and the types the party
     * right before it may have.
     *
     * @throws DealGraphException as the constructor, for a malformed trigger line
     */
    public static java.util.function.Function<Sentence, List<ClauseSeams.Opening>> openings(LanguageProfile p) {
        List<Trigger> triggers = triggers(p);
        return s -> opened(triggers, s.text(), s.begin()).toList();
    }

    /**
     * The parties of {@code after}, in text order, that no semicolon parts from article offset {@code from}: a seam marked
     * as one ({@link #seamsMarked}) ends the trigger's clause ("A and B signed a partnership agreement, while C acquired D":
     * C and D are no partners).
     */
    private static List<Party> sameClause(Sentence s, int from, List<Party> after) {
        int stop = s.text().indexOf(';', from - s.begin());
        return stop < 0 ? after : after.stream().filter(p -> p.mention().begin() - s.begin() < stop).toList();
    }

    /** The seams a sentence with its seams marked holds: each semicolon that marks one, as its sentence offsets. */
    private static List<int[]> seams(Sentence marked) {
        List<int[]> out = new ArrayList<>();
        for (int k = marked.text().indexOf(';'); k >= 0; k = marked.text().indexOf(';', k + 1)) {
            out.add(new int[]{k, k + 1});
        }
        return out;
    }

    /** Each match of {@code triggers} in {@code text} as an opening, its offsets shifted by {@code offset}. */
    private static java.util.stream.Stream<ClauseSeams.Opening> opened(List<Trigger> triggers, String text, int offset) {
        return triggers.stream().flatMap(t -> t.pattern().matcher(text).results()
                .map(r -> new ClauseSeams.Opening(offset + r.start(), offset + r.end(), before(t))));
    }

    /**
     * The end of the text before a trigger in the passive: a passive auxiliary and perhaps an adverb ("was ", "has been
     * formally "; {@code passive-auxiliaries.txt}, {@code passive-adverbs.txt}); none where the language marks the passive
     * on the verb (Indonesian "di-", in its triggers).
     */
    private static Pattern passive(LanguageProfile p) {
        if (p.entries(LanguageProfile.File.PASSIVE_AUXILIARIES).isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String adverbs = p.entries(LanguageProfile.File.PASSIVE_ADVERBS).isEmpty() ? "(?!)" : p.alternation(LanguageProfile.File.PASSIVE_ADVERBS);
        return Pattern.compile("(?i)(?<![\\p{L}-])(?:" + p.alternation(LanguageProfile.File.PASSIVE_AUXILIARIES) + ")\\s+(?:(?:" + adverbs
                + ")\\s+)?$");
    }

    private static Trigger trigger(String place, String line) {
        String[] f = line.split("\t");
        String where = place + ": '" + line + "'";
        if (f.length != 6 && f.length != 7) {
            throw new DealGraphException(where + " has not 6 or 7 tab-separated fields (event, frame, status, confidence, parties, regex,"
                    + " and perhaps the subject's types)");
        }
        try {
            double confidence = org.dealgraph.text.TableFields.confidence(f[3]);
            if (!f[4].strip().equals("1") && !f[4].strip().equals("2")) {
                throw new DealGraphException("the parties field '" + f[4] + "' is 1 or 2 (an event needs 1 or 2 named parties)");
            }
            int parties = Integer.parseInt(f[4].strip());
            return new Trigger(EventType.fromLocalName(f[0].strip()), org.dealgraph.text.TableFields.constant(Frame.class, f[1], "frame"),
                    org.dealgraph.text.TableFields.constant(DealStatus.class, f[2], "status"), confidence, parties,
                    Pattern.compile("(?i)(?<![\\p{L}\\d])(?:" + f[5].strip() + ")(?![\\p{L}\\d])"),
                    f.length == 7 ? org.dealgraph.text.TableFields.constants(EntityType.class, f[6], "subject type") : Set.of());
        } catch (IllegalArgumentException | DealGraphException e) {
            throw new DealGraphException(where + ": " + e.getMessage(), e);
        }
    }

    /** The participants but those in the event's first role of a type the trigger line does not allow there (its seventh column). */
    private static List<Participant> narrowed(Trigger t, List<Participant> participants, List<Entity> entities) {
        if (t.subjects().isEmpty()) {
            return participants;
        }
        String first = RelationSchema.bundled().of(t.type()).roles().get(0);
        return participants.stream().filter(p -> !p.role().equals(first) || entities.stream()
                .anyMatch(e -> e.key().equals(p.entity()) && t.subjects().contains(e.type()))).toList();
    }

    @Override
    public List<Finding> extract(AnalyzedText text, List<Entity> entities) {
        return extract(text, entities, lexicon.scan(text));
    }

    @Override
    public List<Finding> extract(AnalyzedText text, List<Entity> entities, CueScan scan) {
        Grammar g = grammars.get(text.language());
        List<Finding> out = new ArrayList<>();
        Party antecedent = null;
        for (Sentence given : text.sentences()) {
            List<Party> parties = parties(given, entities);
            // "A acquired B, and C acquired D": the coordinator between two clauses with triggers of their own reads as a
            // semicolon, which ends a list of parties
            Sentence s = seamsMarked(g, given, parties, scan);
            List<Mention> named = entities.stream().flatMap(e -> e.mentions().stream())
                    .filter(x -> x.begin() >= s.begin() && x.end() <= s.end()).toList();
            Party referent = antecedent;
            // "Brightwave bought Solvent Labs. The company then acquired ...": a reference word stands for the subject, the first
            // organization of the last sentence that names one, not the last organization named
            for (Party p : parties) {
                if (p.entity().type() == EntityType.ORGANIZATION) {
                    antecedent = p;
                    break;
                }
            }
            if (parties.isEmpty() && referent == null) {
                continue;
            }
            Set<EventType> seen = new HashSet<>();
            for (Trigger t : g.triggers()) {
                if (seen.contains(t.type())) {
                    continue; // one event of a type per sentence: the first line of the type that fires
                }
                Matcher m = t.pattern().matcher(s.text());
                while (m.find()) {
                    if (insideParty(s, parties, m) || !asserted(g, s.text(), m.start())) {
                        continue;
                    }
                    if (g.anaphoraBefore().matcher(s.text()).region(0, m.start()).find()
                            || g.anaphoraAfter().matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) {
                        continue; // "Pembelian itu memberi PT X ...", "This acquisition gives X ...": a deal told before
                    }
                    List<Participant> participants = switch (t.frame()) {
                        case TYPED -> typed(g, t.type(), s, parties, s.begin() + m.start(), referent);
                        case OBJECT -> object(g, t.type(), s, parties, m);
                        case LR -> positional(g, t.type(), s, parties, m, referent, named, scan.hits(given));
                        case RL -> reversed(g, t.type(), s, parties, m, referent);
                        case PASSIVE -> passive(g, t.type(), s, parties, m, referent);
                        case JOINT -> joint(g, t.type(), s, parties, m);
                    };
                    participants = outsideGovernor(g, t.type(), s, parties, m.start(), participants);
                    if (narrowed(t, participants, entities).size() < participants.size()) {
                        continue; // a person who "merges" or "joins" does something else than a merger
                    }
                    if (participants.size() < t.parties() && !productAlone(t.type(), participants)) {
                        continue;
                    }
                    // "will launch", "berencana meluncurkan": what is still to come is announced, not done
                    DealStatus status = (t.status() == DealStatus.COMPLETED || t.status() == DealStatus.LAUNCHED)
                            && g.future().matcher(s.text().substring(0, m.start())).find()
                            ? (t.type() == EventType.ACQUISITION ? DealStatus.AGREED : DealStatus.ANNOUNCED) : t.status();
                    String before = g.clauses().lastClause(s.text().substring(Math.max(0, m.start() - 60), m.start()));
                    if (status == DealStatus.COMPLETED && t.type() == EventType.ACQUISITION && (g.approved().matcher(before).find()
                            || g.scrutinized().matcher(before).find()
                            || g.deciding().matcher(g.clauses().firstClause(s.text().substring(m.end()))).find())) {
                        // "agreed to be bought by", "approved the acquisition of", "... is being reviewed by the FTC": agreed, as
                        // the cue stage reads it
                        status = DealStatus.AGREED;
                    }
                    if (t.type() == EventType.ACQUISITION && g.speculation().matcher(s.text().substring(0, m.start())).find()) {
                        status = DealStatus.RUMORED; // "Analysts speculated that Amazon could buy Peloton": a rumour, no negotiation
                    }
                    String rest = g.clauses().firstClause(s.text().substring(m.end()));
                    if (g.stoppedAfter().matcher(rest).find() || g.failedOutcome().matcher(rest).find()) {
                        // "Orvane's planned acquisition of Brindle fell through", "rencana merger ... resmi dibatalkan": a failed
                        // attempt, as the cue stage reads it; a stopped deal of another type did not happen
                        if (t.type() != EventType.ACQUISITION) {
                            break;
                        }
                        status = DealStatus.FAILED;
                    }
                    int at = s.begin() + m.start();
                    // the amount of the trigger's own clause: none across a seam ("invested $10 million in B, and C acquired D")
                    List<int[]> marked = seams(s);
                    Optional<Amount> amount = amounts.find(text.text(), s, text.language()).stream()
                            .filter(a -> !ClauseSeams.between(marked, Math.min(a.begin(), at) - s.begin(), Math.max(a.end(), at) - s.begin()))
                            .min(Comparator.comparingInt(a -> Math.abs(a.begin() - at)));
                    Optional<String> date = g.dates().read(s.text(), text.article().date());
                    out.add(new Finding(coordinatedPays(g, s, parties, m, t, participants, scan.hits(given)), Optional.of(t.type()), participants, amount,
                            date, status, s.index(), NAME, t.confidence()));
                    seen.add(t.type());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The {@code pays} relation of a coordinated payment ({@link #coordinatedClause}) that pays what its subject uses
     * ({@link #paysWhatItUses}): the payee is named before the trigger, so no cue of the relation stage reads it.
     */
    private static Optional<Relation> coordinatedPays(Grammar g, Sentence s, List<Party> parties, Matcher m, Trigger t,
                                                      List<Participant> participants, List<CueRelationExtractor.CueHit> hits) {
        Party[] coordinated = t.type() == EventType.PAYMENT ? coordinatedClause(g, s, parties, m) : null;
        if (coordinated == null || !paysWhatItUses(g, s, m, coordinated, hits)) {
            return Optional.empty();
        }
        List<String> roles = RelationSchema.bundled().of(t.type()).roles();
        Optional<String> payer = participants.stream().filter(x -> x.role().equals(roles.get(0))).map(Participant::entity).findFirst();
        Optional<String> payee = participants.stream().filter(x -> x.role().equals(roles.get(1))).map(Participant::entity).findFirst();
        return payer.isPresent() && payee.isPresent()
                ? Optional.of(new Relation(payer.get(), RelationType.PAYS, payee.get(), s.index(), NAME, t.confidence(), DealStatus.REPORTED))
                : Optional.empty();
    }

    /**
     * A deal's participants but those named only before a word that blocks, approves or examines the deal right before its
     * trigger ({@code failure.txt}, {@code approval.txt}, {@code scrutiny.txt}: "OJK memeriksa rencana akuisisi Bank Cendana",
     * "the FTC is reviewing the acquisition of"), or, in an acquisition, only after such a word later in the trigger's clause
     * ("The merger was approved by the European Commission"; a payment's payers may follow "in its probe into"): who decides
     * on or examines a deal is no party to it, as the cue stage reads it.
     * Other events (a regulatory action, a block, a lawsuit) keep their parties.
     */
    private static List<Participant> outsideGovernor(Grammar g, EventType type, Sentence s, List<Party> parties, int trigger,
                                                     List<Participant> participants) {
        if (!RelationSchema.bundled().of(type).deal() || participants.isEmpty()) {
            return participants;
        }
        int before = g.clauses().governor(s.text(), 0, trigger, List.of(g.failed(), g.approved(), g.scrutinized()));
        int governor = before < 0 ? -1 : s.begin() + before;
        // "The merger was approved by the European Commission", "is being reviewed by the FTC": the one named after such a word
        // later in the trigger's clause decides on the deal, no party to it either
        String rest = g.clauses().firstClause(s.text().substring(trigger));
        Matcher later = g.deciding().matcher(rest);
        int after = type == EventType.ACQUISITION && later.find() ? s.begin() + trigger + later.start() : Integer.MAX_VALUE;
        if (governor < 0 && after == Integer.MAX_VALUE) {
            return participants;
        }
        int at = governor;
        return participants.stream().filter(x -> parties.stream().anyMatch(p -> p.entity().key().equals(x.entity())
                && p.mention().begin() >= at && p.mention().begin() < after)).toList();
    }

    /**
     * The sentence with the seams between its coordinated clauses marked as semicolons ({@link ClauseSeams}): the clauses'
     * triggers are this stage's and the language's relation cues ("Gristow signed a partnership with", whose event trigger
     * "partnership" does not follow the subject).
     */
    private static Sentence seamsMarked(Grammar g, Sentence s, List<Party> parties, CueScan scan) {
        if (parties.size() < 2) {
            return s;
        }
        List<ClauseSeams.Named> names = parties.stream().map(p -> new ClauseSeams.Named(p.mention().begin() - s.begin(),
                p.mention().end() - s.begin(), p.entity().type())).toList();
        List<int[]> seams = g.seams().find(s.text(), names, () -> java.util.stream.Stream.concat(opened(g.triggers(), s.text(), 0),
                scan.of(s).matches().stream().map(c -> new ClauseSeams.Opening(c.begin() - s.begin(), c.end() - s.begin(),
                        ClauseSeams.before(c.cue())))).toList());
        return seams.isEmpty() ? s
                : new Sentence(s.index(), s.begin(), s.end(), ClauseSeams.marked(s.text(), seams), s.tokens(), s.headline());
    }

    /**
     * The types the party right before a trigger may have as its argument: the first role's (narrowed by the line's own)
     * where it stands before the trigger, the second's in the passive and where the trigger ends in the first role's
     * marker, either in an appointment, none where its parties follow it.
     */
    private static Set<EntityType> before(Trigger t) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(t.type());
        Set<EntityType> out = java.util.EnumSet.noneOf(EntityType.class);
        switch (t.frame()) {
            case LR, JOINT -> {
                out.addAll(facts.subjects());
                if (!t.subjects().isEmpty()) {
                    out.retainAll(t.subjects());
                }
            }
            case RL, PASSIVE -> out.addAll(facts.objects());
            case TYPED -> {
                out.addAll(facts.subjects());
                out.addAll(facts.objects());
            }
            case OBJECT -> {
            }
        }
        return out;
    }

    /** The named parties of the sentence that may take part in an event (not places), in text order. */
    private static List<Party> parties(Sentence s, List<Entity> entities) {
        List<Party> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.PERSON && e.type() != EntityType.PRODUCT) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    out.add(new Party(e, m));
                }
            }
        }
        out.sort(Comparator.comparingInt(p -> p.mention().begin()));
        return out;
    }

    private static boolean insideParty(Sentence s, List<Party> parties, Matcher m) {
        int b = s.begin() + m.start();
        int e = s.begin() + m.end();
        return parties.stream().anyMatch(p -> p.mention().begin() < e && b < p.mention().end());
    }

    /**
     * Whether no negation, denial or hypothetical word stands in the trigger's clause before it, nor a failure word right
     * before it ({@code failure.txt}: "blocked the acquisition of"; the cue stage reports such a deal as a failed attempt),
     * nor a condition marker at most four words before it ({@code condition-markers.txt}: "pending approval by regulators").
     */
    private static boolean asserted(Grammar g, String sentence, int trigger) {
        String before = sentence.substring(0, trigger);
        int clause = 0;
        Matcher b = g.clauseBreak().matcher(before);
        while (b.find()) {
            clause = b.start(); // the word that opens the clause ("if", "unless") belongs to it
        }
        return !g.unasserted().matcher(before.substring(clause)).find() && !g.failed().matcher(before.substring(clause)).find()
                && !g.condition().matcher(before).find();
    }

    private static List<Participant> positional(Grammar g, EventType type, Sentence s, List<Party> parties, Matcher m, Party referent,
                                                List<Mention> named, List<CueRelationExtractor.CueHit> hits) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(type);
        List<String> roles = facts.roles();
        Set<EntityType> objectTypes = objectTypes(facts);
        int start = s.begin() + m.start();
        int end = s.begin() + m.end();
        Party before = subjectBefore(g, s, parties, start);
        if (before != null && before.entity().type() == EntityType.PERSON
                && g.speech().matcher(s.text().substring(before.mention().end() - s.begin(), m.start())).find()) {
            // "Alpha chief executive Jane Doe said the acquisition would ...", "Budi Hartanto mengatakan akuisisi ini": the
            // one who speaks of a deal is no party to it
            before = null;
        }
        Party[] coordinated = coordinatedClause(g, s, parties, m);
        if (coordinated != null) {
            before = coordinated[0]; // the first verb's subject does it, not its object
        }
        List<Party> after = withoutFormerEmployers(g, s, m.end(),
                told(g, s, m.end(), sameClause(s, end, parties.stream().filter(p -> p.mention().begin() >= end).toList())));
        if (type == EventType.ACQUISITION && !after.isEmpty()
                && soldBy(g, s.text().substring(m.end(), after.get(0).mention().begin() - s.begin()))
                && !g.recipient().matcher(firstWord(s.text().substring(after.get(0).mention().end() - s.begin()))).matches()) {
            // "bought 500 trucks from Kestrel": goods bought from a seller, no acquisition; "acquisitions from Ryan Milk to the
            // Larsen Co" lists the deals from one to the other
            return List.of();
        }
        Party agent = null;
        if (!after.isEmpty() && g.agent().matcher(s.text().substring(m.end(), after.get(0).mention().begin() - s.begin())).find()) {
            agent = after.get(0);
        } else if (!after.isEmpty() && describedAgent(g, s.text().substring(m.end(), after.get(0).mention().begin() - s.begin()))) {
            agent = after.get(0); // "fined $1.3 billion by Irish regulator DPC": the agent's description stands before its name
        }
        List<Participant> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        if (agent != null) {
            add(out, used, roles.get(0), agent, facts.subjects());
            if (before != null) {
                add(out, used, roles.get(1), before, objectTypes);
            }
            return out;
        }
        if (before != null && after.isEmpty() && unnamedAgent(g, s.text().substring(m.end()))) {
            // "Meta fined $1.3 billion by EU privacy regulator": a headline's passive whose agent no name states; the party
            // before undergoes the event
            add(out, used, roles.get(1), before, objectTypes);
            return out;
        }
        if (before != null && g.passive().matcher(s.text().substring(0, m.start())).find()) {
            // "Arcturus Corp's sale of its Velo unit was approved by regulators", "Velo was fined $5 million": the subject of a
            // passive with no named agent undergoes the event; no named party does it
            add(out, used, roles.get(1), before, objectTypes);
            return out;
        }
        if (before != null && type == EventType.PRODUCT_LAUNCH && before.entity().type() == EntityType.PRODUCT && after.isEmpty()) {
            // "Nokia X8 meluncur di Jepang": the product before a launch that names no one after it is what is launched
            add(out, used, roles.get(1), before, objectTypes);
            return out;
        }
        List<Party> objects = after;
        if (before != null && facts.subjects().contains(before.entity().type())) {
            add(out, used, roles.get(0), before, facts.subjects());
        } else if (before == null && referent != null && g.reference().matcher(s.text().substring(0, m.start())).find()) {
            // "it launched", "perseroan meluncurkan": the organization last named before this sentence
            add(out, used, roles.get(0), referent, facts.subjects());
        } else if (after.size() > 1 && facts.subjects().contains(after.get(0).entity().type())
                && unfoundNameBefore(s, m, named)) {
            // the first of two parties after the trigger takes the first role only where a capitalized word stands right
            // before the trigger, a name no finder named ("Arunika akuisisi Bayu Samudra"); after a common noun ("A court
            // ordered X to pay Y") the first role has no named party. One party after the trigger and none before is the
            // deal's object, not its subject.
            add(out, used, roles.get(0), after.get(0), facts.subjects());
            objects = after.subList(1, after.size());
        }
        following(g, s, objects, out, used, roles.get(1), objectTypes, true, facts.deal());
        if (coordinated != null && type == EventType.PAYMENT && out.stream().noneMatch(x -> x.role().equals(roles.get(1)))
                && paysWhatItUses(g, s, m, coordinated, hits)) {
            add(out, used, roles.get(1), coordinated[1], objectTypes); // "uses Google Cloud and pays about Rp 3 billion a month"
        }
        return out;
    }

    /**
     * Whether a coordinated payment ({@link #coordinatedClause}) pays the first verb's object: that verb is a customer's
     * ({@code customerOf} cue between the subject and the object: "menggunakan layanan", "licensed ... from"), and the payment
     * names no payee of its own: no recipient preposition in its clause ("membayar dividen kepada pemegang saham", "pays
     * royalties to artists"), no levy ({@code levies.txt}: "membayar denda Rp 30 miliar") and no name right after it ("pays
     * Epic a 5% royalty"; an amount's currency, "Rp 3 miliar", is none). A verifier's finding: partnership verbs ("bekerja
     * sama dengan BCA dan membayar komisi kepada mitra") had made the partner the payee.
     */
    private static boolean paysWhatItUses(Grammar g, Sentence s, Matcher m, Party[] coordinated, List<CueRelationExtractor.CueHit> hits) {
        String rest = g.clauses().firstClause(s.text().substring(m.end()));
        if (g.recipient().matcher(rest).find() || g.levy().matcher(rest).find() || NAME_AFTER.matcher(rest).lookingAt()) {
            return false;
        }
        int from = coordinated[0].mention().end();
        int to = coordinated[1].mention().begin();
        return hits.stream().anyMatch(h -> h.label().startsWith(RelationType.CUSTOMER_OF.localName() + "/") && h.begin() >= from && h.end() <= to);
    }

    /** A capitalized word, then a word: a name ("Epic a 5% royalty"), not a currency before its number ("Rp 3 miliar"). */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’.&-]*\\s+\\p{L}");

    /**
     * A trigger whose verb is coordinated with a verb before it ("Pintarku menggunakan layanan Google Cloud dan membayar
     * sekitar Rp 3 miliar per bulan", "licensed the tool from the Broad Institute and pays the institute an annual fee", "owns
     * the brand Ridgeline Outfitters and in 2022 bought Coastwalk"): the party before the conjunction is the first verb's
     * object, and the event's subject is that clause's subject, the sentence's first party before it, a person's former
     * employer left out; in a payment the object may be the payee ({@link #paysWhatItUses}). A fresh-user tester's finding:
     * the object had been the payer or the buyer. Returns {subject, object}, or null where the sentence reads otherwise (no
     * conjunction of clauses right before the trigger, or no subject before the object in its clause).
     */
    private static Party[] coordinatedClause(Grammar g, Sentence s, List<Party> parties, Matcher m) {
        parties = withoutFormerEmployers(g, s, 0, parties); // "Mantan eksekutif Tokopedia Andi Wijaya ... dan memimpin pendanaan"
        Party object = subjectBefore(g, s, parties, s.begin() + m.start());
        if (object == null || !g.coordinatedVerb().matcher(s.text().substring(object.mention().end() - s.begin(), m.start())).matches()) {
            return null;
        }
        for (Party p : parties) {
            if (p.mention().end() <= object.mention().begin() && !p.entity().key().equals(object.entity().key())) {
                String between = s.text().substring(p.mention().end() - s.begin(), object.mention().begin() - s.begin());
                return g.clauseBreak().matcher(between).find() || between.indexOf(';') >= 0 ? null : new Party[] {p, object};
            }
            if (p.mention().end() > object.mention().begin()) {
                break;
            }
        }
        return null;
    }

    /**
     * The parties of {@code after} without a person's former employer named before the person ("led by former Google
     * executive Jane Whitmore", "dipimpin oleh mantan eksekutif Gojek Andi": Google and Gojek are no parties; a verifier's
     * finding), read from {@code from}, an offset in the sentence's text.
     */
    private static List<Party> withoutFormerEmployers(Grammar g, Sentence s, int from, List<Party> after) {
        List<Party> out = new ArrayList<>(after);
        int previous = from;
        for (int i = 0; i < after.size(); i++) {
            Party p = after.get(i);
            int begin = p.mention().begin() - s.begin();
            int end = p.mention().end() - s.begin();
            if (begin >= previous && p.entity().type() != EntityType.PERSON && i + 1 < after.size()
                    && after.get(i + 1).entity().type() == EntityType.PERSON && after.get(i + 1).mention().begin() - s.begin() >= end
                    && g.formerBefore().matcher(s.text().substring(previous, begin)).find()
                    && org.dealgraph.event.argument.FrameArgumentFinder.titleGap(
                    s.text().substring(end, after.get(i + 1).mention().begin() - s.begin()))) {
                out.remove(p);
            }
            previous = Math.max(previous, end);
        }
        return out;
    }

    /**
     * Adds the parties of {@code after} in text order to {@code role}, at most {@value #MAX_OBJECTS}: a party after a source
     * ("from", "dari"), a clause break, a semicolon or, in a deal ({@code deal}), a word of examining, approving or blocking
     * ({@code scrutiny.txt}, {@code approval.txt}, {@code failure.txt}) is no further one (it sells, decides on the deal, or belongs to another
     * statement: "bought A from B, with C advising B"; "the acquisition of A by B is being reviewed by the FTC"; "fined A, B
     * and C" takes all three).
     */
    private static void following(Grammar g, Sentence s, List<Party> after, List<Participant> out, Set<String> used, String role,
                                  Set<EntityType> accepted, boolean skipPossessors, boolean deal) {
        int n = 0;
        Party last = null;
        for (Party p : after) {
            if (n >= MAX_OBJECTS) {
                break;
            }
            if (last != null && p.mention().begin() < last.mention().end()) {
                continue; // a name inside the one before it
            }
            if (last != null) {
                String gap = s.text().substring(last.mention().end() - s.begin(), p.mention().begin() - s.begin());
                if (g.source().matcher(gap).find() || g.clauseBreak().matcher(gap).find() || gap.indexOf(';') >= 0
                        || deal && g.deciding().matcher(gap).find()) {
                    break; // ... nor one after a word of examining, approving or blocking: "is being reviewed by the FTC"
                }
            }
            if (skipPossessors && POSSESSOR.matcher(s.text().substring(p.mention().end() - s.begin())).lookingAt()) {
                continue; // "bought BCA's bonds": what is bought is BCA's, not BCA
            }
            if (add(out, used, role, p, accepted)) {
                n++;
                last = p;
            }
        }
    }

    /**
     * Frame {@code RL}: the trigger ends in the marker of its first role's party ("raised $20 million from", "secured funding
     * from"), so the parties after it take the type's first role (investors) and the nearest party before it the second
     * (the investee); with none before but a reference word ("it raised"), the organization named last before the sentence.
     */
    private static List<Participant> reversed(Grammar g, EventType type, Sentence s, List<Party> parties, Matcher m, Party referent) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(type);
        Set<EntityType> objectTypes = objectTypes(facts);
        int end = s.begin() + m.end();
        Party before = beforeOrReferent(g, s, parties, m, referent);
        List<Participant> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Party> after = listed(g, s, withoutFormerEmployers(g, s, m.end(),
                sameClause(s, end, parties.stream().filter(p -> p.mention().begin() >= end).toList())));
        following(g, s, after, out, used, facts.roles().get(0), facts.subjects(), false, facts.deal());
        if (before != null) {
            add(out, used, facts.roles().get(1), before, objectTypes);
        }
        return out;
    }

    /**
     * The first of {@code after} and those joined to it as one list (commas and coordinators only between them): the parties
     * an RL trigger's marker names ("raised $20 million from A, B and C"), not a party of the clause that follows ("got
     * approval from the Federal Reserve to buy Pinecrest Bank": Pinecrest is no authority); and a JOINT trigger's list after
     * it ("a merger of Alpha, Beta and Gamma").
     */
    private static List<Party> listed(Grammar g, Sentence s, List<Party> after) {
        List<Party> out = new ArrayList<>();
        for (Party p : after) {
            if (!out.isEmpty()) {
                Party previous = out.get(out.size() - 1);
                if (p.mention().begin() < previous.mention().end()) {
                    continue;
                }
                if (!g.listGap().matcher(s.text().substring(previous.mention().end() - s.begin(), p.mention().begin() - s.begin())).find()) {
                    break;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * The party before the trigger its clause is about ({@link #subjectBefore}); with none before but a reference word
     * ("it raised", "perseroan digugat"), the organization named last before the sentence. Null if neither.
     */
    private static Party beforeOrReferent(Grammar g, Sentence s, List<Party> parties, Matcher m, Party referent) {
        Party before = subjectBefore(g, s, parties, s.begin() + m.start());
        return before == null && referent != null && g.reference().matcher(s.text().substring(0, m.start())).find() ? referent : before;
    }

    /**
     * The party before the trigger at {@code start} that its clause is about: the nearest one but one spoken to ("X told the
     * SEC it has acquired ...": the SEC takes no part, the speaker before it does); where that one is named in an
     * apposition of the party before it, closed by a comma right before the trigger, that party ("Djarum, the owner of
     * BCA, bought ...": Djarum buys). Null if none.
     */
    private static Party subjectBefore(Grammar g, Sentence s, List<Party> parties, int start) {
        int at = -1;
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.mention().end() <= start && !g.addressee().spokenTo(s.text(), p.mention().begin() - s.begin(), p.mention().end() - s.begin())) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        Party nearest = parties.get(at);
        if (at > 0 && s.text().substring(nearest.mention().end() - s.begin(), start - s.begin()).strip().equals(",")) {
            Party q = parties.get(at - 1);
            if (q.mention().end() <= nearest.mention().begin()
                    && ClauseBoundaries.apposition(s.text().substring(q.mention().end() - s.begin(), nearest.mention().begin() - s.begin()))) {
                return q;
            }
        }
        return nearest;
    }

    /**
     * Frame {@code JOINT}: the parties of one list right before the trigger ("Alpha and Beta agreed to merge", "A dan B
     * sepakat merger"), or else right after it ("a merger of Alpha and Beta"), all take the type's first role; the list ends
     * where something other than a comma or a coordinator stands between two parties. Fewer than two such parties: none
     * (the lines' seventh column keeps people out: a merger is between organizations).
     */
    private static List<Participant> joint(Grammar g, EventType type, Sentence s, List<Party> parties, Matcher m) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(type);
        int start = s.begin() + m.start();
        int end = s.begin() + m.end();
        List<Party> members = new ArrayList<>();
        Party last = subjectBefore(g, s, parties, start);
        if (last != null && crosses(g, s, last.mention().end(), start) && !selfReported(g, s, last.mention().end(), start)) {
            last = null;
        }
        if (last != null) {
            members.add(last);
            for (int i = parties.indexOf(last) - 1; i >= 0; i--) {
                Party p = parties.get(i);
                if (p.mention().end() > members.get(0).mention().begin()) {
                    continue; // a name inside the one after it
                }
                if (!g.listGap().matcher(s.text().substring(p.mention().end() - s.begin(), members.get(0).mention().begin() - s.begin())).find()) {
                    break;
                }
                members.add(0, p);
            }
        }
        if (members.size() < 2) {
            members.clear();
            List<Party> after = parties.stream().filter(p -> p.mention().begin() >= end).toList();
            if (!after.isEmpty() && s.text().substring(m.end(), after.get(0).mention().begin() - s.begin()).isBlank()) {
                members.addAll(listed(g, s, after));
            }
        }
        List<Participant> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        if (members.size() >= 2 && members.size() <= MAX_OBJECTS) {
            for (Party p : members) {
                add(out, used, facts.roles().get(0), p, facts.subjects());
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * Whether the one party of a launch is its product ("Nokia X8 meluncur", "the Orion X5 was launched"): kept
     * for {@link org.dealgraph.event.argument.LaunchOrganizations}, which gives it its owner as who launched it or drops it.
     */
    private static boolean productAlone(EventType type, List<Participant> participants) {
        return type == EventType.PRODUCT_LAUNCH && participants.size() == 1
                && participants.get(0).role().equals(org.dealgraph.event.argument.LaunchOrganizations.PRODUCT);
    }

    /**
     * Whether the text between a trigger and the next party is an agent marker and at most three words describing the
     * agent ("by Irish regulator ", "by the U.S. "), in the trigger's clause.
     */
    private static boolean describedAgent(Grammar g, String gap) {
        int end = g.headlinePassive().end(gap);
        return end >= 0 && !g.clauseBreak().matcher(gap).find() && gap.substring(end).strip().split("\\s+").length <= 3;
    }

    /** Whether an agent marker ("by", "oleh") stands in the trigger's clause after it: a passive whose agent is unnamed. */
    private static boolean unnamedAgent(Grammar g, String rest) {
        Matcher b = g.clauseBreak().matcher(rest);
        return g.headlinePassive().end(b.find() ? rest.substring(0, b.start()) : rest) >= 0;
    }

    /**
     * Frame {@code PASSIVE}: the verb is in the passive ("PT X digugat PT Y", "PT X diakuisisi pada 2019"): the party
     * before it undergoes the event (the type's second role; with none before but a reference word, the organization named
     * last before the sentence), and the first party after it in its clause does it (the first role), with or without an
     * agent marker between them.
     */
    private static List<Participant> passive(Grammar g, EventType type, Sentence s, List<Party> parties, Matcher m, Party referent) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(type);
        int end = s.begin() + m.end();
        Party before = beforeOrReferent(g, s, parties, m, referent);
        List<Participant> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Optional<Party> agent = parties.stream().filter(p -> p.mention().begin() >= end).findFirst()
                .filter(p -> !crosses(g, s, end, p.mention().begin()));
        agent.ifPresent(a -> add(out, used, facts.roles().get(0), a, facts.subjects()));
        if (before != null) {
            add(out, used, facts.roles().get(1), before, objectTypes(facts));
        }
        return out;
    }

    /**
     * Frame {@code OBJECT}: the trigger names the deal by its object ("the sale of Y"), so the first party after it, in
     * its clause, takes the type's second role and none takes the first; after a recipient preposition it takes the first
     * ("the sale of its pipe unit to Nippon Steel"). The party right before the trigger, as its possessor or the subject
     * of at most two words, is the seller (role {@code seller}: "Newman Manufacturing's sale of its Newman Division"),
     * never the buyer; one further away is not ("Goldman Sachs advised on the sale of").
     */
    private static List<Participant> object(Grammar g, EventType type, Sentence s, List<Party> parties, Matcher m) {
        RelationSchema.EventFacts facts = RelationSchema.bundled().of(type);
        Set<EntityType> accepted = objectTypes(facts);
        int triggerBegin = s.begin() + m.start();
        int triggerEnd = s.begin() + m.end();
        Optional<Party> object = parties.stream().filter(p -> p.mention().begin() >= triggerEnd && accepted.contains(p.entity().type()))
                .findFirst();
        // the object stands in the trigger's clause; one after a recipient buys, it is not sold ("the sale of its pipe unit
        // to Nippon Steel": Nippon Steel acquires a unit not named)
        if (object.isEmpty() || crosses(g, s, triggerEnd, object.get().mention().begin())) {
            return List.of();
        }
        boolean recipient = g.recipient().matcher(s.text().substring(m.end(), object.get().mention().begin() - s.begin())).find();
        if (recipient && !facts.subjects().contains(object.get().entity().type())) {
            return List.of();
        }
        List<Participant> out = new ArrayList<>();
        out.add(new Participant(facts.roles().get(recipient ? 0 : 1), object.get().entity().key()));
        // the seller is the party right before the trigger, as its possessor or the subject of a verb of two words at most
        // ("Orvana's sale of", "Orvana announced the sale of"); an adviser's ("Goldman Sachs advised on the sale of") is not
        parties.stream().filter(p -> p.mention().end() <= triggerBegin && facts.subjects().contains(p.entity().type())
                        && !p.entity().key().equals(object.get().entity().key()))
                .reduce((first, second) -> second)
                .filter(p -> SELLER_GAP.matcher(s.text().substring(p.mention().end() - s.begin(), m.start())).matches())
                .ifPresent(seller -> out.add(new Participant(CueRelationExtractor.SELLER, seller.entity().key())));
        return out;
    }

    /** After a party, a possessive and no name: the party owns what the clause is about ("BCA's bonds", "Vodafone's 44 percent"). */
    private static final Pattern POSSESSOR = Pattern.compile("['’]s?\\s+(?!\\p{Lu})");

    /**
     * Whether the text before the trigger ends in a capitalized word that no finder named: an organization's name missed
     * ("Arunika akuisisi Bayu Samudra"), not a place or another name found ("India banned TikTok and WeChat": India is a
     * place, and TikTok is banned, it bans nothing).
     */
    private static boolean unfoundNameBefore(Sentence s, Matcher m, List<Mention> named) {
        Matcher c = CAPITALIZED_BEFORE.matcher(s.text().substring(0, m.start()));
        if (!c.find()) {
            return false;
        }
        int wordBegin = s.begin() + c.start() + (Character.isWhitespace(s.text().charAt(c.start())) ? 1 : 0);
        int wordEnd = s.begin() + m.start();
        return named.stream().noneMatch(x -> x.begin() < wordEnd && wordBegin < x.end());
    }

    /** The text before a trigger ends in a capitalized word: a name, perhaps one no finder named. */
    private static final Pattern CAPITALIZED_BEFORE = Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L}\\p{N}'’.&-]*\\s*$");

    /** Between a seller and the trigger that names its sale: a possessive and at most two words ("'s", " announced the "). */
    private static final Pattern SELLER_GAP = Pattern.compile("^(?:['’]s?)?\\s*(?:[\\p{L}-]+\\s+){0,2}$");

    /** The letters the text opens with, after any space ("to" of " to the Larsen Co"). */
    private static String firstWord(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }

    /** Whether the text before a party ends with a source preposition, perhaps an article after it ("500 trucks from the "). */
    private static boolean soldBy(Grammar g, String gap) {
        String[] words = gap.strip().split("\\s+");
        int n = words.length;
        return n >= 1 && g.source().matcher(words[n - 1]).matches() || n >= 2 && g.source().matcher(words[n - 2]).matches()
                && words[n - 1].length() <= 3;
    }

    /**
     * The parties after a trigger but those from an attribution on ("Roket Garuda 2 meluncur dari Biak, kata BRIN": BRIN
     * tells of the launch and takes no part in it; {@code attribution.txt} right after a comma), and the persons of an
     * attribution word at most 60 characters after a comma (", chairman Oskar Lind said"; ", Softbank said" keeps Softbank,
     * a company telling of its own deal).
     */
    private static List<Party> told(Grammar g, Sentence s, int from, List<Party> after) {
        Matcher a = g.attributed().matcher(s.text());
        if (!a.find(from)) {
            return after;
        }
        int cut = s.begin() + a.start();
        // right after the comma the attribution word names who tells ("kata BRIN"); a name before it ("Softbank said") may
        // be a company telling of its own deal, so only a person is cut there ("chairman Oskar Lind said")
        boolean right = a.group(1) == null;
        return after.stream().filter(p -> p.mention().begin() < cut || !right && p.entity().type() != EntityType.PERSON).toList();
    }

    /**
     * Whether the text between a list and a merger word only says that the list speaks of itself: a speech verb and a
     * reference word ({@code speech-verbs.txt}, {@code reference.txt}) within 60 characters ("Calmont and Redhill said they
     * will merge", "... mengatakan mereka akan merger"), so the list is the merger's parties across the clause break.
     */
    private static boolean selfReported(Grammar g, Sentence s, int from, int to) {
        String between = s.text().substring(from - s.begin(), to - s.begin());
        return between.length() <= 60 && !between.contains(",") && g.speech().matcher(between).find()
                && g.reference().matcher(between).find();
    }

    /** Whether a clause break stands in the sentence between two offsets of the text. */
    private static boolean crosses(Grammar g, Sentence s, int from, int to) {
        return to > from && g.clauseBreak().matcher(s.text().substring(from - s.begin(), to - s.begin())).find();
    }

    /**
     * The types a second party may have: the schema's, and an organization where the schema wants a
     * product, since a product's name ("CRooT", "Switch Lite") is often typed as an organization's
     * by the name finders while the trigger says what it is.
     */
    private static Set<EntityType> objectTypes(RelationSchema.EventFacts facts) {
        if (!facts.objects().contains(EntityType.PRODUCT)) {
            return facts.objects();
        }
        Set<EntityType> out = java.util.EnumSet.copyOf(facts.objects());
        out.add(EntityType.ORGANIZATION);
        return out;
    }

    private static List<Participant> typed(Grammar g, EventType type, Sentence s, List<Party> parties, int trigger, Party referent) {
        List<String> roles = RelationSchema.bundled().of(type).roles();
        Comparator<Party> nearest = Comparator.comparingInt(p -> Math.abs(p.mention().begin() - trigger));
        Optional<Party> person = parties.stream().filter(p -> p.entity().type() == EntityType.PERSON).min(nearest);
        // "Kementerian BUMN menunjuk Budi Santoso sebagai direktur utama Pertamina": the post's organization, named after the
        // person, not the one who appoints
        Optional<Party> post = person.flatMap(a -> parties.stream().filter(p -> p.entity().type() == EntityType.ORGANIZATION
                && p.mention().begin() >= a.mention().end() && p.mention().begin() - a.mention().end() <= 80
                && g.postOf().matcher(s.text().substring(a.mention().end() - s.begin(), p.mention().begin() - s.begin())).matches()).findFirst());
        // "Mr Bell took over as chief executive": the office is at the organization the article named last
        Optional<Party> organization = post.or(() -> parties.stream().filter(p -> p.entity().type() == EntityType.ORGANIZATION).min(nearest))
                .or(() -> Optional.ofNullable(referent));
        if (person.isEmpty() || organization.isEmpty()) {
            return List.of();
        }
        return List.of(new Participant(roles.get(0), person.get().entity().key()), new Participant(roles.get(1), organization.get().entity().key()));
    }

    private static boolean add(List<Participant> out, Set<String> used, String role, Party p, Set<EntityType> accepted) {
        if (!accepted.contains(p.entity().type()) || !used.add(p.entity().key())) {
            return false;
        }
        out.add(new Participant(role, p.entity().key()));
        return true;
    }
}
