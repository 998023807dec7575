package org.dealgraph.event.argument;

import org.dealgraph.event.ClauseBoundaries;
import org.dealgraph.event.ClauseSeams;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.Party;
import org.dealgraph.event.RelationSchema;
import org.dealgraph.event.RelationType;
import org.dealgraph.event.coreference.CoreferenceResolver;
import org.dealgraph.event.coreference.MissingSubject;
import org.dealgraph.event.trigger.Cue;
import org.dealgraph.event.trigger.CueLexicon;
import org.dealgraph.event.trigger.Frame;
import org.dealgraph.event.trigger.Trigger;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds arguments by the cue's frame ({@link Frame}): the nearest party to the left and to the
 * right of the trigger within its clause (160 characters to the left, 110 to the right, less for
 * verbs of buying and using), both after it, both before it, an apposition, a sale "to" someone, a
 * person and an organization by type, or the whole gap between two adjacent parties (the lexicon's
 * gap cues). Lists ("X, Y and Z") expand to each member; a passive verb takes its agent after
 * "by"/"oleh" as subject; a buying verb whose object is a party in the possessive with a stake cue
 * after it ("acquire Vodafone's 44 percent stake in SFR") buys into the stake's company, the
 * possessor selling. A missing subject is asked of the {@link CoreferenceResolver}, at 0.75 of the
 * weight. The words are the language's ({@code coordinators.txt}, {@code agent-markers.txt}, ...).
 * Immutable and thread-safe.
 */
