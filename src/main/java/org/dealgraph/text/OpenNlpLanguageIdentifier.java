package org.dealgraph.text;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenNLP's language detector (the 103-language Leipzig model from Maven Central), restricted
 * to the languages dealgraph reads. Each language's descriptor ({@link LanguageDescriptor}) says
 * which of the detector's codes count towards it, and its {@code function-words.txt} lists its
 * most frequent words.
 *
 * <p>Design decision: the detector confuses Indonesian with its close relatives (Malay,
 * Sundanese, Javanese, Minangkabau) on short or informal text, so the Indonesian descriptor counts
 * their probabilities towards Indonesian; a text whose best language is none of the read
 * languages' codes is unsupported, unless it holds at least three of their function words. Where
 * the detector is unsure between the two best languages (less than 0.2 apart), or the text is a
 * headline's few words (at most 12), the count of each language's function words decides; where
 * those tie (as in a short headline with none: "Zentrix Labs buys Orvana Systems"), the count of its
 * headline words ({@code headline-words.txt}); and a tie of both goes to the higher
 * {@code detection-priority} where the detector is unsure, and stays with the detector's language
 * where it is sure.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    /** The classpath resource {@link #load()} reads. */
    public static final String MODEL = "/langdetect-183.bin";
    private static final int SAMPLE = 3000;
    /**
     * A text of at most this many words (a headline) is read by its function and headline words even where the detector is
     * sure: on a few words it is often sure of the wrong language ("Zentrix Labs akuisisi Orvana Systems" as English).
     */
    private static final int SHORT = 12;

    /** LanguageDetectorME is not documented as thread-safe: one per thread over the shared model. */
    private final ThreadLocal<LanguageDetectorME> detector;
    /** The read languages, in code order, each with its descriptor. */
    private final List<LanguageDescriptor> languages;
    /** Each detector code counted towards a language, to that language's index in {@link #languages}. */
    private final Map<String, Integer> codes = new HashMap<>();
    /** Per language (as {@link #languages}), its function words. */
    private final List<Pattern> functionWords = new ArrayList<>();
    /** Per language (as {@link #languages}), its headline words. */
    private final List<Pattern> headlineWords = new ArrayList<>();

    private OpenNlpLanguageIdentifier(LanguageDetectorModel model, LanguageProfiles profiles) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        List<LanguageDescriptor> ds = new ArrayList<>();
        for (Language l : profiles.languages()) {
            LanguageDescriptor d = profiles.of(l).descriptor();
            for (String c : d.detectorCodes()) {
                codes.put(c, ds.size());
            }
            functionWords.add(profiles.of(l).words(LanguageProfile.File.FUNCTION_WORDS));
            headlineWords.add(profiles.of(l).words(LanguageProfile.File.HEADLINE_WORDS));
            ds.add(d);
        }
        this.languages = List.copyOf(ds);
    }

    /** Loads the model from the classpath (the opennlp-models-langdetect jar), for the bundled languages. */
    public static OpenNlpLanguageIdentifier load() {
        return load(LanguageProfiles.bundled());
    }

    /** Loads the model from the classpath (the opennlp-models-langdetect jar), for these languages. */
    public static OpenNlpLanguageIdentifier load(LanguageProfiles profiles) {
        try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new DealGraphException("language model " + MODEL + " is not on the classpath (opennlp-models-langdetect)");
            }
            return new OpenNlpLanguageIdentifier(new LanguageDetectorModel(in), profiles);
        } catch (IOException e) {
            throw new DealGraphException("cannot load language model " + MODEL, e);
        }
    }

    @Override
    public LanguageGuess identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.isBlank() || languages.isEmpty()) {
            return new LanguageGuess("und", Optional.empty(), 0);
        }
        opennlp.tools.langdetect.Language[] ranked = detector.get().predictLanguages(sample);
        double[] score = new double[languages.size()];
        double other = 0;
        String bestOther = "und";
        for (opennlp.tools.langdetect.Language l : ranked) {
            Integer i = codes.get(l.getLang());
            if (i != null) {
                score[i] += l.getConfidence();
            } else if (l.getConfidence() > other) {
                other = l.getConfidence();
                bestOther = l.getLang();
            }
        }
        int[] words = new int[languages.size()];
        int top = 0;
        int mostWords = 0;
        for (int i = 0; i < languages.size(); i++) {
            words[i] = count(functionWords.get(i), sample);
            mostWords = Math.max(mostWords, words[i]);
            if (score[i] > score[top]) {
                top = i;
            }
        }
        double second = 0;
        for (int i = 0; i < languages.size(); i++) {
            if (i != top) {
                second = Math.max(second, score[i]);
            }
        }
        if (other > score[top] && mostWords < 3) {
            return new LanguageGuess(bestOther, Optional.empty(), Math.min(1, other));
        }
        int lang = top;
        boolean unsure = score[top] - second < 0.2 || score[top] < other;
        if (unsure || words(sample) <= SHORT) {
            int[] headline = new int[languages.size()];
            for (int i = 0; i < languages.size(); i++) {
                headline[i] = count(headlineWords.get(i), sample);
            }
            for (int i = 0; i < languages.size(); i++) {
                if (words[i] != words[lang]) {
                    if (words[i] > words[lang]) {
                        lang = i;
                    }
                } else if (headline[i] != headline[lang]) {
                    if (headline[i] > headline[lang]) {
                        lang = i;
                    }
                } else if (unsure && languages.get(i).detectionPriority() > languages.get(lang).detectionPriority()) {
                    lang = i;
                }
            }
        }
        double total = 0;
        for (double x : score) {
            total += x;
        }
        total += other;
        double conf = total == 0 ? 0 : score[lang] / total;
        LanguageDescriptor d = languages.get(lang);
        return new LanguageGuess(d.detectorCodes().get(0), Optional.of(d.language()), Math.max(0, Math.min(1, conf)));
    }

    /** The whitespace-separated words of a text. */
    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
