package org.dealgraph.text;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LanguageIdentifier} concluded: the best ISO 639-3 code it saw, the supported
 * language it maps to (empty when the text is in a language dealgraph does not support), and a
 * confidence in [0, 1].
 */
public record LanguageGuess(String detected, Optional<Language> language, double confidence) {
    public LanguageGuess {
        Objects.requireNonNull(detected, "detected");
        Objects.requireNonNull(language, "language");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
