package org.dealgraph.learning;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.dealgraph.DealGraphException;
import org.dealgraph.article.Article;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;
import org.dealgraph.mention.NameFinderMentionFinder;
import org.dealgraph.mention.PrefixedDictionaryFeatureGeneratorFactory;
import org.dealgraph.mention.WordList;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.TextAnalyzer;
import org.dealgraph.text.Token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Trains the name finder of one language: OpenNLP's {@link NameFinderME} over the analyzer's
 * sentences and tokens, labelled with the gold mentions that start and end on token boundaries
 * (types organization, person, product, place, outlet; overlapping gold mentions keep the first).
 *
 * <p>With {@link Settings#lexical()} the model's features are OpenNLP's default name-finder
 * features (token and token class in a window of two, previous decision for the same word, bigrams,
 * sentence start) plus word prefixes and suffixes, and dictionary features: whether a token starts
 * or continues a name of the gazetteer, one feature per entity type, a given name, a legal form
 * ("Tbk", "Corp"), an organization prefix ("PT"), a person's title, or a descriptor ("company")
 * from {@code data/lexicon}. The word lists travel in the model (see
 * {@link PrefixedDictionaryFeatureGeneratorFactory}), so a bundle decodes with the lists it was
 * trained with.
 *
 * <p>Training is single-threaded over samples in the caller's order; the same samples and settings
 * give the same model parameters. Immutable and thread-safe.
 */
public final class NameFinderTrainer {
    /** The word lists of {@code data/lexicon} that become dictionary features: feature prefix to list name (the legal forms of {@code data/lang/<code>/legal-forms.tsv} join "legal" and "orgprefix"). */
    private static final Map<String, String> WORD_LISTS = Map.of(
            "given", "first-names", "legal", "org-suffixes", "orgprefix", "org-prefixes", "title", "person-titles",
            "descriptor", "org-descriptors");

    /**
     * Name-finder training settings.
     *
     * @param iterations training iterations (OpenNLP's default is 100)
     * @param cutoff     features seen fewer times are dropped
     * @param algorithm  OpenNLP's trainer: {@code MAXENT} (GIS) or {@code PERCEPTRON}
     * @param bilou      tags with begin/inside/last/unit/outside instead of begin/inside/outside
     * @param lexical    adds word prefixes, suffixes and the gazetteer and word-list dictionary
     *                   features to OpenNLP's default features
     * @param beamSize   the sequences the decoder keeps at each token (OpenNLP's default is 3); stored
     *                   in the model, so it sets the decoding cost of every bundle trained with it
     * @param wordClusters with the lexical features, adds OpenNLP's Brown cluster features of the
     *                   language's word classes ({@code data/lang/<code>/word-clusters.tsv}, written by
     *                   {@code tools/lexicon/word_clusters.py} from unannotated text) where the language has
     *                   them: the class paths of the token and of its neighbours; stored in the model
     */
    public record Settings(int iterations, int cutoff, String algorithm, boolean bilou, boolean lexical, int beamSize,
                           boolean wordClusters) {
        /** OpenNLP's beam: the decoder keeps three sequences. */
        public static final int OPENNLP_BEAM = 3;

        public Settings {
            if (iterations < 1 || cutoff < 0 || beamSize < 1) {
                throw new IllegalArgumentException("bad name finder settings: " + iterations + " iterations, cutoff " + cutoff
                        + ", beam " + beamSize);
            }
            if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
                throw new IllegalArgumentException("unknown name finder trainer " + algorithm + " (MAXENT or PERCEPTRON)");
            }
        }

        /**
         * The settings the shipped bundle's name finders are trained with: 100 iterations of maxent,
         * cutoff 2, BIO tags, the lexical features and the word classes (these chosen on a held-out fifth of
         * the train split, where they raised typed entity F1 from 0.773 to 0.781 at the same relation F1:
         * README, What changed). Chosen on the corpus's dev split, where the name
         * finder alone reached typed entity F1 en 0.578, id 0.606 at probability 0.5 (OpenNLP's
         * default features: 0.535, 0.475; 300 iterations, cutoff 1, BILOU: 0.533, 0.546). The
         * perceptron scored higher alone (0.72 in both languages) but its probabilities are not
         * calibrated (every name below 0.5), and with all its names the bundled articles and the
         * development set fell under their floors. With every name policy and name minimum tried it
         * lowered English relation F1 on dev, and its one gain (Indonesian, RETYPE) broke the floors;
         * rescaling its probabilities changed nothing (see README, Names).
         */
        public static Settings defaults() {
            return new Settings(100, 2, "MAXENT", false, true, OPENNLP_BEAM, true);
        }

        /** Settings without word classes. */
        public Settings(int iterations, int cutoff, String algorithm, boolean bilou, boolean lexical, int beamSize) {
            this(iterations, cutoff, algorithm, bilou, lexical, beamSize, false);
        }

        /** Settings with OpenNLP's beam of three and no word classes. */
        public Settings(int iterations, int cutoff, String algorithm, boolean bilou, boolean lexical) {
            this(iterations, cutoff, algorithm, bilou, lexical, OPENNLP_BEAM);
        }

        /** OpenNLP's defaults: 100 iterations of maxent, cutoff 5, BIO tags, the default features. */
        public static Settings opennlp() {
            return new Settings(100, 5, "MAXENT", false, false);
        }

        public Settings withIterations(int n) {
            return new Settings(n, cutoff, algorithm, bilou, lexical, beamSize, wordClusters);
        }

        public Settings withBeamSize(int n) {
            return new Settings(iterations, cutoff, algorithm, bilou, lexical, n, wordClusters);
        }
    }

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final Settings settings;
    private final org.dealgraph.text.LanguageProfiles languages;

    /** A trainer whose dictionary features come from {@code gazetteer} and the bundled word lists, its word classes from the bundled languages. */
    public NameFinderTrainer(Settings settings, Gazetteer gazetteer, TextAnalyzer analyzer) {
        this(settings, gazetteer, analyzer, org.dealgraph.text.LanguageProfiles.bundled());
    }

    /** As {@link #NameFinderTrainer(Settings, Gazetteer, TextAnalyzer)}, the word classes those of {@code languages}. */
    public NameFinderTrainer(Settings settings, Gazetteer gazetteer, TextAnalyzer analyzer, org.dealgraph.text.LanguageProfiles languages) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** A trainer with the bundled gazetteer. */
    public NameFinderTrainer(Settings settings) {
        this(settings, Gazetteer.bundled(), TextAnalyzer.load());
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Appends one name sample per sentence of {@code analyzed} to {@code out}, labelled with the
     * article's gold mentions that start and end on token boundaries.
     *
     * @return how many names the samples hold
     */
    public static int samples(AnalyzedText analyzed, TrainingArticle a, List<NameSample> out) {
        int n = 0;
        boolean first = true;
        for (Sentence s : analyzed.sentences()) {
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (TrainingArticle.GoldMention m : a.mentions()) {
                if (m.begin() < s.begin() || m.end() > s.end()) {
                    continue;
                }
                int start = -1;
                int end = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).begin() == m.begin()) {
                        start = i;
                    }
                    if (tokens.get(i).end() == m.end()) {
                        end = i + 1;
                    }
                }
                Span span = start >= 0 && end > start ? new Span(start, end, NameFinderMentionFinder.typeName(m.type())) : null;
                if (span != null && spans.stream().noneMatch(x -> x.intersects(span))) {
                    spans.add(span);
                }
            }
            spans.sort(null);
            out.add(new NameSample(tokens.stream().map(Token::text).toArray(String[]::new), spans.toArray(Span[]::new), first));
            first = false;
            n += spans.size();
        }
        return n;
    }

    /** Name samples of the articles of one language, in their order. */
    public List<NameSample> samples(List<TrainingArticle> articles, Language lang) {
        List<NameSample> out = new ArrayList<>();
        for (TrainingArticle a : articles) {
            if (a.language().equals(lang)) {
                samples(analyzer.analyze(a.article(), lang), a, out);
            }
        }
        return out;
    }

    /**
     * Trains the name finder of one language.
     *
     * @throws DealGraphException when OpenNLP cannot train on the samples (none, for instance)
     */
    public TokenNameFinderModel train(Language lang, List<NameSample> samples) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, settings.beamSize());
        SequenceCodec<String> codec = settings.bilou() ? new BilouCodec() : new BioCodec();
        java.util.Optional<byte[]> clusters = settings.lexical() && settings.wordClusters()
                ? languages.wordClusters(lang) : java.util.Optional.empty();
        TokenNameFinderFactory factory = settings.lexical()
                ? new TokenNameFinderFactory(descriptor(clusters.isPresent()).getBytes(StandardCharsets.UTF_8), resources(lang, clusters), codec)
                : new TokenNameFinderFactory(null, Map.of(), codec);
        try {
            return NameFinderME.train(lang.code(), null, ObjectStreamUtils.createObjectStream(samples), p, factory);
        } catch (IOException | RuntimeException e) {
            throw new DealGraphException("cannot train the " + lang.code() + " name finder: " + e.getMessage(), e);
        }
    }

    /** The artifact of the word classes in the model. */
    private static final String CLUSTERS = "names-clusters.wordclasses";

    /**
     * The word classes a name finder was trained with, as a lookup from a word (as written, else in small letters) to
     * its class's bit path ({@code "0110..."}), null for a word of no class; empty for a model trained without them.
     */
    public static java.util.Optional<java.util.function.UnaryOperator<String>> wordClasses(TokenNameFinderModel model) {
        Object a = model.getArtifact(CLUSTERS);
        return a instanceof opennlp.tools.util.featuregen.BrownCluster c ? java.util.Optional.of(lookup(c)) : java.util.Optional.empty();
    }

    /** The word classes of {@code language} this trainer's name finders are trained with, as {@link #wordClasses(TokenNameFinderModel)} gives them. */
    public java.util.Optional<java.util.function.UnaryOperator<String>> wordClasses(Language language) {
        java.util.Optional<byte[]> clusters = settings.lexical() && settings.wordClusters()
                ? languages.wordClusters(language) : java.util.Optional.empty();
        if (clusters.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(lookup(new WordClasses(clusters.get())));
        } catch (IOException | RuntimeException e) {
            throw new DealGraphException("cannot read the word classes of " + language.code() + " (" + org.dealgraph.text.LanguageProfiles.WORD_CLUSTERS
                    + "): " + e.getMessage(), e);
        }
    }

    private static java.util.function.UnaryOperator<String> lookup(opennlp.tools.util.featuregen.BrownCluster c) {
        return w -> {
            String path = c.lookupToken(w);
            return path != null ? path : c.lookupToken(w.toLowerCase(Locale.ROOT));
        };
    }

    /** The dictionaries of the lexical features and the word classes, if any, keyed by their artifact names in the model. */
    private Map<String, Object> resources(Language lang, java.util.Optional<byte[]> clusters) {
        Map<String, Object> out = dictionaries(lang);
        if (clusters.isPresent()) {
            try {
                out.put(CLUSTERS, new WordClasses(clusters.get()));
            } catch (IOException | RuntimeException e) {
                throw new DealGraphException("cannot read the word classes of " + lang.code() + " (" + org.dealgraph.text.LanguageProfiles.WORD_CLUSTERS
                        + ": path, word and count, tab-separated): " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * OpenNLP's Brown clusters ({@code path<TAB>word<TAB>count} lines) as a model's artifact that is written and read without
     * closing the model's stream. OpenNLP's own {@code BrownCluster} (2.5.6) closes the stream it writes to or reads from,
     * which is the model's zip, so no model holding it could be written or read back; this one names its own serializer
     * in the model's manifest. Immutable.
     */
    public static final class WordClasses extends opennlp.tools.util.featuregen.BrownCluster {
        private final byte[] source;

        /** The word classes of these lines; a line with a count under 5 is left out, as OpenNLP does. */
        public WordClasses(byte[] source) throws IOException {
            super(new java.io.ByteArrayInputStream(source));
            this.source = source.clone();
        }

        @Override
        public void serialize(java.io.OutputStream out) throws IOException {
            out.write(source);
            out.flush();
        }

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }

        /** Reads and writes {@link WordClasses} in a model, leaving the model's stream open. */
        public static final class Serializer implements opennlp.tools.util.model.ArtifactSerializer<WordClasses> {
            @Override
            public WordClasses create(java.io.InputStream in) throws IOException {
                return new WordClasses(in.readAllBytes());
            }

            @Override
            public void serialize(WordClasses artifact, java.io.OutputStream out) throws IOException {
                artifact.serialize(out);
            }
        }
    }

    /** The dictionaries of the lexical features, keyed by their artifact names in the model. */
    private Map<String, Object> dictionaries(Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            Dictionary d = new Dictionary(true);
            for (GazetteerEntry e : gazetteer.entries()) {
                if (e.type() != type) {
                    continue;
                }
                put(d, e.name(), lang);
                e.aliases().forEach(alias -> put(d, alias, lang));
            }
            out.put(artifact(type.name()), d);
        }
        for (var list : new java.util.TreeMap<>(WORD_LISTS).entrySet()) {
            boolean caseSensitive = list.getKey().equals("given");
            Dictionary d = new Dictionary(caseSensitive);
            TreeSet<String> words = new TreeSet<>(WordList.bundled(list.getValue()).words());
            // legal forms are listed once, in data/lang/<code>/legal-forms.tsv (every language's on every text)
            if (list.getKey().equals("legal")) {
                words.addAll(org.dealgraph.text.LanguageProfiles.bundled().legalForms(false));
            } else if (list.getKey().equals("orgprefix")) {
                words.addAll(org.dealgraph.text.LanguageProfiles.bundled().legalForms(true));
            }
            for (String w : words) {
                d.put(new StringList(w));
            }
            out.put(artifact(list.getKey()), d);
        }
        return out;
    }

    private void put(Dictionary d, String phrase, Language lang) {
        List<String> tokens = new ArrayList<>();
        for (Sentence s : analyzer.analyze(Article.of("gazetteer", phrase, ""), lang).sentences()) {
            s.tokens().forEach(t -> tokens.add(t.text()));
        }
        if (!tokens.isEmpty()) {
            d.put(new StringList(tokens.toArray(String[]::new)));
        }
    }

    private static String artifact(String name) {
        return "names-" + name.toLowerCase(Locale.ROOT) + ".dictionary";
    }

    /**
     * OpenNLP's default name-finder descriptor, with prefixes, suffixes and a dictionary feature per list; with {@code clusters},
     * the word classes' paths (OpenNLP's prefixes of 4, 6, 10 and 20 bits) of the token and its neighbours, and of the token with its class.
     */
    private static String descriptor(boolean clusters) {
        StringBuilder dicts = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            names.add(t.name());
        }
        names.addAll(new TreeSet<>(WORD_LISTS.keySet()));
        for (String n : names) {
            dicts.append("""
                        <generator class="%s">
                          <str name="dict">%s</str>
                          <str name="prefix">%s</str>
                        </generator>
                    """.formatted(PrefixedDictionaryFeatureGeneratorFactory.class.getName(), artifact(n), n.toLowerCase(Locale.ROOT)));
        }
        return """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                      <bool name="lowercase">true</bool>
                    </generator>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                    <bool name="begin">true</bool>
                    <bool name="end">false</bool>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
                  <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
                %s%s</featureGenerators>
                """.formatted(dicts, clusters ? """
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">1</int>
                    <generator class="opennlp.tools.util.featuregen.BrownClusterTokenFeatureGeneratorFactory">
                      <str name="dict">%s</str>
                    </generator>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.BrownClusterTokenClassFeatureGeneratorFactory">
                    <str name="dict">%s</str>
                  </generator>
                """.formatted(CLUSTERS, CLUSTERS) : "");
    }
}
