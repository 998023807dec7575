package org.dealgraph.learning;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.dealgraph.DealGraphException;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.CueRelationExtractor;
import org.dealgraph.event.RelationCandidate;
import org.dealgraph.event.RelationFeatures;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.mention.NameFinderMentionFinder;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.TextAnalyzer;
import org.dealgraph.text.Token;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Trains the pipeline's models from annotated articles: per language, an OpenNLP name finder over
 * the analyzer's tokens and sentences, a maximum-entropy relation classifier over candidate pairs
 * ({@link RelationFeatures}) whose entities are the gold entities of the article and, by default,
 * the entities the pipeline finds in it ({@link Settings#foundEntities()}), and an event
 * classifier over the same pairs (labelled with the gold event whose first and second roles the
 * pair holds where the event's sentence names both). A pair is
 * labelled with a gold relation when the relation's evidence covers the sentence, {@code none}
 * when the article states no relation between the two there (negated, hypothetical and rejected
 * statements are explicit {@code none} examples); pairs of an optional relation, or related
 * elsewhere in the article, are left out rather than taught as {@code none}. And a mention
 * classifier ({@link org.dealgraph.mention.MentionClassifier}) over the names the gazetteer and the
 * rules find in the article, labelled with the type of the gold mention each overlaps, or none.
 *
 * <p>Training is single-threaded and its input order fixed, so the same articles and settings
 * give the same model parameters. Immutable and thread-safe.
 */
public final class ModelTrainer {
    /**
     * Training settings.
     *
     * @param names              the name finder's trainer settings
     * @param relationIterations iterations of the relation classifier's trainer
     * @param cutoff             features seen fewer times are dropped
     * @param l2                 L2 regularization of the relation classifier (OpenNLP's quasi-Newton maxent)
     * @param foundEntities      whether the relation and event classifiers also learn from the pairs of
     *                           the entities the pipeline finds in each article, each named after the gold
     *                           entity its mentions overlap ({@link #aligned}): they then meet in training
     *                           the entities they meet in use, with the rules' wrong names and cut spans.
     *                           The entities of each half of the articles are found with a name finder and
     *                           mention classifier trained on the other half, so that their errors are
     *                           those of unseen text (this doubles the name finder's training time).
     *                           Default true; chosen on a held-out fifth of the train split (see README, Quality)
     */
    public record Settings(NameFinderTrainer.Settings names, int relationIterations, int cutoff, double l2,
                           boolean foundEntities) {
        public Settings {
            Objects.requireNonNull(names, "names");
            if (relationIterations < 1 || cutoff < 0 || l2 < 0) {
                throw new IllegalArgumentException("bad training settings: " + relationIterations + ", " + cutoff + ", " + l2);
            }
        }

        /** Settings whose classifiers also learn from the entities the pipeline finds ({@link #foundEntities()}). */
        public Settings(NameFinderTrainer.Settings names, int relationIterations, int cutoff, double l2) {
            this(names, relationIterations, cutoff, l2, true);
        }

        /** Settings whose name finder has {@link NameFinderTrainer.Settings#defaults()} but {@code nameIterations}. */
        public Settings(int nameIterations, int relationIterations, int cutoff, double l2) {
            this(NameFinderTrainer.Settings.defaults().withIterations(nameIterations), relationIterations, cutoff, l2);
        }

        /** The settings the shipped bundle was trained with. */
        public static Settings defaults() {
            return new Settings(NameFinderTrainer.Settings.defaults(), 200, 2, 1.0);
        }

        /** These settings with the relation and event classifiers trained on the gold entities alone ({@code false}) or also on the found ones. */
        public Settings withFoundEntities(boolean found) {
            return new Settings(names, relationIterations, cutoff, l2, found);
        }

        /** Iterations of the name finder's trainer. */
        public int nameIterations() {
            return names.iterations();
        }

        /** These settings with other name-finder settings. */
        public Settings withNames(NameFinderTrainer.Settings n) {
            return new Settings(n, relationIterations, cutoff, l2, foundEntities);
        }
    }

    /** What a training run saw, per language. */
    public record Counts(int articles, int sentences, int names, int pairs, int positivePairs) {
    }

    private final TextAnalyzer analyzer;
    private final RelationFeatures features;
    private final Settings settings;
    private final NameFinderTrainer nameTrainer;
    /** The language data the articles are read with, and the found entities are found with. */
    private final org.dealgraph.text.LanguageProfiles languages;
    /** The gazetteer and the rules, whose names the mention classifier learns to check. */
    private final org.dealgraph.mention.MentionFinder rules;

    /** A trainer whose classifiers see candidate pairs within a sentence only. */
    public ModelTrainer(Settings settings) {
        this(settings, false);
    }

    /**
     * @param references whether the relation and event classifiers also learn from pairs across
     *                   sentences through a reference word ({@link RelationFeatures#references()});
     *                   the bundle records it, and a pipeline using the bundle makes the same pairs.
     *                   Design decision: off by default, since on the corpus's dev split it added
     *                   no relation recall (see README, Quality).
     */
    public ModelTrainer(Settings settings, boolean references) {
        this(settings, references, org.dealgraph.text.LanguageProfiles.bundled());
    }

    /**
     * As {@link #ModelTrainer(Settings, boolean)}, reading the articles with these languages' data
     * (their sentence and token models, cues and word lists), as a pipeline over the same data does.
     */
    public ModelTrainer(Settings settings, boolean references, org.dealgraph.text.LanguageProfiles languages) {
        this.analyzer = TextAnalyzer.load(languages);
        this.languages = languages;
        org.dealgraph.mention.Gazetteer gazetteer = org.dealgraph.mention.Gazetteer.bundled();
        this.nameTrainer = new NameFinderTrainer(settings.names(), gazetteer, analyzer, languages);
        this.rules = org.dealgraph.mention.MentionFinder.all(new org.dealgraph.mention.GazetteerMentionFinder(gazetteer),
                new org.dealgraph.mention.PatternMentionFinder(gazetteer, languages));
        this.features = new RelationFeatures(CueRelationExtractor.of(languages), references)
                .withRoles(languages);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Trains one name finder and one relation classifier per language present in the articles.
     *
     * @param metadata written into the bundle's {@code bundle.json} next to the counts and settings
     *                 (the caller states the corpus, split and command)
     * @throws DealGraphException when a language has too little data to train on
     */
    public ModelBundle train(List<TrainingArticle> articles, ObjectNode metadata) {
        Map<Language, List<NameSample>> names = new TreeMap<>();
        Map<Language, List<Event>> pairs = new TreeMap<>();
        Map<Language, List<Event>> eventPairs = new TreeMap<>();
        Map<Language, List<Event>> mentionEvents = new TreeMap<>();
        Map<Language, int[]> counts = new TreeMap<>();
        List<AnalyzedText> read = new ArrayList<>();
        List<List<NameSample>> namesOf = new ArrayList<>();
        List<List<Event>> mentionsOf = new ArrayList<>();
        // the word classes the name finders learn with, which the mention classifier reads too
        Map<Language, java.util.function.UnaryOperator<String>> classes = new TreeMap<>();
        for (TrainingArticle a : articles) {
            if (!classes.containsKey(a.language())) {
                classes.put(a.language(), nameTrainer.wordClasses(a.language()).orElse(w -> null));
            }
        }
        for (TrainingArticle a : articles) {
            AnalyzedText analyzed = analyzer.analyze(a.article(), a.language());
            read.add(analyzed);
            int[] c = counts.computeIfAbsent(a.language(), l -> new int[5]);
            c[0]++;
            c[1] += analyzed.sentences().size();
            List<NameSample> ns = names.computeIfAbsent(a.language(), l -> new ArrayList<>());
            List<NameSample> mine = new ArrayList<>();
            c[2] += NameFinderTrainer.samples(analyzed, a, mine);
            ns.addAll(mine);
            namesOf.add(mine);
            List<Event> ps = pairs.computeIfAbsent(a.language(), l -> new ArrayList<>());
            int before = ps.size();
            c[4] += pairEvents(analyzed, a, goldEntities(a), Entity::name, ps,
                    eventPairs.computeIfAbsent(a.language(), l -> new ArrayList<>()));
            c[3] += ps.size() - before;
            List<Event> me = new ArrayList<>();
            mentionEvents(analyzed, a, classes.get(a.language()), me);
            mentionEvents.computeIfAbsent(a.language(), l -> new ArrayList<>()).addAll(me);
            mentionsOf.add(me);
        }
        Map<Language, TokenNameFinderModel> nameModels = new TreeMap<>();
        Map<Language, MaxentModel> relationModels = new TreeMap<>();
        Map<Language, MaxentModel> eventModels = new TreeMap<>();
        Map<Language, MaxentModel> mentionModels = new TreeMap<>();
        ObjectNode meta = metadata.deepCopy();
        ObjectNode perLanguage = meta.putObject("languages");
        for (Language lang : names.keySet()) {
            int[] c = counts.get(lang);
            if (c[2] == 0 || c[4] == 0) {
                throw new DealGraphException("too little to train on in " + lang.code() + ": " + c[2] + " names and "
                        + c[4] + " related pairs in " + c[0] + " articles");
            }
            nameModels.put(lang, trainNames(lang, names.get(lang)));
            List<Event> me = mentionEvents.get(lang);
            if (me.stream().map(Event::getOutcome).distinct().count() > 1) {
                mentionModels.put(lang, trainRelations(me));
            }
        }
        Map<Language, int[]> found = new TreeMap<>();
        if (settings.foundEntities()) {
            for (int half = 0; half < 2; half++) {
                // each half's entities come from a name finder and mention classifier trained on the other half:
                // names as an article the models never saw gets them
                boolean[] held = halves(articles, half);
                Map<Language, TokenNameFinderModel> halfNames = new TreeMap<>();
                Map<Language, MaxentModel> halfMentions = new TreeMap<>();
                for (Language lang : names.keySet()) {
                    List<NameSample> ns = new ArrayList<>();
                    List<Event> me = new ArrayList<>();
                    for (int i = 0; i < articles.size(); i++) {
                        if (!held[i] && articles.get(i).language().equals(lang)) {
                            ns.addAll(namesOf.get(i));
                            me.addAll(mentionsOf.get(i));
                        }
                    }
                    if (ns.isEmpty()) {
                        continue;
                    }
                    halfNames.put(lang, trainNames(lang, ns));
                    if (me.stream().map(Event::getOutcome).distinct().count() > 1) {
                        halfMentions.put(lang, trainRelations(me));
                    }
                }
                // the entity stages of a pipeline with these models, on the same language data
                org.dealgraph.Pipeline.Builder b = org.dealgraph.Pipeline.builder()
                        .models(ModelBundle.of(halfNames, Map.of(), Map.of(), halfMentions, metadata()));
                languages.folder().ifPresent(b::languageData);
                org.dealgraph.Pipeline finder = b.build();
                for (int i = 0; i < articles.size(); i++) {
                    if (!held[i]) {
                        continue;
                    }
                    TrainingArticle a = articles.get(i);
                    List<Event> ps = pairs.get(a.language());
                    int before = ps.size();
                    Map<Entity, String> gold = aligned(finder.entities(read.get(i)), a);
                    int[] f = found.computeIfAbsent(a.language(), l -> new int[2]);
                    f[1] += pairEvents(read.get(i), a, List.copyOf(gold.keySet()), gold::get, ps, eventPairs.get(a.language()));
                    f[0] += ps.size() - before;
                }
            }
        }
        for (Language lang : names.keySet()) {
            int[] c = counts.get(lang);
            relationModels.put(lang, trainRelations(pairs.get(lang)));
            List<Event> ev = eventPairs.get(lang);
            long eventful = ev.stream().filter(e -> !e.getOutcome().equals(RelationCandidate.NONE)).count();
            if (eventful > 0) {
                eventModels.put(lang, trainRelations(ev));
            }
            List<Event> me = mentionEvents.get(lang);
            int[] f = found.getOrDefault(lang, new int[2]);
            ObjectNode n = perLanguage.putObject(lang.code());
            n.put("articles", c[0]).put("sentences", c[1]).put("names", c[2]).put("pairs", c[3]).put("relatedPairs", c[4])
                    .put("foundPairs", f[0]).put("foundRelatedPairs", f[1])
                    .put("eventPairs", eventPairs.get(lang).stream().filter(e -> !e.getOutcome().equals(RelationCandidate.NONE)).count())
                    .put("ruleNames", me.size())
                    .put("ruleNamesNone", me.stream().filter(e -> e.getOutcome().equals(org.dealgraph.mention.MentionClassifier.NONE)).count());
        }
        meta.put("trainingDigest", digest(articles));
        ObjectNode s = meta.putObject("settings");
        NameFinderTrainer.Settings ns = nameTrainer.settings();
        s.putObject("names").put("iterations", ns.iterations()).put("cutoff", ns.cutoff()).put("algorithm", ns.algorithm())
                .put("codec", ns.bilou() ? "BILOU" : "BIO").put("lexicalFeatures", ns.lexical())
                .put("wordClusters", ns.wordClusters());
        s.put("nameIterations", settings.nameIterations()).put("relationIterations", settings.relationIterations())
                .put("cutoff", settings.cutoff()).put("l2", settings.l2()).put("foundEntities", settings.foundEntities());
        // the relation features the classifiers were trained on; a bundle without this key predates them
        s.put(ModelBundle.REFERENCES, features.references());
        s.put(ModelBundle.ROLES, features.roles());
        return ModelBundle.of(nameModels, relationModels, eventModels, mentionModels, meta);
    }

    /**
     * A seeded sample of {@code fraction} of the articles of each language (all when 1), for
     * learning curves: the same seed gives the same sample, and a smaller fraction's sample is
     * contained in a larger one's.
     */
    public static List<TrainingArticle> sample(List<TrainingArticle> articles, double fraction, long seed) {
        if (fraction <= 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction out of (0,1]: " + fraction);
        }
        List<TrainingArticle> out = new ArrayList<>();
        for (Language lang : new java.util.TreeSet<>(articles.stream().map(TrainingArticle::language).toList())) {
            List<TrainingArticle> mine = new ArrayList<>(articles.stream().filter(a -> a.language().equals(lang))
                    .sorted(java.util.Comparator.comparing(a -> a.article().id())).toList());
            java.util.Collections.shuffle(mine, new java.util.Random(seed));
            out.addAll(mine.subList(0, (int) Math.ceil(fraction * mine.size())));
        }
        return out;
    }

    /** Metadata for a bundle: an empty object to fill. */
    public static ObjectNode metadata() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** SHA-256 over the training articles' ids and texts, in order: which articles a bundle learned from. */
    private static String digest(List<TrainingArticle> articles) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (TrainingArticle a : articles) {
                md.update((a.article().id() + "\n" + a.article().text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mention classifier's examples of an article: each name the rules found on their capitals
     * ({@link org.dealgraph.mention.MentionClassifier#reads}), labelled with the type of the gold
     * mention it overlaps most (its span may be a little off: "PT Bank Mandiri (Persero) Tbk" for
     * "PT Bank Mandiri Tbk" still names the entity), or none where it overlaps no gold mention.
     */
    private void mentionEvents(AnalyzedText analyzed, TrainingArticle a, java.util.function.UnaryOperator<String> classes, List<Event> out) {
        List<Mention> found = rules.find(analyzed);
        for (Mention m : found) {
            if (!org.dealgraph.mention.MentionClassifier.reads(m)) {
                continue;
            }
            EntityType type = null;
            int most = 0;
            for (TrainingArticle.GoldMention g : a.mentions()) {
                int overlap = Math.min(m.end(), g.end()) - Math.max(m.begin(), g.begin());
                if (overlap > most) {
                    most = overlap;
                    type = g.type();
                }
            }
            out.add(new Event(type == null ? org.dealgraph.mention.MentionClassifier.NONE : type.name(),
                    org.dealgraph.mention.MentionFeatures.of(analyzed, m, found, classes)));
        }
    }

    /**
     * The candidate pairs of these entities as relation and event examples; {@code gold} gives each
     * entity's gold canonical name (one no gold relation names where it has none).
     *
     * @return how many pairs are labelled with a relation
     */
    private int pairEvents(AnalyzedText analyzed, TrainingArticle a, List<Entity> entities, java.util.function.Function<Entity, String> gold,
                           List<Event> out, List<Event> events) {
        int positives = 0;
        for (RelationCandidate c : features.candidates(analyzed, entities)) {
            String x = gold.apply(c.first());
            String y = gold.apply(c.second());
            events.add(new Event(x.equals(y) ? RelationCandidate.NONE : eventLabel(a, c, x, y), c.features()));
            if (x.equals(y)) {
                // two found entities of one gold entity: taught as no event, left out of the relation examples
                continue;
            }
            String label = RelationCandidate.NONE;
            boolean skip = false;
            for (TrainingArticle.GoldRelation r : a.relations()) {
                boolean forward = r.subjects().contains(x) && r.objects().contains(y);
                boolean backward = r.subjects().contains(y) && r.objects().contains(x);
                if (!forward && !backward) {
                    continue;
                }
                boolean here = r.covers(c.sentence().begin(), c.sentence().end());
                if (r.kind() == TrainingArticle.Kind.ASSERTED && here) {
                    label = c.label(r.type(), forward ? c.first() : c.second());
                    break;
                }
                if (r.kind() != TrainingArticle.Kind.NOT_ASSERTED) {
                    skip = true;
                }
            }
            if (label.equals(RelationCandidate.NONE) && skip) {
                continue;
            }
            if (!label.equals(RelationCandidate.NONE)) {
                positives++;
            }
            out.add(new Event(label, c.features()));
        }
        return positives;
    }

    /** The event a candidate pair takes part in where the sentence reports it: type and which of the two holds the first role. */
    private static String eventLabel(TrainingArticle a, RelationCandidate c, String x, String y) {
        for (TrainingArticle.GoldEvent e : a.events()) {
            if (!e.covers(c.sentence().begin(), c.sentence().end())) {
                continue;
            }
            if (e.first().contains(x) && e.second().contains(y)) {
                return e.type().localName() + ">";
            }
            if (e.first().contains(y) && e.second().contains(x)) {
                return e.type().localName() + "<";
            }
        }
        return RelationCandidate.NONE;
    }

    /** Which articles are in {@code half} (0 or 1): every other article of each language, in input order. */
    private static boolean[] halves(List<TrainingArticle> articles, int half) {
        Map<Language, Integer> seen = new TreeMap<>();
        boolean[] in = new boolean[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            in[i] = seen.merge(articles.get(i).language(), 1, Integer::sum) % 2 == half;
        }
        return in;
    }

    /**
     * Found entities named after the gold entity they stand for: the one whose mentions most of the
     * entity's mentions overlap by at least half of the longer of the two spans ("PT Bank Mandiri
     * (Persero) Tbk" for "PT Bank Mandiri Tbk"; not "Direktur Utama Transjakarta Welfizon Yuza" for
     * "Transjakarta"). An entity that stands for none gets a name no gold relation holds.
     * Insertion-ordered, as the entities come.
     */
    static Map<Entity, String> aligned(List<Entity> entities, TrainingArticle a) {
        Map<Entity, String> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Mention m : e.mentions()) {
                for (TrainingArticle.GoldMention g : a.mentions()) {
                    int overlap = Math.min(m.end(), g.end()) - Math.max(m.begin(), g.begin());
                    if (overlap > 0 && 2 * overlap >= Math.max(m.end() - m.begin(), g.end() - g.begin())) {
                        votes.merge(g.entity(), 1, Integer::sum);
                        break;
                    }
                }
            }
            String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse("\u0000found:" + e.key());
            out.put(e, best);
        }
        return out;
    }

    /** The article's gold entities as pipeline entities, keyed by a slug of the canonical name. */
    static List<Entity> goldEntities(TrainingArticle a) {
        String text = a.article().text();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, TrainingArticle.GoldMention> firstOf = new LinkedHashMap<>();
        for (TrainingArticle.GoldMention m : a.mentions()) {
            if (m.end() > text.length()) {
                continue;
            }
            byName.computeIfAbsent(m.entity(), k -> new ArrayList<>())
                    .add(new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.type(), "", "gold", 1.0));
            firstOf.putIfAbsent(m.entity(), m);
        }
        List<Entity> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            out.add(new Entity(slug(e.getKey()), e.getKey(), firstOf.get(e.getKey()).type(), "", "", e.getValue()));
        }
        return out;
    }

    private static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "entity-" + Integer.toHexString(name.hashCode()) : s;
    }

    private TokenNameFinderModel trainNames(Language lang, List<NameSample> samples) {
        return nameTrainer.train(lang, samples);
    }

    private MaxentModel trainRelations(List<Event> events) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.relationIterations());
        p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("L2Cost", settings.l2());
        p.put("L1Cost", 0.0);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new DealGraphException("cannot train the relation classifier: " + e.getMessage(), e);
        }
    }
}
