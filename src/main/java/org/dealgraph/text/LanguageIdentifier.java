package org.dealgraph.text;

/**
 * Tells which language a text is in. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageGuess g = OpenNlpLanguageIdentifier.load().identify("TikTok bermitra dengan Audius");
 * g.language(); // Optional[id]
 * }</pre>
 */
@FunctionalInterface
public interface LanguageIdentifier {
    LanguageGuess identify(String text);
}
