package org.dealgraph.event;

import opennlp.tools.ml.model.MaxentModel;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relations from a trained classifier: every candidate pair of a sentence ({@link RelationFeatures})
 * is scored by a maximum-entropy model of the article's language, trained on the annotated
 * corpus's train split ({@code dealgraph train}); the most probable outcome other than
 * {@code none}, if at least {@code minimum} probable, becomes a relation (and its event, with the
 * sentence's deal amount nearest the pair and its date) whose confidence is that probability. An event classifier over
 * the same pairs, where the bundle has one, adds the events it finds the same way. A pair in a
 * clause opened by a condition or a denial ({@code hypothetical.txt}, {@code denial.txt}: "If Acme
 * launches Beta, ...") yields nothing, as in the cue stages; a thing written with an
 * organization's name first ("Microsoft Azure") is owned by no other; one whose clause is negated
 * ({@code negation.txt}: "Acme did not launch Beta") yields no event, and a launch whose clause tells
 * of what is to come ({@code future.txt}: "Acme will launch Beta") is only announced; an acquisition
 * whose clause tells of an intention ({@code intention.txt}: "Acme plans to acquire Beta") is a bid,
 * {@code seeksToAcquire}, rumored, and one whose clause tells of the deal stopped ({@code failure.txt} before it, {@code
 * failed-outcomes.txt} after it: "fell through"; "walked away
 * from its planned takeover of") a failed one, as the cues read them (GUIDELINES). Languages
 * without a model yield nothing.
 *
 * <p>Immutable and thread-safe: OpenNLP's maxent models are read-only once loaded.
 */
public final class ClassifierRelationExtractor implements CueScanExtractor {
    public static final String NAME = "classifier";
    /** Whether a name is an organization's known beyond the article (the gazetteer's). */
    private final java.util.function.Predicate<String> knownOrganization;
    private final Map<Language, MaxentModel> models;
    private final Map<Language, MaxentModel> eventModels;
    private final RelationFeatures features;
    private final double minimum;
    private final DealAmountFinder dealAmounts;
    private final AmountParser amounts;
    /** Per language, words of examining a deal ({@code scrutiny.txt}): "OJK memeriksa rencana akuisisi Bank Cendana". */
    private final Map<Language, java.util.regex.Pattern> scrutiny;
    /** Per language, what stands between two members of one list: ", ", " and ", ", dan " ({@code coordinators.txt}). */
    private final Map<Language, java.util.regex.Pattern> listGaps;
    /** Per language, the words that make a clause state nothing, and where clauses break. */
    private final Map<Language, Unasserted> unasserted;
    /**
     * Per language, the end of the text before a party that a deal takes something from: a source preposition
     * ({@code source-prepositions.txt}: "from", "dari"), perhaps a definite article.
     */
    private final Map<Language, java.util.regex.Pattern> soldBy;
    /** Per language, a name's possessed goods after it ({@link org.dealgraph.event.argument.FrameArgumentFinder#possessedGoods}). */
    private final Map<Language, java.util.regex.Pattern> goods;
    /** Per language, where two coordinated clauses with triggers of their own meet: no pair holds across. */
    private final Map<Language, ClauseSeams> seams;
    /** The event triggers of each language as openings of clauses: "invested $10 million in", which no cue reads. */
    private final Map<Language, java.util.function.Function<org.dealgraph.text.Sentence, List<ClauseSeams.Opening>>> eventOpenings;

    /** A language's hypothetical and denial words ({@code hypothetical.txt}, {@code denial.txt}) and its clause breaks. */
    private record Unasserted(ClauseBoundaries clauses, java.util.regex.Pattern hypothetical, java.util.regex.Pattern denial,
                              java.util.regex.Pattern negation, java.util.regex.Pattern future,
                              java.util.regex.Pattern intention, java.util.regex.Pattern failure,
                              java.util.regex.Pattern failedOutcome) {
        /**
         * Whether the clause that holds the pair, up to the later party, says the pair's fact only
         * under a condition or denies it ("Jika Acme meluncurkan Beta, ...", "Acme rules out ... Beta"):
         * the classifier's word features do not see that far, so the rule the cue stages apply holds here too.
         */
        boolean holds(String clause) {
            return hypothetical.matcher(clause).find() || denial.matcher(clause).find();
        }

        /** Whether the clause negates what it says ("Acme did not launch Beta", "tidak meluncurkan"): no event. */
        boolean negated(String clause) {
            return negation.matcher(clause).find();
        }

        /** Whether the clause tells of a deal only intended or sought ("plans to acquire", "berencana mengakuisisi"). */
        boolean intended(String clause) {
            return intention.matcher(clause).find();
        }

        /** Whether the clause tells of a deal stopped ("walked away from its planned takeover of", "membatalkan akuisisi"). */
        boolean failed(String clause) {
            return failure.matcher(clause).find();
        }

        /**
         * Whether the rest of the pair's clause, after its later party, tells of the deal ended undone ("Orvane's planned
         * acquisition of Brindle fell through", {@code failed-outcomes.txt}).
         */
        boolean failedAfter(String text, RelationCandidate c) {
            return failedOutcome.matcher(clauses.firstClause(text.substring(c.secondMention().end(), c.sentence().end()))).find();
        }

        /** Whether the clause tells of what is still to come ("will launch", "berencana meluncurkan"). */
        boolean toCome(String clause) {
            return future.matcher(clause).find();
        }

        /**
         * The clause that holds the pair, up to the later party (from at most 60 characters before the first), without the
         * relative clauses it sets off by commas ("X, which did not comment, partnered with Y").
         */
        String clause(String text, RelationCandidate c) {
            int from = Math.max(c.sentence().begin(), c.firstMention().begin() - 60);
            return clauses.withoutAsides(clauses.lastClauseWithOpener(text.substring(from, c.secondMention().begin())));
        }
    }

    /** As {@link #ClassifierRelationExtractor(Map, Map, RelationFeatures, double, LanguageProfiles)} with the bundled language data. */
    public ClassifierRelationExtractor(Map<Language, MaxentModel> models, Map<Language, MaxentModel> eventModels,
                                       RelationFeatures features, double minimum) {
        this(models, eventModels, features, minimum, LanguageProfiles.bundled());
    }

    /**
     * @param models    one relation model per language (outcomes as {@link RelationCandidate} labels)
     * @param minimum   the probability below which an outcome is not reported, in [0, 1]
     * @param languages the language data: amounts, and the coordinators that join the members of a list
     */
    public ClassifierRelationExtractor(Map<Language, MaxentModel> models, Map<Language, MaxentModel> eventModels,
                                       RelationFeatures features, double minimum, LanguageProfiles languages) {
        this(models, eventModels, features, minimum, languages, name -> false);
    }

    /**
     * As above, with the names of organizations known beyond the article (the gazetteer's): a thing written with one of
     * them first ("Apple Music" in an article that names no Apple) is owned by no other organization either.
     */
    public ClassifierRelationExtractor(Map<Language, MaxentModel> models, Map<Language, MaxentModel> eventModels,
                                       RelationFeatures features, double minimum, LanguageProfiles languages,
                                       java.util.function.Predicate<String> knownOrganization) {
        this.knownOrganization = java.util.Objects.requireNonNull(knownOrganization, "knownOrganization");
        if (minimum < 0 || minimum > 1) {
            throw new IllegalArgumentException("minimum probability out of [0,1]: " + minimum);
        }
        this.models = Map.copyOf(models);
        this.eventModels = Map.copyOf(eventModels);
        this.features = features;
        this.minimum = minimum;
        this.dealAmounts = new DealAmountFinder(languages);
        this.amounts = new AmountParser(languages);
        this.unasserted = languages.perLanguage(p -> new Unasserted(ClauseBoundaries.of(p),
                p.words(LanguageProfile.File.HYPOTHETICAL), p.words(LanguageProfile.File.DENIAL),
                p.words(LanguageProfile.File.NEGATION), p.words(LanguageProfile.File.FUTURE),
                p.words(LanguageProfile.File.INTENTION), p.words(LanguageProfile.File.FAILURE, LanguageProfile.File.WITHDRAWAL),
                org.dealgraph.event.factuality.ClauseWordFactualityClassifier.failedOutcome(p)));
        this.seams = languages.perLanguage(ClauseSeams::of);
        this.eventOpenings = languages.perLanguage(TriggerEventExtractor::openings);
        this.goods = languages.perLanguage(org.dealgraph.event.argument.FrameArgumentFinder::possessedGoods);
        this.soldBy = languages.perLanguage(p -> java.util.regex.Pattern.compile("(?i)(?<![\\p{L}-])(?:"
                + p.alternation(LanguageProfile.File.SOURCE_PREPOSITIONS) + ")\\s+(?:(?:" + p.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + ")\\s+)?<?$"));
        this.scrutiny = languages.perLanguage(p -> p.words(LanguageProfile.File.SCRUTINY));
        this.listGaps = languages.perLanguage(p -> java.util.regex.Pattern.compile("(?i)^\\s*(?:,\\s*(?:"
                + p.alternation(LanguageProfile.File.COORDINATORS) + ")?|" + p.alternation(LanguageProfile.File.COORDINATORS) + ")\\s*$"));
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        return extract(analyzed, entities, features.scan(analyzed));
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities, CueScan scan) {
        MaxentModel model = models.get(analyzed.language());
        MaxentModel eventModel = eventModels.get(analyzed.language());
        if (model == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Map<Finding, org.dealgraph.mention.Mention> targets = new java.util.IdentityHashMap<>();
        Unasserted conditions = unasserted.get(analyzed.language());
        Map<Integer, List<Amount>> sentenceAmounts = new java.util.HashMap<>();
        Map<Integer, List<int[]>> sentenceSeams = new java.util.HashMap<>();
        for (RelationCandidate c : features.candidates(analyzed, entities, scan)) {
            List<int[]> seamsHere = sentenceSeams.computeIfAbsent(c.sentence().index(), i -> seams(analyzed, entities, scan, c.sentence()));
            if (ClauseSeams.between(seamsHere, c.firstMention().end(), c.secondMention().begin())) {
                continue; // "A acquired B, and C acquired D": A and D are of two clauses
            }
            String clause = conditions == null ? null : conditions.clause(analyzed.text(), c);
            if (clause != null && conditions.holds(clause)) {
                continue;
            }
            boolean negated = clause != null && conditions.negated(clause);
            boolean sellerSecond = soldFrom(analyzed, scan, c); // the second is the seller of what the first's buyer takes
            if (eventModel != null && !negated) {
                boolean toCome = clause != null && conditions.toCome(clause);
                event(analyzed, c, eventModel, toCome, sentenceAmounts, seamsHere, sellerSecond).ifPresent(out::add);
            }
            double[] p = model.eval(c.features());
            int best = bestRelation(model, p);
            if (best < 0 || p[best] < minimum || negated) {
                continue;
            }
            String outcome = model.getOutcome(best);
            RelationType type = RelationType.fromLocalName(outcome.substring(0, outcome.length() - 1));
            DealStatus status = defaultStatus(type);
            if (type == RelationType.ACQUIRES && clause != null && (conditions.failed(clause) || conditions.failedAfter(analyzed.text(), c))) {
                // GUIDELINES: a deal stopped is a failed attempt ("walked away from its planned takeover of"), as the cues read it
                type = RelationType.SEEKS_TO_ACQUIRE;
                status = DealStatus.FAILED;
            } else if (type == RelationType.ACQUIRES && clause != null && conditions.intended(clause)) {
                // GUIDELINES: a stated intention is a bid ("plans to acquire", "berencana mengakuisisi"), as the cues read it
                type = RelationType.SEEKS_TO_ACQUIRE;
                status = DealStatus.RUMORED;
            }
            boolean forward = outcome.endsWith(">");
            Entity subject = forward ? c.first() : c.second();
            Entity object = forward ? c.second() : c.first();
            if (!admissible(type, subject, object) || inApposition(analyzed, c, entities) || asideToMainClause(analyzed, c)
                    || type.event().filter(e -> RelationSchema.bundled().of(e).deal()).isPresent() && examined(analyzed, c)
                    || (type == RelationType.ACQUIRES || type == RelationType.INVESTS_IN) && forward && soldBy(analyzed, c.secondMention())
                    || (type == RelationType.ACQUIRES || type == RelationType.INVESTS_IN) && !forward && sellerSecond
                    || (type == RelationType.ACQUIRES || type == RelationType.SEEKS_TO_ACQUIRE || type == RelationType.INVESTS_IN)
                    && goodsOf(analyzed, forward ? c.secondMention() : c.firstMention())
                    || (type == RelationType.WORKS_FOR || type == RelationType.OWNED_BY) && listMembers(analyzed, c, entities)
                    || type == RelationType.OWNED_BY && ownerInName(forward ? c.firstMention() : c.secondMention(), object, entities,
                    knownOrganization)) {
                continue;
            }
            Finding f = finding(analyzed, c, type, status, subject, object, p[best], sentenceAmounts, seamsHere);
            if (type == RelationType.ACQUIRES) {
                targets.put(f, forward ? c.secondMention() : c.firstMention());
            }
            out.add(f);
        }
        return oneTargetEach(analyzed, out, targets);
    }

    /**
     * Whether the pair's second mention, after a source preposition, is the seller of what a cue of buying or investing
     * right before the first mention takes ("bought a 40% stake in Venmere from Duxbury", "membeli saham PT X dari PT Y"):
     * then the second is no buyer or investor of the first. Where no such cue has the first as its object, the one after
     * the preposition may be the investor ("Brindle raised $20 million from Accel").
     */
    private boolean soldFrom(AnalyzedText analyzed, CueScan scan, RelationCandidate c) {
        if (!soldBy(analyzed, c.secondMention())) {
            return false;
        }
        int object = c.firstMention().begin();
        return scan.of(c.sentence()).matches().stream().anyMatch(t -> t.cue().frame() == org.dealgraph.event.trigger.Frame.LR
                && t.cue().relation().filter(r -> r == RelationType.ACQUIRES || r == RelationType.INVESTS_IN
                || r == RelationType.SEEKS_TO_ACQUIRE).isPresent()
                && t.end() <= object && analyzed.text().substring(t.end(), object).isBlank());
    }

    /**
     * Whether a source preposition stands right before the mention ("acquired a 40% stake in Brindle from Carrow Capital",
     * "membeli saham X dari PT Y"): the party a buyer takes something from sells it, it is no target or investee. The one
     * an investee takes money from is the investor, named first in its pair ("raised $20 million from Accel"), which this
     * does not touch.
     */
    private boolean soldBy(AnalyzedText analyzed, org.dealgraph.mention.Mention object) {
        java.util.regex.Pattern p = soldBy.get(analyzed.language());
        return p != null && p.matcher(analyzed.text()).region(Math.max(0, object.begin() - 12), object.begin()).find();
    }

    /**
     * Whether what follows the mention is its goods ("agreed to buy Unilever's ice cream factory"): the name sells them, it
     * is no target or investee (a fresh-user tester's finding; the rules read it so too).
     */
    private boolean goodsOf(AnalyzedText analyzed, org.dealgraph.mention.Mention object) {
        java.util.regex.Pattern p = goods.get(analyzed.language());
        String text = analyzed.text();
        return p != null && p.matcher(text).region(object.end(), Math.min(text.length(), object.end() + 80)).lookingAt();
    }

    /** The seams between coordinated clauses of sentence {@code s}: among its names that may be parties, its cues and event triggers. */
    private List<int[]> seams(AnalyzedText analyzed, List<Entity> entities, CueScan scan, org.dealgraph.text.Sentence s) {
        ClauseSeams own = seams.get(analyzed.language());
        if (own == null) {
            return List.of();
        }
        List<ClauseSeams.Named> names = entities.stream().filter(e -> e.type().canBeParty())
                .flatMap(e -> e.mentions().stream().map(m -> new ClauseSeams.Named(m.begin(), m.end(), e.type())))
                .filter(m -> m.begin() >= s.begin() && m.end() <= s.end())
                .sorted(java.util.Comparator.comparingInt(ClauseSeams.Named::begin)).toList();
        return own.find(analyzed.text(), names, () -> java.util.stream.Stream.concat(scan.of(s).matches().stream()
                .map(t -> new ClauseSeams.Opening(t.begin(), t.end(), ClauseSeams.before(t.cue()))),
                eventOpenings.get(analyzed.language()).apply(s).stream()).toList());
    }

    /**
     * Whether the pair's first mention is named in an apposition of an earlier name, closed by a comma before the second
     * ("Grab, a rival of Gojek, partnered with Visa": the clause is Grab's, so Gojek and Visa are no pair; see
     * {@link ClauseBoundaries#apposition}); a relative clause after the comma is the first's own ("Matrix, which has
     * shares in GE").
     */
    /**
     * Whether the pair's first mention stands inside a relative clause set off by commas that closes before the second
     * ("Caldwell, which is owned by pension fund OMERS, agreed to buy Northgate": OMERS buys nothing; the clause after the
     * closing comma is the described party's, a fresh-user tester's finding).
     */
    private boolean asideToMainClause(AnalyzedText analyzed, RelationCandidate c) {
        Unasserted words = unasserted.get(analyzed.language());
        String text = analyzed.text();
        org.dealgraph.mention.Mention x = c.firstMention();
        org.dealgraph.mention.Mention y = c.secondMention();
        if (words == null || x.end() > y.begin() || !text.substring(x.end(), y.begin()).stripLeading().startsWith(",")) {
            return false;
        }
        return words.clauses().endsInAside(text.substring(c.sentence().begin(), x.begin()));
    }

    private boolean inApposition(AnalyzedText analyzed, RelationCandidate c, List<Entity> entities) {
        String text = analyzed.text();
        org.dealgraph.mention.Mention x = c.firstMention();
        org.dealgraph.mention.Mention y = c.secondMention();
        String between = x.end() > y.begin() ? "" : text.substring(x.end(), y.begin());
        Unasserted words = unasserted.get(analyzed.language());
        if (!between.stripLeading().startsWith(",") || words != null && words.clauses().opensAside(between)) {
            return false; // "fund manager Matrix Asset Advisors, which has shares in GE": the relative clause is Matrix's
        }
        return entities.stream().flatMap(e -> e.mentions().stream())
                .anyMatch(q -> q.begin() >= c.sentence().begin() && q.end() <= x.begin()
                        && ClauseBoundaries.apposition(text.substring(q.end(), x.begin())));
    }

    /**
     * The acquisitions of the findings as one buyer's in one sentence: where the classifier reads the same acquirer
     * buying several parties of a sentence, only its most probable target stands, with the targets listed with it
     * ("agreed to buy A, B and C"); the others are most often the seller or its parent ("Gencorp said its RKO General
     * subsidiary agreed to sell KHJ-TV to Walt Disney Co": Disney buys KHJ-TV, not RKO General or Gencorp).
     *
     * @param targets each acquisition finding's target mention
     */
    private List<Finding> oneTargetEach(AnalyzedText analyzed, List<Finding> findings,
                                        Map<Finding, org.dealgraph.mention.Mention> targets) {
        if (targets.size() < 2) {
            return findings;
        }
        Map<String, List<Finding>> byBuyer = new java.util.HashMap<>();
        for (Finding f : targets.keySet()) {
            Relation r = f.relation().orElseThrow();
            byBuyer.computeIfAbsent(r.subject() + "@" + r.sentence(), k -> new ArrayList<>()).add(f);
        }
        java.util.Set<Finding> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.regex.Pattern gap = listGaps.get(analyzed.language());
        for (List<Finding> group : byBuyer.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(java.util.Comparator.comparingInt(f -> targets.get(f).begin()));
            Finding top = group.stream().max(java.util.Comparator.comparingDouble(Finding::confidence)).orElseThrow();
            int at = group.indexOf(top);
            int from = at;
            int to = at;
            while (from > 0 && listed(analyzed, gap, targets.get(group.get(from - 1)), targets.get(group.get(from)))) {
                from--;
            }
            while (to < group.size() - 1 && listed(analyzed, gap, targets.get(group.get(to)), targets.get(group.get(to + 1)))) {
                to++;
            }
            for (int i = 0; i < group.size(); i++) {
                if (i < from || i > to) {
                    dropped.add(group.get(i));
                }
            }
        }
        return findings.stream().filter(f -> !dropped.contains(f)).toList();
    }

    /**
     * Whether only a list's joint (", ", " and ", ", dan ") stands between two mentions, in text order; the wire's
     * angle brackets around names aside ("{@code <Poggi-Harrison Agency Inc> and <Risk Control Inc>}").
     */
    private static boolean listed(AnalyzedText analyzed, java.util.regex.Pattern gap, org.dealgraph.mention.Mention a,
                                  org.dealgraph.mention.Mention b) {
        return gap != null && a.end() <= b.begin()
                && gap.matcher(analyzed.text().substring(a.end(), b.begin()).replaceAll("[<>]", "")).matches();
    }

    /**
     * The event the pair takes part in, by the event classifier, with the sentence's amount and date;
     * a launch still {@code toCome} is only announced; none where the second mention is the seller of what is bought
     * ({@code sellerSecond}, see {@link #soldFrom}) and the classifier reads it as the buyer or investor.
     */
    private Optional<Finding> event(AnalyzedText analyzed, RelationCandidate c, MaxentModel model, boolean toCome,
                                    Map<Integer, List<Amount>> sentenceAmounts, List<int[]> seams, boolean sellerSecond) {
        double[] p = model.eval(c.features());
        int best = bestRelation(model, p);
        if (best < 0 || p[best] < minimum) {
            return Optional.empty();
        }
        String outcome = model.getOutcome(best);
        EventType type = EventType.fromLocalName(outcome.substring(0, outcome.length() - 1));
        Entity first = outcome.endsWith(">") ? c.first() : c.second();
        Entity second = outcome.endsWith(">") ? c.second() : c.first();
        if (RelationSchema.bundled().of(type).deal() && examined(analyzed, c)) {
            return Optional.empty(); // "OJK memeriksa rencana akuisisi Bank Cendana": who examines a deal is no party to it
        }
        if ((type == EventType.ACQUISITION || type == EventType.INVESTMENT)
                && (outcome.endsWith(">") ? soldBy(analyzed, c.secondMention()) : sellerSecond)) {
            return Optional.empty(); // "acquired a stake in Brindle from Carrow Capital": Carrow sells, as for the relation
        }
        if (first.type() == org.dealgraph.mention.EntityType.PLACE && type != EventType.BLOCK && type != EventType.REGULATORY_ACTION
                || second.type() == org.dealgraph.mention.EntityType.PLACE) {
            return Optional.empty();
        }
        List<String> roles = type.roles();
        Optional<Amount> amount = type == EventType.PRODUCT_LAUNCH || type == EventType.APPOINTMENT ? Optional.empty()
                : dealAmount(analyzed, c, sentenceAmounts, seams);
        return Optional.of(new Finding(Optional.empty(), Optional.of(type),
                List.of(new Participant(roles.get(0), first.key()), new Participant(roles.get(1), second.key())), amount,
                DateFinder.find(c.sentence().text(), analyzed.article().date()),
                toCome && type == EventType.PRODUCT_LAUNCH ? DealStatus.ANNOUNCED : defaultStatus(type), c.sentence().index(),
                NAME, p[best]));
    }

    /**
     * Whether a word of examining a deal ({@code scrutiny.txt}) stands between the pair: the first examines what it names
     * ("OJK memeriksa rencana akuisisi Bank Cendana", "the FTC is reviewing the acquisition of Kestrel"), no deal of theirs,
     * as the cue and trigger stages read it (a fresh-user tester's finding).
     */
    private boolean examined(AnalyzedText analyzed, RelationCandidate c) {
        java.util.regex.Pattern words = scrutiny.get(analyzed.language());
        int from = c.firstMention().end();
        int to = c.secondMention().begin();
        return words != null && to > from && words.matcher(analyzed.text().substring(from, to)).find();
    }

    /**
     * The index of the most probable outcome other than {@code none}, even where {@code none} is more probable
     * ({@code minimum} decides); -1 if the model knows no other.
     */
    private static int bestRelation(MaxentModel model, double[] p) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (!model.getOutcome(i).equals(RelationCandidate.NONE) && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The status an event has when the sentence says no more. */
    static DealStatus defaultStatus(EventType type) {
        return switch (type) {
            case ACQUISITION -> DealStatus.AGREED;
            case PARTNERSHIP, INVESTMENT, REGULATORY_ACTION, APPOINTMENT -> DealStatus.ANNOUNCED;
            case BLOCK -> DealStatus.IN_FORCE;
            case LAWSUIT -> DealStatus.FILED;
            case PRODUCT_LAUNCH -> DealStatus.LAUNCHED;
            case PAYMENT, SERVICE_CONTRACT -> DealStatus.REPORTED;
        };
    }

    /** The argument types of the guidelines: a person works for an organization; nothing else has a person on either side. */
    /**
     * Whether the pair are members of one list of names: a coordinator between them ("X and Y", "X
     * dan Y"), or a comma with a further member right after the second or right before the first
     * ("X, Y and Z", "A, X, Y"). Members of one list are no employer and employee, no owner and owned;
     * a comma alone is not a list ("Direktur Utama PT Y, X" names X's employer).
     */
    private boolean listMembers(AnalyzedText analyzed, RelationCandidate c, List<Entity> entities) {
        java.util.regex.Pattern gap = listGaps.get(analyzed.language());
        if (gap == null) {
            return false;
        }
        String text = analyzed.text();
        String between = text.substring(c.firstMention().end(), Math.max(c.firstMention().end(), c.secondMention().begin()));
        if (!gap.matcher(between).matches()) {
            return false;
        }
        if (!between.strip().equals(",")) {
            return true;
        }
        for (Entity e : entities) {
            for (org.dealgraph.mention.Mention m : e.mentions()) {
                if (m.begin() >= c.sentence().begin() && m.end() <= c.sentence().end()
                        && (m.begin() >= c.secondMention().end() && gap.matcher(text.substring(c.secondMention().end(), m.begin())).matches()
                        || m.end() <= c.firstMention().begin() && gap.matcher(text.substring(m.end(), c.firstMention().begin())).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the owned thing's name, as the sentence writes it, opens with the name of another
     * organization of the article than the owner proposed (or, as its first word, of one the gazetteer knows), and holds
     * nothing of the owner's name:
     * "Microsoft Azure" is Microsoft's, not TikTok's named after it; "Toyota Astra Financial" may be
     * Astra International's (a joint venture carries both names).
     */
    private static boolean ownerInName(org.dealgraph.mention.Mention owned, Entity owner, List<Entity> entities,
                                       java.util.function.Predicate<String> knownOrganization) {
        String first = owner.name().strip().split("\\s+")[0];
        if (java.util.regex.Pattern.compile("(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(first) + "(?![\\p{L}\\d])")
                .matcher(owned.text()).find()) {
            return false;
        }
        String[] words = owned.text().strip().split("\\s+");
        if (words.length >= 2 && knownOrganization.test(words[0])) {
            return true; // "Apple Music" is Apple's, wherever the article names Apple or not
        }
        for (Entity e : entities) {
            if (!e.key().equals(owner.key()) && e.type() == org.dealgraph.mention.EntityType.ORGANIZATION
                    && owned.text().startsWith(e.name() + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean admissible(RelationType type, Entity subject, Entity object) {
        boolean personS = subject.type() == org.dealgraph.mention.EntityType.PERSON;
        boolean personO = object.type() == org.dealgraph.mention.EntityType.PERSON;
        if (type == RelationType.WORKS_FOR) {
            return personS && !personO && object.type() != org.dealgraph.mention.EntityType.PLACE;
        }
        boolean placeS = subject.type() == org.dealgraph.mention.EntityType.PLACE;
        boolean placeO = object.type() == org.dealgraph.mention.EntityType.PLACE;
        if (placeO || placeS && type != RelationType.BLOCKS && type != RelationType.SUES) {
            return false;
        }
        return !personS && !personO || type == RelationType.SUES;
    }

    /**
     * The deal's amount: of the sentence's deal amounts ({@link DealAmountFinder}: not a revenue or a share price), the one
     * nearest the end of the pair's second mention ("Orvane, which reported revenue of $4 billion, agreed to buy Brindle
     * for $300 million": $300 million); where the sentence has no deal amount, the nearest of its amounts. None across a
     * seam between clauses ("Coriander invested $10 million in Hexwell, and Basalt acquired Lynmouth": Basalt's deal has no
     * amount).
     *
     * @param sentenceAmounts the amounts each sentence offers its pairs, by sentence index, filled as they are read
     * @param seams           the seams of the pair's sentence ({@link ClauseSeams}), in article offsets
     */
    private Optional<Amount> dealAmount(AnalyzedText analyzed, RelationCandidate c, Map<Integer, List<Amount>> sentenceAmounts,
                                        List<int[]> seams) {
        int at = c.secondMention().end();
        // read once a sentence, however many of its pairs ask
        List<Amount> candidates = sentenceAmounts.computeIfAbsent(c.sentence().index(), i -> {
            List<Amount> all = amounts.find(analyzed.text(), c.sentence().begin(), c.sentence().end(), analyzed.language());
            List<Amount> deals = dealAmounts.deals(analyzed.text(), analyzed.language(), all);
            return deals.isEmpty() ? all : deals;
        });
        int from = c.firstMention().begin();
        return candidates.stream()
                .filter(a -> !ClauseSeams.between(seams, Math.min(a.begin(), from), Math.max(a.end(), at)))
                .min(java.util.Comparator.comparingInt(a -> Math.abs(a.begin() - at)));
    }

    private Finding finding(AnalyzedText analyzed, RelationCandidate c, RelationType type, DealStatus status, Entity subject,
                            Entity object, double confidence, Map<Integer, List<Amount>> sentenceAmounts, List<int[]> seams) {
        Relation relation = new Relation(subject.key(), type, object.key(), c.sentence().index(), NAME, confidence, status);
        Optional<EventType> event = type.event();
        List<Participant> participants = List.of();
        Optional<Amount> amount = Optional.empty();
        if (event.isPresent()) {
            List<String> roles = event.get().roles();
            participants = List.of(new Participant(roles.get(0), subject.key()), new Participant(roles.get(1), object.key()));
            if (type != RelationType.PARTNERS_WITH && type != RelationType.CUSTOMER_OF && type != RelationType.BLOCKS) {
                amount = dealAmount(analyzed, c, sentenceAmounts, seams);
            }
        }
        Optional<String> date = DateFinder.find(c.sentence().text(), analyzed.article().date());
        return new Finding(Optional.of(relation), event, participants, amount, date, status, c.sentence().index(), NAME,
                confidence);
    }

    /** The status a relation's deal has when the sentence says no more: the guidelines' usual reading of each. */
    static DealStatus defaultStatus(RelationType type) {
        return switch (type) {
            case ACQUIRES -> DealStatus.AGREED;
            case SEEKS_TO_ACQUIRE -> DealStatus.NEGOTIATING;
            case PARTNERS_WITH, INVESTS_IN -> DealStatus.ANNOUNCED;
            case BLOCKS -> DealStatus.IN_FORCE;
            case SUES -> DealStatus.FILED;
            default -> DealStatus.REPORTED;
        };
    }
}
