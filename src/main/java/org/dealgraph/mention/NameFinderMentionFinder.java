package org.dealgraph.mention;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names found by a trained OpenNLP name finder, one model per language, trained on the annotated
 * corpus's train split ({@code dealgraph train}) with the types organization, person, product,
 * place and outlet. A name at least {@code minimum} probable becomes a mention with that
 * probability as its confidence; languages without a model yield nothing.
 *
 * <p>Thread-safe and stateless between calls: each thread decodes with its own {@link NameFinderME}
 * (which keeps adaptive state, cleared at the start and end of every article) over the shared
 * read-only model.
 */
public final class NameFinderMentionFinder implements MentionFinder {
    public static final String NAME = "namefinder";
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[<>{}\\[\\]|]");
    private final Map<Language, TokenNameFinderModel> models;
    private final double minimum;
    /** A decoder per thread and language: building one parses the model's feature descriptor, too slow per article. */
    private final ThreadLocal<Map<Language, NameFinderME>> decoders = ThreadLocal.withInitial(java.util.HashMap::new);

    /** A number alone: digits, perhaps with points or commas. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d[\\d.,]*");

    /** Words no name starts or ends with, as written ("and", "dan", "&"). */
    private final java.util.Set<String> edgeWords;
    /** Name connectors ("for", "of"), as written: with a number alone after them they end no name. */
    private final java.util.Set<String> connectors;

    public NameFinderMentionFinder(Map<Language, TokenNameFinderModel> models, double minimum) {
        this(models, minimum, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * As {@link #NameFinderMentionFinder(Map, double)}, but the words of {@code edgeWords} at either end of a model's name
     * are cut off it: a name never starts or ends in a coordinator ("Corvid Systems and" where the model read on into "and
     * Lumen Grid"; the pipeline's are every language's {@code coordinators.txt} of one word).
     */
    public NameFinderMentionFinder(Map<Language, TokenNameFinderModel> models, double minimum, java.util.Set<String> edgeWords) {
        this(models, minimum, edgeWords, java.util.Set.of());
    }

    /**
     * As {@link #NameFinderMentionFinder(Map, double, java.util.Set)}, and a name the model ends in one of {@code connectors} and
     * a number alone is cut before the connector: "Studio Echo for 120 million zlotys" names "Echo", not "Echo for 120" (a
     * fresh-user tester's finding; the pipeline's connectors are every language's {@code name-connectors.txt} in small letters).
     */
    public NameFinderMentionFinder(Map<Language, TokenNameFinderModel> models, double minimum, java.util.Set<String> edgeWords,
                                   java.util.Set<String> connectors) {
        if (minimum < 0 || minimum > 1) {
            throw new IllegalArgumentException("minimum probability out of [0,1]: " + minimum);
        }
        this.models = Map.copyOf(models);
        this.minimum = minimum;
        this.edgeWords = java.util.Set.copyOf(edgeWords);
        this.connectors = java.util.Set.copyOf(connectors);
    }

    @Override
    public List<Mention> find(AnalyzedText analyzed) {
        TokenNameFinderModel model = models.get(analyzed.language());
        if (model == null) {
            return List.of();
        }
        NameFinderME finder = decoders.get().computeIfAbsent(analyzed.language(), l -> new NameFinderME(model));
        finder.clearAdaptiveData();
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            Span[] spans = finder.find(words);
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                if (probs[i] < minimum) {
                    continue;
                }
                int first = spans[i].getStart();
                int last = spans[i].getEnd() - 1;
                while (first < last && edgeWords.contains(tokens.get(last).text())) {
                    last--;
                }
                while (first < last && edgeWords.contains(tokens.get(first).text())) {
                    first++;
                }
                while (last - 1 > first && BARE_NUMBER.matcher(tokens.get(last).text()).matches()
                        && connectors.contains(tokens.get(last - 1).text())) {
                    last -= 2; // "Studio Echo for 120 million zlotys": a connector and a number end no name
                }
                if (edgeWords.contains(tokens.get(first).text())) {
                    continue;
                }
                int begin = tokens.get(first).begin();
                int end = tokens.get(last).end();
                if (MARKUP.matcher(text.substring(begin, end)).find()) {
                    continue; // "GENCORP<GY": a ticker's markup glued to a name is no part of it
                }
                out.add(new Mention(begin, end, text.substring(begin, end), type(spans[i].getType()), "", NAME,
                        Math.min(1.0, probs[i])));
            }
        }
        finder.clearAdaptiveData();
        return out;
    }

    /** The name finder's type for an entity type, as the models are trained with it. */
    public static String typeName(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static EntityType type(String name) {
        return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