public final class FrameArgumentFinder implements ArgumentFinder {
    private static final int LEFT_WINDOW = 160;
    private static final int RIGHT_WINDOW = 110;
    /** A possessive after a name: "Vodafone's", and the plural's bare apostrophe, "Orvane Systems' ". */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’](?:s\\b|\\s)");
    /** An acronym or short name in brackets after a party ("PT Lippo Cikarang Tbk (LPCK)"). */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]{1,20}\\)");
    private static final Pattern ONLY_ARTICLE = Pattern.compile("(?i)\\s*(?:the\\s+|a\\s+|an\\s+)?");

    private final List<Cue> gapCues;
    /**
     * Adverbs at the start of the text between two parties, where a subject's verb follows them ({@code verb-adverbs.txt}:
     * "Polarbell also owns", "Kaina kini memakai"); a gap cue reads the text without them.
     */
    private final Pattern verbAdverbs;
    /** A noun that names what a company is ({@code organization-nouns.txt}): counted, companies are bought ("3 companies"). */
    private final Pattern organizationNoun;
    private final CoreferenceResolver coreference;
    /** A sentence's opening reference word ({@code reference.txt}) as its subject: "It", "The company", "Perseroan". */
    private final Pattern openingReference;
    /**
     * A reference word that opens a sentence's main clause, perhaps after an opening phrase of up to four words and a comma
     * ("In addition, the company appointed ...", "Selain itu, perseroan menunjuk ..."; a fresh-user tester's finding: such
     * sentences read nothing where the same sentence without the phrase read the relation).
     */
    private final Pattern sentenceReference;
    /** A possessive word ({@code possessives.txt}): "Its" of "Its cans", no subject. */
    private final Pattern possessiveWord;
    /** A reference word and a comma, all that stands between a cue and a name ("induk usaha perseroan, "). */
    private final Pattern referenceThenComma;
    /** A speech verb alone between a person and a cue, perhaps with "also" and a complementizer: " menyebut ", " said that ". */
    private final Pattern speechRightBefore;
    /** An intention ({@code intention.txt}) right before a sale's verb, a word or two between: "tengah menjajaki ", "plans to ". */
    private final Pattern intentionBefore;
    /** A reference word or possessive inside a cue's own words: "anak usaha perseroan", "anak usahanya". */
    private final Pattern referenceInCue;
    /** A reference word ({@code reference.txt}, {@code company-references.txt}) inside a cue. */
    private final Pattern referenceWordInCue;
    /** A reference word ({@code reference.txt}) after lower-case words only: after a person, the clause's subject is the company it refers to. */
    private final Pattern referenceAfterWords;
    /** A relative clause whose subject refers back to the sentence's subject: ", which it", ", that they" before the trigger. */
    private final Pattern relativeWithReference;
    private final ClauseBoundaries clauses;
    private final Pattern coordination;
    /**
     * A name connector ({@code name-connectors.txt}: "of", "de") and a name of up to three capitalized words, no party, or a
     * place the text read here blanks, right after a list's member, before a comma or a small word: a place that ends the
     * member's name ("Whirlpool of India, TTK Prestige and Butterfly"), and the list goes on after it.
     */
    private final Pattern placeOfMember;
    /**
     * A coordinator and a kind of organization before a list's member ({@code organization-nouns.txt}), perhaps after a
     * capitalized word of origin: "and Swiss drugmaker " of "Alder Pharmaceuticals and Swiss drugmaker Novique signed".
     */
    private final Pattern describedMember;
    private final Pattern headNoun;
    private final Pattern saidIt;
    private final Addressee addressee;
    private final Pattern passiveAux;
    private final Pattern participle;
    private final Pattern agent;
    /** A cue that ends in its own agent marker ("owned by", "dimiliki oleh"): its frame already reads the passive. */
    private final Pattern ownAgent;
    /** A comma that closes an aside, then at most three small words before the cue (", now", ", has been", ", kini"). */
    /** After a party, at most six more words of an aside in small letters or numbers, then the comma that closes it. */
    private static final Pattern ASIDE_CLOSED_AFTER = Pattern.compile("(?:\\s+[\\p{Ll}\\d][^\\s,;:]*){0,6}\\s*,");
    private static final Pattern CLOSED_ASIDE = Pattern.compile("\\s*,\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}");
    /**
     * The rest of an aside after a name in it, up to six words in small letters or numbers, then the comma that closes it
     * and at most three small words before the cue ("Delmar Foods, in which Temasek Holdings owns a 20% stake, has acquired").
     */
    private static final Pattern ASIDE_REST = Pattern.compile("\\s+(?:[\\p{Ll}\\d$%][^\\s,;:]*\\s+){1,6}?[^\\s,;:]*,\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}");
    private final AgentMarker headlinePassive;
    /** Coordinated clauses, each with its own trigger, read as two ("A acquired B, and C acquired D"). */
    private final ClauseSeams seams;
    /** The language's event triggers as clause openings ("invested $15 million in", which no cue reads). */
    private final java.util.function.Function<Sentence, List<ClauseSeams.Opening>> eventOpenings;
    private final Pattern adjacentAgent;
    /** Nothing or an article between a cue and its object ({@code determiners.txt}, {@code definite-articles.txt}). */
    private final Pattern articleGap;
    /** Between a name and its owner named after it: an owner marker ({@code owner-markers.txt}: "Grup MNC milik Hary Tanoesoedibjo"). */
    private final Pattern ownerBetween;
    /**
     * Between a list's member and a name in an aside about it that tells its owner or what it owns: a relative pronoun, a
     * link or auxiliary, then an owner marker ({@code owner-markers.txt}) or an owning verb ({@code owning-verbs.txt}) with
     * its agent marker, and at most two small words ("Heinz ABC, yang dimiliki The Kraft Heinz Company, serta Indofood",
     * "GoFood milik GoTo, GrabFood, serta ShopeeFood", "Mercury Marine, which is owned by U.S. group Brunswick Corp, and with
     * Yamaha": a fresh-user tester's finding, where the list's next member was read as a second owner).
     */
    private final Pattern ownerAside;
    /** Before a party: a list preposition or coordinator, or a comma, then perhaps an article and two small words: a list's member. */
    private final Pattern memberBefore;
    /** "induk perusahaannya", "its parent": the possessor may stand anywhere before in the sentence. */
    private final Pattern possessiveCue;
    private final Pattern from;
    /**
     * Between a verb of buying and a name: something in small letters owned by the name ("a factory owned by", "pabrik
     * milik"; {@code owner-markers.txt}): the name sells it, it is not what is bought.
     */
    private final Pattern goodsOwnedBy;
    /**
     * After a name in the possessive, something in small letters that is no share of it ({@code equity-nouns.txt}):
     * "Unilever's ice cream factory" is bought from Unilever, "Unilever's 20% stake in" or "its shares" is not.
     */
    private final Pattern possessedGoods;
    private final Pattern relative;
    /** Between a party and a trigger, a coordinator and at most one word: the trigger opens a second verb phrase ("... from UPL and distributes"). */
    private final Pattern coordinatedVerb;
    /** A relative pronoun as a word anywhere ({@code relative-pronouns.txt}). */
    private final Pattern relativeWord;
    private final Pattern to;
    /** A word of a share in a company ({@code equity-nouns.txt}): what a sale of a stake sells. */
    private final Pattern equity;
    /**
     * One word, and two, in small letters after a trigger, no preposition ({@code phrase-prepositions.txt}, {@code
     * affiliation-prepositions.txt}), before the word they modify: "utama " of "pesaing utama perseroan"; not "control of "
     * ("bought control of the company": whose control is another frame's).
     */
    private final List<Pattern> modifiers;
    /** Words up to an equity noun and a word of whose shares they are, after a trigger ("modal US$ 5 juta untuk 8% saham ", "a 10% stake in "). */
    private final Pattern equityGap;
    /** A share of less than half: a number from 1 to 49 with its sign or word of percent after it ("25 persen", "30%"). */
    private static final Pattern MINORITY = Pattern.compile("(?<![\\d.,])(?:[1-9]|[1-4]\\d)(?:[.,]\\d+)?\\s*(?:%|\\p{L}+)");
    /** Between an appointed person and the organization of the post: "as chief executive of ", "sebagai direktur utama ". */
    private final Pattern postOf;
    /**
     * Between a verb of selling and its buyer, a unit the sentence does not name: at most eight words, one of them a unit
     * noun ({@code unit-nouns.txt}), then a recipient preposition and perhaps a definite article ("sold all of its farm
     * equipment operations to ", "menjual anak usahanya kepada ").
     */
    private final Pattern unnamedUnitTo;
    /**
     * Between a verb of selling and what it sells, only a determiner or possessive ({@code determiners.txt},
     * {@code possessives.txt}): "to sell its Elizabeth Arden unit", "sold Huron Dressed Beef".
     */
    private final Pattern soldRightAfter;
    /** A lower-case word right after a name: unless one of the language's function words, a noun the name qualifies. */
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+(\\p{Ll}[\\p{L}-]*)");
    private final Pattern functionWord;
    /**
     * Between a bought target and its seller: at most three words and no comma ("beating a rival bid from": a rival, no
     * seller), a source preposition, perhaps a definite article.
     */
    private final Pattern sourceBefore;
    /** Between a person and the organization they are of: an affiliation preposition ("Andi dari PT X", "Jane Doe of Kestrel"). */
    private final Pattern affiliationGap;
    /** The end of the text before a party that sells what a buying verb buys: a source preposition, perhaps an article. */
    private final Pattern soldBy;
    /** The end of the text before a person's former employer: a former-word and at most three lower-case words ("former "). */
    private final Pattern formerBefore;
    /** Between a former employer and the person it describes: at most three lower-case words ("executive", "chief executive"). */
    private static final Pattern TITLE_GAP = Pattern.compile("^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$|^\\s*$");

    private FrameArgumentFinder(CueLexicon lexicon, LanguageProfile profile, CoreferenceResolver coreference) {
        this.gapCues = lexicon.gapCues();
        this.organizationNoun = profile.words(LanguageProfile.File.ORGANIZATION_NOUNS);
        this.openingReference = Pattern.compile("(?i)^[\\s\"“]*(?:" + profile.alternation(LanguageProfile.File.REFERENCE) + ")(?![\\p{L}\\p{N}'’])");
        this.sentenceReference = Pattern.compile("(?i)^[\\s\"“]*(?:[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,3},\\s*)?(?:"
                + profile.alternation(LanguageProfile.File.REFERENCE) + ")(?![\\p{L}\\p{N}'’])");
        this.possessiveWord = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.POSSESSIVES));
        this.verbAdverbs = profile.entries(LanguageProfile.File.VERB_ADVERBS).isEmpty() ? null
                : Pattern.compile("(?i)^(\\s*)(?:(?:" + profile.alternation(LanguageProfile.File.VERB_ADVERBS) + ")\\s+){1,2}(?=\\p{L})");
        this.coreference = Objects.requireNonNull(coreference, "coreference");
        this.clauses = ClauseBoundaries.of(profile);
        this.seams = ClauseSeams.of(profile);
        this.eventOpenings = org.dealgraph.event.TriggerEventExtractor.openings(profile);
        // after a name's abbreviation period too ("Orrin Energy Inc. and Pell Gas Corp formed"; a fresh-user tester's finding)
        // after the coordinator, a place the text read here blanks may stand before the member with its possessive or compound
        // ("ICEYE and U.S.-based Capella Space", "Vinci Airports and Mexico's Grupo Aeroportuario"), or a description of it
        // with its place, closed by a comma ("OneMed serta produsen asal China, Mindray") or not ("dan BUMN perkebunan PT
        // Sinergi Gula Nusantara"): fresh-user testers' findings, where the last rival was lost
        String compounds = profile.entries(LanguageProfile.File.PLACE_COMPOUNDS).isEmpty() ? ""
                : "|-" + profile.alternation(LanguageProfile.File.PLACE_COMPOUNDS);
        // a preposition the list repeats may follow the coordinator ("competes with Magnum and with Froneri": a fresh-user
        // tester's finding)
        this.coordination = Pattern.compile("(?i)^\\.?\\s*(,|,?\\s*" + profile.alternation(LanguageProfile.File.COORDINATORS)
                + "(?:\\s+" + profile.alternation(LanguageProfile.File.LIST_PREPOSITIONS) + ")?)\\s*("
                + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+)?(?:(?:['’]s" + compounds + "|(?-i:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)"
                + profile.alternation(LanguageProfile.File.ORGANIZATION_NOUNS) + "(?-i:(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\s*,?)\\s*)?$");
        this.placeOfMember = Pattern.compile("^\\s+(?-i:" + profile.alternation(LanguageProfile.File.NAME_CONNECTORS)
                + ")(?:\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2}|\\s{3,})(?=\\s*,|\\s+\\p{Ll})");
        this.describedMember = Pattern.compile("^\\.?\\s*,?\\s*(?i:" + profile.alternation(LanguageProfile.File.COORDINATORS)
                + ")\\s+(?:\\p{Lu}[\\p{L}.-]*(?:['’]s)?\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?"
                + profile.alternation(LanguageProfile.File.ORGANIZATION_NOUNS) + "\\s+$");
        this.headNoun = profile.words(LanguageProfile.File.HEAD_NOUNS);
        this.saidIt = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.SPEECH_VERBS) + "\\s+(?:\\w+\\s+){0,3}?("
                + profile.alternation(LanguageProfile.File.COMPLEMENTIZERS) + "\\s+)?" + profile.alternation(LanguageProfile.File.SELF_REFERENCES)
                + "\\b[^,;]*$");
        this.addressee = Addressee.of(profile);
        this.passiveAux = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.PASSIVE_AUXILIARIES) + "\\s+(?:"
                + profile.alternation(LanguageProfile.File.PASSIVE_ADVERBS) + "\\s+)?$");
        this.participle = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.PARTICIPLES) + "\\b");
        this.headlinePassive = AgentMarker.of(profile);
        this.agent = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "\\s+(?:[\\p{L}-]+\\s+){0,4}$");
        this.ownAgent = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "\\s*$");
        this.ownerBetween = Pattern.compile("(?i)^\\s*,?\\s*(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + "\\s+)?" + profile.alternation(LanguageProfile.File.OWNER_MARKERS) + "\\s+$");
        this.ownerAside = Pattern.compile("(?i)^\\s*,?\\s*(?:" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "\\s+)?(?:(?:"
                + profile.alternation(LanguageProfile.File.OWNERSHIP_LINKS) + "|" + profile.alternation(LanguageProfile.File.PASSIVE_AUXILIARIES)
                + ")\\s+){0,2}(?:" + profile.alternation(LanguageProfile.File.OWNER_MARKERS) + "|(?:"
                + profile.alternation(LanguageProfile.File.OWNING_VERBS) + ")(?:\\s+" + profile.alternation(LanguageProfile.File.AGENT_MARKERS)
                + ")?)(?:\\s+(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "))?(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*){0,2}\\s+$");
        this.memberBefore = Pattern.compile("(?i)(?:(?<![\\p{L}-])(?:" + profile.alternation(LanguageProfile.File.LIST_PREPOSITIONS) + "|"
                + profile.alternation(LanguageProfile.File.COORDINATORS) + ")|,)\\s+(?:(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + ")\\s+)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}$");
        this.articleGap = Pattern.compile("(?i)\\s*(?:(?:" + profile.alternation(LanguageProfile.File.DETERMINERS) + "|"
                + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + ")\\s+)?<?");
        this.adjacentAgent = Pattern.compile("(?i)^\\s*,?\\s*" + profile.alternation(LanguageProfile.File.AGENT_MARKERS) + "\\s+(?:[\\p{L}-]+\\s+){0,4}$");
        this.possessiveCue = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.POSSESSIVES));
        this.from = profile.words(LanguageProfile.File.SOURCE_PREPOSITIONS);
        this.goodsOwnedBy = Pattern.compile("(?i)^\\s*(?:(?-i:[\\p{Ll}\\d])[\\p{L}\\d.,-]*\\s+){1,4}?(?:" + profile.alternation(LanguageProfile.File.OWNER_MARKERS)
                + ")\\s+(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+)?$");
        this.possessedGoods = possessedGoods(profile);
        this.referenceThenComma = Pattern.compile("(?i)^\\s*" + profile.alternation(LanguageProfile.File.REFERENCE, LanguageProfile.File.COMPANY_REFERENCES)
                + "\\s*,\\s*$");
        this.speechRightBefore = Pattern.compile("(?i)\\s*,?\\s*(?:(?:juga|pun|also|then)\\s+)?" + profile.alternation(LanguageProfile.File.SPEECH_VERBS)
                + "(?:\\s+" + profile.alternation(LanguageProfile.File.COMPLEMENTIZERS) + ")?\\s*,?\\s*");
        this.intentionBefore = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + profile.alternation(LanguageProfile.File.INTENTION)
                + "\\s+(?:[\\p{L}-]+\\s+){0,1}$");
        this.referenceWordInCue = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + profile.alternation(LanguageProfile.File.REFERENCE,
                LanguageProfile.File.COMPANY_REFERENCES) + "(?![\\p{L}\\p{N}])");
        this.referenceInCue = Pattern.compile(referenceWordInCue.pattern() + "|" + profile.alternation(LanguageProfile.File.POSSESSIVES));
        // at most eight small words, perhaps with commas ("Yuliana Tanjung, menyampaikan bahwa untuk mendanai ekspansi, perseroan
        // memperoleh pinjaman ... dari induk usahanya, SCG": a fresh-user tester's finding)
        this.referenceAfterWords = Pattern.compile("^\\s*,?\\s*(?:(?-i:\\p{Ll})[\\p{L}-]*,?\\s+){0,8}(?i:" + profile.alternation(LanguageProfile.File.REFERENCE) + ")\\b");
        this.relative = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "\\b");
        this.relativeWithReference = Pattern.compile("(?i)^\\s*,\\s*" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "\\s+"
                + profile.alternation(LanguageProfile.File.SELF_REFERENCES) + "\\s+(?:\\p{Ll}+\\s+){0,2}$");
        // "... and distributes", "dan juga membeli", "and in 2022 bought": a coordinator, then at most three words in small letters
        // or numbers, each perhaps with a comma (an adverbial of time: a fresh-user tester's finding)
        // ... also after the rest of the first verb's phrase, a preposition's phrase in small letters ("relies on Qualcomm for its
        // chips and buys its displays from Samsung Display": a fresh-user tester's finding, where Qualcomm became the buyer); not
        // after a verb, where the party is that verb's subject ("Telkom said Mitratel would build 500 towers and buy land from
        // Sinar Mas": a verifier's finding)
        this.coordinatedVerb = Pattern.compile("^\\s*(?:(?i:" + profile.alternation(LanguageProfile.File.PHRASE_PREPOSITIONS)
                + ")\\s+(?:(?:\\p{Ll}[\\p{L}-]*|\\d[\\d.,]*)\\s+){0,3}?)?,?\\s*(?i:"
                + profile.alternation(LanguageProfile.File.COORDINATORS)
                + ")\\s+(?:(?:\\p{Ll}[\\p{L}-]*|\\d[\\d.,]*),?\\s+){0,3}$");
        this.relativeWord = Pattern.compile("(?i)(?<![\\p{L}-])" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + "(?![\\p{L}-])");
        this.to = profile.words(LanguageProfile.File.RECIPIENT_PREPOSITIONS);
        this.equity = profile.words(LanguageProfile.File.EQUITY_NOUNS);
        String modifier = "\\s+(?!(?:" + profile.alternation(LanguageProfile.File.PHRASE_PREPOSITIONS, LanguageProfile.File.AFFILIATION_PREPOSITIONS)
                + ")(?![\\p{L}\\p{N}-]))\\p{Ll}[\\p{Ll}-]*";
        this.modifiers = List.of(Pattern.compile(modifier + "\\s+"), Pattern.compile(modifier + modifier + "\\s+"));
        this.equityGap = Pattern.compile("(?i)^[^,.;:()\"“”\\n]{0,60}(?<![\\p{L}\\p{N}])(?:" + profile.alternation(LanguageProfile.File.EQUITY_NOUNS)
                + ")\\s+(?:(?:" + profile.alternation(LanguageProfile.File.PHRASE_PREPOSITIONS, LanguageProfile.File.AFFILIATION_PREPOSITIONS) + ")\\s+)?");
        this.postOf = postOf(profile);
        this.affiliationGap = Pattern.compile("(?i)\\s*,?\\s*(?:" + profile.alternation(LanguageProfile.File.AFFILIATION_PREPOSITIONS) + ")\\s+");
        this.soldBy = Pattern.compile("(?i)(?<![\\p{L}])(?:" + profile.alternation(LanguageProfile.File.SOURCE_PREPOSITIONS) + ")\\s+(?:(?:"
                + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + ")\\s+)?<?$");
        this.sourceBefore = Pattern.compile("(?i)^(?:\\s+[\\p{L}\\d'’%.$-]+){0,3}?\\s+(?:" + profile.alternation(LanguageProfile.File.SOURCE_PREPOSITIONS)
                + ")\\s+(?:(?:" + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + ")\\s+)?<?$");
        this.functionWord = Pattern.compile("(?i)" + profile.alternation(LanguageProfile.File.FUNCTION_WORDS));
        this.soldRightAfter = Pattern.compile("(?i)\\s*(?:(?:" + profile.alternation(LanguageProfile.File.DETERMINERS) + "|"
                + profile.alternation(LanguageProfile.File.POSSESSIVES) + ")\\s+)?");
        this.unnamedUnitTo = Pattern.compile("(?i)^(?:\\s+[\\p{L}\\d'’%.-]+){0,7}?\\s+" + profile.alternation(LanguageProfile.File.UNIT_NOUNS)
                + "\\s+(?:" + profile.alternation(LanguageProfile.File.RECIPIENT_PREPOSITIONS) + ")\\s+(?:(?:"
                + profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + ")\\s+)?$");
        this.formerBefore = formerBefore(profile);
    }

    /**
     * The end of the text before a person's former employer, named before the person: a former-word of {@code former.txt}
     * and at most three lower-case words ("former ", "mantan eksekutif "), matched with {@code find} on the text before it.
     */
    public static Pattern formerBefore(LanguageProfile p) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])(?:" + p.alternation(LanguageProfile.File.FORMER)
                + ")(?-i:\\s+\\p{Ll}[\\p{L}-]*){0,3}\\s+$");
    }

    /**
     * Whether {@code gap}, the text between an organization and the next name, describes that name as a person the
     * organization had employed: at most three lower-case words ("executive", "chief executive") or none.
     */
    public static boolean titleGap(String gap) {
        return TITLE_GAP.matcher(gap).matches();
    }

    /**
     * Between an appointed person and the organization of the post: a role link, the post's lower-case words and an
     * affiliation preposition ("as chief executive of ", "sebagai direktur utama "; {@code role-links.txt},
     * {@code affiliation-prepositions.txt}, {@code definite-articles.txt}), matched as the whole text between the two.
     */
    public static Pattern postOf(LanguageProfile p) {
        return Pattern.compile("(?i)^\\s*,?\\s*(?:" + p.alternation(LanguageProfile.File.ROLE_LINKS) + ")\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,5}?(?:(?:"
                + p.alternation(LanguageProfile.File.AFFILIATION_PREPOSITIONS) + ")\\s+)?(?:(?:" + p.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + ")\\s+)?$");
    }

    /** The finder of one language: its lexicon's gap cues, its words, and the resolver of missing subjects. */
    public static FrameArgumentFinder of(CueLexicon lexicon, LanguageProfile profile, CoreferenceResolver coreference) {
        return new FrameArgumentFinder(lexicon, profile, coreference);
    }

    /** "acquire Vodafone's 44 percent stake in SFR": a buying verb, the seller in the possessive, the stake cue, its company. */
    private record StakeSale(ReadTrigger verb, Party seller, ReadTrigger stake) {
    }

    /** Who does what to whom: the entity types each side of a cue's relation may have. */
    private record Kinds(Set<EntityType> subject, Set<EntityType> object) {

        static Kinds of(Cue cue) {
            // the argument types are the schema's (data/schema/relations.tsv, events.tsv), the subject's narrowed by the cue
            if (cue.relation().isEmpty()) {
                RelationSchema.EventFacts e = RelationSchema.bundled().of(cue.event().orElseThrow());
                return new Kinds(narrowed(e.subjects(), cue), e.objects());
            }
            RelationSchema.RelationFacts r = RelationSchema.bundled().of(cue.relation().get());
            return new Kinds(narrowed(r.subjects(), cue), r.objects());
        }

        private static Set<EntityType> narrowed(Set<EntityType> schema, Cue cue) {
            if (cue.subjects().isEmpty()) {
                return schema;
            }
            Set<EntityType> out = EnumSet.copyOf(schema);
            out.retainAll(cue.subjects());
            return out;
        }
    }

    /**
     * The party a description right after the trigger stands for ("sued the company", "menggugat perseroan"; not a pronoun),
     * as the coreference resolver finds it for a clause whose subject is the reference word, none of {@code left}; empty where
     * no reference word (a possessive is none: "its stake in") follows the trigger at once.
     */
    private Optional<Party> referenceAfter(TriggeredSentence in, Trigger t, List<Party> left, Set<EntityType> kinds, List<Arguments> out) {
        String text = in.text();
        Matcher r = openingReference.matcher(text).region(t.end(), in.sentence().end());
        for (int words = 1; words <= 2 && !r.lookingAt(); words++) {
            // "pesaing utama perseroan": a modifier or two in small letters before the word
            Matcher modified = modifiers.get(words - 1).matcher(text).region(t.end(), in.sentence().end());
            if (modified.lookingAt()) {
                Matcher after = openingReference.matcher(text).region(modified.end(), in.sentence().end());
                if (after.lookingAt()) {
                    r = after;
                }
            }
        }
        if (!r.lookingAt()) {
            // "menyuntikkan modal US$ 5 juta untuk 8% saham perseroan", "bought a 10% stake in the company": the shares of the
            // company the word stands for, with no name between (a fresh-user tester's finding)
            Matcher stake = equityGap.matcher(text).region(t.end(), in.sentence().end());
            int at = stake.lookingAt() ? stake.end() : -1;
            if (at < 0 || in.parties().stream().anyMatch(p -> p.begin() >= t.end() && p.begin() < stake.end())) {
                return Optional.empty();
            }
            r = openingReference.matcher(text).region(at, in.sentence().end());
            if (!r.lookingAt()) {
                return Optional.empty();
            }
        }
        if (possessiveWord.matcher(r.group()).find() || PRONOUN.matcher(r.group().strip()).matches()) {
            return Optional.empty(); // a bare pronoun after a verb stands for too much ("buy it back", "made it clear")
        }
        Optional<String> earlier = lastSubject(out);
        return coreference.resolve(new MissingSubject(text, in.sentence(), in.parties().stream().filter(p -> p.end() <= t.begin()).toList(),
                in.previous(), in.focus(), r.end(), text.substring(t.begin(), t.end()), left, kinds, earlier, true))
                .filter(p -> left.stream().noneMatch(l -> l.entity().key().equals(p.entity().key()) || sameName(l.entity().name(), p.entity().name())));
    }

    /** Whether one name holds the other as a whole word or words ("Taft" of "Taft Broadcasting Co"): perhaps one company. */
    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(shorter) + "(?![\\p{L}\\p{N}])").matcher(longer).find();
    }

    /** One short word: a pronoun ("it", "them"), no description ("the company", "perseroan"). */
    private static final Pattern PRONOUN = Pattern.compile("[\\p{L}]{1,4}");

    /**
     * The gap cues read between a reference word that opens the sentence, as its subject, and the first party after it ("It
     * now uses DHL Supply Chain", "The company also owns Scoop & Co", "Perseroan juga memakai layanan Xendit"): the
     * reference word stands for the party the coreference resolver finds for a clause with no named subject before the
     * cue. The source: a fresh-user tester's articles, where such sentences read nothing, though the same sentence with the
     * company's name read the relation.
     */
    private void referencedGaps(TriggeredSentence in, List<Arguments> out) {
        String text = in.text();
        Sentence s = in.sentence();
        Matcher r = sentenceReference.matcher(text).region(s.begin(), s.end());
        if (!r.lookingAt() || possessiveWord.matcher(r.group()).find() || in.parties().stream().anyMatch(p -> p.begin() < r.end())) {
            return;
        }
        Optional<Party> first = in.parties().stream().filter(p -> p.begin() >= r.end()).findFirst();
        if (first.isEmpty()) {
            return;
        }
        Party b = first.get();
        for (Cue cue : gapCues) {
            if (!gapRead(cue, text, r.end(), b.begin())) {
                continue;
            }
            Kinds kinds = Kinds.of(cue);
            boolean lr = cue.frame() == Frame.GAP_LR;
            Set<EntityType> rightKinds = lr ? kinds.object : kinds.subject;
            if (!rightKinds.contains(b.type())) {
                continue;
            }
            List<Party> rights = listFrom(text, in.parties(), in.parties().indexOf(b), rightKinds);
            Optional<String> earlier = lastSubject(out);
            Optional<Party> referred = coreference.resolve(new MissingSubject(text, s, in.parties(), in.previous(), in.focus(), r.end(),
                    text.substring(r.end(), b.begin()), rights, lr ? kinds.subject : kinds.object, earlier, true));
            if (referred.isEmpty()) {
                continue;
            }
            for (Party right : rights) {
                if (right.entity() != referred.get().entity()) {
                    add(cue, lr ? referred.get() : right, lr ? right : referred.get(), 0.9, r.end(), out);
                }
            }
        }
    }

    /**
     * Whether the gap cue reads the whole text from {@code begin} to {@code end}, as written or with the adverbs that open it left
     * out ({@link #withoutAdverbs}); a lookahead at its end may read on past {@code end}, with transparent bounds.
     */
    private boolean gapRead(Cue cue, String text, int begin, int end) {
        return cue.pattern().matcher(text).region(begin, end).useTransparentBounds(true).matches()
                || withoutAdverbs(text, begin, end).filter(t -> cue.pattern().matcher(t).region(begin, end - (text.length() - t.length()))
                        .useTransparentBounds(true).matches()).isPresent();
    }

    /**
     * The text with the adverbs that open the gap between two parties left out ("Polarbell Ltd also uses DHL": "also"), for a gap
     * cue to read it as if the verb followed the subject at once (a check of this round: "X also owns", "X now uses" read
     * nothing); empty where no such adverb opens it.
     */
    private Optional<String> withoutAdverbs(String text, int begin, int end) {
        if (verbAdverbs == null) {
            return Optional.empty();
        }
        Matcher m = verbAdverbs.matcher(text).region(begin, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, begin) + m.group(1) + text.substring(m.end()));
    }

    @Override
    public List<Arguments> find(TriggeredSentence given) {
        List<int[]> seams = this.seams.find(given.text(), given.parties().stream().map(p -> new ClauseSeams.Named(p.begin(), p.end(), p.type())).toList(),
                () -> java.util.stream.Stream.concat(given.triggers().stream().map(r -> new ClauseSeams.Opening(r.trigger().begin(),
                        r.trigger().end(), ClauseSeams.before(r.trigger().cue()))), eventOpenings.apply(given.sentence()).stream()).toList());
        // "A acquired B, and C acquired D": the coordinator between the clauses reads as a clause break
        TriggeredSentence in = seams.isEmpty() ? given : new TriggeredSentence(ClauseSeams.marked(given.text(), seams), given.sentence(),
                given.parties(), given.previous(), given.focus(), given.triggers());
        String text = in.text();
        Sentence s = in.sentence();
        List<Party> parties = in.parties();
        List<Arguments> out = new ArrayList<>();
        for (Cue cue : gapCues) {
            for (int i = 0; i + 1 < parties.size(); i++) {
                Party a = parties.get(i);
                Party b = parties.get(i + 1);
                if (b.begin() < a.end()) {
                    continue; // two parties that overlap ("LLoyds Merchant Bank Ltd" and a name inside it): no text between them
                }
                // the regex is the text between the two; a lookahead at its end may read on past the second party
                // ("retained Goldman Sachs | as adviser"), with transparent bounds
                if (gapRead(cue, text, a.end(), b.begin())) {
                    Kinds kinds = Kinds.of(cue);
                    // "Brindle Health, once owned by Carrow Capital, is a unit of Orvane": the aside's party describes the one before
                    Party left = text.substring(a.end(), b.begin()).stripLeading().startsWith(",")
                            ? described(text, parties, i, cue.frame() == Frame.GAP_LR ? kinds.subject : kinds.object).orElse(a) : a;
                    // "Kestrel owns Beta Corp and Gamma Inc": the right party may open a list, each member read alike
                    Set<EntityType> rightKinds = cue.frame() == Frame.GAP_LR ? kinds.object : kinds.subject;
                    List<Party> rightList = rightKinds.contains(b.type()) ? listFrom(text, parties, i + 1, rightKinds) : List.of(b);
                    // "bersaing dengan GoFood milik GoTo, GrabFood, serta ShopeeFood": an owned list member has one owner, as in handle
                    List<Party> rights = cue.frame() == Frame.GAP_LR && cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent()
                            && commaListed(text, rightList) && listMember(text, parties, left, s) ? List.of(rightList.get(0)) : rightList;
                    for (Party right : rights) {
                        Party subj = cue.frame() == Frame.GAP_LR ? left : right;
                        Party obj = cue.frame() == Frame.GAP_LR ? right : left;
                        // the schema's argument types hold here as for every other frame ("hired Maria Santos": no supplier)
                        if (kinds.subject.contains(subj.type()) && kinds.object.contains(obj.type())) {
                            add(cue, subj, obj, 1.0, a.end(), out);
                        }
                    }
                }
            }
        }
        referencedGaps(in, out);
        List<ReadTrigger> readings = in.triggers();
        Map<ReadTrigger, StakeSale> sales = new HashMap<>();
        for (ReadTrigger c : readings) {
            stakeSale(text, s, c, readings, parties).ifPresent(sale -> sales.put(c, sale));
        }
        List<ReadTrigger> stakes = sales.values().stream().map(StakeSale::stake).toList();
        for (ReadTrigger c : readings) {
            if (stakes.contains(c)) {
                continue; // read with the verb that buys it
            }
            StakeSale sale = sales.get(c);
            double modal = c.factuality().weight();
            if (modal > 0) {
                if (sale != null) {
                    addStakeSale(sale, s, text, parties, modal, out);
                } else {
                    handle(c.trigger(), in, modal, out);
                }
            }
        }
        return withSellers(text, parties, narrowedSubjects(text, parties, out));
    }

    /**
     * The arguments but those of a cue that narrows its subject's types whose subject is not the party nearest before it,
     * or is the affiliation of a party of another type right before it: "Andi Saputra dari PT Kelana Niaga bergabung dengan
     * PT Bank Sentosa" is the person's joining, not a merger of PT Kelana Niaga ({@code affiliation-prepositions.txt}).
     */
    private List<Arguments> narrowedSubjects(String text, List<Party> parties, List<Arguments> found) {
        List<Arguments> out = new ArrayList<>(found.size());
        for (Arguments a : found) {
            Party subject = a.subject();
            boolean skipped = !a.cue().subjects().isEmpty() && subject.end() <= a.anchor() && parties.stream().anyMatch(p ->
                    !a.cue().subjects().contains(p.type()) && (p.begin() >= subject.end() && p.end() <= a.anchor()
                            || p.end() <= subject.begin() && affiliationGap.matcher(text.substring(p.end(), subject.begin())).matches()));
            if (!skipped) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Each acquisition read with a buying verb, its seller where a source preposition right after its target names one
     * ("bought PCR Inc from Hanson Trust", "membeli Bank X dari PT Y"): at most three words and no comma between the target
     * and the preposition, and the party right after it (MANUAL: the seller is the acquisition's seller role). Where the
     * party read as the target stands right after such a preposition itself, what was bought goes unnamed and the party
     * only sold it ("bought 500 trucks from Kestrel"): no acquisition.
     */
    private List<Arguments> withSellers(String text, List<Party> parties, List<Arguments> found) {
        List<Arguments> out = new ArrayList<>(found.size());
        for (Arguments a : found) {
            Cue cue = a.cue();
            if (a.seller().isPresent() || a.object().isEmpty() || cue.frame() != Frame.LR
                    || cue.relation().filter(r -> r == RelationType.ACQUIRES).isEmpty()) {
                out.add(a);
                continue;
            }
            Party target = a.object().get();
            if (target.begin() > a.anchor() && soldBy.matcher(text.substring(a.anchor(), target.begin())).find()) {
                continue; // "bought 500 trucks from Kestrel", "membeli 100 truk dari PT X": goods bought from a seller, no acquisition
            }
            Optional<Party> seller = Optional.empty();
            for (Party p : parties) {
                if (p.begin() < target.end() || p.begin() - target.end() > 90) {
                    continue;
                }
                String between = text.substring(target.end(), p.begin());
                if (sourceBefore.matcher(between).matches() && !clauses.crossedBy(between)) {
                    seller = Optional.of(p);
                }
                break;
            }
            out.add(seller.filter(p -> !p.entity().key().equals(a.subject().entity().key()) && !p.entity().key().equals(target.entity().key()))
                    .map(p -> new Arguments(cue, a.subject(), a.object(), Optional.of(p), a.weight(), a.anchor())).orElse(a));
        }
        return out;
    }

    private static void add(Cue cue, Party subj, Party obj, double factor, int anchor, List<Arguments> out) {
        if (!subj.entity().key().equals(obj.entity().key())) {
            out.add(new Arguments(cue, subj, Optional.of(obj), Optional.empty(), factor, anchor));
        }
    }

    private static boolean buying(Cue cue) {
        return cue.frame() == Frame.LR && cue.relation().filter(r -> r == RelationType.ACQUIRES || r == RelationType.SEEKS_TO_ACQUIRE
                || r == RelationType.INVESTS_IN).isPresent();
    }

    /**
     * The stake sale a buying cue opens, if its object is a party in the possessive ("Vodafone's") whose
     * possession is the stake an investment cue names in the same clause, within a few words.
     */
    private Optional<StakeSale> stakeSale(String text, Sentence s, ReadTrigger verb, List<ReadTrigger> readings, List<Party> parties) {
        if (!buying(verb.trigger().cue())) {
            return Optional.empty();
        }
        for (Party p : parties) {
            if (p.begin() < verb.trigger().end()) {
                continue;
            }
            if (!ONLY_ARTICLE.matcher(text.substring(verb.trigger().end(), p.begin())).matches()
                    || !POSSESSIVE_AFTER.matcher(text.substring(p.end(), Math.min(s.end(), p.end() + 3))).find()) {
                return Optional.empty();
            }
            for (ReadTrigger stake : readings) {
                Trigger t = stake.trigger();
                if (stake != verb && t.begin() > p.end() && t.begin() - p.end() <= 45
                        && t.cue().relation().filter(r -> r == RelationType.INVESTS_IN).isPresent() && t.cue().frame() == Frame.LR
                        && !clauses.crossedBy(text.substring(p.end(), t.begin()))) {
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
    private void addStakeSale(StakeSale sale, Sentence s, String text, List<Party> parties, double modal, List<Arguments> out) {
        Cue stake = sale.stake().trigger().cue();
        Cue cue = stake.withStatus(sale.verb().trigger().cue().status().or(stake::status));
        Kinds kinds = Kinds.of(cue);
        List<Party> buyers = nearestLeft(text, parties, sale.verb().trigger().begin(), kinds.subject);
        List<Party> companies = nearestRight(text, parties, sale.stake().trigger().end(), kinds.object, rightWindow(cue), true);
        for (Party buyer : buyers) {
            for (Party company : companies) {
                if (buyer.entity() != sale.seller().entity() && company.entity() != sale.seller().entity()
                        && !buyer.entity().key().equals(company.entity().key())) {
                    out.add(new Arguments(cue, buyer, Optional.of(company), Optional.of(sale.seller()), modal, sale.verb().trigger().begin()));
                }
            }
        }
    }

    /**
     * Whether a reference word follows a person ending at {@code from} after lower-case words only, before the trigger at
     * {@code cb} ("Dimas juga mengungkapkan perseroan ...", "Holm said the company ..."; not "David Rocker told the SEC it has
     * acquired ...": the speaker's own, as {@link #nearestLeft} reads).
     */
    private boolean referenceAfterSpeaker(String text, List<Party> parties, int from, int cb) {
        return referenceAfterWords.matcher(text.substring(from, cb)).find() && parties.stream().noneMatch(q -> q.begin() >= from && q.end() <= cb);
    }

    /**
     * Whether a cue holds a reference word that is a noun, not a pronoun: what a cue with no party before it may stand on
     * ("anak usaha perseroan", "the company's subsidiary"; not "Diversified, and its wholly-owned subsidiary", whose "its" is a
     * name the finders missed). A pronoun is one word of at most five letters ("its", "it", "they", "-nya").
     */
    private boolean nounReferenceIn(String cue) {
        java.util.regex.Matcher m = referenceWordInCue.matcher(cue);
        while (m.find()) {
            if (m.group().strip().length() > 5 || m.group().strip().contains(" ")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the last relation read so far in the sentence, for the coreference resolver; empty before any. */
    private static Optional<String> lastSubject(List<Arguments> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).relation()) {
                return Optional.of(out.get(i).subject().entity().key());
            }
        }
        return Optional.empty();
    }

    private Optional<Party> missingSubject(TriggeredSentence in, Trigger t, List<Party> objects, Set<EntityType> kinds, List<Arguments> out) {
        Optional<String> earlier = lastSubject(out);
        // the one a phrase addresses ("In a filing with the SEC, the group said it bought ...") is no subject
        List<Party> candidates = in.parties().stream().filter(p -> !addressee.addressed(in.text(), p.begin(), p.end())).toList();
        return coreference.resolve(new MissingSubject(in.text(), in.sentence(), candidates, in.previous(), in.focus(), t.begin(),
                in.text().substring(t.begin(), t.end()), objects, kinds, earlier, t.cue().confidence() >= 0.85));
    }

    private void handle(Trigger trigger, TriggeredSentence in, double modal, List<Arguments> out) {
        Cue cue = trigger.cue();
        if (cue.blocking()) {
            return; // a blocking phrase: it only keeps the cues inside it from firing
        }
        String text = in.text();
        Sentence s = in.sentence();
        List<Party> parties = in.parties();
        int cb = trigger.begin();
        int ce = trigger.end();
        Kinds kinds = Kinds.of(cue);
        switch (cue.frame()) {
            case LR, RL -> {
                boolean lr = cue.frame() == Frame.LR;
                boolean ownAgentMarker = ownAgent.matcher(text.substring(cb, ce)).find();
                if (lr && !ownAgentMarker && participle.matcher(text.substring(cb, ce)).lookingAt()
                        && passiveAux.matcher(text.substring(Math.max(s.begin(), cb - 30), cb)).find()) {
                    // "It was bought for $9.4bn by Rosneft": a passive verb's subject is its agent after "by"
                    Optional<Party> agentParty = agentAfter(text, parties, ce, kinds.subject);
                    if (agentParty.isEmpty()) {
                        return;
                    }
                    List<Party> patient = nearestLeft(text, parties, cb, kinds.object);
                    if (patient.isEmpty()) {
                        patient = missingSubject(in, trigger, List.of(agentParty.get()), kinds.object, out).map(List::of).orElse(List.of());
                    }
                    for (Party p : patient) {
                        add(cue, agentParty.get(), p, modal, cb, out);
                    }
                    return;
                }
                if (!ownAgentMarker && participle.matcher(text.substring(cb, ce)).lookingAt()) {
                    // a headline's passive leaves out the auxiliary ("Meta fined $1.3 billion by Irish regulator DPC"): the agent
                    // after "by", with no party between it and the verb, does what the verb says; the party before undergoes it
                    Optional<Party> reduced = agentAfter(text, parties, ce, lr ? kinds.subject : kinds.object)
                            .filter(a -> parties.stream().noneMatch(p -> p.begin() >= ce && p.end() <= a.begin())
                                    && headlinePassive.end(text.substring(ce, a.begin())) >= 0);
                    if (reduced.isPresent()) {
                        for (Party p : nearestLeft(text, parties, cb, lr ? kinds.object : kinds.subject)) {
                            if (lr) {
                                add(cue, reduced.get(), p, modal, cb, out);
                            } else {
                                add(cue, p, reduced.get(), modal, cb, out);
                            }
                        }
                        return;
                    }
                }
                boolean buying = cue.relation().filter(r -> r == RelationType.ACQUIRES || r == RelationType.SEEKS_TO_ACQUIRE
                        || r == RelationType.INVESTS_IN).isPresent() && lr;
                List<Party> rightList = nearestRight(text, parties, ce, lr ? kinds.object : kinds.subject, rightWindow(cue), buying);
                List<Party> left = nearestLeft(text, parties, cb, lr ? kinds.subject : kinds.object);
                // "bersaing dengan GoFood milik GoTo, GrabFood, serta ShopeeFood": where the owned party is itself a list's member,
                // the list after its owner is that list's, not more owners (a fresh-user tester's finding)
                List<Party> right = lr && cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent() && !left.isEmpty()
                        && commaListed(text, rightList) && listMember(text, parties, left.get(0), s) ? List.of(rightList.get(0)) : rightList;
                Optional<Party> referredObject = left.isEmpty() || left.stream().anyMatch(p -> p.type() == EntityType.PERSON) ? Optional.empty()
                        : referenceAfter(in, trigger, left, lr ? kinds.object : kinds.subject, out);
                if (referredObject.isPresent()) {
                    // "Adidas sued the company in 2024", "PT Bogasari menggugat perseroan": the reference word right after the cue
                    // is its other party, the company it stands for (a fresh-user tester's finding: such sentences read nothing)
                    for (Party l : left) {
                        add(cue, lr ? l : referredObject.get(), lr ? referredObject.get() : l, modal * 0.9, cb, out);
                    }
                    return;
                }
                if (lr && buying && left.size() == 1 && left.get(0).end() <= cb
                        && relativeWithReference.matcher(text.substring(left.get(0).end(), cb)).matches()
                        && kinds.object.contains(left.get(0).type())) {
                    // "L'Oreal also owns Aesop, which it acquired from Natura": the name the relative clause hangs on is what was
                    // bought, and "it" the sentence's subject, the nearest party before that name (a fresh-user tester's finding)
                    Party bought = left.get(0);
                    Optional<Party> buyer = nearestLeft(text, parties, bought.begin(), kinds.subject).stream().findFirst();
                    buyer.ifPresent(b -> add(cue, b, bought, modal, cb, out));
                    return;
                }
                if (!left.isEmpty() && left.stream().allMatch(p -> p.type() == EntityType.PERSON)
                        && (lr ? kinds.subject : kinds.object).contains(EntityType.ORGANIZATION)
                        && referenceAfterSpeaker(text, parties, left.stream().mapToInt(Party::end).max().getAsInt(), cb)) {
                    // "Dimas juga mengungkapkan perseroan tengah bernegosiasi untuk mengambil alih KirimCepat", "Holm said the
                    // company would buy ...": the speaker is no party; the company referred to is looked for as a missing
                    // subject (a fresh-user tester's finding)
                    left = List.of();
                }
                if (!left.isEmpty() && left.stream().allMatch(p -> p.type() == EntityType.PERSON)
                        && (lr ? kinds.subject : kinds.object).contains(EntityType.ORGANIZATION)
                        && speechRightBefore.matcher(text.substring(left.stream().mapToInt(Party::end).max().getAsInt(), cb)).matches()) {
                    // "Hendra menyebut negosiasi dengan ADIA masih berada pada tahap awal": the speaker's verb stands between
                    // him and the cue, which has no subject of its own; he is no party (a fresh-user tester's finding: he was
                    // read as ADIA's bidder); the subject is looked for as a missing one
                    left = List.of();
                }
                if (!right.isEmpty() && (left.isEmpty() ? nounReferenceIn(text.substring(cb, ce)) : referenceInCue.matcher(text.substring(cb, ce)).find())
                        && left.stream().allMatch(p -> p.type() == EntityType.PERSON) && in.focus().main().isPresent()) {
                    // "anak usaha perseroan, PT Kayu Lestari Jaya" after "Direktur Utama MJPI, Teguh Hadisaputro, menjelaskan": the
                    // reference word inside the cue is the other party, not the nearest person before it (a fresh-user tester's
                    // finding: the speaker was read as the owner); a company before it stays ("Siemens will sell its stake in"); the
                    // organization the speaker is named with, nearest before the cue, where one is ("Presiden Direktur PT Astra
                    // International Tbk, Djony Bunarto, menjelaskan bahwa anak usaha perseroan, ...": a verifier's finding); with
                    // no party before it ("Selain itu, anak usaha perseroan, PT Garam Halus Indonesia, ...") the same (a fresh-user
                    // tester's finding: four such sentences read no owner)
                    Optional<Party> before = parties.stream().filter(p -> p.end() <= cb && p.type() == EntityType.ORGANIZATION)
                            .reduce((a, b) -> b);
                    Optional<Party> referred = before.isPresent() ? before : Party.namedBefore(in.focus().main().get(), cb);
                    Set<EntityType> leftKinds = lr ? kinds.subject : kinds.object;
                    if (referred.isPresent() && leftKinds.contains(referred.get().type())
                            && right.stream().noneMatch(r -> r.entity() == referred.get().entity())) {
                        left = List.of(referred.get());
                    }
                }
                if (!right.isEmpty() && referenceThenComma.matcher(text.substring(ce, right.get(0).begin())).matches()
                        && in.focus().main().isPresent()) {
                    // "Induk usaha perseroan, PT Timur Raya Resources, ...": the name set beside the reference is the cue's own
                    // noun (the parent), the company referred to its complement (a fresh-user tester's finding)
                    Party head = right.get(0);
                    Optional<Party> referred = Party.namedBefore(in.focus().main().get(), cb);
                    if (referred.isPresent() && (lr ? kinds.subject : kinds.object).contains(head.type())
                            && (lr ? kinds.object : kinds.subject).contains(referred.get().type())) {
                        if (lr) {
                            add(cue, head, referred.get(), modal * 0.9, cb, out);
                        } else {
                            add(cue, referred.get(), head, modal * 0.9, cb, out);
                        }
                    }
                    return;
                }
                // the word right before the cue's last word ("Division" of "the Filter Products Division of"), where a name holds it
                int noun = text.substring(cb, ce).stripTrailing().lastIndexOf(' ');
                int nounEnd = cb + (noun < 0 ? 0 : text.substring(cb, cb + noun).stripTrailing().length());
                int nounBegin = cb + text.substring(cb, nounEnd).lastIndexOf(' ') + 1;
                // or the name stands inside the cue right before the noun and the owner right after it ("the Filter Products
                // division of Mine Safety"; not "a Boeing subsidiary of 37 dlrs": Boeing owns that one)
                boolean ownerRightAfter = right.size() == 1 && text.substring(ce, right.get(0).begin()).isBlank();
                Optional<Party> named = lr && noun > 0 && cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent()
                        ? parties.stream().filter(p -> (p.begin() < nounEnd && p.end() >= nounEnd
                                || ownerRightAfter && p.begin() >= cb && p.end() < nounBegin && text.substring(p.end(), nounBegin).isBlank())
                                && kinds.subject.contains(p.type())).findFirst()
                        : Optional.empty();
                if (named.isPresent()) {
                    left = List.of(named.get()); // "the Filter Products Division of Mine Safety": the unit's name holds the cue's noun
                } else if (lr && cue.relation().filter(r -> r == RelationType.OWNED_BY).isPresent() && !left.isEmpty()
                        && cb - left.get(0).end() > 25 && !possessiveCue.matcher(text.substring(cb, ce)).find()) {
                    left = List.of(); // "X, a unit of Y": ownership attaches to the name right before it
                }
                int leftEnd = left.stream().mapToInt(Party::end).max().orElse(cb + 1); // a party may reach into the cue
                if (leftEnd <= cb && coordinatedVerb.matcher(text.substring(leftEnd, cb)).matches()) {
                    // "sources its chemicals from UPL and distributes Mahyco seeds under a distribution agreement", "moved its systems
                    // to AWS and hired Accenture to review them": the party before "and" is the first verb's object, not this one's
                    // argument; the clause's subject is looked for as a missing one (a fresh-user tester's finding)
                    left = List.of();
                }
                if (relative.matcher(text.substring(cb, ce)).lookingAt() && !left.isEmpty()
                        && !text.substring(left.get(0).end(), cb).matches("[\\s,]*|\\s*,\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}")) {
                    // "saham emiten yang dikendalikan oleh ...": the relative clause belongs to the noun before it, not to a party
                    return;
                }
                double factor = modal;
                if (left.isEmpty() && !right.isEmpty()) {
                    Optional<Party> fallback = missingSubject(in, trigger, right, lr ? kinds.subject : kinds.object, out);
                    if (fallback.isPresent()) {
                        left = List.of(fallback.get());
                        factor *= 0.75;
                    }
                }
                if (right.isEmpty() && left.size() >= 2 && cue.relation().filter(RelationType::symmetric).isPresent()) {
                    // "OpenAI dan Microsoft telah bermitra": the partners are both on the left
                    add(cue, left.get(1), left.get(0), factor, cb, out);
                }
                if (lr && right.size() == 1 && articleGap.matcher(text.substring(ce, right.get(0).begin())).matches()) {
                    // "the acquisition of Home Savings by InterWest Savings Bank": the agent is the subject; not in
                    // "approved the acquisition of X by Y" (the agent is the inner noun's) nor in "purchase of X was
                    // approved by Y" (another verb's agent), so the marker must follow the party at once; and the party the cue
                    // itself, or an article after it: "KPPU memblokir akuisisi PT H oleh PT K" is KPPU's block of the acquisition
                    Optional<Party> agentParty = agentAfter(text, parties, right.get(0).end(), kinds.subject)
                            .filter(a -> adjacentAgent.matcher(text.substring(right.get(0).end(), a.begin())).matches());
                    if (agentParty.isPresent()) {
                        left = List.of(agentParty.get());
                        factor = modal;
                    }
                }
                for (Party l : left) {
                    for (Party r : right) {
                        add(cue, lr ? l : r, lr ? r : l, factor, cb, out);
                    }
                }
            }
            case SOLO -> {
                List<Party> left = nearestLeft(text, parties, cb, kinds.subject);
                Optional<Party> subject = left.isEmpty() ? in.focus().dominant().flatMap(d -> Party.namedBefore(d, cb)) : Optional.of(left.get(0));
                subject.ifPresent(p -> out.add(new Arguments(cue, p, Optional.empty(), Optional.empty(), left.isEmpty() ? modal * 0.75 : modal, cb)));
            }
            case PAIR_LEFT -> {
                // "Rover and SAIC signed a technology-sharing agreement": both partners before the cue; of a longer list
                // ("Ericsson, Nokia and Telstra signed ..."), each two of its members
                List<Party> left = nearestLeft(text, parties, cb, kinds.subject);
                for (int j = 1; j < left.size(); j++) {
                    for (int i = 0; i < j; i++) {
                        add(cue, left.get(j), left.get(i), modal, cb, out);
                    }
                }
            }
            case APPOS, APPOS_RL -> {
                // "pemegang saham utama Jetstar, Qantas": the first party after the cue, then its apposition; reversed, "Anak
                // usaha PT Lippo Cikarang Tbk (LPCK), PT Mahkota Sentosa Utama": the apposition is the subject. An acronym in
                // brackets may stand before the comma
                boolean reversed = cue.frame() == Frame.APPOS_RL;
                List<Party> right = nearestRight(text, parties, ce, reversed ? kinds.object : kinds.subject, RIGHT_WINDOW, false);
                if (!right.isEmpty()) {
                    Party first = right.get(0);
                    for (Party p : parties) {
                        if (p.begin() >= first.end() && p.entity() != first.entity()) {
                            if (BRACKETED.matcher(text.substring(first.end(), p.begin())).replaceAll("").strip().equals(",")
                                    && (reversed ? kinds.subject : kinds.object).contains(p.type())) {
                                if (reversed) {
                                    add(cue, p, first, modal, cb, out);
                                } else {
                                    add(cue, first, p, modal, cb, out);
                                }
                            }
                            break;
                        }
                    }
                }
            }
            case PAIR -> {
                List<Party> right = nearestRight(text, parties, ce, kinds.object, RIGHT_WINDOW, false);
                if (right.size() >= 2) {
                    add(cue, right.get(0), right.get(1), modal, cb, out);
                } else if (right.size() == 1) {
                    List<Party> left = nearestLeft(text, parties, cb, kinds.subject);
                    for (Party l : left) {
                        add(cue, l, right.get(0), modal * 0.9, cb, out);
                    }
                }
            }
            case SELL -> {
                List<Party> target = nearestRight(text, parties, ce, kinds.object, RIGHT_WINDOW, false);
                if (target.isEmpty()) {
                    return;
                }
                Party t = target.get(0);
                // the one who sells, right before the verb (MANUAL: the seller is the acquisition's seller role)
                Optional<Party> seller = nearestLeft(text, parties, cb, kinds.subject).stream().findFirst();
                String sold = text.substring(ce, t.begin());
                if (unnamedUnitTo.matcher(sold).find() && !clauses.crossedBy(sold) && kinds.subject.contains(t.type())) {
                    // "Allis-Chalmers sold all of its farm equipment operations to Deutz": the unit goes unnamed, so the
                    // acquisition has its buyer and its seller only (MANUAL: an unnamed party is left out)
                    if (seller.isPresent() && !seller.get().entity().key().equals(t.entity().key())) {
                        out.add(new Arguments(cue, t, Optional.empty(), seller, modal, cb));
                    }
                    return;
                }
                if (from.matcher(sold).find()) {
                    // "agreed to sell 60% of the power from its planned Hollandse Rand wind farm to Amazon": the party after
                    // "from" is where the goods come from, not what is sold (a fresh-user tester's finding)
                    return;
                }
                boolean buyer = false;
                // a stake of less than half sold ("melepas 25 persen saham PT T kepada G", "sold its 30% stake in T to G") is the
                // buyer's investment in the company, not its acquisition (a fresh-user tester's finding); a stake of a number
                // not said may make the buyer the owner ("sell its 50 pct interest in the venture to HBO", its partner)
                Cue sale = cue.relation().filter(r -> r == RelationType.ACQUIRES).isPresent() && equity.matcher(sold).find()
                        && MINORITY.matcher(sold).find() ? cue.asRelation(RelationType.INVESTS_IN)
                        .withStatus(cue.status().filter(x -> x == DealStatus.COMPLETED).or(() -> Optional.of(DealStatus.ANNOUNCED))) : cue;
                if (sale.relation().filter(r -> r == RelationType.ACQUIRES).isPresent()
                        && intentionBefore.matcher(text.substring(Math.max(in.sentence().begin(), cb - 60), cb)).find()) {
                    // "tengah menjajaki penjualan saham PT K kepada ADIA", "plans to sell its unit to X": a sale the seller
                    // intends is the buyer's bid, not its acquisition (GUIDELINES: a stated intention is seeksToAcquire; a
                    // fresh-user tester's finding)
                    sale = sale.asRelation(RelationType.SEEKS_TO_ACQUIRE).withStatus(Optional.of(DealStatus.NEGOTIATING));
                }
                for (Party p : parties) {
                    if (p.begin() >= t.end() && p.begin() - t.end() < 90 && kinds.subject.contains(p.type())) {
                        String between = text.substring(t.end(), p.begin());
                        if (to.matcher(between).find() && !clauses.crossedBy(between)) {
                            buyer = true;
                            if (!p.entity().key().equals(t.entity().key())) {
                                Optional<Party> from = seller.filter(x -> !x.entity().key().equals(p.entity().key())
                                        && !x.entity().key().equals(t.entity().key()));
                                out.add(new Arguments(sale, p, Optional.of(t), from, modal, cb));
                            }
                            break;
                        }
                    }
                }
                Optional<Party> from = seller.filter(x -> !x.entity().key().equals(t.entity().key()));
                if (!buyer && from.isPresent() && t.type() == EntityType.ORGANIZATION && soldRightAfter.matcher(sold).matches()
                        && !POSSESSIVE_AFTER.matcher(text.substring(t.end())).find() && !goodsAfter(text, t.end()) && cue.event().isPresent()) {
                    // "Eli Lilly and Co said its board decided to sell Elizabeth Arden Inc, a wholly owned subsidiary": a sale
                    // whose buyer goes unnamed is the target's acquisition event with its seller, and no relation
                    out.add(new Arguments(cue, t, Optional.empty(), from, modal, cb, 1));
                }
            }
            case TYPED -> {
                List<Party> near = new ArrayList<>();
                near.addAll(nearestLeft(text, parties, cb, EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION)));
                near.addAll(nearestRight(text, parties, ce, EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION), RIGHT_WINDOW, false));
                Optional<Party> person = near.stream().filter(p -> p.type() == EntityType.PERSON).findFirst();
                Optional<Party> org = near.stream().filter(p -> p.type() == EntityType.ORGANIZATION).findFirst();
                if (person.isEmpty()) {
                    // "founded by former Nissan engineer Hiroshi Kasai": the person after a descriptor of up to four words that
                    // names another organization, with no comma or clause break between (a fresh-user tester's finding)
                    person = parties.stream().filter(p -> p.type() == EntityType.PERSON && p.begin() >= ce && p.begin() - ce <= 60)
                            .filter(p -> DESCRIPTOR_GAP.matcher(text.substring(ce, p.begin())).matches() && !clauses.crossedBy(text.substring(ce, p.begin())))
                            .findFirst();
                }
                if (person.isPresent() && person.get().begin() >= ce) {
                    // "Kementerian BUMN menunjuk Budi Santoso sebagai direktur utama Pertamina": the post is Pertamina's; the
                    // one who appoints is not the employer
                    Party appointed = person.get();
                    Optional<Party> post = parties.stream().filter(p -> p.type() == EntityType.ORGANIZATION && p.begin() >= appointed.end()
                            && p.begin() - appointed.end() <= 80 && postOf.matcher(text.substring(appointed.end(), p.begin())).matches()).findFirst();
                    if (post.isPresent()) {
                        org = post;
                    }
                }
                if (person.isPresent() && org.isEmpty() && person.get().begin() >= ce
                        && sentenceReference.matcher(text).region(s.begin(), cb).lookingAt()) {
                    // "It was founded in 2016 by Jonas Kessler and Aylin Demir", "The company is run by ...": the reference word that
                    // opens the sentence is the organization, each person of the list after the cue its founder (a fresh-user
                    // tester's finding: such sentences read nothing where the company's name read the founder)
                    List<Party> persons = listFrom(text, parties, parties.indexOf(person.get()), EnumSet.of(EntityType.PERSON));
                    Optional<Party> referred = coreference.resolve(new MissingSubject(text, s, parties, in.previous(), in.focus(), cb,
                            text.substring(cb, ce), persons, EnumSet.of(EntityType.ORGANIZATION), Optional.empty(), true));
                    if (referred.isPresent()) {
                        for (Party p : persons) {
                            add(cue, p, referred.get(), modal * 0.9, cb, out);
                        }
                    }
                    return;
                }
                if (person.isPresent() && org.isPresent()) {
                    add(cue, person.get(), org.get(), modal, cb, out);
                }
            }
            default -> throw new IllegalStateException("frame " + cue.frame() + " of " + cue.source());
        }
    }

    /** Up to four words with no comma: a descriptor before a name ("former Nissan engineer "). */
    private static final Pattern DESCRIPTOR_GAP = Pattern.compile("\\s*(?:[^\\s,;]+\\s+){0,4}");

    /** The party right after "by"/"oleh" following {@code from}, within a short distance. */
    /**
     * Whether a name ending at {@code end} qualifies a lower-case noun after it, not one of the language's function words
     * ({@code function-words.txt}): what is sold is that noun, the name's goods, not the company ("sells Halcyon Inc
     * software", "sold Halcyon Inc bonds"; fresh-user testers' findings).
     */
    private boolean goodsAfter(String text, int end) {
        Matcher m = LOWER_WORD_AFTER.matcher(text).region(end, text.length());
        return m.lookingAt() && !functionWord.matcher(m.group(1)).matches();
    }

    private Optional<Party> agentAfter(String text, List<Party> parties, int after, Set<EntityType> kinds) {
        for (Party p : parties) {
            if (p.begin() >= after && p.begin() - after < 80 && kinds.contains(p.type())) {
                String between = text.substring(after, p.begin());
                if (agent.matcher(between).find() && !clauses.crossedBy(between)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The party that the {@code i}th party, named in an apposition or relative clause set off by a comma, describes: the one
     * right before that comma, of one of {@code kinds} ("Djarum" of "Djarum, the owner of BCA", "Brindle Health" of "Brindle
     * Health, once owned by Carrow Capital"); empty where the {@code i}th party stands in no such aside.
     */
    private Optional<Party> described(String text, List<Party> parties, int i, Set<EntityType> kinds) {
        if (i == 0) {
            return Optional.empty();
        }
        Party before = parties.get(i - 1);
        Party p = parties.get(i);
        if (!kinds.contains(before.type()) || before.end() > p.begin()) {
            return Optional.empty();
        }
        // a word in the possessive before the party, a place's, is part of the aside ("Delmar Foods, a unit of Singapore's
        // Temasek Holdings, has agreed to buy": a fresh-user tester's finding)
        String between = text.substring(before.end(), p.begin());
        if (coordination.matcher(withoutAsides(between)).matches() && !between.strip().equals(",")) {
            // "yang dimiliki Harita Group, serta PT Borneo Alumina Indonesia, perusahaan patungan Inalum dan Antam": the party after
            // a coordinator is a list's member, no aside about the one before (a fresh-user tester's finding)
            return Optional.empty();
        }
        // or a relative clause set off by a comma, of any words but a clause's break ("Caldwell, which is owned by Canadian pension
        // fund OMERS, agreed to buy ...": a fresh-user tester's finding)
        return org.dealgraph.event.ClauseBoundaries.apposition(between)
                || org.dealgraph.event.ClauseBoundaries.apposition(POSSESSIVE_WORD.matcher(between).replaceFirst(""))
                || LONG_APPOSITION.matcher(between).matches()
                || clauses.opensAside(between)
                ? Optional.of(before) : Optional.empty();
    }

    /**
     * A longer apposition before a party, opened by a word in small letters and holding up to twelve words of any case, no
     * punctuation, perhaps after a legal form's period: "Allwyn International, the lottery group controlled by Czech
     * billionaire Karel Komarek, agreed to buy", "Royal FloraHolland, the cooperative that runs the world's largest flower
     * auction at Aalsmeer, has sued" (a fresh-user tester's findings: the billionaire and the place had been read as the
     * buyer and the plaintiff). Only where a comma closes the aside
     * right before the cue (the callers' condition).
     */
    private static final Pattern LONG_APPOSITION = Pattern.compile("\\.?\\s*,\\s+\\p{Ll}[\\p{L}-]*(?:\\s+[\\p{L}'’-]+){1,11}\\s+");

    /** A possessive and the noun it owns in small letters, closed by a comma: "Qatar's ruling family, ". */
    private static final Pattern POSSESSED_NOUN_CLOSED = Pattern.compile("['’]s?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*\\s*,");

    /**
     * A capitalized word in the possessive right before a party, at the end of the text between ("Singapore's "), or the
     * possessive of a place the finders blanked out there.
     */
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*)?['’]s?\\s+$");

    private List<Party> nearestLeft(String text, List<Party> parties, int cb, Set<EntityType> kinds) {
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.end() > cb) {
                continue;
            }
            String between = text.substring(p.end(), cb);
            if (addressee.spokenTo(text, p.begin(), p.end())) {
                // "Harbor told the Securities and Exchange Commission it has acquired ...": the one told is no party
                // to what it is told; "it" is the speaker, the nearest party before the addressee marker
                return nearestLeft(text, parties.subList(0, i), p.begin(), kinds);
            }
            if (clauses.crossedBy(between) && saidIt.matcher(between).find()) {
                // "Umbro, which recently lost deals with Chelsea, said it had signed ...": "it" is the sentence's subject, never
                // the one a fronted phrase addresses ("In a filing with the SEC, Taco Bell said it bought ...")
                return parties.stream().filter(q -> q.end() <= cb && kinds.contains(q.type()) && !addressee.addressed(text, q.begin(), q.end()))
                        .findFirst().map(List::of).orElse(List.of());
            }
            if (cb - p.end() > LEFT_WINDOW || clauses.crossedBy(between)) {
                return List.of();
            }
            if (kinds.contains(p.type())) {
                if (i > 0 && kinds.contains(parties.get(i - 1).type()) && parties.get(i - 1).end() <= p.begin()
                        && ownerBetween.matcher(text.substring(parties.get(i - 1).end(), p.begin())).matches()) {
                    // "Grup MNC milik Hary Tanoesoedibjo mencaplok ...": the owner after the marker tells whose the name before
                    // it is; that name is the subject (a fresh-user tester's finding)
                    return List.of(parties.get(i - 1));
                }
                List<Party> members = new ArrayList<>();
                members.add(p);
                boolean comma = between.strip().equals(",");
                if (comma || CLOSED_ASIDE.matcher(between).matches() || ASIDE_REST.matcher(between).matches()) {
                    // "Djarum, the owner of BCA, bought ...", "Bank Sentosa, yang sebelumnya dimiliki oleh PT Sinar Pangan, kini
                    // dikuasai oleh ...": the party inside an apposition or relative clause set off by commas describes the one
                    // before it, which is the subject
                    Optional<Party> described = described(text, parties, i, kinds);
                    if (described.isPresent()) {
                        return List.of(described.get());
                    }
                }
                if (comma) {
                    // "Swiftline, which handles parcels for Modehaus and ShopNord, competes with ...": the list that closes the
                    // aside is in it too; the one the aside describes is the subject (a fresh-user tester's finding)
                    int first = i;
                    while (first > 0 && kinds.contains(parties.get(first - 1).type()) && parties.get(first - 1).end() <= parties.get(first).begin()
                            && coordination.matcher(text.substring(parties.get(first - 1).end(), parties.get(first).begin())).matches()) {
                        first--;
                    }
                    Optional<Party> listDescribed = first < i ? described(text, parties, first, kinds) : Optional.empty();
                    if (listDescribed.isPresent()) {
                        return List.of(listDescribed.get());
                    }
                }
                if (ASIDE_CLOSED_AFTER.matcher(between).lookingAt() && clauses.endsInAside(sinceSentenceStart(text,
                        i > 0 ? parties.get(i - 1).end() : Math.max(0, p.begin() - LEFT_WINDOW), p.begin()))) {
                    // "Harrowgate, which is owned by Weissberg Holding, is the fourth-largest trade publisher in Britain and competes
                    // with ...": the party closes a relative clause, and the clause's main verb is the described one's, or, where a
                    // description opens the sentence ("The Manchester-based company, which is majority-owned by Hollis Capital,
                    // competes with"), a missing subject's (a fresh-user tester's finding: the owner had been the rival)
                    return described(text, parties, i, kinds).map(List::of).orElse(List.of());
                }
                if (comma) {
                    return members; // "Deutsche Bank and Gazpromneft, a unit of Gazprom": the apposition is about its neighbour
                }
                // "X and Y signed ...": coordinated subjects, nearest first
                for (int j = i - 1; j >= 0; j--) {
                    Party q = parties.get(j);
                    Party last = members.get(members.size() - 1);
                    if (q.end() > last.begin()) {
                        break;
                    }
                    if (!kinds.contains(q.type())) {
                        if (q.type() == EntityType.PLACE && j > 0 && parties.get(j - 1).end() <= q.begin() && opensSentence(parties, j - 1, kinds)
                                && describedMember.matcher(withoutAsides(text.substring(parties.get(j - 1).end(), last.begin()))).matches()) {
                            continue; // "and Swiss drugmaker Novique": the place tells where the member is from; the member before it is next
                        }
                        break;
                    }
                    String gap = withoutAsides(text.substring(q.end(), last.begin()));
                    if (q.entity() == last.entity() && gap.isBlank()) {
                        continue;
                    }
                    if (!coordination.matcher(gap).matches() && !(opensSentence(parties, j, kinds) && describedMember.matcher(gap).matches())) {
                        break;
                    }
                    if (j > 0 && parties.get(j - 1).end() <= q.begin()
                            && ownerAside.matcher(withoutAsides(text.substring(parties.get(j - 1).end(), q.begin()))).matches()) {
                        break; // "Prambors FM yang dimiliki Masima Radio Network, serta Sindo Trijaya FM milik MNC Group": an aside's owner is no member
                    }
                    members.add(q);
                }
                return closedList(text, members, true);
            }
        }
        return List.of();
    }

    /** How far after a cue its object may stand: the verbs of buying and using take their object close by. */
    private static int rightWindow(Cue cue) {
        return cue.relation().map(r -> switch (r) {
            case CUSTOMER_OF -> 45;
            case ACQUIRES, SEEKS_TO_ACQUIRE -> 70;
            default -> RIGHT_WINDOW;
        }).orElse(RIGHT_WINDOW);
    }

    /**
     * After a name, its possessive and something in small letters that is no share of it ({@code equity-nouns.txt}):
     * matched at the name's end, "Unilever's ice cream factory" is bought from Unilever; "Unilever's 20% stake in", "its
     * shares" or "Kestrel's Traffic Services business" (a name of its own) is not goods.
     */
    public static Pattern possessedGoods(LanguageProfile profile) {
        String equity = profile.alternation(LanguageProfile.File.EQUITY_NOUNS);
        return Pattern.compile("['’]s?\\s+(?!(?:[^\\s,;:]+\\s+){0,3}?(?i:" + equity + ")(?![\\p{L}-]))(?:\\p{Ll}[\\p{L}\\d-]*\\s+){0,3}?"
                + "\\p{Ll}[\\p{L}\\d-]*(?![\\p{L}\\d-])");
    }

    /** The text with English plurals' endings cut ("companies" to "company", "startups" to "startup"); other words as written. */
    private static String singular(String text) {
        return text.replaceAll("(?<=\\p{L}{3})ies\\b", "y").replaceAll("(?<=\\p{L}{3})s\\b", "");
    }

    /** The first three words of a text. */
    private static final Pattern FIRST_WORDS = Pattern.compile("^(?:\\s*[\\p{L}\\d.,'’-]+){1,3}");

    /** The first three words of {@code text}, or nothing. */
    private static String firstWords(String text) {
        Matcher m = FIRST_WORDS.matcher(text);
        return m.lookingAt() ? m.group() : "";
    }

    /** A count right after a verb, perhaps after a word or two ("about 500", "sebanyak 150"), that is no share ("51%", "49 percent"). */
    private static final Pattern COUNTED = Pattern.compile("\\s*(?:\\p{Ll}+\\s+){0,2}?\\d[\\d.,]*\\s+(?!%|per\\s?cent|persen|pct)(?:\\p{L}|$)");

    private List<Party> nearestRight(String text, List<Party> parties, int ce, Set<EntityType> kinds, int window, boolean buying) {
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p.begin() < ce) {
                continue;
            }
            String between = text.substring(ce, p.begin());
            if (p.begin() - ce > window || clauses.crossedBy(between)) {
                return List.of();
            }
            if (p.type() == EntityType.PERSON && headNoun.matcher(between).find()) {
                continue; // "milik perusahaan pimpinan Sam Altman": the party is the company, not its leader
            }
            Matcher possessedNoun = POSSESSED_NOUN_CLOSED.matcher(between);
            if (possessedNoun.find() && !between.substring(possessedNoun.end()).isBlank()) {
                // "backed by Qatar's ruling family, already owns Valentino": the cue's party is the possessed noun, named by no
                // name; the one after the comma and more words is another clause's (a fresh-user tester's finding); right after
                // the comma it names the noun ("headed by Taft's vice chairman, Dudley Taft")
                return List.of();
            }
            Matcher rel = relativeWord.matcher(between);
            if (rel.find() && between.indexOf(',', rel.end()) < 0) {
                // "memblokir aplikasi Duit Kilat yang tidak berizin dari OJK": a name in a relative clause after the cue's object
                // is none of its parties (a fresh-user tester's finding); one after the clause's comma names the object
                // ("dengan platform musik ... yang berbasis di Paris, Believe")
                return List.of();
            }
            if (p.type() != EntityType.PERSON && formerBefore.matcher(between).find()) {
                // "a round led by former Google executive Jane Whitmore", "dipimpin mantan eksekutif Google Budi": the company is
                // the person's former employer, no party; the person is (a verifier's finding: Google had been the investor)
                Optional<Integer> person = describedPerson(text, parties, i);
                if (person.isPresent()) {
                    return kinds.contains(EntityType.PERSON) ? listFrom(text, parties, person.get(), kinds) : List.of();
                }
            }
            if (buying && from.matcher(between).find()) {
                return List.of(); // "a deal to buy display technology from rival Fujitsu": the seller, not the target
            }
            if (buying && COUNTED.matcher(between).lookingAt() && !equity.matcher(between).find() && !organizationNoun.matcher(singular(between)).find()
                    && !equity.matcher(firstWords(text.substring(p.end()))).find()) {
                // "bought 500 Boeing jets", "membeli 150 unit bus Mercedes-Benz": a count of goods before the name, no share (nor
                // one after it: "buy the 610,000 Staff Builders common"), no company ("bought 3 companies, including Beta Labs": a
                // verifier's finding): the maker's goods are bought, not the maker (a fresh-user tester's finding)
                return List.of();
            }
            if (buying && kinds.contains(p.type()) && (goodsOwnedBy.matcher(between).matches()
                    || possessedGoods.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 80)).lookingAt())) {
                // "agreed to buy Unilever's ice cream factory", "membeli pabrik milik Nestle": the owner sells what is bought, it is
                // no target (a fresh-user tester's finding; the corpus's annotators give such a seller no relation)
                return List.of();
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
                return listFrom(text, parties, i, kinds);
            }
        }
        return List.of();
    }

    /** A sentence's end in the text: its closing mark, perhaps a closing quote, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s");

    /** The text from {@code from} to {@code to}, but from after the last sentence end in it, if any. */
    private static String sinceSentenceStart(String text, int from, int to) {
        Matcher end = SENTENCE_END.matcher(text).region(from, to);
        int start = from;
        while (end.find()) {
            start = end.end();
        }
        return text.substring(start, to);
    }

    /** The index of the person right after the party at {@code i}, with at most three lower-case words between, if any. */
    private static Optional<Integer> describedPerson(String text, List<Party> parties, int i) {
        for (int j = i + 1; j < parties.size(); j++) {
            Party q = parties.get(j);
            if (q.begin() < parties.get(i).end()) {
                continue;
            }
            boolean titled = titleGap(text.substring(parties.get(i).end(), q.begin()));
            return titled && q.type() == EntityType.PERSON ? Optional.of(j) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The party at {@code first} and the parties coordinated after it ("X, Y and Z"), of the kinds given. */
    private List<Party> listFrom(String text, List<Party> parties, int first, Set<EntityType> kinds) {
        List<Party> members = new ArrayList<>();
        members.add(parties.get(first));
        Party last = parties.get(first);
        boolean inAside = false;
        for (int j = first + 1; j < parties.size(); j++) {
            Party q = parties.get(j);
            String gap = withoutAsides(text.substring(last.end(), q.begin()));
            if (q.entity() == last.entity() && gap.isBlank()) {
                continue; // "Amazon Web Services (AWS)"
            }
            if (ownerAside.matcher(gap).matches() || inAside && ASIDE_WORDS.matcher(gap).matches()) {
                // "bersaing dengan Heinz ABC, yang dimiliki The Kraft Heinz Company, serta Indofood": the owner in an aside about
                // a member is none; the list goes on after the aside
                inAside = true;
                last = q;
                continue;
            }
            Matcher placeTail = placeOfMember.matcher(gap);
            if (placeTail.lookingAt()) {
                gap = gap.substring(placeTail.end()); // "competes with Whirlpool of India, TTK Prestige and ...": the place ends the member's name
            }
            if (!coordination.matcher(gap).matches()) {
                break;
            }
            inAside = false;
            last = q;
            if (kinds.contains(q.type())) {
                members.add(q);
            } else if (q.type() != EntityType.PERSON) {
                break;
            }
            // a member of another kind, a person's name, is passed over and the list goes on ("competes with Netflix, Max and
            // Peacock", where the trained finder read Max a person: a fresh-user tester's finding)
        }
        return closedList(text, members, false);
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

    /**
     * Whether the party at {@code j} is the sentence's first of these kinds: a list with a described member opens the
     * sentence ("Alder Pharmaceuticals and Swiss drugmaker Novique signed"); after another party it may be a new clause's
     * subject ("Orion Motors bought Tamsin Auto and German carmaker Volk signed ...": a break-it tester's finding).
     */
    private static boolean opensSentence(List<Party> parties, int j, Set<EntityType> kinds) {
        return parties.subList(0, j).stream().noneMatch(x -> kinds.contains(x.type()));
    }

    /**
     * Whether a comma follows the list's first member: "GoTo, GrabFood, serta ShopeeFood" may be another list going on after
     * an owner, "Inalum dan Antam" (joint owners of a venture) is not.
     */
    private static boolean commaListed(String text, List<Party> list) {
        return list.size() > 1 && list.get(1).begin() >= list.get(0).end()
                && withoutAsides(text.substring(list.get(0).end(), list.get(1).begin())).strip().startsWith(",");
    }

    /**
     * Whether {@code p} stands as a list's member: after a list preposition or a coordinator, or a comma after another party
     * (perhaps an article and two small words between), in the text since the party before it or the sentence's start.
     */
    private boolean listMember(String text, List<Party> parties, Party p, Sentence s) {
        int from = parties.stream().filter(q -> q.end() <= p.begin() && q.begin() >= s.begin()).mapToInt(Party::end).max().orElse(s.begin());
        Matcher m = memberBefore.matcher(text.substring(from, p.begin()));
        // a comma counts after a party only ("Kemudian, GoFood milik ..." opens no list)
        return m.find() && (from > s.begin() || !m.group().strip().startsWith(","));
    }

    /** Inside an aside, between two of its names: at most three words in small letters or numbers, no comma ("U.S. group Brunswick"). */
    private static final Pattern ASIDE_WORDS = Pattern.compile("^\\s*(?:[\\p{Ll}\\d][^\\s,;:]*\\s+){0,3}$");

    private static String withoutAsides(String gap) {
        return gap.replaceAll("\\([^)]{0,30}\\)", " ").replaceAll("[()]", " ");
    }
}
