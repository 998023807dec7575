package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names nobody listed, from the way news writes them: runs of capitalized words, typed by
 * legal forms and name heads ("... Tbk", "... Holdings", "PT ..."), by titles around people
 * ("CEO X", "X, co-founder of"), by given names, and by descriptors ("perusahaan X", "the
 * chipmaker X"). Web outlets ("Liputan6.com") are typed {@link EntityType#OUTLET}.
 *
 * <p>A capitalized word at the start of a sentence is a name only if the article also writes
 * it capitalized mid-sentence; in headlines, where every word may be capitalized, a run counts
 * only if the body writes it too. Runs that contain a gazetteer name are left to the
 * gazetteer, unless they end in a legal form ("Grab Holdings").
 */
public final class PatternMentionFinder implements MentionFinder {
    /** The finder of the rules' mentions ({@link Mention#finder()}). */
    public static final String NAME = "pattern";
    private static final Pattern WEB_OUTLET = Pattern.compile("(?<![\\p{L}\\p{N}.@/])\\p{L}[\\p{L}\\p{N}-]*\\.(?:com|co\\.id|id|net|org|co\\.uk|news|tv|io)(?![\\p{L}\\p{N}])");
    /**
     * "and" joins two names ("Ogilvy & Mather and Cordiant"), except in "Mitsui and Co", "Smith and Sons"; and before a
     * name that ends in a legal form ("Procter and Gamble Co", "Numac Oil and Gas Ltd"), unless the two are a list of
     * names ({@link #listOfNames}: "Harmoni Records and Zentara Labs Inc").
     */
    private static final Set<String> AND_NAME_ENDS = Set.of("Co", "Co.", "Company", "Sons", "Partners", "Associates");
    /** "X as chief financial officer", "X sebagai direktur keuangan": the words that give a name the post that follows. */
    private static final int MAX_RUN = 7;
    /**
     * The words that, right after a number, make it a count, a measure, an amount or a day rather than a model's number,
     * as one alternation: the language's quantity words, its scale words of more than one letter and its month names
     * ({@code quantity-words.txt}, {@code scales.tsv}, {@code months.tsv}: "3 persen", "45 minutes", "2 miliar", "12
     * September").
     */
    static String quantityFollowers(LanguageProfile p) {
        List<String> after = new ArrayList<>();
        after.add(p.alternation(LanguageProfile.File.QUANTITY_WORDS));
        for (String line : p.entries(LanguageProfile.File.SCALES)) {
            String word = line.split("\t", -1)[0];
            if (!word.equals("word") && word.length() > 1) {
                after.add(Pattern.quote(word));
            }
        }
        p.months().keySet().forEach(m -> after.add(Pattern.quote(m)));
        return String.join("|", after);
    }

    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(oleh|by)\\s+$");
    /** A comma and a capitalized name right after a run: a person set beside it ("Direktur PT Karya Emas Mandiri, Budi Santoso"). */
    private static final Pattern NAME_BESIDE = Pattern.compile("[ \\t]*,[ \\t]*(\\p{Lu}\\p{Ll}+)[ \\t]+\\p{Lu}");
    private static final Set<String> STRONG_TITLES = Set.of("Chief", "CEO", "CFO", "COO", "CTO", "Director", "Direktur", "President",
            "Presiden", "Chairman", "Chairwoman", "Officer", "Komisaris", "Manager", "Minister", "Menteri", "Spokesman", "Spokeswoman");
    /** The legal forms that always end a company's name, of every language ({@code data/lang/<code>/legal-forms.tsv}, ends-name yes). */
    private final Set<String> LEGAL_FORMS;
    /** Every legal form that ends a name, those that are words of their own too ("Co", "SA"). */
    private final Set<String> suffixForms;
    /** The legal forms that open a name ("PT", "CV"), from every language's {@code legal-forms.tsv}. */
    private final Set<String> legalPrefixes;

    private final Gazetteer gazetteer;
    private final WordList suffixes;
    private final WordList prefixes;
    private final WordList descriptors = WordList.bundled("org-descriptors");
    private final WordList titles = WordList.bundled("person-titles");
    /**
     * Given names, the hand list's and the learned ({@link GivenNames}): a run that opens with one is typed a person's name.
     */
    private final GivenNames givenNames;
    /**
     * The hand list's given names alone ({@code data/lexicon/first-names.txt}), where a given name splits a run or stops a
     * join: the learned names split titles and bodies from their holders wrongly ("Menteri Koordinator Perekonomian Darmin
     * Nasution" read the person "Koordinator Perekonomian"; a verifier's finding).
     */
    private final WordList listedGivenNames = WordList.bundled("first-names");
    private final WordList stop = WordList.bundled("stop-capitalized");
    private final WordList nonParty = WordList.bundled("non-party-heads");
    private final WordList tradeHeads = WordList.bundled("trade-heads");
    /** The words that make a known company's name another company's when written right after it ("Mandiri Sekuritas"). */
    private final Pattern businessLines;

    /** Per language, its month names and abbreviations, lower case ({@code months.tsv}): never names. */
    private final Map<Language, Set<String>> months = new TreeMap<>();
    /** Words between a name and the post it holds ("as", "sebagai"): post-markers.txt of each language. */
    private final Map<Language, Pattern> postMarkers = new TreeMap<>();
    /** Per language, the name words of its data files. */
    private final Map<Language, Words> words = new TreeMap<>();
    /**
     * Per language, an apposition that says what kind of organization the name before it is: a comma, an indefinite
     * determiner ({@code determiners.txt}), at most two words in small letters and a descriptor ("Audius, sebuah platform
     * streaming musik", "Kelvaro, a payments startup").
     */
    private final Map<Language, Pattern> descriptorAppositions = new TreeMap<>();
    /**
     * Before a name, within its sentence: a company's description, the place it comes from ({@code origin-words.txt}) and the
     * comma that sets the name beside it ("produsen asal Vietnam, Lam Son Machinery").
     */
    private final Map<Language, Pattern> describedBefore = new TreeMap<>();
    /** Descriptors that describe a person as often as a company ({@code data/lexicon/person-descriptors.txt}: "investor asal Malaysia"). */
    private final WordList personDescriptors = WordList.bundled("person-descriptors");
    /**
     * Per language, an apposition with no determiner that closes with a comma within five words of its descriptor and holds
     * none of the language's demonstratives (the one-word entries of {@code anaphora.txt}): "Pallatta, perusahaan rintisan
     * logistik, meraih"; not "Yap, pabrikan asal Taiwan itu, ...", which refers back, nor one with a definite article ({@code
     * definite-articles.txt}: "Worryingly, said the firm, ..."). Read only for a sentence's first word.
     */
    private final Map<Language, Pattern> bareAppositions = new TreeMap<>();
    /** The languages whose names' capitalized modifiers stand before their head ({@code name-modifiers = before}). */
    private final Set<Language> modifiersBefore = new HashSet<>();

    /**
     * The words of one language that shape names ({@code data/lang/<code>/}): honorifics, name
     * connectors, attribution words, product nouns and common words.
     */
    private record Words(Pattern honorifics, Pattern connectors, Pattern attribution, Pattern attributionBefore, Pattern quoteBefore,
                         Pattern productNoun, Pattern namingWord, Pattern roleNoun, Pattern listGap, Set<String> common,
                         Pattern body, Pattern coordinator, Pattern postAfter, Pattern postBefore, Pattern governmentTitle,
                         String bodies, Set<String> openers, Pattern affiliation, Pattern modelNumber, Pattern companyVerb,
                         Pattern organizationNoun, Set<String> currencies, Pattern executivePostAfter) {
        static Words of(LanguageProfile p) {
            Set<String> common = new HashSet<>();
            p.entries(LanguageProfile.File.COMMON_WORDS).forEach(w -> common.add(w.toLowerCase(Locale.ROOT)));
            return new Words(Pattern.compile(p.alternation(LanguageProfile.File.HONORIFICS)),
                    Pattern.compile(p.alternation(LanguageProfile.File.NAME_CONNECTORS)),
                    Pattern.compile("(?i)^[\\s,]*" + p.alternation(LanguageProfile.File.ATTRIBUTION) + "\\b"),
                    Pattern.compile("(?i)\\b" + p.alternation(LanguageProfile.File.ATTRIBUTION) + ",?\\s*$"),
                    Pattern.compile("(?i)[,\"”’']\\s*" + p.alternation(LanguageProfile.File.QUOTE_VERBS) + "\\s+$"),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.PRODUCT_NOUNS)),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.PRODUCT_NAMING_WORDS)),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.PERSON_NOUNS)),
                    // what stands between two names of one list: ", ", " dan ", ", and "
                    Pattern.compile("(?i)\\s*(?:,\\s*(?:" + p.alternation(LanguageProfile.File.COORDINATORS) + "\\s+)?|\\s+"
                            + p.alternation(LanguageProfile.File.COORDINATORS) + "\\s+)"),
                    Set.copyOf(common),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.GOVERNMENT_BODIES)),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.COORDINATORS)),
                    // "Prebon Yamane economist Lena Komileva": a post in small letters, then a capitalized name
                    Pattern.compile("^(?:['’]s)?\\s+(?:(?=\\p{Ll})" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + "\\s+){1,3}\\p{Lu}\\p{Ll}"),
                    // "a senior bond analyst at Gimme Credit", "analis di TD Securities"
                    Pattern.compile("(?i)(?<![\\p{L}-])" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + "\\s+"
                            + p.alternation(LanguageProfile.File.AFFILIATION_PREPOSITIONS) + "\\s+(?:the\\s+)?$"),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.GOVERNMENT_TITLES)),
                    p.alternation(LanguageProfile.File.GOVERNMENT_BODIES),
                    openers(p),
                    Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.AFFILIATION_PREPOSITIONS)),
                    modelNumber(p),
                    // an empty list's alternation matches nothing
                    Pattern.compile("(?i)^\\s*" + p.alternation(LanguageProfile.File.COMPANY_VERBS) + "(?![\\p{L}\\p{N}])"),
                    // case-sensitive: "startup Kelvaro", not the "Startup" of a name
                    Pattern.compile(p.alternation(LanguageProfile.File.ORGANIZATION_NOUNS)),
                    currenciesBefore(p),
                    // "Kiryu president Hiroshi Maeda": a company's post in small letters, an executive's or an office's title among its
                    // role nouns; not an aide's or a spokesman's ("Bush spokesman Scott McClellan", "Clinton adviser Dick Morris": a
                    // verifier's probes, whose names are people's)
                    Pattern.compile("^\\s+(?:(?=\\p{Ll})" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + "\\s+){0,2}(?=\\p{Ll})(?i:"
                            + p.alternation(LanguageProfile.File.EXECUTIVE_TITLES) + "|" + p.alternation(LanguageProfile.File.GOVERNMENT_TITLES)
                            + ")\\s+(?:(?=\\p{Ll})" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + "\\s+){0,2}\\p{Lu}\\p{Ll}"));
        }

        /** Whether a company's post, an executive's or an office's title among its role nouns, and a person's name follow a name. */
        boolean executivePostAfter(String after) {
            return executivePostAfter.matcher(after).find();
        }

        /**
         * The currencies of {@code currencies.tsv} written as one word before an amount's number ("NOK", "SEK", "Rs", "Rp";
         * {@link LanguageProfile#currencies}), without a final period.
         */
        static Set<String> currenciesBefore(LanguageProfile p) {
            return p.currencies(true).keySet().stream().filter(form -> form.matches("\\p{L}+\\.?"))
                    .map(form -> form.endsWith(".") ? form.substring(0, form.length() - 1) : form)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** A currency written before an amount's number: the token, a final period aside, and a number right after it. */
        boolean currencyBefore(List<Token> tokens, int i) {
            String t = tokens.get(i).text();
            String form = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
            int next = t.endsWith(".") || i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals(".") ? i + 1 : i + 2;
            return currencies.contains(form) && next < tokens.size() && Character.isDigit(tokens.get(next).text().charAt(0));
        }

        /**
         * A model's number right after a name, as group 1: one to three digits, perhaps a point and one more ("Nokia 1",
         * "Boeing 747", "Kelvaro Pad 2.5"), with no digit, letter or percent sign glued to it ("2-1", "12.12", "3%", "3D"), no
         * score after it ("Atletico 3 - 0", "Persib 2:1") and
         * none of the language's quantity words, scales or months after it ({@code quantity-words.txt}, {@code
         * scales.tsv}, {@code months.tsv}: "Nokia 3 persen", "Drogba 45 minutes", "Samsung 2 miliar").
         */
        static Pattern modelNumber(LanguageProfile p) {
            return Pattern.compile(" (\\d{1,3}+(?:\\.\\d)?+)(?![\\d%\\p{L}]|[.,:/-]\\d)(?!\\s*[-–:]\\s*\\d)(?!\\s+(?i:" + quantityFollowers(p)
                    + ")(?![\\p{L}\\d]))");
        }

        /** Where a model's number after a name ending at {@code end} ends ("Nokia[ 1]"), or -1 where none follows. */
        int modelNumberEnd(String text, int end, int limit) {
            Matcher m = modelNumber.matcher(text).region(end, limit);
            return m.lookingAt() ? m.end() : -1;
        }

        /** Whether {@code after}, the text right after a name, opens with what a company does in a deal ({@code company-verbs.txt}). */
        boolean companyVerbAfter(String after) {
            return companyVerb.matcher(after).lookingAt();
        }

        /**
         * Whether a name is an employer by where it stands: before a post in small letters and a person's name
         * ("Prebon Yamane economist Lena Komileva", "Ladbrokes spokesman Warren Lush"), or after a post and an affiliation
         * preposition ("an analyst at Gimme Credit"). A speech verb next to it does not make it a person then.
         */
        boolean employer(String before, String after) {
            return postAfter.matcher(after).find() || postBefore.matcher(before).find();
        }

        /** A word that opens the name of a government body ("Ministry", "Dinas"). */
        boolean body(String token) {
            return body.matcher(token).matches();
        }

        boolean coordinator(String token) {
            return coordinator.matcher(token).matches();
        }

        /** Whether the text after a name opens with an attribution word ("said", ", kata"). */
        boolean saidAfter(String after) {
            return attribution.matcher(after).find();
        }

        /** Whether the text before a name ends with an attribution word ("kata ", "said, "). */
        boolean saidBefore(String before) {
            return attributionBefore.matcher(before).find();
        }

        /** "ponsel X", "chip bernama X", "a drug called X": a product noun, perhaps a naming word, right before the name. */
        boolean productNounBefore(List<String> before) {
            int i = before.size() - 1;
            if (i >= 1 && namingWord.matcher(before.get(i)).matches()) {
                i--;
            }
            return i >= 0 && (productNoun.matcher(before.get(i)).matches()
                    || i >= 1 && productNoun.matcher(before.get(i - 1) + " " + before.get(i)).matches());
        }

        /** "Subsidiary Strata Bit Corp": the word, in whatever case, is a kind of organization ({@code organization-nouns.txt}). */
        boolean organizationNoun(String word) {
            return organizationNoun.matcher(word.toLowerCase(Locale.ROOT)).matches();
        }

        /** "payments startup Kelvaro", "perusahaan rintisan Kelvaro": a kind of organization in small letters right before the name. */
        boolean organizationNounBefore(List<String> before) {
            int n = before.size();
            return n >= 1 && organizationNoun.matcher(before.get(n - 1)).matches()
                    || n >= 2 && organizationNoun.matcher(before.get(n - 2) + " " + before.get(n - 1)).matches();
        }

        /** "actress X", "pelatih X": a role noun right before the name. */
        boolean roleNounBefore(List<String> before) {
            return !before.isEmpty() && roleNoun.matcher(before.get(before.size() - 1)).matches();
        }

        boolean connector(String token) {
            return connectors.matcher(token).matches();
        }

        boolean honorific(String token) {
            return honorifics.matcher(token.endsWith(".") ? token.substring(0, token.length() - 1) : token).matches();
        }

        /**
         * Whether the run's first word opens its name though the rules would strip it ({@code name-openers.txt}): a
         * capitalized word other than a title or an honorific follows it ("American Airlines", not "American President").
         */
        boolean opensName(List<Token> run, java.util.function.Predicate<String> title) {
            if (run.size() < 2 || !openers.contains(run.get(0).text())) {
                return false;
            }
            String next = run.get(1).text();
            return Character.isUpperCase(next.charAt(0)) && !title.test(next) && !honorific(next);
        }

        /**
         * The language's name openers ({@code name-openers.txt}): one capitalized word a line, as written.
         *
         * @throws org.dealgraph.DealGraphException naming the file and line of an entry that is not one capitalized word
         */
        static Set<String> openers(LanguageProfile p) {
            List<String> entries = p.entries(LanguageProfile.File.NAME_OPENERS);
            for (int i = 0; i < entries.size(); i++) {
                String e = entries.get(i); // read stripped, blank lines left out
                if (!Character.isUpperCase(e.charAt(0)) || e.chars().anyMatch(Character::isWhitespace)) {
                    throw new org.dealgraph.DealGraphException(p.where(LanguageProfile.File.NAME_OPENERS, i) + ": '" + e
                            + "' must be one word opening with a capital, as the word is written before a name (\"Bank\")");
                }
            }
            return Set.copyOf(entries);
        }

        /** A preposition between a person and the organization the person works at ("of", "at", "dari"). */
        boolean affiliation(String token) {
            return affiliation.matcher(token).matches();
        }

        /** A plain capitalized word ("Inflasi", "Year") that the language mostly writes in lower case. */
        boolean common(String token) {
            return token.length() > 2 && Character.isUpperCase(token.charAt(0)) && token.substring(1).chars().allMatch(Character::isLowerCase)
                    && common.contains(token.toLowerCase(Locale.ROOT));
        }
    }
    /** Per language, its demonyms as written ({@code demonyms.txt}): never a name alone. */
    private final Map<Language, Set<String>> demonyms = new TreeMap<>();

    /** The finder with the bundled language data. */
    public PatternMentionFinder(Gazetteer gazetteer) {
        this(gazetteer, LanguageProfiles.bundled());
    }

    /** The finder with these languages' data. */
    public PatternMentionFinder(Gazetteer gazetteer, LanguageProfiles profiles) {
        this.gazetteer = gazetteer;
        this.givenNames = GivenNames.of(profiles);
        this.LEGAL_FORMS = profiles.nameEndingLegalForms();
        this.legalPrefixes = Set.copyOf(profiles.legalForms(true));
        this.suffixForms = Set.copyOf(profiles.legalForms(false));
        // a legal form ends (or opens) a name: the name heads of the lexicon and the language data's legal forms
        this.suffixes = WordList.bundled("org-suffixes").with(profiles.legalForms(false));
        this.prefixes = WordList.bundled("org-prefixes").with(profiles.legalForms(true));
        this.businessLines = profiles.businessLines();
        for (Language l : profiles.languages()) {
            months.put(l, Set.copyOf(profiles.of(l).months().keySet()));
            postMarkers.put(l, Pattern.compile("(?i)^\\s+" + profiles.of(l).alternation(LanguageProfile.File.POST_MARKERS) + "\\s+"));
            words.put(l, Words.of(profiles.of(l)));
            if (profiles.of(l).descriptor().modifiersBefore()) {
                modifiersBefore.add(l);
            }
            demonyms.put(l, Set.copyOf(profiles.of(l).entries(LanguageProfile.File.DEMONYMS)));
            String kinds = descriptors.words().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            // "Arlo Mobility, the Leeds-based maker of wheelchairs": a place compounded with its word is one of the two words
            // before the descriptor (a fresh-user tester's finding: the name was read a person's)
            String compounded = profiles.of(l).entries(LanguageProfile.File.PLACE_COMPOUNDS).isEmpty() ? ""
                    : "|\\p{Lu}[\\p{L}.]*-(?i:" + profiles.of(l).alternation(LanguageProfile.File.PLACE_COMPOUNDS) + ")";
            // ... or a demonym, as written ("Decathlon, the French sporting-goods retailer,": a fresh-user tester's finding)
            String demonymWords = profiles.of(l).entries(LanguageProfile.File.DEMONYMS).isEmpty() ? ""
                    : "|" + profiles.of(l).alternation(LanguageProfile.File.DEMONYMS);
            descriptorAppositions.put(l, Pattern.compile("^\\s*,\\s+(?i:" + profiles.of(l).alternation(LanguageProfile.File.DETERMINERS)
                    + ")\\s+(?:(?:[\\p{Ll}-]+" + compounded + demonymWords + ")\\s+){0,2}?(?i:" + kinds + ")(?![\\p{L}\\d'’-])"));
            // the description opens a phrase (the sentence, after a comma, a preposition or an article: not "karyawan bank asal
            // Medan"), its noun no word that also describes a person ("investor asal Malaysia", "mitra asal Jepang", "rival from
            // Manchester": a verifier's findings), and no person's or role's noun after it ("a startup founder from Bandung")
            String companyKinds = descriptors.words().stream().filter(w -> !personDescriptors.containsIgnoreCase(w))
                    .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            String people = profiles.of(l).alternation(LanguageProfile.File.PERSON_NOUNS) + "|" + profiles.of(l).alternation(LanguageProfile.File.ROLE_NOUNS);
            describedBefore.put(l, Pattern.compile("(?i)(?:^|[,;:(]\\s*|(?<![\\p{L}\\d'’-])(?:" + profiles.of(l).alternation(LanguageProfile.File.DETERMINERS)
                    + "|" + profiles.of(l).alternation(LanguageProfile.File.SOURCE_PREPOSITIONS) + "|" + profiles.of(l).alternation(LanguageProfile.File.AGENT_MARKERS)
                    + "|" + profiles.of(l).alternation(LanguageProfile.File.LIST_PREPOSITIONS) + ")\\s+)(?:" + companyKinds
                    + ")(?:\\s+(?!(?:" + people + ")(?![\\p{L}-]))(?-i:\\p{Ll})[\\p{L}-]*){0,3}\\s+(?:"
                    + profiles.of(l).alternation(LanguageProfile.File.ORIGIN_WORDS) + ")\\s+(?-i:\\p{Lu})[\\p{L}.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.-]*){0,2}\\s*,\\s*$"));
            String demonstratives = profiles.of(l).entries(LanguageProfile.File.ANAPHORA).stream()
                    .map(a -> a.replace("{T}", "").strip()).filter(a -> !a.isEmpty() && a.indexOf(' ') < 0).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"));
            List<String> definite = profiles.of(l).entries(LanguageProfile.File.DEFINITE_ARTICLES);
            String small = definite.isEmpty() ? "[\\p{Ll}-]+" : "(?!(?i:" + LanguageProfile.alternation(definite) + ")\\s)[\\p{Ll}-]+";
            bareAppositions.put(l, Pattern.compile("^\\s*,\\s+(?:" + small + "\\s+){0,2}?(?i:" + kinds + ")(?![\\p{L}\\d'’-])"
                    + (demonstratives.isEmpty() ? "(?:\\s+[^\\s,.;:!?]+){0,5}" : "(?:\\s+(?!(?i:" + demonstratives
                    + ")(?![\\p{L}\\d'’-]))[^\\s,.;:!?]+){0,5}") + "\\s*,"));
        }
    }

    @Override
    public List<Mention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        Set<String> midSentenceCaps = midSentenceCapitals(analyzed);
        Words w = words.get(analyzed.language());
        Set<String> smallWords = smallWords(analyzed);
        Set<String> bodyNames = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        // body sentences first: a headline's name counts only if the body writes it too
        List<Sentence> order = new ArrayList<>(analyzed.sentences());
        order.sort(java.util.Comparator.comparing(Sentence::headline));
        Set<String> formal = formalNames(text, order, w);
        for (Sentence s : order) {
            Matcher web = WEB_OUTLET.matcher(s.text());
            while (web.find()) {
                out.add(new Mention(s.begin() + web.start(), s.begin() + web.end(), web.group(), EntityType.OUTLET, "", NAME, 0.8));
            }
            for (List<Token> run : runs(s, w)) {
                Set<List<Token>> employers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (List<Token> part : splitAfterRoleNoun(text, s, run, w, formal, employers)) {
                    Mention m = type(text, s, part, midSentenceCaps, smallWords, analyzed.language(), formal);
                    if (m != null && employers.contains(part) && m.type() == EntityType.PERSON) {
                        m = new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence());
                    }
                    if (m == null || months.get(analyzed.language()).contains(m.text().toLowerCase(Locale.ROOT).replace(".", ""))) {
                        continue;
                    }
                    m = withModelNumber(text, s, m, w);
                    if (s.headline() && !bodyNames.contains(m.text())) {
                        // Title Case runs words together: keep the names the body writes that stand inside the run
                        out.addAll(bodyNamesWithin(text, part, bodyNames));
                        continue;
                    }
                    if (!s.headline()) {
                        bodyNames.add(m.text());
                    }
                    out.add(m);
                }
            }
        }
        Set<String> things = acronymsOfThings(text);
        out.removeIf(m -> m.finder().equals(NAME) && things.contains(m.text()));
        // "(NYSE: QRN)": the exchange and the ticker are no names of their own
        Matcher ticker = ExchangeTickers.IN_BRACKETS.matcher(text);
        while (ticker.find()) {
            int b = ticker.start(1);
            int e = ticker.end(1);
            out.removeIf(m -> m.begin() >= b && m.end() <= e);
        }
        return samePersonAgain(listedWithPeople(text, withoutFinalPeriod(out), w));
    }

    /** The names whose last word is a legal form with its period ("Toyota Tsusho Co. Ltd."): the period is punctuation. */
    private List<Mention> withoutFinalPeriod(List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            String t = m.text();
            int space = t.lastIndexOf(' ');
            if (t.endsWith(".") && space > 0 && suffixForms.contains(t.substring(space + 1, t.length() - 1))) {
                out.add(new Mention(m.begin(), m.end() - 1, t.substring(0, t.length() - 1), m.type(), m.entryId(), m.finder(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Nokia 1", "Boeing 747", "Kelvaro Pad 2.5": an organization's or a product's name the rules found with a model's number
     * right after it ({@link Words#modelNumber}) is a product's, the number part of its name. In the train split's
     * annotations a capitalized name right before such a number was most often a product's (README, Quality). Other
     * names stay as they are.
     */
    private static Mention withModelNumber(String text, Sentence s, Mention m, Words w) {
        if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PRODUCT) {
            return m;
        }
        int end = w.modelNumberEnd(text, m.end(), s.end());
        if (end >= 0 && substitute(text, s, m, end)) {
            return new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, "", NAME, 0.7);
        }
        return end < 0 ? m : new Mention(m.begin(), end, text.substring(m.begin(), end), EntityType.PRODUCT, "", NAME, 0.7);
    }

    /** A line-up's player before the bracket of the one who replaced him: "Kewell (Nunez 56)", after a comma or a line break. */
    private static final Pattern REPLACED_PLAYER = Pattern.compile("[,;\\n][ \\t]*\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?\\s*\\(\\s*$");

    /**
     * Whether a name and the number after it, in brackets of their own after a line-up's player, name the substitute and the
     * minute he came on ("Kewell (Nunez 56)", "Sheridan (Burns 61)"): a person, not a product "Nunez 56". In the train split's
     * annotations, 32 of the 33 English names so bracketed after a listed name were people (the other: "Shameless (Channel
     * 4)", after no comma); the Indonesian ones ("Johann Zarco (Tech 3)") stand after no list.
     */
    private static boolean substitute(String text, Sentence s, Mention m, int end) {
        if (end >= s.end() || text.charAt(end) != ')') {
            return false;
        }
        int open = m.begin() - 1;
        while (open >= s.begin() && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        return open >= s.begin() && text.charAt(open) == '(' && REPLACED_PLAYER.matcher(text.substring(Math.max(0, open - 60), open + 1)).find();
    }

    /** "(KTP)", "(WFH)": an acronym in brackets, of two to six letters. */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5})\\)");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");

    /**
     * The acronyms the article spells out in lower case ("kartu tanda penduduk (KTP)", "work from
     * home (WFH)"): what a language writes in lower case is a thing, not a name, and so is its
     * acronym. The words spelled out must start with the acronym's first letter, number at least
     * one fewer than its letters ("berkode saham (BBRI)" spells no "BBRI") and end right before
     * the bracket.
     */
    private static Set<String> acronymsOfThings(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = BRACKETED_ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
                continue; // "(Kotras)", "(Antara)": a name in brackets, not an acronym
            }
            String[] before = text.substring(Math.max(0, m.start() - 80), m.start()).strip().split("\\s+");
            int lower = 0;
            while (lower < before.length && lower <= acronym.length() && LOWER_WORD.matcher(before[before.length - 1 - lower]).matches()) {
                lower++;
            }
            char first = Character.toLowerCase(acronym.charAt(0));
            for (int k = acronym.length() - 2; k < lower; k++) {
                if (before[before.length - 1 - k].charAt(0) == first) {
                    out.add(acronym);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The (at most three) words right before {@code begin} within its sentence, nearest last; a quote
     * mark right before the name is skipped ("chip bernama 'Zeta'"), other punctuation ends them.
     */
    private static List<String> wordsBefore(String text, int sentenceBegin, int begin) {
        int i = begin;
        while (i > sentenceBegin && (Character.isWhitespace(text.charAt(i - 1)) || "\"“'‘".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        List<String> out = new ArrayList<>(3);
        while (out.size() < 3 && i > sentenceBegin) {
            int end = i;
            while (i > sentenceBegin && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
                i--;
            }
            if (i == end) {
                break;
            }
            out.add(0, text.substring(i, end));
            if (i == sentenceBegin || !Character.isWhitespace(text.charAt(i - 1))) {
                break;
            }
            while (i > sentenceBegin && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return out;
    }

    private static final Pattern LOWER_WORD_BEFORE = Pattern.compile("(\\p{Ll}{2,})\\.?\\s+$");

    /** "pak Warta", "bu Sri": a lower-case honorific right before the name. */
    private static boolean honorificBefore(String text, Sentence s, Token first, Words words) {
        Matcher m = LOWER_WORD_BEFORE.matcher(text.substring(Math.max(s.begin(), first.begin() - 8), first.begin()));
        if (!m.find()) {
            return false;
        }
        String w = m.group(1);
        return words.honorific(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    /**
     * News lists people together ("Anthony Costa, Lee Ryan, Duncan James dan Simon Webbe"): a name
     * of two or more plain words the rules typed an organization for want of evidence, in one list
     * with a person found with evidence (confidence 0.7 or more), is a person too.
     */
    private static List<Mention> listedWithPeople(String text, List<Mention> found, Words words) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Mention::begin));
        Set<Mention> retype = new HashSet<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).begin() >= sorted.get(j).end()
                    && words.listGap.matcher(text.substring(sorted.get(j).end(), sorted.get(j + 1).begin())).matches()) {
                j++;
            }
            List<Mention> list = sorted.subList(i, j + 1);
            if (list.size() >= 2 && list.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.confidence() >= 0.7)) {
                for (Mention m : list) {
                    String[] parts = m.text().split("\\s+");
                    if (m.type() == EntityType.ORGANIZATION && m.confidence() <= UNSUPPORTED && m.finder().equals(NAME) && parts.length >= 2
                            && parts.length <= 4 && java.util.Arrays.stream(parts).allMatch(p -> NAME_WORD.matcher(p).matches() && !words.common(p))) {
                        retype.add(m);
                    }
                }
            }
            i = j + 1;
        }
        if (retype.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(retype.contains(m) ? new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, m.entryId(), NAME, 0.6) : m);
        }
        return out;
    }

    /**
     * An article names a person in full once and then by one of the names ("Germaine Greer ...
     * Greer said"): a name the rules typed an organization for want of evidence (confidence 0.5)
     * that is the full name, the first or the last word of a person found in the same article is
     * that person.
     */
    private List<Mention> samePersonAgain(List<Mention> found) {
        Set<String> personNames = new HashSet<>();
        for (Mention m : found) {
            String[] parts = m.text().split("\\s+");
            if (m.type() == EntityType.PERSON && parts.length >= 2) {
                personNames.add(m.text());
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    if (NAME_WORD.matcher(part).matches() && !titles.contains(part)) {
                        personNames.add(part);
                    }
                }
            }
        }
        if (personNames.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean unsure = m.type() == EntityType.ORGANIZATION && m.confidence() <= UNSUPPORTED && m.finder().equals(NAME);
            out.add(unsure && personNames.contains(m.text())
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, m.entryId(), NAME, 0.6) : m);
        }
        return out;
    }

    private List<Mention> bodyNamesWithin(String text, List<Token> part, Set<String> bodyNames) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < part.size()) {
            int best = -1;
            for (int j = part.size(); j > i; j--) {
                if (bodyNames.contains(surface(text, part.subList(i, j)))) {
                    best = j;
                    break;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            int b = part.get(i).begin();
            int e = part.get(best - 1).end();
            found.add(new Mention(b, e, text.substring(b, e), EntityType.ORGANIZATION, "", NAME, UNSUPPORTED));
            i = best;
        }
        return found;
    }

    /** Words the article writes capitalized somewhere other than a body sentence's first word, headlines included. */
    private Set<String> midSentenceCapitals(AnalyzedText analyzed) {
        Set<String> out = new HashSet<>();
        for (Sentence s : analyzed.sentences()) {
            if (s.headline()) {
                // a headline in Title Case capitalizes every word, so only a sentence-case headline is evidence
                long words = s.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
                long caps = s.tokens().stream().filter(t -> capitalized(t.text())).count();
                if (words > 0 && caps * 10 < words * 8) {
                    s.tokens().stream().map(Token::text).filter(PatternMentionFinder::capitalized).forEach(out::add);
                }
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String prev = tokens.get(i - 1).text();
                if (capitalized(tokens.get(i).text()) && !prev.equals("\"") && !prev.equals("“") && !prev.equals(":")) {
                    out.add(tokens.get(i).text());
                }
            }
        }
        return out;
    }

    /** Words the article's body writes in small letters throughout ("economic", "pusat"). */
    private static Set<String> smallWords(AnalyzedText analyzed) {
        Set<String> out = new HashSet<>();
        for (Sentence s : analyzed.sentences()) {
            if (!s.headline()) {
                for (Token t : s.tokens()) {
                    String w = t.text();
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLowerCase)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "said Kazuhiro Takahashi of Daiwa Securities", "Gary Thayer of AG Edwards", "Analyst Jane Doe of Tavimo Research": two
     * or three capitalized words (after job titles, if any) that open with a given name or follow an attribution word
     * ({@code attribution.txt}) are a person's name, and an affiliation
     * preposition after them ({@code affiliation-prepositions.txt}: "of") leads to the employer, not on in the name.
     */
    private boolean personBefore(Sentence s, List<Token> current, Words w) {
        // job titles before the name ("Analyst Jane Doe of Tavimo Research") leave the name to be read on its own
        int k = 0;
        while (k < current.size() - 1 && titles.contains(current.get(k).text())) {
            k++;
        }
        List<Token> name = current.subList(k, current.size());
        if (name.size() < 2 || name.size() > 3 || !name.stream().allMatch(x -> NAME_WORD.matcher(x.text()).matches())) {
            return false;
        }
        return givenNames.contains(name.get(0).text()) || k == 0 && w.saidBefore(s.text().substring(0, name.get(0).begin() - s.begin()));
    }

    private List<List<Token>> runs(Sentence s, Words w) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> tokens = s.tokens();
        List<Token> current = new ArrayList<>();
        boolean slashes = s.text().indexOf('/') >= 0; // a sentence with no slash holds no slash-joined code
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int portfolio = current.stream().anyMatch(c -> w.body(c.text())) ? portfolioEnd(tokens, i, w) : -1;
            if (portfolio > i) {
                current.addAll(tokens.subList(i, portfolio)); // "Dinas Ketahanan Pangan, Kelautan, dan Pertanian": one body
                i = portfolio - 1;
                continue;
            }
            boolean glued = !current.isEmpty() && current.get(current.size() - 1).end() == t.begin();
            boolean markup = charBefore(s, t) == '<' || charAfter(s, t) == '>';
            if (t.text().indexOf('<') >= 0 || t.text().indexOf('>') >= 0 || markup) {
                flush(runs, current); // newswire markup and tickers: "<Laurentian Group>", "<MO.N>"
                continue;
            }
            if (slashes && numberedCode(s, t)) {
                flush(runs, current); // "nomor perkara 245/Pdt.Sus-PKPU/2023": a case or file number, not a name
                continue;
            }
            if (w.currencyBefore(tokens, i)) {
                flush(runs, current); // "for NOK 2.1 billion", "Rs 4,000 crore": a currency, not a name
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() && tokens.get(i + 1).text().startsWith("$")
                    || t.text().indexOf('$') >= 0) {
                flush(runs, current); // "US$20", "S$20": a currency, not a name
                continue;
            }
            // (a hyphen and a capitalized word the tokenizer left together, glued to the name before it, go on in it:
            // "Holtkamp-Weiss Orgelbau" read "Holtkamp" | "-Weiss" | "Orgelbau", a fresh-user tester's finding; not a title's
            // parts, "Major" | "-General" of "Major-General Setijana", a verifier's finding)
            if (capitalized(t.text()) || t.text().matches("\\d+[A-Za-z]*") && glued || glued && HYPHENED_CAPITAL.matcher(t.text()).matches()
                    && !titles.contains(t.text().substring(1)) && !titles.contains(current.get(current.size() - 1).text())) {
                if (!current.isEmpty() && !glued && w.honorific(t.text()) && i + 1 < tokens.size() && capitalized(tokens.get(i + 1).text())
                        && !w.honorific(current.get(current.size() - 1).text())) {
                    flush(runs, current); // "Polres Trenggalek Iptu Sardono": a rank or courtesy title opens a person's name
                }
                current.add(t);
                if (legalForm(t.text())) {
                    flush(runs, current); // "PT Lintas Data Tbk Wiyono Sukarno": the legal form ends the name
                }
            } else if (!current.isEmpty() && i + 1 < tokens.size() && capitalized(tokens.get(i + 1).text())
                    && (w.connector(t.text()) && (!t.text().equals("for") || suffixes.contains(current.get(current.size() - 1).text())
                    || forOneSuffix(tokens, i))
                    && !(w.affiliation(t.text()) && personBefore(s, current, w))
                    || t.text().equals("and") && (AND_NAME_ENDS.contains(tokens.get(i + 1).text())
                    || endsInLegalForm(tokens, i + 1, w) && !listOfNames(current, tokens, i + 1, w) && !knownBefore(current)
                    && !personRun(current))
                    || (t.text().equals("-") || t.text().equals(".")) && glued
                    && tokens.get(i + 1).begin() == t.end()
                    || t.text().equals(".") && (current.get(current.size() - 1).text().length() == 1
                    || INITIALS.matcher(current.get(current.size() - 1).text()).matches())
                    || legalFormsRunOn(current, tokens, i))) {
                current.add(t);
            } else {
                flush(runs, current);
            }
        }
        flush(runs, current);
        return runs;
    }

    /**
     * Whether "for" at {@code i} joins a name to one word of {@code org-suffixes.txt} that ends the name ("Mayhoola for
     * Investments", a fresh-user tester's finding, had been cut into two companies); "Apple for Kids" joins nothing.
     */
    private boolean forOneSuffix(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && suffixes.contains(tokens.get(i + 1).text())
                && (i + 2 >= tokens.size() || !capitalized(tokens.get(i + 2).text()));
    }

    /**
     * Where the last portfolio of a government body's name begins, when the tokens from {@code from} go on listing its
     * portfolios ("Dinas Ketahanan Pangan[, Kelautan, dan ]Pertanian", "Ministry of Trade[ and ]Industry"): commas
     * between capitalized conjuncts of at most three words, then a coordinator and a capitalized word; -1 when they do
     * not. A conjunct that opens with a body word ("dan Dinas Sosial") or is a name the gazetteer knows ("dan Bank
     * Indonesia") is a body of its own, so the list is of bodies, not of portfolios.
     */
    private int portfolioEnd(List<Token> tokens, int from, Words w) {
        int j = from;
        while (j < tokens.size()) {
            String t = tokens.get(j).text();
            if (t.equals(",") && j + 1 < tokens.size() && !w.coordinator(tokens.get(j + 1).text())) {
                j++;
            } else if (t.equals(",") || w.coordinator(t)) {
                j += t.equals(",") ? 2 : 1;
                return j < tokens.size() && conjunct(tokens, j, w) > j ? j : -1;
            } else {
                return -1;
            }
            int end = conjunct(tokens, j, w);
            if (end == j) {
                return -1;
            }
            j = end;
        }
        return -1;
    }

    /**
     * The end of a body's portfolio starting at {@code i}: one to three capitalized words, none a body word, no legal form
     * ("dan PT Lintang Jaya" is a company beside the body), no given name, no known name; i if none.
     */
    private int conjunct(List<Token> tokens, int i, Words w) {
        int j = i;
        while (j < tokens.size() && j - i < 4 && capitalized(tokens.get(j).text())) {
            j++;
        }
        if (j == i || j - i > 3 || tokens.subList(i, j).stream().anyMatch(t -> w.body(t.text()))) {
            return i; // "Leeds City Council and Newcastle City Council": another body, not a portfolio (a fresh-user tester's finding)
        }
        for (Token t : tokens.subList(i, Math.min(j + 1, tokens.size()))) {
            String word = t.text().replaceAll("\\.$", "");
            if (legalPrefixes.contains(word) || LEGAL_FORMS.contains(word) || listedGivenNames.contains(word)) {
                return i;
            }
        }
        String written = String.join(" ", tokens.subList(i, j).stream().map(Token::text).toList());
        return gazetteer.lookup(written).isEmpty() ? j : i;
    }

    /** A word (the coordinator), then two to four capitalized words (a name), right after a sentence's first word. */
    private static final Pattern MEMBER_AFTER = Pattern.compile("^[ \\t]+(\\S+)[ \\t]+((?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*[ \\t]+){1,3}\\p{Lu}[\\p{L}\\p{N}.]*)(?![\\p{L}\\p{N}])");

    /**
     * Whether a coordinator and a company's name ending in a head or a legal form follow a sentence's first word ("Petrolux
     * and Ashgrove Energy signed ...": a fresh-user tester's finding): the word is the list's first company.
     */
    private boolean listedBeforeCompany(String after, Words words) {
        Matcher m = MEMBER_AFTER.matcher(after);
        if (!m.lookingAt() || !words.coordinator().matcher(m.group(1)).matches()) {
            return false;
        }
        String[] w = m.group(2).split("[ \\t]+");
        return suffixes.contains(w[w.length - 1].replaceAll("\\.$", ""));
    }

    /**
     * Whether the words before "and" ({@code before}) are a company's name of its own, a name and a company's head, and the
     * words from {@code from} (after "and") are another company's whole name: a word that is no head, no common word and no
     * stop word, at least one more word (none after a legal form before "and"), then the legal form. "Harmoni Records and
     * Zentara Labs Inc" and "Boeing Co and ARGOSystems Inc" are two companies each;
     * "Upland Minerals and Chemicals Corp", "Atlas Consolidated Mining and Development Corp", "Gulf Resources and Chemical
     * Corp" and "Oil and Natural Gas Corporation" are one.
     */
    private boolean listOfNames(List<Token> before, List<Token> tokens, int from, Words w) {
        String after = tokens.get(from).text();
        if (before.size() < 2 || !suffixes.contains(before.get(before.size() - 1).text()) || suffixes.contains(after) || w.common(after)
                || stop.contains(after) || legalForm(after)) {
            return false;
        }
        int j = from + 1;
        while (j < tokens.size() && capitalized(tokens.get(j).text()) && !legalForm(tokens.get(j).text())) {
            j++;
        }
        // after a name with its legal form, one word and a legal form are another company ("Boeing Co and ARGOSystems Inc")
        String last = before.get(before.size() - 1).text();
        boolean formed = legalForm(last) || AND_NAME_ENDS.contains(last);
        return (formed || j > from + 1) && j < tokens.size() && legalForm(tokens.get(j).text());
    }

    /**
     * Whether the period or comma at {@code i} joins two legal forms of one name: the run ends in a legal form of any kind
     * and, past periods and commas, a legal form that ends a name follows ("Toyota Tsusho Co. Ltd.", "Hyundai Motor Co.,
     * Ltd.": a fresh-user tester's finding, "Ltd" read as a company of its own).
     */
    private boolean legalFormsRunOn(List<Token> current, List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!(t.equals(".") || t.equals(",")) || !suffixForms.contains(current.get(current.size() - 1).text().replaceAll("\\.$", ""))) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).text().equals(".") || tokens.get(j).text().equals(","))) {
            j++;
        }
        return j < tokens.size() && legalForm(tokens.get(j).text());
    }

    /**
     * Whether the words before "and" are a company the gazetteer knows: then they are a name of their own, not the start of
     * one that "and" continues ("sued OpenAI and Microsoft Corp.": a fresh-user tester's finding, one name of both).
     */
    private boolean knownBefore(List<Token> before) {
        if (before.isEmpty()) {
            return false;
        }
        String name = before.stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
        return gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PRODUCT);
    }

    /** Whether {@code token}, its final period left out, is a legal form that ends a name ("Corp.", "Tbk"). */
    private boolean legalForm(String token) {
        return LEGAL_FORMS.contains(token.replaceAll("\\.$", ""));
    }

    /**
     * Whether a run is a person's name, perhaps after a title ("CFO Anna Berg", "Anna Berg"): then "and" and a company's name
     * after it start another name ("CFO Anna Berg and Hollis Inc. CEO Mark Dent": a fresh-user tester's finding).
     */
    private boolean personRun(List<Token> current) {
        int k = 0;
        while (k < current.size() && titles.contains(current.get(k).text())) {
            k++;
        }
        return current.size() - k >= 2 && (k > 0 || listedGivenNames.contains(current.get(0).text()))
                && current.subList(k, current.size()).stream().allMatch(t -> NAME_WORD.matcher(t.text()).matches());
    }

    /** Whether the capitalized run starting at {@code from} ends in a legal form ("Casualty of Canada Ltd"). */
    private boolean endsInLegalForm(List<Token> tokens, int from, Words w) {
        int j = from;
        while (j < tokens.size() && (capitalized(tokens.get(j).text()) || w.connector(tokens.get(j).text()))) {
            if (legalForm(tokens.get(j).text())) {
                return true;
            }
            j++;
        }
        return false;
    }

    /**
     * Whether the token lies in a slash-joined code that holds a number ("245/Pdt.Sus-PKPU/2023", "No. 12/POJK.03/2021"); names
     * joined by a slash ("Royal Dutch/Shell", "Kementerian PPN/Bappenas") hold none.
     */
    private static boolean numberedCode(Sentence s, Token t) {
        String text = s.text();
        int b = t.begin() - s.begin();
        int e = t.end() - s.begin();
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String chunk = text.substring(b, e);
        return chunk.indexOf('/') >= 0 && NUMBER_PART.matcher(chunk).find();
    }

    /** A part of a slash-joined code that is a number. */
    private static final Pattern NUMBER_PART = Pattern.compile("(?:^|/)\\d+(?:/|$|[.,;:)]*$)");

    private static char charBefore(Sentence s, Token t) {
        int i = t.begin() - s.begin() - 1;
        return i >= 0 ? s.text().charAt(i) : ' ';
    }

    private static char charAfter(Sentence s, Token t) {
        int i = t.end() - s.begin();
        return i < s.text().length() ? s.text().charAt(i) : ' ';
    }

    private static void flush(List<List<Token>> runs, List<Token> current) {
        while (!current.isEmpty() && !capitalized(current.get(current.size() - 1).text()) && !codeTail(current)) {
            current.remove(current.size() - 1);
        }
        if (!current.isEmpty()) {
            runs.add(List.copyOf(current));
        }
        current.clear();
    }

    /** Two to four plain capitalized words between commas, right after a name: ", Teguh Santoso,", ", Daniel Pastoor Tort,". */
    private static final Pattern APPOSED_NAME = Pattern.compile("^\\s*,\\s*((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){1,3}\\p{Lu}[\\p{Ll}'’-]+)\\s*,");

    /** Whether a person's name, its first word no title or honorific, stands between commas right after {@code end}. */
    private boolean appositionPerson(String text, int end, int sentenceEnd) {
        Matcher m = APPOSED_NAME.matcher(text.substring(end, Math.min(sentenceEnd, end + 80)));
        if (!m.find()) {
            return false;
        }
        String first = m.group(1).split("\\s+")[0];
        return !titles.contains(first) && !stop.contains(first) && !descriptors.containsIgnoreCase(first) && !prefixes.contains(first)
                && gazetteer.lookup(m.group(1)).isEmpty();
    }

    private static final Pattern CODE_DIGITS = Pattern.compile("\\d+\\p{Lu}?");

    /**
     * Whether a run of two words or more that ends in a legal form is one company's whole name, its first word included,
     * in a language whose names' capitalized modifiers stand before their head ({@code name-modifiers = before}): where
     * that word is a person's title ("General Dynamics Corp", "Security Pacific Corp") and where it is a common word that
     * only opens the sentence ("Applied Circuit Technology Inc said", "Timber Realization Co"); not where the word is a
     * kind of organization ("Subsidiary Strata Bit Corp", {@code organization-nouns.txt}) or a legal form that opens names
     * comes later. In four fifths of the train split (seed 7), of the English company names that end in a legal form, 79
     * open with a title word of their own and none follows one; 78 open a sentence with a common word of their own and 3
     * follow a sentence-opening common word that is not theirs ("Publisher", "Subsidiary"). Indonesian writes titles
     * before a company's name ("CEO Garansindo Group": 82 such names follow a title word), so there the word is no part.
     */
    private boolean wholeLegalName(List<Token> run, Words words, Language language) {
        return modifiersBefore.contains(language) && run.size() >= 2
                && suffixes.contains(run.get(run.size() - 1).text().replaceAll("\\.$", ""))
                && !words.organizationNoun(run.get(0).text()) && run.stream().skip(1).noneMatch(t -> prefixes.contains(t.text()));
    }

    /**
     * Whether the tokens end in a model code: digits glued to a capital letter or a capitalized
     * word before them ("Galaxy A54", "QCC5100", "PS5", "Tegra X1", tokenized as "A" "54").
     */
    static boolean codeTail(List<Token> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        Token prev = tokens.get(tokens.size() - 2);
        if (CODE.matcher(last.text()).matches()) {
            return true; // "Galaxy S24": the code is one token after a name
        }
        // a lone letter before digits is no product's name ("G20", "B20" alone are meetings and forums)
        return CODE_DIGITS.matcher(last.text()).matches() && prev.end() == last.begin() && capitalized(prev.text())
                && prev.text().chars().allMatch(Character::isLetter) && (tokens.size() > 2 || prev.text().length() > 1);
    }

    private static final Pattern CODE = Pattern.compile("\\p{Lu}{1,3}\\d{1,5}\\p{Lu}?");

    static boolean capitalized(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (Character.isUpperCase(c)) {
            return token.length() > 1 || Character.isLetter(c);
        }
        // iPhone, eBay; an elided particle before a capitalized word, inside a name ("Cote d'Or", "Côte d’Ivoire")
        return token.length() > 2 && Character.isLowerCase(c) && Character.isUpperCase(token.charAt(1))
                || token.length() > 3 && (c == 'd' || c == 'l') && (token.charAt(1) == '\'' || token.charAt(1) == '’')
                && Character.isUpperCase(token.charAt(2));
    }

    /**
     * The names the article writes with a legal form before or after them, without it: "Astra
     * Digital" for "PT Astra Digital" or "Astra Digital Ltd". Written so once, the name is the
     * company's wherever the article writes it bare ("Kuasa hukum Astra Digital"), even where a
     * gazetteer name begins it.
     */
    private Set<String> formalNames(String text, List<Sentence> sentences, Words w) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            for (List<Token> run : runs(s, w)) {
                for (int k = 0; k + 2 < run.size(); k++) {
                    if (prefixes.contains(run.get(k).text())) {
                        int end = hasSuffix(run) ? run.size() - 1 : run.size();
                        if (end - k > 2) {
                            out.add(surface(text, run.subList(k + 1, end)));
                        }
                        break;
                    }
                }
                if (run.size() > 2 && hasSuffix(run) && !prefixes.contains(run.get(0).text())) {
                    out.add(surface(text, run.subList(0, run.size() - 1)));
                }
            }
        }
        return out;
    }

    /**
     * As {@link #splitAtKnownNames}, but a run of three or more words right after a role noun in
     * small letters ("kiper Persebaya Dimas Galih", "analyst Harbor Capital John Smith") is first
     * cut before its first given name that has a word after it: the organization the role is held
     * at, then the person who holds it. Without a role noun before it, or without such a given
     * name, the run is cut as before.
     *
     * @param employers receives the parts before the person: an organization's name, whatever the role noun before them suggests
     */
    private List<List<Token>> splitAfterRoleNoun(String text, Sentence s, List<Token> run, Words w, Set<String> formal,
                                                 Set<List<Token>> employers) {
        if (run.size() >= 3 && !titles.contains(run.get(0).text()) && !prefixes.contains(run.get(0).text())
                && w.roleNounBefore(wordsBefore(text, s.begin(), run.get(0).begin()))) {
            for (int g = 1; g < run.size() - 1; g++) {
                if (listedGivenNames.contains(run.get(g).text()) && !listedGivenNames.contains(run.get(0).text())) {
                    List<List<Token>> out = new ArrayList<>(splitAtKnownNames(text, List.copyOf(run.subList(0, g)), w, formal));
                    employers.addAll(out);
                    out.add(List.copyOf(run.subList(g, run.size())));
                    return out;
                }
            }
        }
        return splitAtKnownNames(text, run, w, formal);
    }

    /** Cuts a run around the names the gazetteer knows and around leading titles. */
    private List<List<Token>> splitAtKnownNames(String text, List<Token> run, Words w, Set<String> formal) {
        List<List<Token>> out = new ArrayList<>();
        if (run.size() >= 3 && prefixes.contains(run.get(0).text().replaceAll("\\.$", "")) && knownNameEnd(text, run, 1) == 1) {
            for (int i = 2; i < run.size(); i++) {
                if (knownNameEnd(text, run, i) > i) {
                    // "PT Lestari Mandiri": a name a legal form opens is another company than the known "Mandiri" at its end
                    out.add(run);
                    return out;
                }
            }
        }
        for (int i = 0; i < run.size(); i++) {
            for (int j = run.size(); j > i + 1; j--) {
                boolean formed = i > 0 && prefixes.contains(run.get(i - 1).text())
                        || j < run.size() && suffixes.contains(run.get(j).text().replaceAll("\\.$", ""));
                if (!formed && formal.contains(surface(text, run.subList(i, j))) && knownNameEnd(text, run, i) < j) {
                    // "Kuasa hukum Astra Digital" after "PT Astra Digital": the company's name, not the known "Astra"
                    if (i > 0) {
                        out.addAll(splitAtKnownNames(text, List.copyOf(run.subList(0, i)), w, Set.of()));
                    }
                    out.add(List.copyOf(run.subList(i, j)));
                    if (j < run.size()) {
                        out.addAll(splitAtKnownNames(text, List.copyOf(run.subList(j, run.size())), w, formal));
                    }
                    return out;
                }
            }
        }
        if (hasSuffix(run) && (!gazetteer.lookup(surface(text, run)).isEmpty()
                || run.size() > 1 && !gazetteer.lookup(surface(text, run.subList(0, run.size() - 1))).isEmpty())) {
            return out; // the gazetteer has it, whole or without its legal form
        }
        if (hasSuffix(run) && run.size() > 1 && !isPlace(text, run.subList(0, run.size() - 1))) {
            // "Sumitomo Mitsui Financial", "Grab Holdings": a legal form makes the whole run one name
            out.add(run);
            return out;
        }
        // "Direktur Operasional PT Karya Emas Mandiri, Budi Santoso, ...": a name set beside the run after a comma is the person,
        // so the run is a title and an organization only (a fresh-user tester's finding: "PT Karya" had been cut off)
        Matcher beside = NAME_BESIDE.matcher(text).region(run.get(run.size() - 1).end(), text.length());
        boolean personBeside = beside.lookingAt() && !titles.contains(beside.group(1));
        for (int k = 1; k < run.size() - 2; k++) {
            if (suffixes.contains(run.get(k).text()) && titles.contains(run.get(0).text()) && !suffixes.contains(run.get(run.size() - 1).text())) {
                if (personBeside) {
                    out.add(run); // the title's words go when the name is typed
                    return out;
                }
                // "Ekonom Senior Bright Institute Awalil Rizky": title, organization, person; where a known name starts at the
                // word or right after it as a prefix ("Direktur Utama Bank Mandiri Kartika Wirjoatmodjo"), the organization is
                // that name
                int end = Math.max(k + 1, knownNameEnd(text, run, k));
                if (end == k + 1 && prefixes.contains(run.get(k).text())) {
                    end = Math.max(end, knownNameEnd(text, run, k + 1));
                    if (end == k + 1 && run.size() - (k + 2) >= 2 && !listedGivenNames.contains(run.get(k + 1).text())) {
                        end = k + 2; // "Direktur Utama Bank Permata Bianto Surodjo": a word that opens names takes the next
                    }
                }
                while (run.size() - end > 2 && (isPlace(text, run.subList(end, end + 1))
                        || businessLines.matcher(run.get(end).text()).matches())) {
                    // "Kepala Perwakilan Bank Indonesia Jatim Doddy Zulverdi": the region is the office's; "Direktur Bank BCA
                    // Syariah Yuli Wati": a line of business is the company's
                    end++;
                }
                if (run.size() - end < 2) {
                    break;
                }
                out.add(List.copyOf(run.subList(0, end)));
                out.add(List.copyOf(run.subList(end, run.size())));
                return out;
            }
        }
        if (run.size() >= 2 && w.body().matcher(run.get(0).text()).matches()) {
            for (int i = 1; i < run.size(); i++) {
                if (isPlace(text, run.subList(i, run.size()))) {
                    // "Pemkot Bandung", "Pemerintah Provinsi DKI Jakarta": a government body named by its region is one name
                    out.add(run);
                    return out;
                }
            }
        }
        for (int k = 0; k + 1 < run.size(); k++) {
            List<Token> from = run.subList(k, run.size());
            if (w.opensName(from, titles::contains) && descriptors.containsIgnoreCase(run.get(k).text())) {
                for (int i = k + 1; i < run.size(); i++) {
                    if (isPlace(text, run.subList(i, run.size()))) {
                        // "Bank Sentral Eropa", "Ekonom Universitas Indonesia": a kind of organization that opens a name, named
                        // by a place, is one name (the words before it, a stop word or a title, go when it is typed)
                        out.add(run);
                        return out;
                    }
                }
            }
            String t = run.get(k).text();
            if (!stop.contains(t) && !titles.contains(t) && !w.honorific(t)) {
                break;
            }
        }
        for (int t = 1; t + 2 < run.size(); t++) {
            if (!titles.contains(run.get(t).text()) || titles.contains(run.get(t - 1).text())) {
                continue;
            }
            int k = t;
            while (k < run.size() && titles.contains(run.get(k).text())) {
                k++;
            }
            int rest = run.size() - k;
            if (rest >= 2 && rest <= 3 && run.subList(k, run.size()).stream().allMatch(x -> NAME_WORD.matcher(x.text()).matches()
                    && !w.common(x.text()) && !suffixes.contains(x.text()))) {
                // "Energy Secretary John Herrington", "Harbor Capital Chief Executive John Smith": a title inside the run; the
                // person after it, and before it an organization's name, or one word of a portfolio that names nothing
                for (List<Token> part : splitAtKnownNames(text, List.copyOf(run.subList(0, t)), w, formal)) {
                    if (part.size() > 1 || !gazetteer.lookup(surface(text, part)).isEmpty()) {
                        out.add(part);
                    }
                }
                out.add(List.copyOf(run.subList(k, run.size())));
                return out;
            }
            break;
        }
        if (titles.contains(run.get(0).text())) {
            int k = 1;
            while (k < run.size() && (titles.contains(run.get(k).text()) || w.connector(run.get(k).text()))) {
                k++;
            }
            String last = k == run.size() - 1 ? run.get(k).text() : null;
            boolean governmentTitle = w.governmentTitle().matcher(surface(text, run.subList(0, k))).matches();
            if (last != null && governmentTitle && !ACRONYM_WORD.matcher(last).matches()
                    && !listedGivenNames.contains(last) && gazetteer.lookup(last).isEmpty()) {
                return out; // "Menteri Perhubungan, Budi Santoso": the one word after a minister's title is a portfolio, no name
            }
            for (int j = run.size() - 2; governmentTitle && j >= k; j--) {
                if (Pattern.compile("(?i)(?<![\\p{L}])" + w.bodies() + "\\s+"
                        + Pattern.quote(surface(text, run.subList(k, j + 1))).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}])").matcher(text).find()) {
                    // "Menteri Perhubungan Darmawan Lestanto" where the article names "Kementerian Perhubungan": the words the
                    // body's name shares are the portfolio, the rest the minister; a place they start runs on ("Gubernur DKI
                    // Jakarta X" beside "Pemprov DKI")
                    int end = j + 1;
                    for (int e = run.size() - 1; e > end; e--) {
                        for (int i = k; i < end; i++) {
                            if (isPlace(text, run.subList(i, e))) {
                                end = e;
                            }
                        }
                    }
                    out.add(List.copyOf(run.subList(end, run.size())));
                    return out;
                }
            }
            for (int g = k + 1; g < run.size() - 1; g++) {
                if (listedGivenNames.contains(run.get(g).text())) {
                    // "CEO Kulina Andy Fajar Handika": title, organization, then a person from the given name on
                    out.add(List.copyOf(run.subList(0, g)));
                    out.add(List.copyOf(run.subList(g, run.size())));
                    return out;
                }
            }
            int person = personAfterMarkedOrganization(text, run, k, w);
            if (person > 0) {
                // "Kepala DLH DKI Asep Kuswanto", "Ketua Fraksi PDIP DKI Gembong Warsono": title, an organization ending in an
                // acronym or a place, then a person's plain name
                out.add(List.copyOf(run.subList(0, person)));
                out.add(List.copyOf(run.subList(person, run.size())));
                return out;
            }
        }
        if (run.size() > 2 && prefixes.contains(run.get(0).text()) && knowsOnlyPlacesWithin(text, run)) {
            // "PT Mitra Teh Nusantara": after a word that opens a company's name, a place word is part of the name
            out.add(run);
            return out;
        }
        for (int k = 0; k + 2 < run.size(); k++) {
            if (!prefixes.contains(run.get(k).text())) {
                continue;
            }
            int known = knownNameEnd(text, run, k + 1);
            if (known > k + 1 && known < run.size() && !listedGivenNames.contains(run.get(known).text())) {
                // "PT Astra Digital", "Direktur Utama PT Bumi Lestari": after a word that opens a company's name, a
                // known name followed by more of the name is the start of another company's name, not that company
                if (k > 0) {
                    flushPart(out, new ArrayList<>(run.subList(0, k)));
                }
                out.add(List.copyOf(run.subList(k, run.size())));
                return out;
            }
            break;
        }
        int lead = knownNameEnd(text, run, 0);

        if (lead > 0 && lead < run.size() && isOrganization(text, run.subList(0, lead)) && isPlace(text, run.subList(lead, run.size()))) {
            // "AOL Europe", "Grab Indonesia": a company's regional unit is an organization of its own
            out.add(run);
            return out;
        }
        // a model's number after the run ("Boeing 747") makes the maker's name part of the product's
        boolean numbered = w.modelNumberEnd(text, run.get(run.size() - 1).end(), text.length()) > 0;
        List<Token> current = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int known = knownNameEnd(text, run, i);
            int place = known > i && known < run.size() && isOrganization(text, run.subList(i, known)) ? knownNameEnd(text, run, known) : known;
            if (place > known && isPlace(text, run.subList(known, place))) {
                // "... Grab Indonesia Tirza Munusamy": the regional unit is one name
                flushPart(out, current);
                out.add(List.copyOf(run.subList(i, place)));
                i = place;
                continue;
            }
            if (known > i && known == run.size() && i == 0 && numbered && isOrganization(text, run)) {
                // "Boeing 747", "Nokia 1": a known maker's name before a model's number is the product's name
                out.add(List.copyOf(run));
                return out;
            }
            if (known > i && known < run.size() && (codeTail(run) || numbered) && !isPlace(text, run.subList(i, known))) {
                // "Samsung Galaxy A54", "Nvidia Tegra X1": a maker's name before a model is part of the product's name
                flushPart(out, current);
                out.add(List.copyOf(run.subList(i, run.size())));
                i = run.size();
            } else if (known > i && known < run.size() && businessLines.matcher(run.get(known).text()).matches()) {
                // "analis Mandiri Sekuritas Budi Santoso": a known name before a line of business opens another company's
                // name, read on as any unknown name is ("Kresna Sekuritas Budi Santoso")
                current.addAll(run.subList(i, known));
                i = known;
            } else if (known > i) {
                flushPart(out, current);
                i = known;
            } else {
                current.add(run.get(i));
                i++;
            }
        }
        flushPart(out, current);
        return out;
    }

    /**
     * Where a person's name starts in a run that opens with a title: after the run's last acronym ("DLH", "PDIP"),
     * place ("DKI", "Tulungagung") or organization the gazetteer knows ("Bank Mandiri"), when one to three plain name
     * words ("Asep Kuswanto"; an initial may open them) end the run, none of them a place, a common word, a legal form
     * or a word of organization names; a line of business after the organization is its ("BCA Syariah"); 0 if there is none.
     */
    private int personAfterMarkedOrganization(String text, List<Token> run, int from, Words w) {
        int mark = -1;
        for (int g = from; g < run.size() - 1; g++) {
            String t = run.get(g).text();
            if (t.length() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) || isPlace(text, run.subList(g, g + 1))) {
                mark = g;
            }
            int known = knownNameEnd(text, run, g);
            if (known > g && known < run.size() && isOrganization(text, run.subList(g, known))) {
                mark = Math.max(mark, known - 1); // "Direktur Utama Bank Mandiri Kartika Wirjoatmodjo": a company the gazetteer knows
            }
        }
        int start = mark + 1;
        while (mark >= from && start < run.size() - 2 && businessLines.matcher(run.get(start).text()).matches()) {
            start++; // "Presiden Direktur PT Bank BCA Syariah John Kosasih": a line of business ends the company's name
        }
        if (mark < from || run.size() - start > 3) {
            return 0;
        }
        for (int g = start; g < run.size(); g++) {
            String t = run.get(g).text();
            boolean initial = g == start && g + 1 < run.size() && INITIAL.matcher(t).matches();
            if (!initial && (!NAME_WORD.matcher(t).matches() || w.common(t) || isPlace(text, run.subList(g, g + 1))
                    || suffixes.contains(t) || prefixes.contains(t) || titles.contains(t) || descriptors.containsIgnoreCase(t)
                    || !gazetteer.lookup(t).isEmpty())) {
                return 0;
            }
        }
        return start;
    }

    /** Whether every name the gazetteer knows inside the run is a place. */
    private boolean knowsOnlyPlacesWithin(String text, List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            int known = knownNameEnd(text, run, i);
            if (known > i && !isPlace(text, run.subList(i, known))) {
                return false;
            }
        }
        return true;
    }

    private boolean isOrganization(String text, List<Token> tokens) {
        return gazetteer.lookup(surface(text, tokens)).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    /**
     * Whether the run ends in a word of a trade ({@code data/lexicon/trade-heads.txt}) after a word of the name's own, which
     * no list knows and the language does not write small: "Kelana Digital", "Lintas Data", not "Transformasi Digital" nor
     * "Indonesia Digital".
     */
    private boolean tradeNamed(List<Token> run, Words words) {
        if (run.size() < 2 || !tradeHeads.contains(run.get(run.size() - 1).text())) {
            return false;
        }
        Token before = run.get(run.size() - 2);
        String w = before.text();
        return NAME_WORD.matcher(w).matches() && !words.common(w) && !stop.contains(w) && !titles.contains(w)
                && !descriptors.containsIgnoreCase(w) && !suffixes.contains(w) && !prefixes.contains(w)
                && gazetteer.lookup(w).stream().noneMatch(e -> e.type() == EntityType.PLACE);
    }

    private boolean isPlace(String text, List<Token> tokens) {
        return gazetteer.lookup(surface(text, tokens)).stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    private static void flushPart(List<List<Token>> out, List<Token> current) {
        while (!current.isEmpty() && !capitalized(current.get(current.size() - 1).text()) && !codeTail(current)) {
            current.remove(current.size() - 1);
        }
        while (!current.isEmpty() && !capitalized(current.get(0).text())) {
            current.remove(0);
        }
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        current.clear();
    }

    private int knownNameEnd(String text, List<Token> run, int i) {
        for (int j = run.size(); j > i; j--) {
            String written = surface(text, run.subList(i, j));
            // as the gazetteer finder reads names: an acronym or ticker only as written ("PT Bumi Rahayu" holds no "BUMI")
            if (gazetteer.lookup(written).stream().anyMatch(e -> GazetteerMentionFinder.acceptable(written, e))) {
                return j;
            }
        }
        return i;
    }

    private Mention type(String text, Sentence s, List<Token> part, Set<String> midCaps, Set<String> smallWords, Language language,
                         Set<String> formal) {
        Words words = this.words.get(language);
        List<Token> run = new ArrayList<>(part);
        boolean titled = false;
        boolean honorific = honorificBefore(text, s, part.get(0), words);
        // leading stop words and titles are not part of the name
        while (!run.isEmpty()) {
            String w = run.get(0).text();
            if ((words.honorific(w) || titles.contains(w) && !wholeLegalName(run, words, language)) && run.size() > 1) {
                titled = true;
                honorific = words.honorific(w);
                run.remove(0);
            } else if (words.opensName(run, titles::contains)) {
                break; // "American Airlines", "Bank Sentral Eropa": the word opens the name
            } else if (run.size() >= 3 && demonyms.values().stream().anyMatch(d -> d.contains(w))
                    && suffixes.contains(run.get(run.size() - 1).text()) && gazetteer.lookup(surface(text, run.subList(1, run.size()))).isEmpty()
                    && gazetteer.lookup(run.get(1).text()).isEmpty()) {
                // "Thai Union Group": a demonym before a company's name its own words end opens the name (a tester's finding); not
                // before a known name ("Dutch Philips Telecommunications BV")
                break;
            } else if ((stop.contains(w) || descriptors.containsIgnoreCase(w) && run.size() > 1) && !prefixes.contains(w)
                    && !suffixes.contains(w)) {
                run.remove(0); // "Rival Aquanova Ltd", "Platform Kelana": a descriptor is not part of the name
            } else if (!words.connector(w) && capitalized(w)) {
                break;
            } else {
                run.remove(0);
            }
        }
        // "PT Kelana Digital", "PT Lintas Data": after a word that opens a company's name, a stop word is part of the name
        // and so is it in a name the article also writes with a legal form ("Kelana Digital" after "PT Kelana Digital")
        boolean opened = !run.isEmpty() && (prefixes.contains(run.get(0).text()) && run.size() > 2 || formal.contains(surface(text, run)));
        while (!run.isEmpty() && (stop.contains(run.get(run.size() - 1).text()) && !suffixes.contains(run.get(run.size() - 1).text())
                && run.size() > 1 && !opened && !tradeNamed(run, words) || !capitalized(run.get(run.size() - 1).text()) && !codeTail(run))) {
            run.remove(run.size() - 1);
        }
        for (int k = 1; k < run.size(); k++) {
            if (STRONG_TITLES.contains(run.get(k).text())) {
                run.subList(k, run.size()).clear(); // "Land Rover Chief Design Officer": the name ends where the title starts
                break;
            }
        }
        // the commas and coordinators of a body's portfolios ("Dinas Ketahanan Pangan, Kelautan, dan Pertanian") are no words
        long wordCount = run.stream().filter(t -> !t.text().equals(",") && !words.coordinator(t.text())).count();
        if (run.isEmpty() || wordCount > MAX_RUN || nonParty.contains(run.get(0).text())
                || run.stream().allMatch(t -> titles.contains(t.text()) || stop.contains(t.text()) || words.connector(t.text()))) {
            return null; // "Wakil Presiden Komisaris", "Rapat Umum Pemegang Saham": a title or an event, not a party
        }
        if (formal.contains(surface(text, run))) {
            // "Direktur Utama Kelana Niaga, Budi Santoso" after "PT Kelana Niaga Tbk": a company's name, even after a title
            int b = run.get(0).begin();
            int e = run.get(run.size() - 1).end();
            return new Mention(b, e, text.substring(b, e), EntityType.ORGANIZATION, "", NAME, 0.8);
        }
        if (run.size() >= 2 && words.body().matcher(run.get(0).text()).matches()) {
            // "Pemkot Bandung", "Kementerian Keuangan": a name opened by a government body's word is the body's, whoever speaks
            int b = run.get(0).begin();
            int e = run.get(run.size() - 1).end();
            return new Mention(b, e, text.substring(b, e), EntityType.ORGANIZATION, "", NAME, 0.8);
        }
        // "Second Life Philip Rosedale": a given name inside a run starts a person's name
        boolean unlikelyNameStart = stop.contains(run.get(0).text()) || nonParty.contains(run.get(0).text());
        for (int k = 1; k < run.size() - 1 && unlikelyNameStart; k++) {
            if (listedGivenNames.contains(run.get(k).text()) && !listedGivenNames.contains(run.get(k - 1).text())
                    && !suffixes.contains(run.get(run.size() - 1).text())) {
                run.subList(0, k).clear();
                break;
            }
        }
        Token first = run.get(0);
        boolean sentenceInitial = first.begin() == s.begin() || precededByOpening(text, first.begin(), s.begin());
        // "Users of Kelana": an unknown sentence-initial word joined by a connector is not part of the name
        if (sentenceInitial && run.size() > 2 && words.connector(run.get(1).text()) && !midCaps.contains(first.text())
                && !prefixes.contains(first.text())) {
            run.subList(0, 2).clear();
            first = run.get(0);
            sentenceInitial = false;
        }
        // "Obviously Dayton", "Sebaliknya Icardi", "Kehadiran Pak Agus": a common word capitalized only because it opens the
        // sentence is not part of the name after it
        if (sentenceInitial && run.size() >= 2 && words.common(first.text()) && !midCaps.contains(first.text())
                && !prefixes.contains(first.text()) && !words.opensName(run, titles::contains) && !wholeLegalName(run, words, language)) {
            run.remove(0);
            while (run.size() > 1 && (titles.contains(run.get(0).text()) || words.honorific(run.get(0).text()))) {
                titled = true;
                run.remove(0);
            }
            first = run.get(0);
            sentenceInitial = false;
        }
        if (run.size() == 1 && !titled && (demonyms.get(language).contains(first.text())
                || smallWords.contains(first.text().toLowerCase(Locale.ROOT)) && gazetteer.lookup(first.text()).isEmpty())) {
            return null; // "Ugandan officials", "Economic Minister", "Pemerintah Pusat": a demonym or a word the body writes small is no name alone
        }
        if (run.size() == 1 && (stop.contains(first.text()) || prefixes.contains(first.text())
                || first.text().matches("\\p{Lu}{2,}s|\\p{Lu}{2}"))) {
            return null; // "LCDs", "PCs": plural acronyms are things, not names
        }
        int of = -1;
        for (int k = 1; k < run.size(); k++) {
            if (run.get(k).text().equals("of")) {
                of = k;
                break;
            }
        }
        if (of > 1 && (givenNames.contains(first.text()) || titleBefore(s, first.begin()))
                && !suffixes.contains(run.get(run.size() - 1).text()) && !prefixes.contains(first.text())) {
            run.subList(of, run.size()).clear(); // "Gerard Rijk of Inbev": a person, then where they are from
        }
        boolean nameWords = !run.isEmpty() && run.stream().noneMatch(t -> suffixes.contains(t.text().replaceAll("\\.$", ""))
                || prefixes.contains(t.text()));
        if (nameWords && run.size() <= 2 && !titled && run.stream().allMatch(t -> words.common(t.text()))) {
            return null; // "Inflasi itu naik", "the Year ahead": words the language writes in lower case are no name
        }
        if (nameWords && codeTail(run)) {
            // "Galaxy A54", "QCC5100": a name with a model code is a product
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.PRODUCT, "", NAME, 0.7);
        }
        List<String> before = nameWords ? wordsBefore(text, s.begin(), first.begin()) : List.of();
        if (nameWords && words.productNounBefore(before)
                && !middleInitials(run) && !(givenNames.contains(first.text()) && run.size() >= 2)) {
            // "aplikasi Kelana", "a drug called Zentra": the name after a kind of product is the product's
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.PRODUCT, "", NAME, 0.7);
        }
        if (nameWords && !middleInitials(run) && !(givenNames.contains(first.text()) && run.size() >= 2) && !placeWordIn(run)
                && words.organizationNounBefore(before)) {
            // "payments startup Kelvaro", "perusahaan rintisan Kelvaro": the kind of organization says what the name is, as a legal form does
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.ORGANIZATION, "", NAME, MentionFinder.EVIDENCED);
        }
        if (nameWords && !placeWordIn(run) && describedBefore.get(language).matcher(text.substring(Math.max(s.begin(), first.begin() - 120),
                first.begin())).find()) {
            // "Perusahaan kesehatan hewan asal Prancis, Ceva Sante Animale", "produsen asal Vietnam, Lam Son Machinery": a name set
            // beside a company's description with its place is the company's (a fresh-user tester's finding: read a person's)
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.ORGANIZATION, "", NAME, MentionFinder.EVIDENCED);
        }
        if (nameWords && !placeWordIn(run) && initialsThenSurname(run, words)) {
            // "D Peel", "J-P Grandclaude", "P de Villiers": initials before a surname are a person's
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.PERSON, "", NAME, 0.7);
        }
        if (nameWords && run.size() == 1 && NAME_WORD.matcher(first.text()).matches() && !words.common(first.text())
                && words.quoteBefore.matcher(text.substring(Math.max(s.begin(), first.begin() - 20), first.begin())).find()
                && QUOTE_SPEAKER_END.matcher(text.substring(first.end(), s.end())).lookingAt()) {
            // "...," kata Rosmauli", "...," said Greer": the one word an inverted quote is attributed to is a person's name
            return new Mention(first.begin(), first.end(), first.text(), EntityType.PERSON, "", NAME, 0.7);
        }
        if (!gazetteer.lookup(surface(text, run.subList(0, 1))).isEmpty() && run.size() > 1
                && gazetteer.lookup(surface(text, run.subList(0, 1))).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION)) {
            // "Grab Indonesia": a known company's unit is an organization, whatever surrounds it
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.ORGANIZATION, "", NAME, 0.75);
        }
        boolean camel = first.text().chars().skip(1).anyMatch(Character::isUpperCase) && first.text().chars().anyMatch(Character::isLowerCase);
        // "Quarn (NYSE: QRN) agreed ...": a ticker in exchange context makes the one word a company's name
        boolean listed = ExchangeTickers.AFTER_NAME
                .matcher(text.substring(first.end(), Math.min(text.length(), first.end() + 40))).lookingAt();
        // "Ladbrokes spokesman Warren Lush said": a sentence's first word before a post and a person is a name
        boolean employer = words.employer(text.substring(Math.max(s.begin(), first.begin() - 40), first.begin()),
                text.substring(run.get(run.size() - 1).end(), Math.min(s.end(), run.get(run.size() - 1).end() + 60)));
        // "Altice agreed to acquire ...": a sentence's first word, no common one, right before what a company does in a deal
        boolean dealSubject = sentenceInitial && run.size() == 1 && !midCaps.contains(first.text()) && NAME_WORD.matcher(first.text()).matches()
                && !words.common(first.text()) && !givenNames.contains(first.text())
                && (words.companyVerbAfter(text.substring(first.end(), s.end())) || listedBeforeCompany(text.substring(first.end(), s.end()), words));
        if (dealSubject) {
            return new Mention(first.begin(), first.end(), first.text(), EntityType.ORGANIZATION, "", NAME, UNSUPPORTED);
        }
        // "Pallatta, a logistics startup, said ...", "Pallatta, perusahaan rintisan logistik, ...": a sentence's first word, no
        // common one, that an apposition describes as an organization is one, where the article writes it again (a check of
        // this round: a company's first mention at a sentence's start was lost; a verifier's "Ironically, a rival company,
        // Zorbit, said" and "Untungnya, perusahaan rintisan logistik, ..." name nothing, and such adverbs stand once)
        boolean described = sentenceInitial && run.size() == 1 && NAME_WORD.matcher(first.text()).matches() && !words.common(first.text())
                && !givenNames.contains(first.text()) && (closedApposition(descriptorAppositions.get(language), text, first.end(), s.end())
                && (writtenAgain(text, first) || modifiersBefore.contains(language)
                && predicateAfter(descriptorAppositions.get(language), text, first.end(), s.end()))
                || bareAppositions.get(language).matcher(text).region(first.end(), s.end()).lookingAt() && writtenAgain(text, first));
        if (sentenceInitial && run.size() == 1 && !midCaps.contains(first.text()) && !titled && !camel && !listed && !employer && !described) {
            return null;
        }
        if (run.size() == 1 && first.text().length() < 2) {
            return null;
        }
        int begin = first.begin();
        int end = run.get(run.size() - 1).end();
        if (text.charAt(end - 1) == '.' && end - begin > 2) {
            end--; // "Corp." at the end of a name: the period is punctuation
        }
        if (text.charAt(end - 1) == '-' && end - begin > 2) {
            end--; // "Rosneft-owned Yugansk", which the tokenizer split after the hyphen: the hyphen joins the name to the next word
        }
        String surface = text.substring(begin, end);
        if (surface.length() > 80 || WEB_OUTLET.matcher(surface).matches()) {
            return null;
        }
        String last = run.get(run.size() - 1).text().replaceAll("\\.$", "");
        String firstWord = first.text();
        boolean allCaps = surface.equals(surface.toUpperCase(Locale.ROOT)) && surface.chars().anyMatch(Character::isLetter);
        if (suffixes.contains(last) || prefixes.contains(firstWord) && run.size() > 1) {
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.8);
        }
        if (!allCaps && employer) {
            // before an executive's or an office's post with no possessive between, typed on evidence as a legal form would type it
            // ("Kiryu president Hiroshi Maeda": 395 of 400 names before a post in the fold's English train part are organizations,
            // the other five people with a possessive, "Napier's lawyer Tony Kelly"; the trained finder had typed a Japanese
            // company's name a person's), in a language whose modifiers stand before their head and with no given name first
            // ("named John Bond chief executive officer Americas", "David Singleton pelatih Prawira Bandung": the first verifier's
            // findings in real news)
            boolean evidenced = words.executivePostAfter(text.substring(end, Math.min(s.end(), end + 60))) && !placeWordIn(run)
                    && modifiersBefore.contains(language) && !givenNames.contains(first.text());
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, evidenced ? MentionFinder.EVIDENCED : 0.7);
        }
        boolean titledBefore = titled || titleBefore(s, begin);
        boolean titledAfter = titleAfter(text, end, s.end(), language);
        // (a given name joined by a hyphen to what follows, with no space in the name, opens no person's name: "Ray-Ban",
        // "Mercedes-Benz"; a fresh-user tester's finding)
        boolean given = givenNames.contains(firstWord) && run.size() >= 2 && surface.chars().anyMatch(Character::isWhitespace);
        boolean saidNear = run.size() >= 2 && saidNear(text, begin, end, s, words);
        // an acronym among the words ("Fraksi PDIP DKI") makes an organization's name, not a person's
        boolean orgWords = run.stream().anyMatch(t -> (suffixes.contains(t.text()) || prefixes.contains(t.text()) || stop.contains(t.text()))
                && !givenNames.contains(t.text())) || run.size() > 1 && run.stream().anyMatch(t -> ACRONYM_WORD.matcher(t.text()).matches());
        if (!allCaps && !orgWords && middleInitials(run)) {
            // "Nixon L.P. Napitupulu", "Irtiza H. Sayyed": initials between two words are a person's middle names
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, 0.75);
        }
        if (!allCaps && !orgWords && run.size() <= 3 && run.stream().allMatch(t -> NAME_WORD.matcher(t.text()).matches() && !words.common(t.text()))
                && !placeWordIn(run) && words.roleNounBefore(wordsBefore(text, s.begin(), begin))) {
            // "actress Jane Roe", "pelatih Budi Santoso", "singer Kenzie": a plain name after what a person is
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, 0.7);
        }
        if (titled && !honorific && !given && !allCaps && appositionPerson(text, end, s.end())) {
            // "Direktur Riset Index Politica, Fadhly Alimin Hasyim, mengatakan": after a title, the name a person's name is
            // set beside between commas is where the post is held, not a person
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.7);
        }
        if (!allCaps && !orgWords && run.size() <= 4 && (given || honorific || (titledBefore || titledAfter || saidNear) && run.size() >= 2)) {
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, given ? 0.8 : 0.7);
        }
        boolean placeWord = run.stream().anyMatch(t -> gazetteer.lookup(t.text()).stream().anyMatch(e -> e.type() == EntityType.PLACE));
        boolean personContext = titledBefore || titledAfter || run.size() >= 2 && saidNear(text, begin, end, s, words)
                || AGENT_BEFORE.matcher(text.substring(Math.max(s.begin(), begin - 8), begin)).find();
        if (!allCaps && !orgWords && !placeWord && personContext && run.size() >= 3 && run.size() <= 4 && !descriptorNear(text, begin, end, s)
                && run.stream().allMatch(t -> t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0))
                && t.text().substring(1).chars().allMatch(Character::isLowerCase))) {
            // "Theodore Permadi Rachmat": three or four plain capitalized words with no organization word are a person
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, 0.6);
        }
        if (descriptorAppositions.get(language).matcher(text).region(end, s.end()).lookingAt()) {
            // "Audius, sebuah platform streaming musik": the apposition says what the name is, as a legal form does
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, MentionFinder.EVIDENCED);
        }
        if (descriptorNear(text, begin, end, s)) {
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.7);
        }
        return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, UNSUPPORTED);
    }

    /** Whether the text holds {@code word}'s text as a whole word somewhere else too, as written. */
    private static boolean writtenAgain(String text, Token word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.text()) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            if (m.start() != word.begin()) {
                return true;
            }
        }
        return false;
    }

    /** Up to five more words of an apposition and the comma that closes it. */
    private static final Pattern APPOSITION_CLOSE = Pattern.compile("(?:\\s+[^\\s,.;:!?]+){0,5}\\s*,");

    /**
     * Whether {@code apposition} reads in {@code text} from {@code from}, a comma closes it and a word in small letters follows
     * that comma: the sentence goes on with its verb, so the word before the apposition is its subject ("Decathlon, the French
     * sporting-goods retailer, is its largest customer", written once: a fresh-user tester's finding), not an adverb before a
     * described name ("Ironically, a rival company, Zorbit, said": a verifier's finding). Read only in a language whose
     * names' modifiers stand before their head ({@code language.properties}): an Indonesian sentence opens with "Menurutnya, para
     * investor ini ..." (a verifier's finding).
     */
    private static boolean predicateAfter(Pattern apposition, String text, int from, int to) {
        Matcher m = apposition.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return false;
        }
        Matcher c = APPOSITION_CLOSE.matcher(text).region(m.end(), to);
        if (!c.lookingAt()) {
            return false;
        }
        String rest = text.substring(c.end(), to).stripLeading();
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    }

    /**
     * Whether {@code apposition} reads in {@code text} from {@code from} (within the sentence ending at {@code to}) and a comma
     * closes it within five words: "Pallatta, a logistics startup, said"; not "Worryingly, a number of companies have".
     */
    private static boolean closedApposition(Pattern apposition, String text, int from, int to) {
        Matcher m = apposition.matcher(text).region(from, to);
        return m.lookingAt() && APPOSITION_CLOSE.matcher(text).region(m.end(), to).lookingAt();
    }

    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}{2,}");
    /** A token that opens with a hyphen before a capitalized word: "-Weiss" of "Holtkamp-Weiss", as the English tokenizer splits it. */
    private static final Pattern HYPHENED_CAPITAL = Pattern.compile("-\\p{Lu}[\\p{L}'’-]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?|\\.");
    /** A capitalized word of a name: "Greer", "McDonald", "O'Driscoll", "D’Souza". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}'’-]*");

    /** What follows the speaker of an inverted quote: the sentence's or the clause's end, not a post ("said Electrolux chief executive X"). */
    private static final Pattern QUOTE_SPEAKER_END = Pattern.compile("\\s*(?:[.,;:!?]|$)");

    /** Initials written together, as the English tokenizer leaves them before their last period: "J.P", "R.J". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu}){1,2}");
    /** One to three initials as one token: "D", "J.", "J-P", "J.P", "R.J.". */
    private static final Pattern FIRST_INITIALS = Pattern.compile("\\p{Lu}\\.?(?:-\\p{Lu}\\.?)?|\\p{Lu}(?:\\.\\p{Lu}){1,2}\\.?");

    /**
     * One or more initials, then a surname, perhaps with a particle, or, after initials with their periods, a given name
     * and a surname: "D Peel", "J-P Grandclaude", "P de Villiers", "J.P. Whitfield", "J. R. Ellison", "A. Rahman Siregar";
     * not "J Walter Thompson", a firm's name.
     */
    private static boolean initialsThenSurname(List<Token> run, Words words) {
        if (run.size() < 2 || run.size() > 6 || !FIRST_INITIALS.matcher(run.get(0).text()).matches()) {
            return false;
        }
        int i = 1;
        while (i < run.size() - 1 && (words.connector(run.get(i).text()) || run.get(i).text().equals("-") || run.get(i).text().equals(".")
                || FIRST_INITIALS.matcher(run.get(i).text()).matches())) {
            i++;
        }
        int names = run.size() - i;
        // two names after the initials only where they carry periods ("A. Rahman Siregar"): "J Walter Thompson" is a firm's
        boolean periods = run.subList(0, i).stream().anyMatch(t -> t.text().endsWith("."));
        if (names < 1 || names > (periods ? 2 : 1)) {
            return false;
        }
        for (Token t : run.subList(i, run.size())) {
            if (!NAME_WORD.matcher(t.text()).matches() || words.common(t.text())) {
                return false;
            }
        }
        return true;
    }

    private boolean placeWordIn(List<Token> run) {
        return run.stream().anyMatch(t -> gazetteer.lookup(t.text()).stream().anyMatch(e -> e.type() == EntityType.PLACE));
    }

    /** A word, one to three initials, a word: the shape of a person's name with middle initials. */
    private static boolean middleInitials(List<Token> run) {
        if (run.size() < 3 || !NAME_WORD.matcher(run.get(0).text()).matches()
                || !NAME_WORD.matcher(run.get(run.size() - 1).text()).matches()) {
            return false;
        }
        int letters = 0;
        for (Token t : run.subList(1, run.size() - 1)) {
            if (!INITIAL.matcher(t.text()).matches()) {
                return false;
            }
            letters += t.text().equals(".") ? 0 : 1;
        }
        return letters >= 1 && letters <= 3;
    }

    private static boolean precededByOpening(String text, int pos, int sentenceBegin) {
        int i = pos - 1;
        while (i >= sentenceBegin && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < sentenceBegin || "\"“‘'(:-–—".indexOf(text.charAt(i)) >= 0 && i - sentenceBegin < 3;
    }

    private boolean titleBefore(Sentence s, int begin) {
        List<Token> tokens = s.tokens();
        int idx = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == begin) {
                idx = i;
                break;
            }
        }
        for (int k = idx - 1; k >= 0 && k >= idx - 6; k--) {
            String w = tokens.get(k).text();
            if (titles.containsIgnoreCase(w) && !w.equalsIgnoreCase("global")) {
                return true;
            }
        }
        return false;
    }

    private boolean titleAfter(String text, int end, int sentenceEnd, Language language) {
        String after = text.substring(end, Math.min(sentenceEnd, end + 40));
        Matcher post = postMarkers.get(language).matcher(after);
        if (post.find()) {
            after = "," + after.substring(post.end()); // "Wiyono Sukarno sebagai direktur keuangan" reads as "..., direktur keuangan"
        }
        if (!after.startsWith(",") && !after.startsWith(" (")) {
            return false;
        }
        String[] words = after.replaceAll("[,()]", " ").strip().split("\\s+");
        for (int i = 0; i < Math.min(3, words.length); i++) {
            String w = words[i];
            if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("sang")) {
                continue;
            }
            return titles.containsIgnoreCase(w) && !w.equalsIgnoreCase("global") || w.toLowerCase(Locale.ROOT).matches("\\d{2}|aged|age");
        }
        return false;
    }

    /** Whether an attribution word stands right before or after the name ("kata Budi", "Smith said"). */
    private static boolean saidNear(String text, int begin, int end, Sentence s, Words words) {
        String after = text.substring(end, Math.min(s.end(), end + 20));
        String before = text.substring(Math.max(s.begin(), begin - 20), begin);
        return words.saidAfter(after) || words.saidBefore(before);
    }

    private boolean descriptorNear(String text, int begin, int end, Sentence s) {
        String before = text.substring(Math.max(s.begin(), begin - 40), begin).toLowerCase(Locale.ROOT);
        String[] words = before.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
            if (descriptors.containsIgnoreCase(words[i])) {
                return true;
            }
        }
        String after = text.substring(end, Math.min(s.end(), end + 30)).toLowerCase(Locale.ROOT);
        String[] next = after.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
        for (int i = 0; i < Math.min(3, next.length); i++) {
            if (descriptors.containsIgnoreCase(next[i]) && !next[i].equals("app")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSuffix(List<Token> run) {
        return suffixes.contains(run.get(run.size() - 1).text().replaceAll("\\.$", ""));
    }

    private static String surface(String text, List<Token> tokens) {
        return text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}
