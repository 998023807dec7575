package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The profile of every language dealgraph reads. The languages are data: the folders of the
 * bundled {@code data/lang/} (in the jar as {@code /dealgraph/lang/}), and, with {@link #load(Path)},
 * those of a user's folder. Each language folder holds its descriptor ({@value LanguageDescriptor#FILE_NAME},
 * see {@link LanguageDescriptor}) and its word files ({@link LanguageProfile.File}). A user's
 * folder named like a bundled language replaces the bundled files it has (its descriptor too);
 * one of a new language adds that language. Loaded once; immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageProfiles own = LanguageProfiles.load(Path.of("my-lang"));   // my-lang/id/negation.txt, my-lang/ms/language.properties ...
 * own.languages();                                                     // [en, id, ms]
 * Pipeline p = Pipeline.builder().languageData(Path.of("my-lang")).build();
 * }</pre>
 */
public final class LanguageProfiles {
    /** The classpath folder of the bundled languages. */
    public static final String BUNDLED = "/dealgraph/lang/";

    private static final class Bundled {
        static final LanguageProfiles INSTANCE = new LanguageProfiles(null, Map.of());
    }

    /** Every language, in code order. */
    private final Map<Language, LanguageProfile> profiles;
    private final Optional<Path> folder;
    /** Per language, the user's folder of its files, where one was given. */
    private final Map<Language, Path> userFolders;

    /** The file of a language's word classes, which a language may lack: see {@link #wordClusters}. */
    public static final String WORD_CLUSTERS = "word-clusters.tsv";

