package org.dealgraph.mention;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.HashSet;
import java.util.Set;

/**
 * Given names: the hand list ({@code data/lexicon/first-names.txt}) and the given names each language's annotated articles
 * taught ({@code given-names.txt}, tools/lexicon/given_names.py: "Francesco" of "Francesco Bagnaia", "Dito" of "Dito
 * Ariotedjo"). A given name is one in any language's text ("Mikel Arteta" in an Indonesian match report), so the lists of
 * all the languages read are one set. Words are matched as written, case and all.
 *
 * <p>Immutable and thread-safe.
 */
public final class GivenNames {
    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The hand list and these languages' learned lists. */
    public static GivenNames of(LanguageProfiles languages) {
        Set<String> all = new HashSet<>(WordList.bundled("first-names").words());
        for (Language l : languages.languages()) {
            all.addAll(languages.of(l).entries(LanguageProfile.File.GIVEN_NAMES));
        }
        return new GivenNames(all);
    }

    /** Whether {@code word} is a given name, as written. */
    public boolean contains(String word) {
        return names.contains(word);
    }
}
