package org.dealgraph.cli;

import org.dealgraph.text.LanguageProfiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code --lang-data} option, one definition for every command that reads text: extracting, training, demo, bench. */
final class LanguageDataOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--lang-data", paramLabel = "DIR",
            description = "A folder of language data over the bundled one: DIR/<code>/<file> replaces data/lang/<code>/<file>, "
                    + "and DIR/<new code>/ with its language.properties adds a language (see README, Adding a language).")
    Path languageData;

    /** The folder, checked: it exists and is a folder. */
    Optional<Path> folder() {
        if (languageData != null && !Files.isDirectory(languageData)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang-data takes a folder; " + languageData + " is none");
        }
        return Optional.ofNullable(languageData);
    }

    /** The language data: the bundled, or the bundled with the folder over it. */
    LanguageProfiles profiles() {
        return folder().map(LanguageProfiles::load).orElseGet(LanguageProfiles::bundled);
    }
}
