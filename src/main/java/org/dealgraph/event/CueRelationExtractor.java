package org.dealgraph.event;

import org.dealgraph.DealGraphException;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.trigger.Cue;
import org.dealgraph.event.trigger.CueLexicon;
import org.dealgraph.event.trigger.Frame;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.event.trigger.TriggerFinder;
import org.dealgraph.event.trigger.WordIndexTriggerFinder;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relations and events from cue phrases (the triggers {@code data/lang/<code>/cues.tsv})
 * and the parties around them in a sentence. A cue's frame says where its parties stand: the
 * nearest party to the left and to the right of the cue within the clause, both after it
 * ("partnership between X and Y"), the whole gap between two adjacent parties ("X, a unit of
 * Y"), or a sale ("sold X to Y"). Lists ("X, Y and Z") expand to each member.
 *
 * <p>When the subject is not named in the sentence, it is taken, with lower confidence, from an
 * adverbial clause ("By renting Azure, TikTok ..."), from a reference word ("the company",
 * "perseroan", "pihaknya") to the last sentence subject, or, for a sentence that opens with the
 * cue, from the previous sentence. Negated and hypothetical statements ("did not", "tidak",
 * "if", "jika") are not asserted; speculation lowers confidence. Cited outlets ("according to
 * X", "dilansir X") are never parties.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueRelationExtractor implements CueScanExtractor {
    static final String NAME = "cue";
    // The word patterns below come from the article language's profile (data/lang/<code>/); their names are kept
    // from when they were constants of both languages, so that concurrent edits of the methods merge cleanly.
    private final Pattern BREAK;
    private final Pattern NEGATION;
    /** Deny and rule-out verbs: unlike negation, they cancel bids too ("Shell rules out bid for BP"). */
    private final Pattern DENIAL;
    private final Pattern HYPOTHETICAL;
    private final Pattern SPECULATION;
    /** Clause-breaking punctuation: the same in every language. */
    private static final String BREAK_PUNCTUATION = "[;:]|\\.\\s|\\s[–—]\\s";
    /** A deal still to come ("will invest", "plans to buy", "akan membeli", "berencana"): it cannot be completed yet. */
    private final Pattern FUTURE;
    private final Pattern COORDINATION;
    private final Pattern CITATION;
    private final Pattern REFERENCE;
    private final Pattern ADVERBIAL_OPEN;
    private final Pattern HEAD_NOUN;
    private final Pattern SAID_IT;
    private final Pattern COORDINATED_CLAUSE;
    /** "But a judge has barred ...": the clause has a subject of its own, just not a named one. */
    private final Pattern OTHER_SUBJECT;
    private final Pattern PASSIVE_AUX;
    private final Pattern PARTICIPLE;
    private final Pattern AGENT;
    /** "induk perusahaannya", "its parent": the possessor may stand anywhere before in the sentence. */
    private final Pattern POSSESSIVE_CUE;
    private final Pattern OWNING_VERB;
    private final Pattern PERSONAL;
    private final Pattern FROM;
    private final Pattern RELATIVE;
    private final Pattern TO;
    private static final int LEFT_WINDOW = 160;
    private static final int RIGHT_WINDOW = 110;

    private record Party(Mention mention, Entity entity) {
        int begin() {
            return mention.begin();
        }

        int end() {
            return mention.end();
        }

        EntityType type() {
            return entity.type();
        }
    }

    private final List<Cue> cues;
    private final TriggerFinder triggers;
    private final AmountParser amounts;
    private final DateFinder dates;
    /** The extractor of each language; an extractor of one language maps its own to itself. */
    private final Map<Language, CueRelationExtractor> byLanguage;

    /** The extractor of one language: its cues, and its words in the grammar's patterns. */
    private CueRelationExtractor(LanguageProfile profile, AmountParser amounts) {
        CueLexicon lexicon = CueLexicon.of(profile);
        this.cues = lexicon.cues();
        this.triggers = WordIndexTriggerFinder.of(lexicon);
        this.BREAK = Pattern.compile("(?i)" + BREAK_PUNCTUATION + "|\\b" + profile.alternation(LanguageProfile.File.CLAUSE_BREAKS) + "\\b|,\\s*"
                + profile.alternation(LanguageProfile.File.COMMA_CLAUSE_BREAKS) + "\\s");
        this.NEGATION = profile.words(LanguageProfile.File.NEGATION);
        this.DENIAL = profile.words(LanguageProfile.File.DENIAL);
        this.HYPOTHETICAL = profile.words(LanguageProfile.File.HYPOTHETICAL);
        this.SPECULATION = profile.words(LanguageProfile.File.SPECULATION);
        this.FUTURE = profile.words(LanguageProfile.File.FUTURE);
        this.CITATION = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.CITATION) + "\\s*"
                + profile.alternation(LanguageProfile.File.SOURCE_NOUNS) + "?\\s*(?:[\\w-]+\\s+){0,2}$");
        this.REFERENCE = profile.words(LanguageProfile.File.REFERENCE);
        this.ADVERBIAL_OPEN = Pattern.compile("(?i)^\\s*" + profile.alternation(LanguageProfile.File.ADVERBIAL_OPENERS) + "\\b");
        this.COORDINATION = Pattern.compile("(?i)^\\s*(,|,?\\s*" + profile.alternation(LanguageProfile.File.COORDINATORS) + ")\\s*(" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+)?$");
        this.HEAD_NOUN = profile.words(LanguageProfile.File.HEAD_NOUNS);
        this.SAID_IT = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.SPEECH_VERBS) + "\\s+(?:\\w+\\s+){0,3}?(" + profile.alternation(LanguageProfile.File.COMPLEMENTIZERS)
                + "\\s+)?" + profile.alternation(LanguageProfile.File.SELF_REFERENCES) + "\\b[^,;]*$");
        this.COORDINATED_CLAUSE = Pattern.compile("(?i),\\s*" + profile.alternation(LanguageProfile.File.CLAUSE_CONJUNCTIONS) + "\\s+(?:\\w+\\s+){0,2}$");
        this.OTHER_SUBJECT = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.DETERMINERS) + "\\s+(?:[\\p{L}-]+\\s+){1,3}$");
        this.PASSIVE_AUX = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.PASSIVE_AUXILIARIES) + "\\s+(?:" + profile.alternation(LanguageProfile.File.PASSIVE_ADVERBS) + "\\s+)?$");
        this.PARTICIPLE = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.PARTICIPLES) + "\\b");
        this.AGENT = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "\\s+(?:[\\p{L}-]+\\s+){0,4}$");
        this.POSSESSIVE_CUE = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.POSSESSIVES));
        this.OWNING_VERB = profile.words(LanguageProfile.File.OWNING_VERBS);
        this.PERSONAL = profile.words(LanguageProfile.File.PERSONAL_PRONOUNS);
        this.FROM = profile.words(LanguageProfile.File.SOURCE_PREPOSITIONS);
        this.RELATIVE = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "\\b");
        this.TO = profile.words(LanguageProfile.File.RECIPIENT_PREPOSITIONS);
        this.dates = DateFinder.of(profile);
        this.amounts = amounts;
        this.byLanguage = Map.of(profile.language(), this);
    }

    /** The extractor of every language of {@code profiles}: each article is read with its own language's. */
    private CueRelationExtractor(LanguageProfiles profiles) {
        this.cues = List.of();
        this.triggers = null;
        this.dates = null;
        this.amounts = null;
        this.BREAK = this.NEGATION = this.DENIAL = this.HYPOTHETICAL = this.SPECULATION = this.FUTURE = this.CITATION = this.REFERENCE
                = this.ADVERBIAL_OPEN = null;
        this.COORDINATION = this.HEAD_NOUN = this.SAID_IT = this.COORDINATED_CLAUSE = this.OTHER_SUBJECT = this.PASSIVE_AUX
                = this.PARTICIPLE = this.AGENT = this.POSSESSIVE_CUE = this.OWNING_VERB = this.PERSONAL = this.FROM = this.RELATIVE
                = this.TO = null;
        Map<Language, CueRelationExtractor> m = new EnumMap<>(Language.class);
        AmountParser amounts = new AmountParser(profiles);
        for (Language l : Language.values()) {
            m.put(l, new CueRelationExtractor(profiles.of(l), amounts));
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
        REFERENCE.matcher(text).results().forEach(r -> out.add(new Reference(r.start(), r.end(), EntityType.ORGANIZATION)));
        PERSONAL.matcher(text).results().forEach(r -> out.add(new Reference(r.start(), r.end(), EntityType.PERSON)));
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

    /** As {@link #match(Language, Sentence)}, over a text of the sentence's length that stands for it (amounts blanked). */
    private List<Trigger> match(Language lang, Sentence s, String sentenceText) {
        return triggers.find(new Sentence(s.index(), s.begin(), s.end(), sentenceText, s.tokens(), s.headline()));
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
            for (Language l : Language.values()) {
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
        Focus focus = new Focus(index.main(), index.dominant());
        Map<Integer, List<Party>> partiesBySentence = new HashMap<>();
        for (Sentence s : analyzed.sentences()) {
            List<Party> parties = new ArrayList<>();
            List<Mention> inSentence = new ArrayList<>();
            for (Mention m : all) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    inSentence.add(m);
                    Entity e = index.owner(m);
                    if (e.type().canBeParty() && !cited(text, s, m)) {
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
        Optional<String> date = dates.read(s.text(), analyzed.article().date());
        // "invest $1.5 billion in": an amount inside a cue phrase reads as blank space, so the cue still meets its object
        StringBuilder withoutAmounts = new StringBuilder(s.text());
        for (Amount a : found) {
            for (int i = Math.max(a.begin(), s.begin()); i < Math.min(a.end(), s.end()); i++) {
                withoutAmounts.setCharAt(i - s.begin(), ' ');
            }
        }
        String cueText = withoutAmounts.toString();
        for (Cue cue : cues) {
            if (!cue.languages().contains(lang) || cue.frame() != Frame.GAP_LR && cue.frame() != Frame.GAP_RL) {
                continue;
            }
            for (int i = 0; i + 1 < parties.size(); i++) {
                Party a = parties.get(i);
                Party b = parties.get(i + 1);
                if (cue.pattern().matcher(text.substring(a.end(), b.begin())).matches()) {
                    Party subj = cue.frame() == Frame.GAP_LR ? a : b;
                    Party obj = cue.frame() == Frame.GAP_LR ? b : a;
                    emit(cue, s, subj, obj, 1.0, found, a.end(), date, out);
                }
            }
        }
        List<CueMatch> matches = new ArrayList<>();
        // the shared scan read the sentence as written; with an amount in it, the cues are read with the amount blanked
        for (Trigger m : found.isEmpty() ? scan.of(s).matches() : match(lang, s, cueText)) {
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
            matches.add(new CueMatch(m.cue(), cb, end));
        }
        // where cues overlap ("niatnya untuk mengakuisisi" and "mengakuisisi"), the longer one is the reading
        List<CueMatch> readings = new ArrayList<>();
        for (CueMatch c : matches) {
            boolean inside = matches.stream().anyMatch(o -> o != c && o.begin() <= c.begin() && c.end() <= o.end()
                    && o.end() - o.begin() > c.end() - c.begin());
            if (!inside) {
                readings.add(c);
            }
        }
        Map<CueMatch, StakeSale> sales = new HashMap<>();
        for (CueMatch c : readings) {
            stakeSale(text, s, c, readings, parties).ifPresent(sale -> sales.put(c, sale));
        }
        List<CueMatch> stakes = sales.values().stream().map(StakeSale::stake).toList();
        for (CueMatch c : readings) {
            if (stakes.contains(c)) {
                continue; // read with the verb that buys it
            }
            StakeSale sale = sales.get(c);
            if (sale != null) {
                double modal = modality(text, s, c.begin(), c.end(), c.cue());
                if (modal > 0) {
                    emitStakeSale(sale, s, text, parties, modal, found, date, out);
                }
                continue;
            }
            double modal = modality(text, s, c.begin(), c.end(), c.cue());
            if (modal > 0) {
                handle(c.cue(), s, text, parties, previous, focus, c.begin(), c.end(), modal, found, date, out);
            }
        }
    }

    private record CueMatch(Cue cue, int begin, int end) {
    }

    /** "acquire Vodafone's 44 percent stake in SFR": a buying verb, the seller in the possessive, the stake cue, its company. */
    private record StakeSale(CueMatch verb, Party seller, CueMatch stake) {
    }

    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
    private static final Pattern ONLY_ARTICLE = Pattern.compile("(?i)\\s*(?:the\\s+|a\\s+|an\\s+)?");

    private static boolean buying(Cue cue) {
        return cue.frame() == Frame.LR && cue.relation().filter(r -> r == RelationType.ACQUIRES || r == RelationType.SEEKS_TO_ACQUIRE
                || r == RelationType.INVESTS_IN).isPresent();
    }

    /**
     * The stake sale a buying cue opens, if its object is a party in the possessive ("Vodafone's") whose
     * possession is the stake an investment cue names in the same clause, within a few words.
     */
    private Optional<StakeSale> stakeSale(String text, Sentence s, CueMatch verb, List<CueMatch> readings, List<Party> parties) {
        if (!buying(verb.cue())) {
            return Optional.empty();
        }
        for (Party p : parties) {
            if (p.begin() < verb.end()) {
                continue;
            }
            if (!ONLY_ARTICLE.matcher(text.substring(verb.end(), p.begin())).matches()
                    || !POSSESSIVE_AFTER.matcher(text.substring(p.end(), Math.min(s.end(), p.end() + 3))).find()) {
                return Optional.empty();
            }
            for (CueMatch stake : readings) {
                if (stake != verb && stake.begin() > p.end() && stake.begin() - p.end() <= 45
                        && stake.cue().relation().filter(r -> r == RelationType.INVESTS_IN).isPresent() && stake.cue().frame() == Frame.LR
                        && !BREAK.matcher(text.substring(p.end(), stake.begin())).find()) {
                    return Optional.of(new StakeSale(verb, p, stake));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The buyer (the verb's subject) invests in the company the stake is in, and the possessor of the
     * stake is the seller, never the target. The verb decides the deal's status ("agreed to acquire").
     */
    private void emitStakeSale(StakeSale sale, Sentence s, String text, List<Party> parties, double modal, List<Amount> found,
                               Optional<String> date, List<Finding> out) {
        Cue stake = sale.stake().cue();
        Cue cue = stake.withStatus(sale.verb().cue().status().or(stake::status));
        Kinds kinds = Kinds.of(cue);
        List<Party> buyers = nearestLeft(text, parties, sale.verb().begin(), s, kinds.subject);
        List<Party> companies = nearestRight(text, parties, sale.stake().end(), s, kinds.object, rightWindow(cue), true);
        for (Party buyer : buyers) {
            for (Party company : companies) {
                if (buyer.entity() != sale.seller().entity() && company.entity() != sale.seller().entity()) {
                    int before = out.size();
                    emit(cue, s, buyer, company, modal, found, sale.verb().begin(), date, out);
                    if (out.size() == before) {
                        continue;
                    }
                    Finding f = out.remove(out.size() - 1);
                    List<Participant> withSeller = new ArrayList<>(f.participants());
                    withSeller.add(new Participant(SELLER, sale.seller().entity().key()));
                    out.add(new Finding(f.relation(), f.event(), withSeller, f.amount(), f.date(), f.status(), f.sentence(),
                            f.extractor(), f.confidence()));
                }
            }
        }
    }

    /** The role of who sells the stake or company an event buys. */
    static final String SELLER = "seller";

    /** The organization the article is about (most mentioned), and the same if it clearly dominates the others. */
    private record Focus(Optional<Entity> main, Optional<Entity> dominant) {
    }

    private void handle(Cue cue, Sentence s, String text, List<Party> parties, List<Party> previous, Focus focus,
                        int cb, int ce, double modal, List<Amount> found, Optional<String> date, List<Finding> out) {
        if (cue.relation().isEmpty() && cue.event().isEmpty()) {
            return; // a blocking phrase: it only keeps the cues inside it from firing
        }
        Kinds kinds = Kinds.of(cue);
        switch (cue.frame()) {
            case LR, RL -> {
                boolean lr = cue.frame() == Frame.LR;
                if (lr && PARTICIPLE.matcher(text.substring(cb, ce)).lookingAt()
                        && PASSIVE_AUX.matcher(text.substring(Math.max(s.begin(), cb - 30), cb)).find()) {
                    // "It was bought for $9.4bn by Rosneft": a passive verb's subject is its agent after "by"
                    Optional<Party> agent = agentAfter(text, parties, ce, s, kinds.subject);
                    if (agent.isEmpty()) {
                        return;
                    }
                    List<Party> patient = nearestLeft(text, parties, cb, s, kinds.object);
                    if (patient.isEmpty()) {
                        Optional<Party> fb = fallbackSubject(text, s, parties, previous, focus, cb, text.substring(cb, ce), List.of(agent.get()), kinds.object,
                                out.stream().filter(f -> f.sentence() == s.index()).toList(), cue.confidence() >= 0.85);
                        patient = fb.map(List::of).orElse(List.of());
                    }
                    for (Party p : patient) {
                        emit(cue, s, agent.get(), p, modal, found, cb, date, out);
                    }
                    return;
                }
                boolean buying = cue.relation().filter(r -> r == RelationType.ACQUIRES || r == RelationType.SEEKS_TO_ACQUIRE
                        || r == RelationType.INVESTS_IN).isPresent() && lr;
                List<Party> right = nearestRight(text, parties, ce, s, lr ? kinds.object : kinds.subject, rightWindow(cue), buying);
                List<Party> left = nearestLeft(text, parties, cb, s, lr ? kinds.subject : kinds.object);
                if (lr && cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent() && !left.isEmpty()
                        && cb - left.get(0).end() > 25 && !POSSESSIVE_CUE.matcher(text.substring(cb, ce)).find()) {
                    left = List.of(); // "X, a unit of Y": ownership attaches to the name right before it
                }
                if (RELATIVE.matcher(text.substring(cb, ce)).lookingAt() && !left.isEmpty()
                        && !text.substring(left.get(0).end(), cb).matches("[\\s,]*|\\s*,\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}")) {
                    // "saham emiten yang dikendalikan oleh ...": the relative clause belongs to the noun before it, not to a party
                    return;
                }
                double factor = modal;
                if (left.isEmpty() && !right.isEmpty()) {
                    Optional<Party> fallback = fallbackSubject(text, s, parties, previous, focus, cb, text.substring(cb, ce), right, lr ? kinds.subject : kinds.object,
                            out.stream().filter(f -> f.sentence() == s.index()).toList(), cue.confidence() >= 0.85);
                    if (fallback.isPresent()) {
                        left = List.of(fallback.get());
                        factor *= 0.75;
                    }
                }
                if (right.isEmpty() && left.size() >= 2 && cue.relation().filter(RelationType::symmetric).isPresent()) {
                    // "OpenAI dan Microsoft telah bermitra": the partners are both on the left
                    emit(cue, s, left.get(1), left.get(0), factor, found, cb, date, out);
                }
                if (lr && right.size() == 1) {
                    // "the acquisition of Home Savings by InterWest Savings Bank": the agent is the subject
                    Optional<Party> agent = agentAfter(text, parties, right.get(0).end(), s, kinds.subject);
                    if (agent.isPresent()) {
                        left = List.of(agent.get());
                        factor = modal;
                    }
                }
                for (Party l : left) {
                    for (Party r : right) {
                        emit(cue, s, lr ? l : r, lr ? r : l, factor, found, cb, date, out);
                    }
                }
            }
            case SOLO -> {
                List<Party> left = nearestLeft(text, parties, cb, s, kinds.subject);
                Optional<Party> subject = left.isEmpty() ? focus.dominant().flatMap(d -> namedBefore(d, cb)) : Optional.of(left.get(0));
                subject.ifPresent(p -> emitSolo(cue, s, p, left.isEmpty() ? modal * 0.75 : modal, found, cb, date, out));
            }
            case PAIR_LEFT -> {
                // "Rover and SAIC signed a technology-sharing agreement": both partners before the cue
                List<Party> left = nearestLeft(text, parties, cb, s, kinds.subject);
                if (left.size() >= 2) {
                    emit(cue, s, left.get(1), left.get(0), modal, found, cb, date, out);
                }
            }
            case APPOS -> {
                // "pemegang saham utama Jetstar, Qantas": the first party after the cue, then its apposition
                List<Party> right = nearestRight(text, parties, ce, s, kinds.subject);
                if (!right.isEmpty()) {
                    Party first = right.get(0);
                    for (Party p : parties) {
                        if (p.begin() >= first.end() && p.entity() != first.entity()) {
                            if (text.substring(first.end(), p.begin()).strip().equals(",") && kinds.object.contains(p.type())) {
                                emit(cue, s, first, p, modal, found, cb, date, out);
                            }
                            break;
                        }
                    }
                }
            }
            case PAIR -> {
                List<Party> right = nearestRight(text, parties, ce, s, kinds.object);
                if (right.size() >= 2) {
                    emit(cue, s, right.get(0), right.get(1), modal, found, cb, date, out);
                } else if (right.size() == 1) {
                    List<Party> left = nearestLeft(text, parties, cb, s, kinds.subject);
                    for (Party l : left) {
                        emit(cue, s, l, right.get(0), modal * 0.9, found, cb, date, out);
                    }
                }
            }
            case SELL -> {
                List<Party> target = nearestRight(text, parties, ce, s, kinds.object);
                if (target.isEmpty()) {
                    return;
                }
                Party t = target.get(0);
                for (Party p : parties) {
                    if (p.begin() >= t.end() && p.begin() - t.end() < 90 && kinds.subject.contains(p.type())) {
                        String between = text.substring(t.end(), p.begin());
                        if (TO.matcher(between).find() && !BREAK.matcher(between).find()) {
                            emit(cue, s, p, t, modal, found, cb, date, out);
                            break;
                        }
                    }
                }
            }
            case TYPED -> {
                List<Party> near = new ArrayList<>();
                near.addAll(nearestLeft(text, parties, cb, s, EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION)));
                near.addAll(nearestRight(text, parties, ce, s, EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION)));
                Optional<Party> person = near.stream().filter(p -> p.type() == EntityType.PERSON).findFirst();
                Optional<Party> org = near.stream().filter(p -> p.type() == EntityType.ORGANIZATION).findFirst();
                if (person.isPresent() && org.isPresent()) {
                    emit(cue, s, person.get(), org.get(), modal, found, cb, date, out);
                }
            }
            default -> throw new IllegalStateException("frame " + cue.frame());
        }
    }

    /** Who does what to whom: the entity types each side of a cue's relation may have. */
    private record Kinds(Set<EntityType> subject, Set<EntityType> object) {

        static Kinds of(Cue cue) {
            // the argument types are the schema's (data/schema/relations.tsv, events.tsv)
            if (cue.relation().isEmpty()) {
                RelationSchema.EventFacts e = RelationSchema.bundled().of(cue.event().orElseThrow());
                return new Kinds(e.subjects(), e.objects());
            }
            RelationSchema.RelationFacts r = RelationSchema.bundled().of(cue.relation().get());
            return new Kinds(r.subjects(), r.objects());
        }
    }

    private void emit(Cue cue, Sentence s, Party subj, Party obj, double factor, List<Amount> found, int cuePos,
                      Optional<String> date, List<Finding> out) {
        if (subj.entity().key().equals(obj.entity().key())) {
            return;
        }
        double conf = cue.confidence() * weight(subj.mention()) * weight(obj.mention()) * factor;
        DealStatus status = planned(cue.status().orElse(DealStatus.REPORTED), s, cuePos);
        Optional<Relation> relation = cue.relation().map(t ->
                new Relation(subj.entity().key(), t, obj.entity().key(), s.index(), NAME, clamp(conf), status));
        List<Participant> participants = new ArrayList<>();
        Optional<Amount> amount = Optional.empty();
        if (cue.event().isPresent()) {
            List<String> roles = cue.event().get().roles();
            participants.add(new Participant(roles.get(0), subj.entity().key()));
            participants.add(new Participant(roles.get(1), obj.entity().key()));
            amount = nearest(found, cuePos);
        }
        out.add(new Finding(relation, cue.event(), participants, amount, cue.event().isPresent() ? date : Optional.empty(),
                status, s.index(), NAME, clamp(conf)));
    }

    private void emitSolo(Cue cue, Sentence s, Party party, double factor, List<Amount> found, int cuePos,
                          Optional<String> date, List<Finding> out) {
        EventType type = cue.event().orElseThrow();
        double conf = clamp(cue.confidence() * weight(party.mention()) * factor);
        out.add(new Finding(Optional.empty(), Optional.of(type), List.of(new Participant(type.roles().get(0), party.entity().key())),
                nearest(found, cuePos), date, planned(cue.status().orElse(DealStatus.REPORTED), s, cuePos), s.index(), NAME, conf));
    }

    /**
     * A completed deal said in the future or as a plan ("will invest", "berencana membeli") is only
     * announced: the words before the cue in its clause decide, as for negation.
     */
    private DealStatus planned(DealStatus status, Sentence s, int cuePos) {
        if (status != DealStatus.COMPLETED) {
            return status;
        }
        int at = Math.max(0, Math.min(s.text().length(), cuePos - s.begin()));
        String before = s.text().substring(Math.max(0, at - 60), at);
        Matcher brk = BREAK.matcher(before);
        int clauseStart = 0;
        while (brk.find()) {
            clauseStart = brk.end();
        }
        return FUTURE.matcher(before.substring(clauseStart)).find() ? DealStatus.ANNOUNCED : status;
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

    /** 0 when the statement is negated or hypothetical, below 1 when speculative, else 1. */
    private double modality(String text, Sentence s, int cb, int ce, Cue cue) {
        String cueText = text.substring(cb, ce);
        String before = text.substring(Math.max(s.begin(), cb - 60), cb);
        Matcher brk = BREAK.matcher(before);
        int clauseStart = 0;
        while (brk.find()) {
            clauseStart = brk.end();
        }
        String clause = before.substring(clauseStart);
        boolean acquisition = cue.relation().filter(r -> r == RelationType.SEEKS_TO_ACQUIRE).isPresent();
        // ownership and rivalry are stated as nouns ("induk perusahaannya"): a negated verb nearby does not negate them
        // ownership named by a noun ("induk perusahaannya", "its parent") is not negated by a verb before it
        boolean nominal = cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent() && !OWNING_VERB.matcher(cueText).find();
        if (DENIAL.matcher(clause).find() || NEGATION.matcher(clause).find() && !acquisition && !nominal) {
            return 0;
        }
        if (HYPOTHETICAL.matcher(clause).find() && !acquisition) {
            return 0;
        }
        if (SPECULATION.matcher(clause).find()) {
            if (cue.relation().filter(r -> r == RelationType.ACQUIRES).isPresent()) {
                return 0; // a rumoured merger is not a merger; a bid would have said so
            }
            return acquisition ? 1 : 0.7;
        }
        if (s.text().endsWith("?") && !s.headline()) {
            return 0.7;
        }
        return 1;
    }

    private boolean cited(String text, Sentence s, Mention m) {
        String before = text.substring(Math.max(s.begin(), m.begin() - 45), m.begin());
        return CITATION.matcher(before).find();
    }

    /** The party right after "by"/"oleh" following {@code from}, within a short distance. */
    private Optional<Party> agentAfter(String text, List<Party> parties, int from, Sentence s, Set<EntityType> kinds) {
        for (Party p : parties) {
            if (p.begin() >= from && p.begin() - from < 80 && kinds.contains(p.type())) {
                String between = text.substring(from, p.begin());
                if (AGENT.matcher(between).find() && !BREAK.matcher(between).find()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private List<Party> nearestLeft(String text, List<Party> parties, int cb, Sentence s, Set<EntityType> kinds) {
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.end() > cb) {
                continue;
            }
            String between = text.substring(p.end(), cb);
            if (BREAK.matcher(between).find() && SAID_IT.matcher(between).find()) {
                // "Umbro, which recently lost deals with Chelsea, said it had signed ...": "it" is the sentence's subject
                return parties.stream().filter(q -> q.end() <= cb && kinds.contains(q.type())).findFirst().map(List::of).orElse(List.of());
            }
            if (cb - p.end() > LEFT_WINDOW || BREAK.matcher(between).find()) {
                return List.of();
            }
            if (kinds.contains(p.type())) {
                List<Party> members = new ArrayList<>();
                members.add(p);
                if (between.strip().equals(",") || between.isBlank()) {
                    return members; // "Deutsche Bank and Gazpromneft, a unit of Gazprom": the apposition is about its neighbour
                }
                // "X and Y signed ...": coordinated subjects, nearest first
                for (int j = i - 1; j >= 0; j--) {
                    Party q = parties.get(j);
                    Party last = members.get(members.size() - 1);
                    if (q.end() > last.begin() || !kinds.contains(q.type())) {
                        break;
                    }
                    String gap = withoutAsides(text.substring(q.end(), last.begin()));
                    if (q.entity() == last.entity() && gap.isBlank()) {
                        continue;
                    }
                    if (!COORDINATION.matcher(gap).matches()) {
                        break;
                    }
                    members.add(q);
                }
                return closedList(text, members, true);
            }
        }
        return List.of();
    }

    private List<Party> nearestRight(String text, List<Party> parties, int ce, Sentence s, Set<EntityType> kinds) {
        return nearestRight(text, parties, ce, s, kinds, RIGHT_WINDOW, false);
    }

    /** How far after a cue its object may stand: the verbs of buying and using take their object close by. */
    private static int rightWindow(Cue cue) {
        return cue.relation().map(r -> switch (r) {
            case CUSTOMER_OF -> 45;
            case ACQUIRES, SEEKS_TO_ACQUIRE -> 70;
            default -> RIGHT_WINDOW;
        }).orElse(RIGHT_WINDOW);
    }

    private List<Party> nearestRight(String text, List<Party> parties, int ce, Sentence s, Set<EntityType> kinds, int window,
                                            boolean buying) {
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.begin() < ce) {
                continue;
            }
            String between = text.substring(ce, p.begin());
            if (p.begin() - ce > window || BREAK.matcher(between).find()) {
                return List.of();
            }
            if (p.type() == EntityType.PERSON && HEAD_NOUN.matcher(between).find()) {
                continue; // "milik perusahaan pimpinan Sam Altman": the party is the company, not its leader
            }
            if (buying && FROM.matcher(between).find()) {
                return List.of(); // "a deal to buy display technology from rival Fujitsu": the seller, not the target
            }
            String after = text.substring(p.end(), Math.min(text.length(), p.end() + 3));
            if (after.startsWith("'s") || after.startsWith("’s")) {
                // "a proposal for United Business Media's NOP World": the possessed party is the one meant
                boolean possessed = parties.stream().anyMatch(q -> q.begin() > p.end() && q.begin() - p.end() < 20
                        && kinds.contains(q.type()));
                if (possessed) {
                    continue;
                }
            }
            if (kinds.contains(p.type())) {
                List<Party> members = new ArrayList<>();
                members.add(p);
                for (int j = i + 1; j < parties.size(); j++) {
                    Party q = parties.get(j);
                    Party last = members.get(members.size() - 1);
                    String gap = withoutAsides(text.substring(last.end(), q.begin()));
                    if (q.entity() == last.entity() && gap.isBlank()) {
                        continue; // "Amazon Web Services (AWS)"
                    }
                    if (!COORDINATION.matcher(gap).matches() || !kinds.contains(q.type())) {
                        break;
                    }
                    members.add(q);
                }
                return closedList(text, members, false);
            }
        }
        return List.of();
    }

    /**
     * A list joined by commas alone is a list only if "and"/"dan" closes it ("X, Y and Z");
     * otherwise "TikTok, Oracle" is an apposition or two clauses, and only the first member counts.
     */
    private static List<Party> closedList(String text, List<Party> members, boolean leftward) {
        if (members.size() < 2) {
            return members;
        }
        List<Party> ordered = new ArrayList<>(members);
        if (leftward) {
            java.util.Collections.reverse(ordered);
        }
        String lastGap = withoutAsides(text.substring(ordered.get(ordered.size() - 2).end(), ordered.get(ordered.size() - 1).begin()));
        if (lastGap.strip().equals(",")) {
            return List.of(members.get(0));
        }
        return members;
    }

    private static String withoutAsides(String gap) {
        return gap.replaceAll("\\([^)]{0,30}\\)", " ").replaceAll("[()]", " ");
    }

    private Optional<Party> fallbackSubject(String text, Sentence s, List<Party> parties, List<Party> previous,
                                                   Focus focus, int cb, String cue, List<Party> right, Set<EntityType> kinds,
                                                   List<Finding> sentenceFindings, boolean strongCue) {
        Party lastObject = right.get(right.size() - 1);
        String opening = text.substring(s.begin(), cb);
        // "di bawah naungan ByteDance, TikTok, rutin ...", "Dengan menyewa layanan Azure, TikTok dapat ...":
        // the subject stands after the object, set off by a comma
        for (Party p : parties) {
            if (p.begin() > lastObject.end() && p.entity() != lastObject.entity()) {
                String between = text.substring(lastObject.end(), p.begin());
                boolean apposition = between.strip().equals(",");
                boolean adverbial = ADVERBIAL_OPEN.matcher(opening).find() && between.contains(",") && between.length() < 60
                        && !BREAK.matcher(between).find();
                if ((apposition || adverbial) && kinds.contains(p.type())) {
                    return Optional.of(p);
                }
                break;
            }
        }
        // "he signed an executive order": the person of the sentence before
        if (PERSONAL.matcher(opening).find() && kinds.contains(EntityType.PERSON)) {
            for (int i = previous.size() - 1; i >= 0; i--) {
                if (previous.get(i).type() == EntityType.PERSON) {
                    return Optional.of(previous.get(i));
                }
            }
        }
        // "the company", "perseroan", "pihaknya": the organization the article is about
        if (REFERENCE.matcher(opening).find() && focus.main().isPresent()) {
            Entity m = focus.main().get();
            if (kinds.contains(m.type()) && right.stream().noneMatch(r -> r.entity() == m)) {
                Optional<Party> named = namedBefore(m, cb);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        // a sentence that opens with the cue continues the previous one ("Bersaing dengan AWS ...")
        boolean phrase = cue.contains(" "); // "Bersaing dengan ...", not a bare "Rival ..."
        if (phrase && opening.replaceAll("[\\s\"“”'‘’(]", "").isEmpty() && !previous.isEmpty()) {
            for (int i = previous.size() - 1; i >= 0; i--) {
                Party p = previous.get(i);
                if (kinds.contains(p.type()) && right.stream().noneMatch(r -> r.entity() == p.entity())) {
                    return Optional.of(p);
                }
            }
        }
        // "X meneken kerja sama dengan Y, serta menandatangani ... dengan Z": the subject of the first clause
        if (COORDINATED_CLAUSE.matcher(opening).find()) {
            for (int i = sentenceFindings.size() - 1; i >= 0; i--) {
                Optional<Relation> r = sentenceFindings.get(i).relation();
                if (r.isPresent()) {
                    String key = r.get().subject();
                    Optional<Party> p = parties.stream().filter(q -> q.entity().key().equals(key) && kinds.contains(q.type())).findFirst();
                    if (p.isPresent() && right.stream().noneMatch(x -> x.entity() == p.get().entity())) {
                        return p;
                    }
                    break;
                }
            }
        }
        // no subject in the clause at all: the company the article is about, if it clearly dominates
        boolean partyBefore = parties.stream().anyMatch(p -> p.end() <= cb && kinds.contains(p.type()));
        boolean otherSubject = OTHER_SUBJECT.matcher(opening).find();
        if (!partyBefore && !otherSubject && strongCue && focus.dominant().isPresent()) {
            Entity d = focus.dominant().get();
            if (kinds.contains(d.type()) && right.stream().noneMatch(r -> r.entity() == d)) {
                return namedBefore(d, cb);
            }
        }
        return Optional.empty();
    }

    /**
     * The entity as a party, by its last mention before {@code pos}; empty if the text has not named it
     * yet. Coreference looks backward only: "It agreed to buy X" cannot mean a company the article
     * names in a later sentence, however often it names it afterwards.
     */
    private static Optional<Party> namedBefore(Entity e, int pos) {
        Mention last = null;
        for (Mention m : e.mentions()) {
            if (m.end() <= pos && (last == null || m.begin() > last.begin())) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> new Party(m, e));
    }
}
