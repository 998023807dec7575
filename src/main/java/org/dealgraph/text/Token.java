package org.dealgraph.text;

import java.util.Objects;

/** A token: its text and its half-open character offsets into the article text. */
public record Token(int begin, int end, String text) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token span [" + begin + "," + end + ")");
        }
    }
}