    private LanguageProfiles(Path folder, Map<Language, Path> userFolders) {
        this.folder = Optional.ofNullable(folder);
        this.userFolders = Map.copyOf(userFolders);
        Map<Language, LanguageProfile> m = new TreeMap<>();
        Set<Language> bundled = bundledLanguages();
        Set<Language> all = new TreeSet<>(bundled);
        all.addAll(userFolders.keySet());
        for (Language l : all) {
            Path own = userFolders.get(l);
            boolean isBundled = bundled.contains(l);
            LanguageDescriptor d = own != null && Files.isRegularFile(own.resolve(LanguageDescriptor.FILE_NAME))
                    ? readDescriptor(own) : bundledDescriptor(l);
            d.checkModels();
            m.put(l, LanguageProfile.load(d, isBundled, own));
        }
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(m));
        Map<String, LanguageDescriptor> claimed = new TreeMap<>();
        for (LanguageProfile p : profiles.values()) {
            LanguageDescriptor d = p.descriptor();
            for (String code : Stream.concat(Stream.of(d.language().code()), Stream.concat(d.detectorCodes().stream(), d.aliases().stream())).toList()) {
                LanguageDescriptor other = claimed.putIfAbsent(code, d);
                if (other != null && !other.language().equals(d.language())) {
                    throw new DealGraphException(d.source() + ": the code '" + code + "' names language " + other.language()
                            + " already (" + other.source() + "): a code names one language");
                }
            }
        }
    }

    /** The bundled profiles (loaded once per process). */
    public static LanguageProfiles bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled profiles with a user's folder over them: {@code folder/<code>/<file>} replaces
     * the bundled file of that name (see {@link LanguageProfile.File}); files it lacks stay bundled.
     * A subfolder whose code no bundled language has adds a language: it needs its
     * {@value LanguageDescriptor#FILE_NAME}, and a word file it lacks is empty.
     *
     * @throws DealGraphException if the folder does not exist, holds a file that is not a language
     *                            folder, a language folder named by no language code, without a
     *                            descriptor (a new language) or with a bad one, a file that is not a
     *                            language file, or a file that cannot be read or holds an invalid
     *                            regular expression; the message names the folder or file and the problem
     */
    public static LanguageProfiles load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DealGraphException("language data folder " + folder + " does not exist or is not a folder");
        }
        Set<Language> bundled = bundledLanguages();
        Map<Language, Path> own = new TreeMap<>();
        try (Stream<Path> sub = Files.list(folder)) {
            for (Path p : sub.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p)) {
                    throw new DealGraphException("language data folder " + folder + " holds " + name
                            + "; it holds one folder per language, named by its code (" + codes(bundled) + ", or a new one)");
                }
                Language l;
                try {
                    l = Language.of(name);
                } catch (IllegalArgumentException e) {
                    throw new DealGraphException("language folder " + p + ": the folder's name is the language's code: " + e.getMessage());
                }
                if (!bundled.contains(l) && !Files.isRegularFile(p.resolve(LanguageDescriptor.FILE_NAME))) {
                    throw new DealGraphException("language folder " + p + " has no " + LanguageDescriptor.FILE_NAME + ": " + name
                            + " is no bundled language (" + codes(bundled) + "), so its folder needs a descriptor (see README, Adding a language)");
                }
                Set<Path> models = descriptorModels(p);
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.sorted().toList()) {
                        String fn = f.getFileName().toString();
                        if (!fn.equals(LanguageDescriptor.FILE_NAME) && !fn.equals(WORD_CLUSTERS) && LanguageProfile.File.named(fn).isEmpty()
                                && models.stream().noneMatch(m -> m.startsWith(f.toAbsolutePath().normalize()))) {
                            throw new DealGraphException(f + " is not a language file; the files are " + LanguageDescriptor.FILE_NAME
                                    + ", " + WORD_CLUSTERS + " (optional) and "
                                    + Stream.of(LanguageProfile.File.values()).map(LanguageProfile.File::fileName).toList());
                        }
                    }
                }
                own.put(l, p);
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read language data folder " + folder + ": " + e.getMessage(), e);
        }
        return new LanguageProfiles(folder, own);
    }

    /**
     * The model files a language folder's descriptor names inside the folder (README: "a file
     * relative to the folder"), absolute: they and the folders holding them are no stray files.
     */
    private static Set<Path> descriptorModels(Path languageFolder) throws IOException {
        Path descriptor = languageFolder.resolve(LanguageDescriptor.FILE_NAME);
        if (!Files.isRegularFile(descriptor)) {
            return Set.of();
        }
        LanguageDescriptor d = LanguageDescriptor.parse(languageFolder.getFileName().toString(), descriptor.toString(),
                Files.readString(descriptor, java.nio.charset.StandardCharsets.UTF_8));
        Path root = languageFolder.toAbsolutePath().normalize();
        return d.models().stream().filter(m -> !m.startsWith(LanguageDescriptor.CLASSPATH)).map(Path::of)
                .filter(m -> m.startsWith(root)).collect(java.util.stream.Collectors.toSet());
    }

    /** The languages these profiles read, in code order. */
    public List<Language> languages() {
        return List.copyOf(profiles.keySet());
    }

    /**
     * One value per language these profiles read, made from its profile (a stage's compiled word
     * patterns, say): an unmodifiable map in code order.
     */
    public <T> java.util.SortedMap<Language, T> perLanguage(java.util.function.Function<LanguageProfile, T> make) {
        java.util.SortedMap<Language, T> out = new java.util.TreeMap<>();
        profiles.forEach((l, p) -> out.put(l, make.apply(p)));
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    /**
     * The language a code names: a language's own code, one of its detector codes or aliases
     * ({@code "en"}, {@code "eng"}, {@code "in"}), in any case; empty if none of these languages.
     */
    public Optional<Language> language(String code) {
        for (LanguageProfile p : profiles.values()) {
            if (p.descriptor().answersTo(code)) {
                return Optional.of(p.language());
            }
        }
        return Optional.empty();
    }

    /** The profile of a language. @throws IllegalArgumentException if these profiles do not read it */
    public LanguageProfile of(Language language) {
        LanguageProfile p = profiles.get(language);
        if (p == null) {
            throw new IllegalArgumentException("no language data for " + language + "; these profiles read " + profiles.keySet());
        }
        return p;
    }

    /** The codes of these languages, for messages: {@code "en, id"}. */
    public String codes() {
        return codes(profiles.keySet());
    }

    private static String codes(Set<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }

    /**
     * The legal forms of every language at one position ({@code legal-forms.tsv}): a legal form
     * is part of a company's name whatever the article's language ("PT Kelana Tbk" in English news).
     *
     * @param prefix true for forms that open a name, false for those that end it
     */
    public Set<String> legalForms(boolean prefix) {
        Set<String> out = new HashSet<>();
        profiles.values().forEach(p -> out.addAll(p.legalForms(prefix)));
        return Set.copyOf(out);
    }

    /**
     * Whether a name's last word is a legal form that ends names, of any language ({@code legal-forms.tsv}: "Kaneka
     * Corporation", "Land's End Inc."), in any case, a final period aside. Thread-safe.
     */
    public java.util.function.Predicate<String> endsWithLegalForm() {
        Set<String> forms = new HashSet<>();
        legalForms(false).forEach(f -> forms.add(f.toLowerCase(java.util.Locale.ROOT)));
        return name -> forms.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** Every language's court words ({@code court-words.txt}), as written: a court's name keeps its own language. */
    public Set<String> courtWords() {
        Set<String> out = new HashSet<>();
        profiles.values().forEach(p -> out.addAll(p.entries(LanguageProfile.File.COURT_WORDS).stream().map(String::strip).toList()));
        return Set.copyOf(out);
    }

    /**
     * Every language's lines of business ({@code business-lines.txt}) as one pattern that matches a whole word, any case:
     * like legal forms, they are part of company names, written in the company's language whatever the article's
     * ("analis Mandiri Sekuritas", "Mirae Asset Securities").
     */
    public java.util.regex.Pattern businessLines() {
        List<String> alternatives = new java.util.ArrayList<>();
        profiles.values().forEach(p -> {
            if (!p.entries(LanguageProfile.File.BUSINESS_LINES).isEmpty()) {
                alternatives.add(p.alternation(LanguageProfile.File.BUSINESS_LINES));
            }
        });
        return java.util.regex.Pattern.compile(alternatives.isEmpty() ? "(?!)" : "(?i)(?:" + String.join("|", alternatives) + ")");
    }

    /** The legal forms of every language that are never anything else: they end a run of capitalized words. */
    public Set<String> nameEndingLegalForms() {
        Set<String> out = new HashSet<>();
        profiles.values().forEach(p -> out.addAll(p.nameEndingLegalForms()));
        return Set.copyOf(out);
    }

    /**
     * A language's word classes ({@value #WORD_CLUSTERS}, written by {@code tools/lexicon/word_clusters.py} from the
     * corpus's unannotated text): lines of {@code path<TAB>word<TAB>count}, the format of Brown clustering's output.
     * The user's folder's file for the language if it has one, else the bundled one; empty where neither exists, since a
     * language needs none (the trained name finder then goes without them).
     *
     * @throws DealGraphException if the file exists but cannot be read
     */
    public Optional<byte[]> wordClusters(Language language) {
        Path own = userFolders.get(language);
        try {
            if (own != null && Files.isRegularFile(own.resolve(WORD_CLUSTERS))) {
                return Optional.of(Files.readAllBytes(own.resolve(WORD_CLUSTERS)));
            }
            try (java.io.InputStream in = LanguageProfiles.class.getResourceAsStream(LanguageProfile.bundledFolder(language) + WORD_CLUSTERS)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read the word classes of " + language.code() + ": " + e.getMessage(), e);
        }
    }

    /** The user's folder these profiles were read over, if any. */
    public Optional<Path> folder() {
        return folder;
    }

    private static LanguageDescriptor readDescriptor(Path languageFolder) {
        Path file = languageFolder.resolve(LanguageDescriptor.FILE_NAME);
        try {
            return LanguageDescriptor.parse(languageFolder.getFileName().toString(), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static LanguageDescriptor bundledDescriptor(Language l) {
        String source = LanguageProfile.bundledFolder(l) + LanguageDescriptor.FILE_NAME;
        try (InputStream in = LanguageProfiles.class.getResourceAsStream(source)) {
            if (in == null) {
                throw new DealGraphException("bundled language folder " + LanguageProfile.bundledFolder(l) + " has no " + LanguageDescriptor.FILE_NAME);
            }
            return LanguageDescriptor.parse(l.code(), LanguageDescriptor.CLASSPATH + source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bundled languages: the folders of {@value #BUNDLED} on the classpath (a folder of files,
     * or a jar's entries). A folder without a descriptor is an error when its profile is loaded.
     *
     * @throws DealGraphException if the classpath has no bundled language folder or it cannot be listed
     */
    public static Set<Language> bundledLanguages() {
        return BundledLanguages.SET;
    }

    private static final class BundledLanguages {
        static final Set<Language> SET = listBundled();
    }

    private static Set<Language> listBundled() {
        URL url = LanguageProfiles.class.getResource(BUNDLED);
        if (url == null) {
            throw new DealGraphException("the bundled language data " + BUNDLED + " is missing from the classpath");
        }
        String prefix = BUNDLED.substring(1);
        Set<String> names = new TreeSet<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        String n = e.getName();
                        if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) > prefix.length()) {
                            names.add(n.substring(prefix.length(), n.indexOf('/', prefix.length())));
                        }
                    }
                }
            } else {
                try (Stream<Path> sub = Files.list(Path.of(url.toURI()))) {
                    sub.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
            throw new DealGraphException("cannot list the bundled language data " + BUNDLED + " (" + url + "): " + e.getMessage(), e);
        }
        Set<Language> out = new TreeSet<>();
        for (String n : names) {
            try {
                out.add(Language.of(n));
            } catch (IllegalArgumentException e) {
                throw new DealGraphException("bundled language folder " + BUNDLED + n + "/: the folder's name is the language's code: " + e.getMessage());
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
