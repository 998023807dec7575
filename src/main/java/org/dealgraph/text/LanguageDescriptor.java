package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the code needs to know of a language beyond its words: the file {@value #FILE_NAME} of its
 * folder ({@code data/lang/<code>/} or a user's {@code --lang-data} folder), a Java properties file:
 *
 * <pre>
 * # the language's name, for messages
 * name = Indonesian
 * # the codes of OpenNLP's language detector (ISO 639-3) whose probabilities count towards this
 * # language; the first is the language's own
 * detector-codes = ind msa zsm
 * # other codes an article's "lang" field may give for it (optional)
 * aliases = in
 * # where the detector and the function words tie between languages, the higher wins (optional, default 0)
 * detection-priority = 1
 * # the OpenNLP sentence model: classpath:/resource, or a file relative to the folder
 * sentence-model = classpath:/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin
 * # the tokenizer: an OpenNLP token model (as above), or OpenNLP's model-free "simple"
 * # (character classes) or "whitespace" tokenizer
 * tokenizer = simple
 * # how a trained name finder meets the rules' names (optional, default RETYPE): FILL, RETYPE,
 * # REPLACE, CONFIRM or VERIFY (org.dealgraph.mention.NamePolicy)
 * name-policy = VERIFY
 * </pre>
 *
 * Immutable; never holds null.
 *
 * @param language          the language: the folder's name
 * @param name              the language's name, for messages
 * @param detectorCodes     OpenNLP detector codes counted towards the language, its own first; at least one
 * @param aliases           other codes articles may carry for it, possibly none
 * @param detectionPriority which language wins a tie in detection: the higher
 * @param sentenceModel     where the OpenNLP sentence model is: {@code classpath:/...} or a file relative to the folder
 * @param tokenizer         {@link #SIMPLE}, {@link #WHITESPACE}, or where an OpenNLP token model is (as the sentence model)
 * @param namePolicy        the name of the {@code NamePolicy} the language's articles are read with by default
 *                          ({@code RETYPE} unless the descriptor says otherwise; checked where the pipeline is built)
 * @param modifiersBefore   whether a name's capitalized modifiers stand before its head ({@code name-modifiers = before}:
 *                          English "Activision Blizzard", "Thorn EMI"), so that the capitalized words of a run before a
 *                          trained name finder's name at its end are part of that name; {@code after} (the default, and
 *                          Indonesian's: "Komisi D DPRD", "Humas Ditjen Perhubungan Darat", a unit before the body it
 *                          belongs to) leaves the model's name alone
 * @param source            where the descriptor was read from: a classpath path ({@code classpath:/dealgraph/lang/en/language.properties})
 *                          or a file; a model's relative location is relative to its folder
 */
public record LanguageDescriptor(Language language, String name, List<String> detectorCodes, List<String> aliases,
                                 int detectionPriority, String sentenceModel, String tokenizer, String namePolicy,
                                 boolean modifiersBefore, String source) {
    /** The descriptor's file name in a language folder. */
    public static final String FILE_NAME = "language.properties";
    /** The tokenizer value of OpenNLP's character-class {@code SimpleTokenizer}, which needs no model. */
    public static final String SIMPLE = "simple";
    /** The tokenizer value of OpenNLP's {@code WhitespaceTokenizer}, which needs no model. */
    public static final String WHITESPACE = "whitespace";
    /** The prefix of a model location on the classpath ({@code classpath:/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin}). */
    public static final String CLASSPATH = "classpath:";

    private static final Set<String> KEYS = Set.of("name", "detector-codes", "aliases", "detection-priority", "sentence-model", "tokenizer",
            "name-policy", "name-modifiers");
    private static final Set<String> REQUIRED = Set.of("name", "detector-codes", "sentence-model", "tokenizer");

    public LanguageDescriptor {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(name, "name");
        detectorCodes = List.copyOf(detectorCodes);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(sentenceModel, "sentenceModel");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(source, "source");
        if (detectorCodes.isEmpty()) {
            throw new IllegalArgumentException("language " + language + " has no detector code");
        }
    }

    /** Whether the tokenizer is an OpenNLP token model rather than a model-free tokenizer. */
    public boolean tokenModel() {
        return !tokenizer.equals(SIMPLE) && !tokenizer.equals(WHITESPACE);
    }

    /**
     * Whether a code names this language: its own code, a detector code or an alias, in any case, or a language tag whose
     * first subtag is one (BCP 47 "en-US", "id-ID", and "en_GB" as Java locales write it).
     */
    public boolean answersTo(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        String primary = c.split("[-_]", 2)[0];
        return names(c) || !primary.equals(c) && !primary.isEmpty() && names(primary);
    }

    private boolean names(String c) {
        return c.equals(language.code()) || detectorCodes.contains(c) || aliases.contains(c);
    }

    /**
     * Reads a descriptor.
     *
     * @param folder  the language folder's name, which is the language's code
     * @param source  where the text was read from, for messages (the folder and file)
     * @param content the file's text
     * @throws DealGraphException naming {@code source} and the problem: a folder name that is no
     *                            language code, a missing or unknown key, a malformed value
     */
    public static LanguageDescriptor parse(String folder, String source, String content) {
        Language language;
        try {
            language = Language.of(folder);
        } catch (IllegalArgumentException e) {
            throw new DealGraphException(source + ": the folder's name is the language's code: " + e.getMessage());
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            throw new DealGraphException(source + ": not a properties file: " + e.getMessage(), e);
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new DealGraphException(source + ": unknown key " + unknown + "; the keys are " + new TreeSet<>(KEYS));
        }
        for (String k : new TreeSet<>(REQUIRED)) {
            if (p.getProperty(k, "").isBlank()) {
                throw new DealGraphException(source + ": '" + k + "' is missing or empty; the descriptor needs " + new TreeSet<>(REQUIRED));
            }
        }
        List<String> detector = codes(source, "detector-codes", p.getProperty("detector-codes"));
        List<String> aliases = codes(source, "aliases", p.getProperty("aliases", ""));
        int priority;
        try {
            priority = Integer.parseInt(p.getProperty("detection-priority", "0").strip());
        } catch (NumberFormatException e) {
            throw new DealGraphException(source + ": 'detection-priority' is a whole number, not '" + p.getProperty("detection-priority") + "'");
        }
        String sentences = p.getProperty("sentence-model").strip();
        if (sentences.equals(SIMPLE) || sentences.equals(WHITESPACE)) {
            throw new DealGraphException(source + ": 'sentence-model' is where an OpenNLP sentence model is (classpath:/... or a file "
                    + "relative to the folder), not '" + sentences + "'");
        }
        String modifiers = p.getProperty("name-modifiers", "after").strip();
        if (!modifiers.equals("before") && !modifiers.equals("after")) {
            throw new DealGraphException(source + ": 'name-modifiers' is 'before' or 'after', not '" + modifiers + "'");
        }
        return new LanguageDescriptor(language, p.getProperty("name").strip(), detector, aliases, priority, sentences,
                p.getProperty("tokenizer").strip(), p.getProperty("name-policy", "RETYPE").strip(), modifiers.equals("before"), source);
    }

    /**
     * Where a model is, resolved: {@code classpath:/...} for a classpath resource (a bundled
     * language's relative location is in its classpath folder), else the absolute path of a file
     * relative to the descriptor's folder.
     */
    public String resolve(String location) {
        if (location.startsWith(CLASSPATH)) {
            return location;
        }
        if (source.startsWith(CLASSPATH)) {
            return source.substring(0, source.lastIndexOf('/') + 1) + location;
        }
        return Path.of(source).resolveSibling(location).toAbsolutePath().normalize().toString();
    }

    /**
     * Opens a model's bytes ({@link #resolve}).
     *
     * @throws DealGraphException naming the descriptor and the location if there is no such model
     */
    public InputStream open(String location) {
        String where = resolve(location);
        if (where.startsWith(CLASSPATH)) {
            InputStream in = LanguageDescriptor.class.getResourceAsStream(where.substring(CLASSPATH.length()));
            if (in == null) {
                throw new DealGraphException(source + ": model " + location + " is not on the classpath");
            }
            return in;
        }
        try {
            return Files.newInputStream(Path.of(where));
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            throw new DealGraphException(source + ": cannot open model " + location + " (" + where + "): " + why, e);
        }
    }

    /**
     * Checks that every model the descriptor names is there.
     *
     * @throws DealGraphException naming the descriptor and the model if one is missing
     */
    public void checkModels() {
        for (String location : tokenModel() ? List.of(sentenceModel, tokenizer) : List.of(sentenceModel)) {
            try (InputStream in = open(location)) {
                in.available();
            } catch (IOException e) {
                throw new DealGraphException(source + ": cannot read model " + location + ": " + e.getMessage(), e);
            }
        }
    }

    /** The OpenNLP models the language reads ({@link #resolve}d): its sentence model, and its token model if it has one. */
    public List<String> models() {
        return tokenModel() ? List.of(resolve(sentenceModel), resolve(tokenizer)) : List.of(resolve(sentenceModel));
    }

    private static List<String> codes(String source, String key, String value) {
        List<String> out = new ArrayList<>();
        for (String c : Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList()) {
            if (!c.matches("[a-z]{2,3}")) {
                throw new DealGraphException(source + ": '" + key + "' holds codes of 2 or 3 lowercase letters a-z, not '" + c + "'");
            }
            out.add(c);
        }
        return out;
    }
}
