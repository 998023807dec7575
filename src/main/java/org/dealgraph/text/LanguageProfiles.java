package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The profile of every language dealgraph reads: the bundled {@code data/lang/<code>/} folders,
 * optionally with a user's folder over them ({@link #load(Path)}). Loaded once; immutable and
 * thread-safe.
 *
 * <pre>{@code
 * LanguageProfiles own = LanguageProfiles.load(Path.of("my-lang"));   // my-lang/id/negation.txt, ...
 * Pipeline p = Pipeline.builder().languageData(Path.of("my-lang")).build();
 * }</pre>
 */
public final class LanguageProfiles {
    private static final class Bundled {
        static final LanguageProfiles INSTANCE = new LanguageProfiles(null);
    }

    private final Map<Language, LanguageProfile> profiles;
    private final Optional<Path> folder;

    private LanguageProfiles(Path folder) {
        this.folder = Optional.ofNullable(folder);
        Map<Language, LanguageProfile> m = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            m.put(l, LanguageProfile.load(l, folder == null ? null : folder.resolve(l.code())));
        }
        this.profiles = Collections.unmodifiableMap(m);
    }

    /** The bundled profiles (loaded once per process). */
    public static LanguageProfiles bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled profiles with a user's folder over them: {@code folder/<code>/<file>} replaces
     * the bundled file of that name (see {@link LanguageProfile.File}); files it lacks stay bundled.
     *
     * @throws DealGraphException if the folder does not exist, holds a subfolder that is not a
     *                            language dealgraph reads or a file that is not a language file,
     *                            or a file cannot be read or holds an invalid regular expression
     */
    public static LanguageProfiles load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DealGraphException("language data folder " + folder + " does not exist or is not a folder");
        }
        try (Stream<Path> sub = Files.list(folder)) {
            for (Path p : sub.toList()) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p)) {
                    throw new DealGraphException("language data folder " + folder + " holds " + name
                            + "; it holds one folder per language code (en, id)");
                }
                Optional<Language> l = Language.fromCode(name);
                if (l.isEmpty() || !l.get().code().equals(name)) {
                    throw new DealGraphException("language data folder " + folder + " holds " + name
                            + "/, not a language dealgraph reads (en, id); a new language also needs its detection and tokenizer (see README, Adding a language)");
                }
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.toList()) {
                        if (LanguageProfile.File.named(f.getFileName().toString()).isEmpty()) {
                            throw new DealGraphException(f + " is not a language file; the files are "
                                    + Stream.of(LanguageProfile.File.values()).map(LanguageProfile.File::fileName).toList());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read language data folder " + folder + ": " + e.getMessage(), e);
        }
        return new LanguageProfiles(folder);
    }

    /** The profile of a language. */
    public LanguageProfile of(Language language) {
        return profiles.get(language);
    }

    /**
     * The legal forms of every language at one position ({@code legal-forms.tsv}): a legal form
     * is part of a company's name whatever the article's language ("PT Kelana Tbk" in English news).
     *
     * @param prefix true for forms that open a name, false for those that end it
     */
    public java.util.Set<String> legalForms(boolean prefix) {
        java.util.Set<String> out = new java.util.HashSet<>();
        profiles.values().forEach(p -> out.addAll(p.legalForms(prefix)));
        return java.util.Set.copyOf(out);
    }

    /** The legal forms of every language that are never anything else: they end a run of capitalized words. */
    public java.util.Set<String> nameEndingLegalForms() {
        java.util.Set<String> out = new java.util.HashSet<>();
        profiles.values().forEach(p -> out.addAll(p.nameEndingLegalForms()));
        return java.util.Set.copyOf(out);
    }

    /** The user's folder these profiles were read over, if any. */
    public Optional<Path> folder() {
        return folder;
    }
}
