package org.dealgraph.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A language dealgraph reads, named by its code: the name of its folder under {@code data/lang/}
 * (or a user's {@code --lang-data} folder), an ISO 639-1 or 639-3 code as used in RDF language
 * tags ({@code en}, {@code id}). Which languages exist, and what is particular to each (the
 * detector's codes, the sentence and token models, the words), is data: see
 * {@link LanguageProfiles#languages()} and {@link LanguageDescriptor}.
 *
 * <p>Immutable; equal when the codes are; ordered by code (the order every per-language loop
 * and file follows).
 *
 * <p>Design decision: a value type, not an enum, so that a language is added by a folder, with no
 * Java change. {@link #ENGLISH} and {@link #INDONESIAN} stay for the public API's compatibility
 * (an embedding program's {@code namePolicy(Language.ENGLISH, ...)}); no main code branches on them.
 *
 * @param code the lowercase code, 2 or 3 letters a-z
 */
public record Language(String code) implements Comparable<Language> {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    /** English, a bundled language ({@code data/lang/en/}); kept for compatibility of the public API. */
    public static final Language ENGLISH = new Language("en");
    /** Indonesian, a bundled language ({@code data/lang/id/}); kept for compatibility of the public API. */
    public static final Language INDONESIAN = new Language("id");

    /** @throws IllegalArgumentException if the code is not 2 or 3 lowercase letters a-z */
    public Language {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a language code is 2 or 3 lowercase letters a-z (en, id), not '" + code + "'");
        }
    }

    /** The language of a code ({@code "en"}); whether dealgraph reads it is for {@link LanguageProfiles} to say. */
    public static Language of(String code) {
        return new Language(code);
    }

    @Override
    public int compareTo(Language other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
