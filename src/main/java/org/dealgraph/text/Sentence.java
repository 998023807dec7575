package org.dealgraph.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article: its position, its half-open character offsets into the article
 * text, its text, its tokens, and whether it is a headline (the title or a sub-heading).
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean headline) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (begin < 0 || end < begin || end - begin != text.length()) {
            throw new IllegalArgumentException("sentence span [" + begin + "," + end + ") does not fit its text");
        }
    }
}
