package org.dealgraph;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleProblem;
import org.dealgraph.entity.AliasEntityResolver;
import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityResolver;
import org.dealgraph.event.Amount;
import org.dealgraph.event.AmountParser;
import org.dealgraph.event.DealAmountFinder;
import org.dealgraph.event.ClassifierRelationExtractor;
import org.dealgraph.event.OfficeRelationExtractor;
import org.dealgraph.mention.MentionClassifier;
import org.dealgraph.event.CueRelationExtractor;
import org.dealgraph.event.CueScanExtractor;
import org.dealgraph.event.RelationFeatures;
import org.dealgraph.learning.ModelBundle;
import org.dealgraph.event.Extraction;
import org.dealgraph.event.FactMerger;
import org.dealgraph.event.Finding;
import org.dealgraph.event.RelationExtractor;
import org.dealgraph.event.OwnershipRelationExtractor;
import org.dealgraph.event.RoleRelationExtractor;
import org.dealgraph.event.SubsetEventMerger;
import org.dealgraph.event.TriggerEventExtractor;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerMentionFinder;
import org.dealgraph.mention.Mention;
import org.dealgraph.mention.MentionFinder;
import org.dealgraph.mention.NameFinderMentionFinder;
import org.dealgraph.mention.NamePolicy;
import org.dealgraph.mention.PatternMentionFinder;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageGuess;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.LanguageIdentifier;
import org.dealgraph.text.OpenNlpLanguageIdentifier;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.TextAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The extraction pipeline: language, sentences and tokens, names, entities, relations and
 * events. Built once (models and lexicons loaded once) and run on many articles; immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().build();
 * Extraction x = pipeline.extract(Article.of("a1", "TikTok bermitra dengan Audius", "..."));
 * }</pre>
 */
public final class Pipeline {
    /** Articles longer than this are rejected: bounded work per article. */
    public static final int MAX_CHARS = 1_000_000;

