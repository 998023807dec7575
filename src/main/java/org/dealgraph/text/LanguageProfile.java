package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is particular to one language, as data: the files of {@code data/lang/<code>/} (shipped
 * in the jar under {@code /dealgraph/lang/<code>/}), each optionally replaced by a user's file
 * of the same name. The stages hold the grammar (where a word may stand); the words come from
 * here, and a profile's words are only used on text of its language.
 *
 * <p>Every file is UTF-8; lines starting with {@code #} are comments and say what the file is.
 * A list file ({@code .txt}) holds one entry a line, a Java regular expression, usually just a
 * word or a phrase. A table file ({@code .tsv}) holds a header line and tab-separated fields:
 * {@link File#CUES} the triggers of relations and events, {@link File#MONTHS} month names and
 * abbreviations with their numbers, {@link File#LEGAL_FORMS} legal forms of company names.
 *
 * <p>What the code needs beyond words (detector codes, sentence and token models) is the folder's
 * {@link LanguageDescriptor}. A bundled language's file a user's folder lacks is the bundled file;
 * a language only a user's folder has takes a missing file as empty.
 *
 * <p>Immutable and thread-safe. Loaded once, by {@link LanguageProfiles}.
 *
 * @param descriptor  the language and what the code needs to know of it ({@code language.properties})
 * @param sources     where each file was read from (a classpath path or a file path), for messages;
 *                    {@code (none)} for a file a user's new language lacks
 * @param entries     each file's entries (list files) or data lines (table files, header excluded),
 *                    comments and blank lines left out
 * @param lineNumbers each file's entries' line numbers in the file (1-based), in the order of {@code entries}
 */
public record LanguageProfile(LanguageDescriptor descriptor, Map<File, String> sources, Map<File, List<String>> entries,
                              Map<File, List<Integer>> lineNumbers) {

    /** The files of a language folder: their names and what each holds. */
    public enum File {
        /** Triggers of relations and events: relation, event, frame, status, confidence, regex. */
        CUES("cues.tsv"),
        /** Triggers of events whatever relation the sentence states: event, frame, status, confidence, regex. */
        EVENT_TRIGGERS("event-triggers.tsv"),
        /** Currency symbols, codes and words: form, ISO 4217 code, kind (symbol before the number, word after it, or both). */
        CURRENCIES("currencies.tsv"),
        /**
         * Currency words several countries use, and each country's words: form, ISO 4217 code, the words that name the
         * country (a regular expression); a bare "francs" takes the code whose country the article names most.
         */
        CURRENCY_COUNTRIES("currency-countries.tsv"),
        /** Words that open a new clause. */
        CLAUSE_BREAKS("clause-breaks.txt"),
        /** Connectives that open a new clause after a comma (", and"). */
        COMMA_CLAUSE_BREAKS("comma-clause-breaks.txt"),
        /** Negation words: the clause they stand in is not asserted (bids excepted). */
        NEGATION("negation.txt"),
        /** Verbs that deny or rule out what follows: nothing in their clause is asserted. */
        DENIAL("denial.txt"),
        /**
         * Words of stopping a deal, right before the deal's trigger ("blocked the acquisition of", "membatalkan akuisisi"):
         * the deal did not happen, so an acquisition is a failed attempt and any other deal asserts nothing.
         */
        FAILURE("failure.txt"),
        /**
         * Words by which a party ends its own deal ("called off its bid for", "abandoned the takeover of", "membatalkan
         * rencana akuisisi"): words of failure too (read with {@link #FAILURE} wherever it is read), and the name before
         * them is the deal's party, its bidder, not a third party stopping it as "blocked" has it.
         */
        WITHDRAWAL("withdrawal.txt"),
        /**
         * Words that say, after a deal's trigger in its clause, that the deal ended without being done ("fell through",
         * "collapsed", "dibatalkan"): an acquisition is a failed attempt and any other deal asserts nothing.
         */
        FAILED_OUTCOMES("failed-outcomes.txt"),
        /**
         * Words that make what follows them a condition still to be met ("pending approval by regulators", "subject to
         * shareholder approval", "menunggu persetujuan OJK"): an event trigger shortly after one reports no event.
         */
        CONDITION_MARKERS("condition-markers.txt"),
        /**
         * Words of approving a deal, right before the deal's trigger ("approved the acquisition of", "menyetujui akuisisi"):
         * the deal is agreed, not yet completed.
         */
        APPROVAL("approval.txt"),
        /**
         * Words of examining a deal, right before the deal's trigger ("is reviewing the merger of", "opened an investigation
         * into", "memeriksa rencana akuisisi"): who examines a deal is no party to it.
         */
        SCRUTINY("scrutiny.txt"),
        /** Words of conditions and questions: the clause is not asserted. */
        HYPOTHETICAL("hypothetical.txt"),
        /** Hedge and rumour words: lower confidence. */
        SPECULATION("speculation.txt"),
        /** Phrases that cite a source: the name after them is an outlet, not a party. */
        CITATION("citation.txt"),
        /** Nouns a citation may name before the outlet ("the agency"). */
        SOURCE_NOUNS("source-nouns.txt"),
        /** Words that refer back to the organization an article is about ("the company", "perseroan"). */
        REFERENCE("reference.txt"),
        /** Words that open a sentence with an adverbial clause ("By renting ..."). */
        ADVERBIAL_OPENERS("adverbial-openers.txt"),
        /** Words that join a list of parties ("and", "dan"). */
        COORDINATORS("coordinators.txt"),
        /** Definite articles that may follow a coordinator (", and the X"); none in Indonesian. */
        DEFINITE_ARTICLES("definite-articles.txt"),
        /** Nouns between a cue and a person that make the party the person's company ("perusahaan pimpinan X"). */
        HEAD_NOUNS("head-nouns.txt"),
        /** Verbs of saying ("said", "mengatakan"). */
        SPEECH_VERBS("speech-verbs.txt"),
        /**
         * Words right before the one spoken to ("told", "informed", "kepada"): in "X told the SEC it has acquired Y" the SEC
         * is told of the deal, no party to it.
         */
        ADDRESSEE_MARKERS("addressee-markers.txt"),
        /** Words that may follow a speech verb ("that", "bahwa"). */
        COMPLEMENTIZERS("complementizers.txt"),
        /** Words a speaker refers to itself by after a speech verb ("it", "pihaknya"). */
        SELF_REFERENCES("self-references.txt"),
        /**
         * Conjunctions after a comma that join two clauses with subjects of their own (", while", ", sementara"): between
         * one trigger's object and the next trigger's subject they part the two ({@code ClauseSeams}).
         */
        CLAUSE_JOINERS("clause-joiners.txt"),
        /**
         * Demonstratives that make a trigger noun refer back to a deal told before, {@code {T}} standing for the trigger
         * ("this {T}", "{T} tersebut"): such a trigger names no parties of its own.
         */
        ANAPHORA("anaphora.txt"),
        /** Conjunctions that open a clause sharing the first clause's subject (", and also"). */
        CLAUSE_CONJUNCTIONS("clause-conjunctions.txt"),
        /** Determiners of an unnamed subject ("a judge", "seorang hakim"). */
        DETERMINERS("determiners.txt"),
        /** Auxiliaries of the passive ("was"); none in Indonesian, which marks it on the verb. */
        PASSIVE_AUXILIARIES("passive-auxiliaries.txt"),
        /** Adverbs between a passive auxiliary and its participle ("was later bought"). */
        PASSIVE_ADVERBS("passive-adverbs.txt"),
        /** Participles a passive cue opens with ("bought", "-ed"). */
        PARTICIPLES("participles.txt"),
        /** Words before a passive verb's agent ("by", "oleh"). */
        AGENT_MARKERS("agent-markers.txt"),
        /** Possessives that let a cue take its possessor from earlier in the sentence ("its", "-nya"). */
        POSSESSIVES("possessives.txt"),
        /** Words that mark an infinitive of purpose after a verb's object ("sued Vantor to block", "menggugat Vantor untuk memblokir"). */
        INFINITIVE_MARKERS("infinitive-markers.txt"),
        /** Verbs of owning ("owned", "dimiliki"). */
        OWNING_VERBS("owning-verbs.txt"),
        /** Words of a post or job a person holds at an organization ("chief executive", "ekonom"): the role relation extractor's titles. */
        ROLE_NOUNS("role-nouns.txt"),
        /** Titles of executives: with no organization next to the name, the post is at the organization the article is about. */
        EXECUTIVE_TITLES("executive-titles.txt"),
        /** Words that may stand in a title without being one ("head of", "mantan"). */
        ROLE_FILLERS("role-fillers.txt"),
        /** Courtesy titles, which name no post ("Mr", "Pak"). */
        HONORIFICS("honorifics.txt"),
        /** Academic degrees written after a person's name ("S.E.", "M.Sc.", "Ph.D."): no name of their own. */
        DEGREES("degrees.txt"),
        /** Words of a product's model or edition after a known product's name ("Plus", "Pro", "One"): part of the name. */
        MODEL_WORDS("model-words.txt"),
        /** Titles of heads of state and regions, who do not work for the name next to the title unless it is a government body. */
        GOVERNMENT_TITLES("government-titles.txt"),
        /** Words opening the name of a government body ("ministry", "kementerian"). */
        GOVERNMENT_BODIES("government-bodies.txt"),
        /** Verbs of naming someone to a post or leaving it: the sentence also reports an Appointment. */
        APPOINTMENT_VERBS("appointment-verbs.txt"),
        /** Words between a person's name and the post after it ("became", "menjabat sebagai"). */
        ROLE_LINKS("role-links.txt"),
        /** Prepositions of a person's organization ("of", "at", "dari"). */
        AFFILIATION_PREPOSITIONS("affiliation-prepositions.txt"),
        /** Kinds of organization between such a preposition and the name ("the brokerage"). */
        AFFILIATION_NOUNS("affiliation-nouns.txt"),
        /** Words before a title meaning the organization the article is about ("the company's", "perseroan"). */
        COMPANY_REFERENCES("company-references.txt"),
        /** Nouns of an owned organization or brand ("subsidiary", "anak usaha"). */
        UNIT_NOUNS("unit-nouns.txt"),
        /** Nouns of a share in a company ("stake", "shares", "saham"): what a buyer of a name's possessed thing buys of it. */
        EQUITY_NOUNS("equity-nouns.txt"),
        /**
         * Nouns that end the name of a part of an organization ("committee", "division", "cabang"): a shorter name that opens
         * such a name ("Senate" of "Senate Finance Committee") is the whole organization, not a short form of its part.
         */
        PART_NOUNS("part-nouns.txt"),
        /**
         * Words opening the name of a unit of a larger body ("direktorat", "ditjen"): such a name written right before
         * another organization's ("Direktorat Lalu Lintas Polda Metro Jaya") is that organization's unit; none in English,
         * which names the parent first.
         */
        UNIT_OPENERS("unit-openers.txt"),
        /**
         * A place's name with a compass or centre word: "{P} Selatan", "South {P}" ({P} for the place's name). Written with
         * its capital right next to a place, the word makes one place with it: "Jakarta Selatan", a city of its own.
         */
        PLACE_DIRECTIONS("place-directions.txt"),
        /**
         * Words that, written after a name and a hyphen, make the name a place's: "based" of "Tel Aviv-based", "Espoo-based".
         * One Java regular expression a line, matched case-insensitively as a whole word right after the hyphen.
         */
        PLACE_COMPOUNDS("place-compounds.txt"),
        /**
         * Words before the place a company comes from or is based in, after its description: "asal" of "produsen asal Vietnam",
         * "based in" of "a maker based in Leeds". One Java regular expression a line, matched case-insensitively as whole words.
         */
        ORIGIN_WORDS("origin-words.txt"),
        /**
         * Officers' titles written before the portfolio they hold: "menteri" of "Menteri Ketenagakerjaan Yassierli". One Java
         * regular expression a line, matched case-insensitively as whole words right before a name.
         */
        PORTFOLIO_TITLES("portfolio-titles.txt"),
        /**
         * What is paid to a state, to owners or to staff rather than to a supplier: "denda", "taxes", "dividends". One Java
         * regular expression a line, matched case-insensitively as a whole word.
         */
        LEVIES("levies.txt"),
        /**
         * Prepositions a list may repeat after its coordinator, before its next member: "with" of "competes with Magnum and with
         * Froneri", "kepada". One Java regular expression a line, matched case-insensitively as a whole word.
         */
        LIST_PREPOSITIONS("list-prepositions.txt"),
        /**
         * Words right before an amount that make it the price of what a customer rents or uses ("for", "at a rent of",
         * "dengan biaya sewa", "senilai"), perhaps with "about" between; a rent or fee stated per period after one is a
         * payment. One Java regular expression a line, matched case-insensitively as whole words.
         */
        PRICE_MARKERS("price-markers.txt"),
        /**
         * Prepositions of place ("di"): a plain capitalized word right after one that the finders typed an organization on no
         * evidence of its own is a place. One Java regular expression a line, matched case-insensitively as a whole word right
         * before the name; a language whose preposition of place also opens an investment's object ("in") lists none.
         */
        LOCATIVE_PREPOSITIONS("locative-prepositions.txt"),
        /**
         * Acronyms that name a kind of thing, never one organization ("BUMN", "UMKM", "IPO", "ESG"), though the article
         * spells them out in brackets after a name the finders typed an organization's. One acronym a line, matched as written.
         */
        GENERIC_ACRONYMS("generic-acronyms.txt"),
        /**
         * Words a name may take after a hyphen that are no part of it ("Joe Biden-era", "Elon Musk-like", "Kanye West-lah"):
         * a person's given name is not run on over them. One Java regular expression a line, matched case-insensitively as the
         * whole word after the hyphen.
         */
        NAME_SUFFIXES("name-suffixes.txt"),
        /**
         * Capitalized words that name an organization's kind and open its name ("Partai Golkar", "Perkumpulan ..."): no post's
         * unit the finders ran into a name ({@code mention.UnitPrefixes}). One word a line, matched as written.
         */
        ORGANIZATION_KINDS("organization-kinds.txt"),
        /**
         * Adverbs that may stand between a subject and its verb ("also", "now", "juga", "kini"), which a cue read between two
         * names reads past. One Java regular expression a line, matched case-insensitively as whole words.
         */
        VERB_ADVERBS("verb-adverbs.txt"),
        /**
         * Prepositions that open a phrase inside a verb's phrase, after its object ("for" of "relies on Qualcomm for its chips and
         * buys ..."). One Java regular expression a line, matched case-insensitively as a whole word.
         */
        PHRASE_PREPOSITIONS("phrase-prepositions.txt"),
        /**
         * Words of match reports ("striker", "pelatih"): an article that writes three of them or more, two of them
         * different, is a sports report, where a city's name that is also its club's names the club.
         */
        SPORTS_WORDS("sports-words.txt"),
        /** Verbs of launching a product ("unveiled", "meluncurkan"): the product is owned by who launches it. */
        LAUNCH_VERBS("launch-verbs.txt"),
        /**
         * Titles of an office and the names of the body it heads: title, body (forms separated by "|"), each with
         * {P} for the portfolio or region ("Menteri {P}" and "Kementerian {P}", "{P} Secretary" and "{P} Department").
         */
        OFFICE_BODIES("office-bodies.tsv"),
        /** Words before the name of a thing just described ("called", "bernama"). */
        NAMING_WORDS("naming-words.txt"),
        /** Phrases after which an owner's name follows ("a unit of", "anak usaha", "milik"). */
        OWNER_MARKERS("owner-markers.txt"),
        /** Words between an owned party's name and an owner marker ("is", "merupakan"). */
        OWNERSHIP_LINKS("ownership-links.txt"),
        /** Personal pronouns of persons ("he", "beliau"). */
        PERSONAL_PRONOUNS("personal-pronouns.txt"),
        /** Prepositions before a seller ("from", "dari"). */
        SOURCE_PREPOSITIONS("source-prepositions.txt"),
        /** Relative pronouns ("which", "yang"). */
        RELATIVE_PRONOUNS("relative-pronouns.txt"),
        /** Prepositions before a buyer ("to", "kepada"). */
        RECIPIENT_PREPOSITIONS("recipient-prepositions.txt"),
        /** Words of sentences whose amounts are deal amounts (prices, payments, fines). */
        MONEY_CONTEXT("money-context.txt"),
        /** Words of results and market figures ("revenue", "laba"): an amount they stand nearer before than a money word is no deal's. */
        RESULT_CONTEXT("result-context.txt"),
        /** Words right after an amount that make it a price of one unit or a rate ("a share", "per saham"): never a deal's value. */
        PER_UNIT("per-unit.txt"),
        /** Legal forms of company names: form, position (prefix or suffix). Used on every language's text. */
        LEGAL_FORMS("legal-forms.tsv"),
        /** Markers of web page chrome: kind (link-block, chrome, label, count, inline, glued), regex. Used on every page. */
        BOILERPLATE("boilerplate.tsv"),
        /** How numbers are written: grouping and decimal separators. */
        NUMBER_FORMAT("number-format.tsv"),
        /** Numbers written as words ("three", "tiga"): word, value. */
        NUMBER_WORDS("number-words.tsv"),
        /** Words after a number that multiply it: word, power of ten. */
        SCALES("scales.tsv"),
        /** Phrases of how often an amount recurs: phrase, ISO 8601 duration, after or before the amount. */
        PERIODS("periods.tsv"),
        /** Month names and abbreviations: name, month number (1-12), form (name or abbreviation). */
        MONTHS("months.tsv"),
        /** Names of the days of the week. */
        WEEKDAYS("weekdays.txt"),
        /** Words of comparison right before a name ("than", "unlike"): a genitive after them elides what it owns ("higher than Trendix's"). */
        COMPARISON_WORDS("comparison-words.txt"),
        /** Words before a bare year that make it a date ("in 2019", "pada tahun 2020"). */
        YEAR_MARKERS("year-markers.txt"),
        /** Words or phrases of a deal still to come ("will", "plans to", "akan"): a completed cue after them is only announced. */
        FUTURE("future.txt"),
        /** Words of a deal only intended or sought ("plans to", "berencana"): the classifier's acquisition after one is a bid (seeksToAcquire). */
        INTENTION("intention.txt"),
        /** Words of an office held no longer ("former", "mantan"), right before its organization or post: that worksFor is no current one. */
        FORMER("former.txt"),
        /** Words of succession before the one replaced ("replacing", "succeeds", "menggantikan"): that person's worksFor and Appointment in the sentence are no current ones. */
        SUCCESSION("succession.txt"),
        /**
         * Lines of business that, written right after a known company's name, name another company of its group
         * ("Mandiri Sekuritas", "BCA Syariah", "Goldman Sachs Asset Management"): the known name is not cut out of it.
         */
        BUSINESS_LINES("business-lines.txt"),
        /**
         * Words that make a name a court's ("Court", "Tribunal", "Pengadilan", "Mahkamah"), written as in the name: a court
         * rules on a lawsuit and is no party to it.
         */
        COURT_WORDS("court-words.txt"),
        /** Words between a name and the post it holds ("X as chief financial officer", "X sebagai direktur"). */
        POST_MARKERS("post-markers.txt"),
        /** Words right after a number that make it a count, a measure or a score ("3 percent", "45 menit"): a name before it takes no model number. */
        QUANTITY_WORDS("quantity-words.txt"),
        /** The most frequent words of the language: where the language detector is unsure, the language whose words a text holds most wins. */
        FUNCTION_WORDS("function-words.txt"),
        /** Words frequent in the language's headlines and rare in the others' ("buys", "akuisisi"): where the function words tie, as in a short headline, the language whose headline words a text holds most wins. Counted by tools/lexicon/headline_words.py. */
        HEADLINE_WORDS("headline-words.txt"),
        /** Lower-case particles inside a name ("of", "van", "bin"): they join the capitalized words around them. */
        NAME_CONNECTORS("name-connectors.txt"),
        /** Verbs and words that attribute a quote to the name next to them ("said", "kata", "ujar"): that name is a person's. */
        ATTRIBUTION("attribution.txt"),
        /** Verbs that stand before the speaker of an inverted quote ("...," kata Budi", "...," said Greer): the one word after is a person's name. */
        QUOTE_VERBS("quote-verbs.txt"),
        /**
         * What a company does in a deal, right after its name ("agreed to acquire", "mengakuisisi"): a sentence's first word,
         * one that is written nowhere else and is no common word, is a name where one follows it.
         */
        COMPANY_VERBS("company-verbs.txt"),
        /** Nouns of kinds of products ("app", "smartphone", "aplikasi"): a name right after one is a product. */
        PRODUCT_NOUNS("product-nouns.txt"),
        /** Words between a kind of thing and its name ("an app called X", "chip bernama X"). */
        PRODUCT_NAMING_WORDS("product-naming-words.txt"),
        /** Nouns of what a person is or does ("actress", "pelatih"): a plain name right after one is a person's. */
        PERSON_NOUNS("person-nouns.txt"),
        /**
         * Nouns of kinds of organization written in small letters right before a name ("payments startup Kelvaro", "perusahaan
         * rintisan Kelvaro"): the name is an organization's on that evidence, as with a legal form.
         */
        ORGANIZATION_NOUNS("organization-nouns.txt"),
        /**
         * Nouns that head a description of an organization referring back ("the Oslo-based insurer", "maskapai tersebut"), and
         * that introduce it before or beside its name ("insurer Fjordvern", "Fjordvern, an Oslo-based insurer").
         */
        DESCRIPTION_NOUNS("description-nouns.txt"),
        /** Words after which a funding round's further investors are named ("with participation from", "diikuti oleh"). */
        PARTICIPATION_MARKERS("participation-markers.txt"),
        /**
         * Phrases right before the investors of a funding round the sentence names only by reference ("The round was led by",
         * "Putaran ini juga diikuti oleh").
         */
        ROUND_LEADS("round-leads.txt"),
        /**
         * Phrases right after the investors of a funding round named earlier, who joined it ("also took part", "joined the round",
         * "turut berpartisipasi").
         */
        ROUND_JOINS("round-joins.txt"),
        /** Phrases of a company raising a funding round whose investors go unnamed ("raised $12 million in a Series A round", "meraih pendanaan"). */
        FUND_RAISING("fund-raising.txt"),
        /** Words that open a line of a team's substitutes after its line-up ("Subs", "Cadangan"), before the colon. */
        SUBSTITUTES("substitutes.txt"),
        /** Words the language writes in lower case (tools/lexicon/common_words.py): a capitalized run of one or two of them is not a name. */
        COMMON_WORDS("common-words.txt"),
        /** Words of nationality, origin or faith written with a capital ("Ugandan", "Tionghoa"): never a name alone. */
        DEMONYMS("demonyms.txt"),
        /**
         * Capitalized words the rules would strip from a run's front (a stop word, a descriptor) that open the name when a
         * capitalized word other than a title follows ("American Airlines", "Bank Sentral Eropa"; tools/lexicon/name_openers.py).
         */
        NAME_OPENERS("name-openers.txt"),
        /**
         * Given names learned from the annotated corpus's people ("Francesco", "Dito"; tools/lexicon/given_names.py), read with
         * the hand list {@code data/lexicon/first-names.txt}, the lists of all languages as one set: a capitalized run that
         * opens with one is typed a person's name (where a given name splits a run, the rules read the hand list alone).
         */
        GIVEN_NAMES("given-names.txt");

        private final String fileName;

        File(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        /** The header line of a table file (fields tab-separated), or empty for a list file. */
        public String header() {
            return switch (this) {
                case CUES -> "relation\tevent\tframe\tstatus\tconfidence\tregex";
                case LEGAL_FORMS -> "form\tposition\tends-name";
                case BOILERPLATE -> "kind\tregex";
                case NUMBER_FORMAT -> "setting\tvalue";
                case SCALES -> "word\tpower";
                case PERIODS -> "phrase\tduration\tposition";
                case MONTHS -> "name\tmonth\tform";
                case EVENT_TRIGGERS -> "event\tframe\tstatus\tconfidence\tparties\tregex";
                case CURRENCIES -> "form\tcode\tposition";
                case CURRENCY_COUNTRIES -> "form\tcode\twords";
                case NUMBER_WORDS -> "word\tvalue";
                case OFFICE_BODIES -> "title\tbody";
                default -> "";
            };
        }

        /** The field of a table's lines that is a regular expression (0-based), or -1 for none; a list's entries all are. */
        int regexField() {
            return switch (this) {
                case CUES, EVENT_TRIGGERS -> 5;
                case CURRENCY_COUNTRIES -> 2;
                case BOILERPLATE -> 1;
                case PERIODS -> 0;
                case DEMONYMS, COMMON_WORDS, PLACE_DIRECTIONS, NAME_OPENERS, GIVEN_NAMES, ANAPHORA, COURT_WORDS -> -1; // words as written, matched exactly (the stages read them as a set)
                default -> table() ? -1 : 0;
            };
        }

        /** Whether the file is a table ({@code .tsv}, with a header line) rather than a list. */
        public boolean table() {
            return fileName.endsWith(".tsv");
        }

        /** The file of a name ("negation.txt"). */
        public static java.util.Optional<File> named(String name) {
            for (File f : values()) {
                if (f.fileName.equals(name)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A regular expression that matches nothing: the pattern of an empty list. */
    private static final String NOTHING = "(?!)";

    /** A user's new language's file that its folder lacks: empty. */
    static final String NONE = "(none)";

    public LanguageProfile {
        Objects.requireNonNull(descriptor, "descriptor");
        sources = Collections.unmodifiableMap(new EnumMap<>(sources));
        EnumMap<File, List<String>> copy = new EnumMap<>(File.class);
        entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        EnumMap<File, List<Integer>> lines = new EnumMap<>(File.class);
        lineNumbers.forEach((k, v) -> lines.put(k, List.copyOf(v)));
        for (File f : File.values()) {
            if (!copy.containsKey(f) || !sources.containsKey(f)) {
                throw new IllegalArgumentException("language " + descriptor.language() + " has no " + f.fileName());
            }
            if (!lines.containsKey(f) || lines.get(f).size() != copy.get(f).size()) {
                throw new IllegalArgumentException("language " + descriptor.language() + ": " + f.fileName() + " has "
                        + copy.get(f).size() + " entries but " + lines.getOrDefault(f, List.of()).size() + " line numbers");
            }
        }
        entries = Collections.unmodifiableMap(copy);
        lineNumbers = Collections.unmodifiableMap(lines);
    }

    /** The language the words are of. */
    public Language language() {
        return descriptor.language();
    }

    /** Where the {@code index}-th entry of a file is, for messages: {@code source:line}. */
    public String where(File f, int index) {
        return sources.get(f) + ":" + lineNumbers.get(f).get(index);
    }

    /** The classpath folder of a bundled language ({@code /dealgraph/lang/en/}). */
    public static String bundledFolder(Language language) {
        return "/dealgraph/lang/" + language.code() + "/";
    }

    /**
     * The profile of a language: each file from {@code override} if that folder has it, else the
     * bundled file (for a bundled language) or nothing (for a language only the user's folder has).
     *
     * @param descriptor the language's descriptor (read by {@link LanguageProfiles})
     * @param bundled    whether the jar has the language's folder
     * @param override   a folder of the user's files for this language, or null for none
     * @throws DealGraphException if a file is missing from the jar, unreadable, a table lacks its
     *                            header, or a list holds an invalid regular expression (the message
     *                            names file and line)
     */
    static LanguageProfile load(LanguageDescriptor descriptor, boolean bundled, Path override) {
        Language language = descriptor.language();
        Map<File, String> sources = new EnumMap<>(File.class);
        Map<File, List<String>> entries = new EnumMap<>(File.class);
        Map<File, List<Integer>> lineNumbers = new EnumMap<>(File.class);
        for (File f : File.values()) {
            Path own = override == null ? null : override.resolve(f.fileName());
            String source;
            String content;
            boolean user = own != null && Files.isRegularFile(own);
            if (user) {
                source = own.toString();
                try {
                    content = Files.readString(own, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DealGraphException("cannot read language file " + own + ": " + e.getMessage(), e);
                }
            } else if (bundled) {
                source = bundledFolder(language) + f.fileName();
                try (InputStream in = LanguageProfile.class.getResourceAsStream(source)) {
                    if (in == null) {
                        throw new DealGraphException("bundled language file " + source + " is missing from the classpath");
                    }
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
                }
            } else {
                sources.put(f, override.resolve(f.fileName()) + " " + NONE);
                entries.put(f, List.of());
                lineNumbers.put(f, List.of());
                continue;
            }
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1); // a byte-order mark some editors write is no part of the first entry
            }
            if (user) {
                checkUserFile(f, source, content);
            }
            checkHeader(f, source, content);
            List<String> lines = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            lines(new StringReader(content), source, f.table(), lines, numbers);
            sources.put(f, source);
            entries.put(f, lines);
            lineNumbers.put(f, numbers);
        }
        LanguageProfile p = new LanguageProfile(descriptor, sources, entries, lineNumbers);
        for (File f : File.values()) {
            p.check(f);
        }
        p.months();
        p.legalForms(true);
        return p;
    }

    /**
     * A user's file replaces the bundled one whole: an empty file (which would silently turn a list
     * off) is an error naming the file. A file of comments only turns a list off on purpose.
     */
    private static void checkUserFile(File f, String source, String content) {
        if (content.isBlank()) {
            throw new DealGraphException(source + ": the file is empty; it would replace the bundled " + f.fileName()
                    + " with nothing (write a comment line to turn the list off on purpose)");
        }
    }

    /** A table without its header line would have its first entry read as the header: an error naming the file. */
    private static void checkHeader(File f, String source, String content) {
        if (!f.table()) {
            return;
        }
        String first = firstLine(content);
        if (first != null && !first.strip().equals(f.header())) {
            throw new DealGraphException(source + ": the first line that is not a comment must be the header '"
                    + f.header().replace("\t", "<TAB>") + "' (as in the bundled file), not '" + first.replace("\t", "<TAB>") + "'");
        }
    }

    /** The first line that is neither blank nor a comment, or null. */
    private static String firstLine(String content) {
        for (String line : content.split("\r?\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return null;
    }

    private static void lines(Reader reader, String source, boolean table, List<String> out, List<Integer> numbers) {
        boolean header = table;
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = table ? line : line.strip();
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(l);
                numbers.add(n);
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Every regular expression of a file compiles: an error names the file and line. */
    private void check(File f) {
        if (f.regexField() < 0) {
            return;
        }
        List<String> es = entries.get(f);
        for (int i = 0; i < es.size(); i++) {
            String[] fields = f.table() ? es.get(i).split("\t", -1) : new String[] {es.get(i)};
            if (fields.length <= f.regexField()) {
                continue; // a line short of fields: the stage that reads the table says what it lacks
            }
            String regex = fields[f.regexField()];
            Pattern compiled;
            try {
                compiled = Pattern.compile(regex);
            } catch (PatternSyntaxException x) {
                throw new DealGraphException(where(f, i) + ": '" + regex + "' is not a regular expression: " + x.getDescription(), x);
            }
            if (zeroWidth(compiled)) {
                // "x*", "(?:)", "\b": an entry that matches the empty text matches everywhere (every sentence negated, say)
                throw new DealGraphException(where(f, i) + ": '" + regex + "' matches the empty text, so it would match everywhere");
            }
        }
    }

    /** Whether a pattern matches nothing at some place of an ordinary text: then it matches (almost) everywhere. */
    private static boolean zeroWidth(Pattern p) {
        for (String sample : new String[] {"", "Acme bought Beta.", " 12 "}) {
            java.util.regex.Matcher m = p.matcher(sample);
            while (m.find()) {
                if (m.end() == m.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entries of a list file, or the data lines of a table file. */
    public List<String> entries(File f) {
        return entries.get(f);
    }

    /** The entries of a list of words as written ({@code common-words.txt}), in lower case: a set to look a word up in. */
    public java.util.Set<String> lowerCaseWords(File f) {
        return entries.get(f).stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * An entry of a list whose lines hold a placeholder once, at their start or end ("{P} Selatan", "this {T}"): its other
     * words, stripped, and whether they follow the placeholder.
     */
    public record Flanking(String words, boolean after) {
    }

    /**
     * The entries of a list file whose lines hold {@code placeholder} once, at their start or end, with other words on the
     * other side ({@code place-directions.txt}, {@code anaphora.txt}), in file order.
     *
     * @param what what the placeholder stands for, for the error ("the place's name")
     * @throws DealGraphException naming the file and line where an entry does not hold the placeholder once, at its start or
     *                            end, with words beside it
     */
    public List<Flanking> flanking(File f, String placeholder, String what) {
        List<Flanking> out = new ArrayList<>();
        List<String> lines = entries(f);
        for (int i = 0; i < lines.size(); i++) {
            String e = lines.get(i).strip();
            int at = e.indexOf(placeholder);
            String rest = e.replace(placeholder, "").strip();
            if (at < 0 || e.indexOf(placeholder, at + 1) >= 0 || rest.isEmpty() || at != 0 && at != e.length() - placeholder.length()) {
                throw new DealGraphException(where(f, i) + ": '" + e + "' must hold " + placeholder + " once, for " + what
                        + ", with words after it or before it, not on both sides");
            }
            out.add(new Flanking(rest, at == 0));
        }
        return out;
    }

    /** Where a file was read from: a classpath path, or the user's file that replaced it. */
    public String source(File f) {
        return sources.get(f);
    }

    /**
     * The entries of a list file as one alternation, {@code (?:a|b|c)}, for a stage to set in its
     * own grammar; {@code (?!)} (matching nothing) when the list is empty.
     */
    public String alternation(File f) {
        return alternation(entries.get(f));
    }

    /** The entries as one non-capturing alternation; {@code (?!)} for none. */
    public static String alternation(List<String> entries) {
        return entries.isEmpty() ? NOTHING : "(?:" + String.join("|", entries) + ")";
    }

    /**
     * The month names and abbreviations of {@code months.tsv}, lower case, to their month number (1-12).
     *
     * @throws DealGraphException if a line is not a name, a month number and a form
     */
    public Map<String, Integer> months() {
        return monthLines(false);
    }

    /** The weekdays of {@code weekdays.txt} and the month names and abbreviations of {@code months.tsv}, lower case. */
    public java.util.Set<String> dateWords() {
        java.util.Set<String> out = new java.util.HashSet<>(months().keySet());
        entries(File.WEEKDAYS).forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
        return java.util.Set.copyOf(out);
    }

    /**
     * The currencies of {@code currencies.tsv} written on one side of an amount's number, as written, to their ISO 4217 code:
     * before it ("Rp", "US$", "NOK 2.1 billion": position before or both) or after it and its scale ("dlrs", "euros": after
     * or both).
     *
     * @param before true for the forms written before the number, false for those written after it
     * @throws DealGraphException if a line is not a form, an ISO 4217 code and a position (before, after or both)
     */
    public Map<String, String> currencies(boolean before) {
        Map<String, String> out = new java.util.HashMap<>();
        List<String> lines = entries.get(File.CURRENCIES);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split("\t");
            if (f.length != 3 || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
                throw new DealGraphException(where(File.CURRENCIES, i) + ": '" + line + "' has not 3 tab-separated fields");
            }
            String form = f[0].strip();
            String code = f[1].strip();
            String position = f[2].strip();
            if (!code.matches("[A-Z]{3}")) {
                throw new DealGraphException(where(File.CURRENCIES, i) + ": '" + line + "': '" + code
                        + "' is not an ISO 4217 code (three capital letters)");
            }
            if (!position.equals("before") && !position.equals("after") && !position.equals("both")) {
                throw new DealGraphException(where(File.CURRENCIES, i) + ": '" + line + "': the position is before, after or both");
            }
            if (position.equals("both") || position.equals(before ? "before" : "after")) {
                out.put(form, code);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The legal forms of {@code legal-forms.tsv} at one position, as written ("Tbk", "Corp").
     *
     * @param prefix true for the forms that open a name ("PT"), false for those that end it
     * @throws DealGraphException if a line is not a form, a position and yes or no
     */
    public java.util.Set<String> legalForms(boolean prefix) {
        return legalFormLines(prefix ? "prefix" : "suffix", false);
    }

    /** The legal forms that are never anything else and so end a run of capitalized words (ends-name yes). */
    public java.util.Set<String> nameEndingLegalForms() {
        return legalFormLines("suffix", true);
    }

    private java.util.Set<String> legalFormLines(String position, boolean endingOnly) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<String> lines = entries.get(File.LEGAL_FORMS);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].isBlank() || !(f[1].strip().equals("prefix") || f[1].strip().equals("suffix"))
                    || !(f[2].strip().equals("yes") || f[2].strip().equals("no"))) {
                throw new DealGraphException(where(File.LEGAL_FORMS, i) + ": '" + line
                        + "' is not a legal form line (a form; prefix or suffix; yes or no; tab-separated)");
            }
            if (f[1].strip().equals(position) && (!endingOnly || f[2].strip().equals("yes"))) {
                out.add(f[0].strip());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** The month abbreviations of {@code months.tsv} (form {@code abbreviation}), lower case. */
    public java.util.Set<String> monthAbbreviations() {
        return monthLines(true).keySet();
    }

    private Map<String, Integer> monthLines(boolean abbreviationsOnly) {
        Map<String, Integer> out = new java.util.HashMap<>();
        List<String> lines = entries.get(File.MONTHS);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split("\t");
            int n;
            try {
                n = f.length == 3 ? Integer.parseInt(f[1].strip()) : 0;
            } catch (NumberFormatException e) {
                n = 0;
            }
            String form = f.length == 3 ? f[2].strip() : "";
            if (n < 1 || n > 12 || f[0].isBlank() || !(form.equals("name") || form.equals("abbreviation"))) {
                throw new DealGraphException(where(File.MONTHS, i) + ": '" + line
                        + "' is not a month line (a name, a month number 1-12, name or abbreviation; tab-separated)");
            }
            if (!abbreviationsOnly || form.equals("abbreviation")) {
                out.put(f[0].strip().toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        return Map.copyOf(out);
    }

    /** The entries of a list file as a pattern that finds any of them as whole words, case-insensitively. */
    public Pattern words(File f) {
        return Pattern.compile("(?i)\\b" + alternation(f) + "\\b");
    }

    /** The entries of several list files as one pattern that finds any of them as whole words, case-insensitively. */
    public Pattern words(File first, File... more) {
        return Pattern.compile("(?i)\\b" + alternation(first, more) + "\\b");
    }

    /** The entries of several list files as one non-capturing alternation ({@link #alternation(List)}). */
    public String alternation(File first, File... more) {
        List<String> all = new ArrayList<>(entries.get(first));
        for (File f : more) {
            all.addAll(entries.get(f));
        }
        return alternation(all);
    }
}
