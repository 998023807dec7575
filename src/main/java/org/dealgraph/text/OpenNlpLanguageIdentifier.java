package org.dealgraph.text;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenNLP's language detector (the 103-language Leipzig model from Maven Central), restricted
 * to the languages dealgraph supports.
 *
 * <p>Design decision: the detector confuses Indonesian with its close relatives (Malay,
 * Sundanese, Javanese, Minangkabau) on short or informal text, so their probabilities count
 * towards Indonesian; a text whose best language is neither English nor one of those is
 * unsupported. Where the detector is unsure between English and Indonesian, a count of each
 * language's most frequent function words decides.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    /** The classpath resource {@link #load()} reads. */
    public static final String MODEL = "/langdetect-183.bin";
    private static final Set<String> MALAY_FAMILY = Set.of("ind", "msa", "zsm", "sun", "jav", "min", "zlm", "bjn", "ace");
    private static final Set<String> ENGLISH_FAMILY = Set.of("eng", "sco");
    private static final Pattern ID_WORDS = Pattern.compile("(?i)\\b(yang|dan|di|dengan|untuk|ini|itu|dari|tidak|akan|pada|juga|dalam|telah|sudah|bahwa|adalah|oleh|kepada|tersebut)\\b");
    private static final Pattern EN_WORDS = Pattern.compile("(?i)\\b(the|and|of|to|in|is|that|for|with|was|on|by|it|has|have|are|from|said|its)\\b");
    private static final int SAMPLE = 3000;

    /** LanguageDetectorME is not documented as thread-safe: one per thread over the shared model. */
    private final ThreadLocal<LanguageDetectorME> detector;

    private OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** Loads the model from the classpath (the opennlp-models-langdetect jar). */
    public static OpenNlpLanguageIdentifier load() {
        try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new DealGraphException("language model " + MODEL + " is not on the classpath (opennlp-models-langdetect)");
            }
            return new OpenNlpLanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new DealGraphException("cannot load language model " + MODEL, e);
        }
    }

    @Override
    public LanguageGuess identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.isBlank()) {
            return new LanguageGuess("und", Optional.empty(), 0);
        }
        opennlp.tools.langdetect.Language[] ranked = detector.get().predictLanguages(sample);
        double id = 0;
        double en = 0;
        double other = 0;
        String bestOther = "und";
        for (opennlp.tools.langdetect.Language l : ranked) {
            if (MALAY_FAMILY.contains(l.getLang())) {
                id += l.getConfidence();
            } else if (ENGLISH_FAMILY.contains(l.getLang())) {
                en += l.getConfidence();
            } else if (l.getConfidence() > other) {
                other = l.getConfidence();
                bestOther = l.getLang();
            }
        }
        int idWords = count(ID_WORDS, sample);
        int enWords = count(EN_WORDS, sample);
        if (other > Math.max(id, en) && Math.max(idWords, enWords) < 3) {
            return new LanguageGuess(bestOther, Optional.empty(), Math.min(1, other));
        }
        Language lang;
        if (Math.abs(id - en) < 0.2 || Math.max(id, en) < other) {
            lang = idWords >= enWords ? Language.INDONESIAN : Language.ENGLISH;
        } else {
            lang = id > en ? Language.INDONESIAN : Language.ENGLISH;
        }
        double total = id + en + other;
        double conf = total == 0 ? 0 : (lang == Language.INDONESIAN ? id : en) / total;
        return new LanguageGuess(lang.iso3(), Optional.of(lang), Math.max(0, Math.min(1, conf)));
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