    private final LanguageIdentifier languages;
    /** Per language, its function words ({@code function-words.txt}): a short text's other evidence of its language. */
    private final java.util.Map<Language, java.util.regex.Pattern> functionWords;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);
    /**
     * The language identifier's confidence from which an article's given {@code lang} that it does not agree with
     * is warned of (the given language is still the one read). A headline alone is seldom this sure ("Microsoft
     * acquires Activision" reads as Indonesian at 0.58); a paragraph of news is (0.82 to 1.00 on the sample news).
     */
    static final double LANGUAGE_DISAGREEMENT = 0.8;
    private final TextAnalyzer analyzer;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    /** Places named as their clubs in sports reports ("Liverpool beat Chelsea"): organizations. */
    private final org.dealgraph.mention.CityClubs clubs;
    /** Players listed in a team's line-up that the finders typed organizations ("Everton: Martyn, Hibbert, Yobo"): people. */
    private final org.dealgraph.mention.LineupPlayers lineups;
    private final RelationExtractor relations;
    private final FactMerger merger;
    private final org.dealgraph.event.factuality.FormerOffices formerOffices;
    private final org.dealgraph.event.argument.Predecessors predecessors;
    private final org.dealgraph.event.KnownOwnerRelationExtractor knownOwners;
    private final org.dealgraph.event.argument.Authorities authorities;
    private final org.dealgraph.event.argument.Courts courts;
    private final org.dealgraph.event.argument.CoInvestors coInvestors;
    private final org.dealgraph.event.argument.CoordinatedPersons coordinated;
    /** A customer's rent or fee stated per period: a payment too. */
    private final org.dealgraph.event.argument.RecurringPayments recurring;
    private final org.dealgraph.event.argument.LaunchOrganizations launchOrganizations = new org.dealgraph.event.argument.LaunchOrganizations();
    private final org.dealgraph.event.salience.HeadlineLaunches headlineLaunches = new org.dealgraph.event.salience.HeadlineLaunches();
    private final SubsetEventMerger events = new SubsetEventMerger();
    private final org.dealgraph.event.ComplementaryEventMerger complements = new org.dealgraph.event.ComplementaryEventMerger();
    private final org.dealgraph.event.UnitEventMerger units = new org.dealgraph.event.UnitEventMerger();
    private final org.dealgraph.event.RoleAgreement roles = new org.dealgraph.event.RoleAgreement();
    private final org.dealgraph.event.CoordinatedEventMerger lists;
    private final DealAmountFinder amounts;
    private final AmountParser parser;
    private final LanguageProfiles profiles;
    private final Optional<ModelBundle> models;
    private final ExtractorFingerprint fingerprint;

    private Pipeline(Builder b) {
        LanguageProfiles profiles = b.languageData == null ? LanguageProfiles.bundled() : LanguageProfiles.load(b.languageData);
        this.profiles = profiles;
        this.languages = b.languages != null ? b.languages : OpenNlpLanguageIdentifier.load(profiles);
        this.functionWords = profiles.perLanguage(p -> p.words(org.dealgraph.text.LanguageProfile.File.FUNCTION_WORDS));
        Gazetteer g = b.gazetteer != null ? b.gazetteer : Gazetteer.bundled();
        for (Path extra : b.gazetteerFiles) {
            g = g.with(extra);
        }
        this.models = b.models != null ? Optional.of(b.models) : b.rulesOnly ? Optional.empty() : ModelBundle.bundled();
        this.fingerprint = ExtractorFingerprint.of(b, models, profiles);
        this.analyzer = TextAnalyzer.load(profiles);
        this.amounts = new DealAmountFinder(profiles);
        this.parser = new AmountParser(profiles);
        CueRelationExtractor cues = CueRelationExtractor.of(profiles);
        this.knownOwners = new org.dealgraph.event.KnownOwnerRelationExtractor(g);
        MentionFinder listed = new GazetteerMentionFinder(g, profiles.legalForms(true), profiles.businessLines());
        MentionFinder rules = MentionFinder.all(new PatternMentionFinder(g, profiles), new org.dealgraph.mention.MarkedNameFinder());
        List<RelationExtractor> extractors = new ArrayList<>(List.of(cues, new RoleRelationExtractor(profiles),
                new OwnershipRelationExtractor(profiles), new TriggerEventExtractor(profiles, cues), new OfficeRelationExtractor(profiles, g),
                new org.dealgraph.event.MakerNameRelationExtractor(), knownOwners,
                org.dealgraph.event.LineupRelationExtractor.of(profiles)));
        Gazetteer known = g;
        models.ifPresent(m -> extractors.add(
                new ClassifierRelationExtractor(m.relationModels(), m.eventModels(), features(cues, m, profiles), b.relationMinimum, profiles,
                        name -> known.lookup(name).stream().anyMatch(e -> e.type() == org.dealgraph.mention.EntityType.ORGANIZATION
                                && org.dealgraph.mention.GazetteerMentionFinder.acceptable(name, e)))));
        MentionFinder rulesAndList = MentionFinder.all(listed, rules);
        Map<Language, NamePolicy> policies = new java.util.HashMap<>();
        for (Language l : profiles.languages()) {
            policies.put(l, b.namePolicies.containsKey(l) ? b.namePolicies.get(l) : descriptorPolicy(profiles.of(l).descriptor()));
        }
        // the model is asked for all its names: CONFIRM needs the improbable ones too; the combination applies the minimum
        java.util.Set<String> prefixForms = profiles.legalForms(true);
        java.util.Set<String> suffixForms = profiles.legalForms(false);
        // a rule's name with a legal form is one company's name, however the model cuts it ("PT" and "Harmoni Abadi")
        java.util.function.Predicate<org.dealgraph.mention.Mention> legalName = m -> {
            String[] w = m.text().strip().split("\\s+");
            return prefixForms.contains(w[0].replaceAll("\\.$", "")) || suffixForms.contains(w[w.length - 1].replaceAll("\\.$", ""));
        };
        // the words that show one of the rules' runs one name where the model found part of it, in any language: Indonesian
        // news names companies in English words ("Zentara Networks")
        java.util.Set<String> common = new java.util.HashSet<>();
        java.util.Set<String> openers = new java.util.HashSet<>();
        java.util.List<String> honorifics = new java.util.ArrayList<>();
        for (Language l : profiles.languages()) {
            profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.COMMON_WORDS).forEach(w -> common.add(w.toLowerCase(java.util.Locale.ROOT)));
            openers.addAll(profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.NAME_OPENERS));
            honorifics.addAll(profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.HONORIFICS));
        }
        // the coordinators that join the members of a list, not the words of one name ("&": "Procter & Gamble")
        java.util.List<String> coordinators = new java.util.ArrayList<>();
        // and the coordinators of one word, "&" too: no name the model finds starts or ends in one ("Corvid Systems and")
        java.util.Set<String> edgeWords = new java.util.HashSet<>();
        // and the name connectors in small letters ("for", "of"): a connector and a number alone end no name the model finds
        java.util.Set<String> connectors = new java.util.HashSet<>();
        for (Language l : profiles.languages()) {
            for (String w : profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.COORDINATORS)) {
                if (w.chars().allMatch(c -> Character.isLowerCase(c) || c == ' ')) {
                    coordinators.add(w);
                }
                if (w.indexOf(' ') < 0) {
                    edgeWords.add(w);
                }
            }
            for (String w : profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.NAME_CONNECTORS)) {
                if (w.chars().allMatch(Character::isLowerCase)) {
                    connectors.add(w);
                }
            }
        }
        // the titles of posts and offices, which stand before a name but are no part of it ("Direktur Utama Transjakarta")
        java.util.List<String> titles = new java.util.ArrayList<>();
        java.util.List<String> governmentTitles = new java.util.ArrayList<>();
        java.util.List<String> executiveTitles = new java.util.ArrayList<>();
        for (Language l : profiles.languages()) {
            governmentTitles.addAll(profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.GOVERNMENT_TITLES));
            executiveTitles.addAll(profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.EXECUTIVE_TITLES));
        }
        for (Language l : profiles.languages()) {
            for (org.dealgraph.text.LanguageProfile.File f : java.util.List.of(org.dealgraph.text.LanguageProfile.File.ROLE_NOUNS,
                    org.dealgraph.text.LanguageProfile.File.EXECUTIVE_TITLES, org.dealgraph.text.LanguageProfile.File.GOVERNMENT_TITLES)) {
                titles.addAll(profiles.of(l).entries(f));
            }
        }
        java.util.Set<String> heads = new java.util.HashSet<>(org.dealgraph.mention.WordList.bundled("org-suffixes").words());
        heads.addAll(suffixForms);
        // the words of a trade end a company's name for the rules' runs ("Kelana Digital"), not for modifiers coordinated before
        // a head ("Plusnet and UK Online" are two companies)
        java.util.Set<String> runHeads = new java.util.HashSet<>(heads);
        runHeads.addAll(org.dealgraph.mention.WordList.bundled("trade-heads").words());
        org.dealgraph.mention.RunWords runWords = new org.dealgraph.mention.RunWords(common, openers,
                java.util.regex.Pattern.compile(honorifics.isEmpty() ? "(?!)" : org.dealgraph.text.LanguageProfile.alternation(honorifics)),
                runHeads, java.util.regex.Pattern.compile(coordinators.isEmpty() ? "(?!)"
                        : "\\s*,?\\s*(?:" + org.dealgraph.text.LanguageProfile.alternation(coordinators) + ")\\s+"),
                java.util.regex.Pattern.compile(titles.isEmpty() ? "(?!)" : "(?<![\\p{L}\\p{N}])"
                        + org.dealgraph.text.LanguageProfile.alternation(titles) + "(?![\\p{L}\\p{N}])",
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE),
                profiles.languages().stream().filter(l -> profiles.of(l).descriptor().modifiersBefore()).collect(java.util.stream.Collectors.toSet()),
                java.util.regex.Pattern.compile(governmentTitles.isEmpty() ? "(?!)" : "(?<![\\p{L}\\p{N}])"
                        + org.dealgraph.text.LanguageProfile.alternation(governmentTitles) + "(?![\\p{L}\\p{N}])",
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE),
                java.util.regex.Pattern.compile(executiveTitles.isEmpty() ? "(?!)" : "(?<![\\p{L}\\p{N}])"
                        + org.dealgraph.text.LanguageProfile.alternation(executiveTitles) + "(?![\\p{L}\\p{N}])",
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE),
                dateWords(profiles));
        MentionFinder names = models.map(m -> MentionFinder.combining(listed, rules, new NameFinderMentionFinder(m.nameFinders(), 0.0, edgeWords, connectors),
                        lang -> policies.getOrDefault(lang, DEFAULT_NAME_POLICY), b.nameMinimum, legalName,
                        runWords))
                .orElse(rulesAndList);
        MentionFinder checked = b.mentionClassifier && models.isPresent() && !models.get().mentionModels().isEmpty()
                ? new MentionClassifier(models.get().mentionModels(), b.mentionMinimum,
                        Math.max(b.mentionMinimum, b.mentionRetypeMinimum), wordClasses(models.get())).after(names)
                : names;
        this.mentions = org.dealgraph.mention.MentionFinder.withoutOverlaps(org.dealgraph.mention.UnitPrefixes.of(profiles).after(org.dealgraph.mention.EmployerNames.of(profiles).after(org.dealgraph.mention.CountryModifiers.of(profiles).after(org.dealgraph.mention.LocativePlaces.of(profiles).after(org.dealgraph.mention.DefinedAcronyms.of(profiles).after(org.dealgraph.mention.TitledAcronyms.of(profiles).after(org.dealgraph.mention.InnerGenitives.of(profiles, g).after(org.dealgraph.mention.CompanyShapes.of().after(org.dealgraph.mention.SpelledAcronyms.of(profiles).after(org.dealgraph.mention.DescribedOrganizations.of(profiles).after(org.dealgraph.mention.PortfolioWords.of(profiles).after(org.dealgraph.mention.LoneDemonyms.of(profiles).after(org.dealgraph.mention.PlaceCompounds.of(profiles).after(org.dealgraph.mention.Datelines.of().after(org.dealgraph.mention.HeadlineNames.of(common).after(org.dealgraph.mention.RepeatedNames.of(common, openers, profiles).after(org.dealgraph.mention.PartnerNames.of(profiles, g).after(org.dealgraph.mention.TrailingLegalForms.of(profiles)
                .after(org.dealgraph.mention.CoordinatedModifiers.of(profiles, heads, g)
                .after(org.dealgraph.mention.PlaceDirections.of(profiles).after(org.dealgraph.mention.TrailingPersons.of(profiles)
                .after(org.dealgraph.mention.Degrees.of(profiles).after(org.dealgraph.mention.MakerModels.of(profiles)
                .after(org.dealgraph.mention.ProductModels.of(profiles).after(org.dealgraph.mention.UnitTails.of(profiles, g).after(org.dealgraph.mention.OfficePortfolios.of(profiles, g).after(org.dealgraph.mention.HyphenatedGivenNames.of(profiles).after(org.dealgraph.mention.GenitiveNames.of(profiles).after(checked)))))))))))))))))))))))))))));
        this.resolver = new AliasEntityResolver(g, profiles);
        this.clubs = new org.dealgraph.mention.CityClubs(profiles);
        this.lineups = new org.dealgraph.mention.LineupPlayers(clubs, profiles);
        this.relations = CueScanExtractor.sharing(cues, extractors);
        this.merger = new FactMerger(b.threshold);
        this.formerOffices = org.dealgraph.event.factuality.FormerOffices.of(profiles);
        this.predecessors = org.dealgraph.event.argument.Predecessors.of(profiles);
        this.authorities = org.dealgraph.event.argument.Authorities.of(profiles);
        this.courts = org.dealgraph.event.argument.Courts.of(profiles);
        this.coInvestors = org.dealgraph.event.argument.CoInvestors.of(profiles);
        this.coordinated = org.dealgraph.event.argument.CoordinatedPersons.of(profiles);
        this.recurring = org.dealgraph.event.argument.RecurringPayments.of(profiles);
        this.lists = org.dealgraph.event.CoordinatedEventMerger.of(profiles);
    }

    /** Every language's weekdays and months ({@code weekdays.txt}, {@code months.tsv}), in small letters. */
    private static java.util.Set<String> dateWords(org.dealgraph.text.LanguageProfiles profiles) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Language l : profiles.languages()) {
            out.addAll(profiles.of(l).dateWords());
        }
        return out;
    }

    /** The word classes of the bundle's name finders, per language, which its mention classifier was trained with. */
    private static Map<Language, java.util.function.UnaryOperator<String>> wordClasses(ModelBundle m) {
        Map<Language, java.util.function.UnaryOperator<String>> out = new java.util.HashMap<>();
        m.nameFinders().forEach((l, f) -> org.dealgraph.learning.NameFinderTrainer.wordClasses(f).ifPresent(c -> out.put(l, c)));
        return out;
    }

    /** The name policy a language's descriptor gives ({@code name-policy}), checked. */
    private static NamePolicy descriptorPolicy(org.dealgraph.text.LanguageDescriptor d) {
        try {
            return NamePolicy.valueOf(d.namePolicy());
        } catch (IllegalArgumentException e) {
            throw new DealGraphException(d.source() + ": 'name-policy' is one of " + java.util.Arrays.toString(NamePolicy.values())
                    + ", not '" + d.namePolicy() + "'");
        }
    }

    /** The features the bundle's classifiers were trained on: a bundle that predates the role features is read without them. */
    private static RelationFeatures features(CueRelationExtractor cues, ModelBundle m, LanguageProfiles profiles) {
        RelationFeatures f = new RelationFeatures(cues, m.crossSentence());
        return m.roleFeatures() ? f.withRoles(profiles) : f;
    }

    /**
     * The name policy of a language whose descriptor names none ({@code name-policy} in
     * {@code language.properties}) unless the builder says otherwise. The bundled descriptors say
     * RETYPE for English and VERIFY for Indonesian, chosen on the corpus's dev split (see README,
     * Quality). Before VERIFY existed: {@link NamePolicy#RETYPE} in both bundled languages, chosen for
     * the best entity and relation F1 that keeps the bundled articles' and the development set's scores.
     * With the shipped bundle (lexical name finder) English RETYPE raised corpus-dev English
     * relation F1 from 0.304 to 0.319 and kept the development set's English F1 (0.716); with
     * bundles trained before the lexical features it lowered that to 0.700, so such bundles may
     * want {@code namePolicy(ENGLISH, FILL)}.
     */
    public static final NamePolicy DEFAULT_NAME_POLICY = NamePolicy.RETYPE;

    /** The confidence below which facts are dropped unless the builder says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.4;

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts one article.
     *
     * @throws ArticleRejectedException if the article is in a language dealgraph does not
     *                                  support, or too long to process
     */
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        if (article.text().length() > MAX_CHARS) {
            throw new ArticleRejectedException(new ArticleProblem(article.id(),
                    "article too long (" + article.text().length() + " characters, at most " + MAX_CHARS + ")"));
        }
        List<ArticleProblem> warnings = new ArrayList<>();
        Language language = language(article, warnings);
        AnalyzedText analyzed = analyzer.analyze(article, language);
        List<Entity> entities = entities(analyzed);
        List<Finding> found = recurring.paid(analyzed, coordinated.joined(analyzed, entities, coInvestors.joined(analyzed, entities, courts.noParty(entities, authorities.plausible(entities,
                predecessors.current(analyzed, entities, formerOffices.current(analyzed, entities, relations.extract(analyzed, entities))))))));
        List<Finding> findings = knownOwners.knownOwnersOnly(entities,
                headlineLaunches.launches(analyzed, entities, launchOrganizations.organized(entities, found)));
        FactMerger.Facts merged = merger.merge(findings);
        FactMerger.Facts facts = new FactMerger.Facts(merged.relations(),
                roles.agree(merged.relations(), complements.merge(events.merge(units.merge(merged.relations(), lists.merge(analyzed, entities, merged.events()))))));
        return new Extraction(analyzed, entities, facts.relations(), facts.events(), dealAmounts(analyzed, facts),
                fingerprint.value(), warnings);
    }

    /**
     * The mention and entity stages alone: the names found in an analyzed text (outside money
     * amounts) resolved to the article's entities, as {@link #extract} finds them before any relation
     * is read. The trainer reads the entities its classifiers will meet from here.
     *
     * @param analyzed a text analyzed in one of this pipeline's languages ({@link #analyze})
     */
    public List<Entity> entities(AnalyzedText analyzed) {
        return resolver.resolve(analyzed, outsideAmounts(analyzed, lineups.retyped(analyzed, clubs.retyped(analyzed, mentions.find(analyzed)))));
    }

    /**
     * What this pipeline is made of (code version, the bytes of its lexicons, gazetteers and
     * models, its settings): a stored article extracted under another fingerprint is stale.
     */
    public ExtractorFingerprint fingerprint() {
        return fingerprint;
    }

    /**
     * The text stage alone: language, boilerplate, sentences and tokens, with OpenNLP's models.
     * What every extraction costs at least; {@code bench} measures extraction against it.
     *
     * @throws ArticleRejectedException as {@link #extract} does
     */
    public AnalyzedText analyze(Article article) {
        List<ArticleProblem> warnings = new ArrayList<>();
        Language language = language(article, warnings);
        warnings.forEach(w -> LOG.warn("{}", w));
        return analyzer.analyze(article, language);
    }

    /** The language data the pipeline reads: its languages and their words ({@link LanguageProfiles}). */
    public LanguageProfiles languageData() {
        return profiles;
    }

    /** The trained models in use, or empty when the pipeline runs on rules only. */
    public Optional<ModelBundle> models() {
        return models;
    }

    /** The language the pipeline would read the article in, or empty if it does not read that language. */
    public java.util.Optional<Language> languageOf(Article article) {
        if (!article.lang().isEmpty()) {
            return profiles.language(article.lang());
        }
        return languages.identify(article.text()).language();
    }

    private Language language(Article article, List<ArticleProblem> warnings) {
        if (!article.lang().isEmpty()) {
            Language given = profiles.language(article.lang()).orElseThrow(() -> new ArticleRejectedException(
                    new ArticleProblem(article.id(), "unsupported language '" + article.lang() + "' (dealgraph reads " + profiles.codes() + ")")));
            LanguageGuess guess = languages.identify(article.text());
            if (guess.confidence() >= LANGUAGE_DISAGREEMENT && guess.language().filter(l -> !l.equals(given)).isPresent()) {
                // the given language still decides: a source's label is data, and extraction must not change under it
                warnings.add(new ArticleProblem(article.id(), String.format(java.util.Locale.ROOT,
                        "\"lang\" is \"%s\" but its text reads as %s (confidence %.2f); it is read as %s",
                        article.lang(), guess.language().get().code(), guess.confidence(), given.code())));
            } else {
                functionWordsOfAnother(article.text(), given).ifPresent(other -> warnings.add(new ArticleProblem(article.id(),
                        "\"lang\" is \"" + article.lang() + "\" but its text holds " + other.getValue() + " function words of "
                                + other.getKey().code() + " and none of " + given.code() + "; it is read as " + given.code())));
            }
            return given;
        }
        LanguageGuess guess = languages.identify(article.text());
        return guess.language().orElseThrow(() -> new ArticleRejectedException(
                new ArticleProblem(article.id(), "unsupported language (detected '" + guess.detected() + "'; dealgraph reads " + profiles.codes() + ")")));
    }

    /**
     * Where a text too short for the language detector to be sure holds none of the given language's function words and
     * {@value #FOREIGN_FUNCTION_WORDS} or more of another read language's ("Kestrel agreed to buy Halcyon for $5 billion on
     * Monday" given as Indonesian: "to", "for", "on"), that language and the count. Only the text's first 1,000 characters
     * are read; a text of the given language of any length holds its function words ("yang", "dan", "di"; "the", "of").
     */
    private java.util.Optional<java.util.Map.Entry<Language, Integer>> functionWordsOfAnother(String text, Language given) {
        String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
        if (functionWords.get(given).matcher(sample).find()) {
            return java.util.Optional.empty();
        }
        java.util.Map.Entry<Language, Integer> best = null;
        for (java.util.Map.Entry<Language, java.util.regex.Pattern> e : functionWords.entrySet()) {
            int n = (int) e.getValue().matcher(sample).results().count();
            if (!e.getKey().equals(given) && n >= FOREIGN_FUNCTION_WORDS && (best == null || n > best.getValue())) {
                best = java.util.Map.entry(e.getKey(), n);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** How many function words of another language, and none of its own, make a given language worth a warning. */
    static final int FOREIGN_FUNCTION_WORDS = 3;

    /**
     * The mentions but the places written inside a money amount: "US$ 1.5 million", "1,5 juta dolar
     * AS", "S$20" name a currency, not the country (data/corpus/MANUAL.md: a currency is no entity).
     */
    private List<Mention> outsideAmounts(AnalyzedText analyzed, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.type() == EntityType.PLACE)) {
            return found;
        }
        List<Amount> money = parser.find(analyzed.text(), 0, analyzed.text().length(), analyzed.language());
        return found.stream().filter(m -> m.type() != EntityType.PLACE
                || money.stream().noneMatch(a -> a.begin() <= m.begin() && m.end() <= a.end())).toList();
    }

    /** Amounts stated where money changes hands or a deal is priced ({@link DealAmountFinder}), and every event's amount. */
    private List<Amount> dealAmounts(AnalyzedText analyzed, FactMerger.Facts facts) {
        List<Amount> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            for (Amount a : amounts.find(analyzed.text(), s, analyzed.language())) {
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
        }
        facts.events().forEach(e -> e.amount().filter(a -> !out.contains(a)).ifPresent(out::add));
        return out;
    }

    /** Settings of a pipeline, with documented defaults. */
    public static final class Builder {
        // package-private: ExtractorFingerprint reads the settings
        Gazetteer gazetteer;
        final List<Path> gazetteerFiles = new ArrayList<>();
        LanguageIdentifier languages;
        double threshold = DEFAULT_THRESHOLD;
        ModelBundle models;
        boolean rulesOnly;
        /** The relation and event classifiers' minimum probability unless set ({@link #modelMinimum}). */
        public static final double DEFAULT_RELATION_MINIMUM = 0.5;
        double nameMinimum = 0.5;
        double relationMinimum = DEFAULT_RELATION_MINIMUM;
        /** The mention classifier's minimum probability to drop or retype a rule's name unless set ({@link #mentionMinimum}). */
        public static final double DEFAULT_MENTION_MINIMUM = 0.8;
        /**
         * The probability from which the mention classifier gives a rule's name another type (never below the mention
         * minimum): retyping takes more evidence than dropping. At the mention minimum (0.8) the classifier trained on
         * the 3,525-article train split read invented names wrongly ("Platform Kelana" a person, "Direktur PT Sinar
         * Abadi Tbk, Andi Wijaya" an organization); at 0.95 those stand as the rules read them, and on the held-out
         * fifth of the train split relation F1 moved from 0.475 to 0.473 (README, Quality).
         */
        public static final double MENTION_RETYPE_MINIMUM = 0.95;
        double mentionRetypeMinimum = MENTION_RETYPE_MINIMUM;
        double mentionMinimum = DEFAULT_MENTION_MINIMUM;
        boolean mentionClassifier = true;
        final Map<Language, NamePolicy> namePolicies = new java.util.TreeMap<>();
        Path languageData;

        /**
         * A folder of the user's language data over the bundled one: {@code DIR/<code>/<file>}
         * replaces the bundled {@code data/lang/<code>/<file>}, and a folder of a new language
         * (with its {@code language.properties}) adds the language (see {@link LanguageProfiles#load}
         * and README, Adding a language). Default: none, the bundled data alone. The folder is read
         * when the pipeline is built; its files are part of the extractor fingerprint.
         */
        public Builder languageData(Path folder) {
            this.languageData = Objects.requireNonNull(folder);
            return this;
        }

        /**
         * How the trained name finder's names meet the gazetteer's and the rules' in articles of
         * {@code language} ({@link NamePolicy}). Default: the {@code name-policy} of the language's
         * {@code language.properties}, else {@link #DEFAULT_NAME_POLICY}; the bundled ones were chosen on
         * the corpus's dev split (see README, Quality). Without models there is nothing to combine.
         */
        public Builder namePolicy(Language language, NamePolicy policy) {
            namePolicies.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /** Trained models to use instead of the bundled ones ({@link ModelBundle#load}). */
        public Builder models(ModelBundle bundle) {
            this.models = Objects.requireNonNull(bundle);
            this.rulesOnly = false;
            return this;
        }

        /** Whether to run on the gazetteer and rules only, without trained models. Default: false (the bundled models are used when the jar has them). */
        public Builder rulesOnly(boolean only) {
            this.rulesOnly = only;
            if (only) {
                this.models = null;
            }
            return this;
        }

        /**
         * The probability below which a trained model's name, or relation and event, is not
         * reported. Defaults 0.5 and {@value #DEFAULT_RELATION_MINIMUM}: chosen so that the models add
         * to the rules without lowering their scores on the bundled and development articles (see
         * README, Quality).
         */
        public Builder modelMinimum(double names, double relations) {
            this.nameMinimum = names;
            this.relationMinimum = relations;
            return this;
        }

        /**
         * The probability below which the trained relation and event classifiers report nothing.
         * Default {@value #DEFAULT_RELATION_MINIMUM}: the lowest that keeps the bundled articles' and the
         * development set's floors with the shipped bundle (0.5 scored best on a held-out fifth of the
         * corpus's train split, but put the development set at 0.747); see README, Quality. It was 0.85
         * for classifiers trained on the annotated entities alone.
         */
        public Builder relationMinimum(double relations) {
            if (!(relations >= 0 && relations <= 1)) {
                throw new IllegalArgumentException("relation minimum must be a probability from 0 to 1: " + relations);
            }
            this.relationMinimum = relations;
            return this;
        }

        /**
         * The probability from which the bundle's mention classifier drops a rule's name as none, or
         * gives it another type ({@link MentionClassifier}; another type takes at least {@value #MENTION_RETYPE_MINIMUM}).
         * Default {@value #DEFAULT_MENTION_MINIMUM},
         * chosen on a held-out fifth of the corpus's train split (see README, Quality).
         */
        public Builder mentionMinimum(double minimum) {
            if (!(minimum >= 0 && minimum <= 1)) {
                throw new IllegalArgumentException("mention minimum must be a probability from 0 to 1: " + minimum);
            }
            this.mentionMinimum = minimum;
            return this;
        }

        /**
         * The probability from which the bundle's mention classifier gives a rule's name another type, never below
         * the mention minimum. Default {@value #MENTION_RETYPE_MINIMUM} (see there why).
         *
         * @throws IllegalArgumentException if {@code minimum} is not a probability
         */
        public Builder mentionRetypeMinimum(double minimum) {
            if (!(minimum >= 0 && minimum <= 1)) {
                throw new IllegalArgumentException("mention retype minimum must be a probability from 0 to 1: " + minimum);
            }
            this.mentionRetypeMinimum = minimum;
            return this;
        }

        /**
         * Whether the bundle's mention classifier checks the rules' names (default: true, where the
         * bundle has one); off, the names are as the gazetteer, the rules and the name finder give them.
         */
        public Builder mentionClassifier(boolean on) {
            this.mentionClassifier = on;
            return this;
        }

        /** The gazetteer to use instead of the bundled one. */
        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = Objects.requireNonNull(g);
            return this;
        }

        /** A TSV file of further gazetteer entries (see README); may be called more than once. */
        public Builder addGazetteer(Path file) {
            gazetteerFiles.add(Objects.requireNonNull(file));
            return this;
        }

        /** Default: OpenNLP's detector restricted to the languages of the language data ({@link OpenNlpLanguageIdentifier}). */
        public Builder languageIdentifier(LanguageIdentifier l) {
            this.languages = Objects.requireNonNull(l);
            return this;
        }

        /** Facts below this confidence are not asserted. Default 0.4 (chosen on the development set: see README). */
        public Builder threshold(double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold must be a confidence from 0 to 1: " + t);
            }
            this.threshold = t;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
