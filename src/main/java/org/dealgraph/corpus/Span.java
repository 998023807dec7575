package org.dealgraph.corpus;

import java.util.Objects;

/**
 * A half-open span of an annotated document, in UTF-16 {@code char} offsets (Java string
 * indices) into {@code title + "\n" + text}; the text it should cover ("" where the annotation
 * leaves it out, as evidence spans do); and the line of the annotation file that holds it (0 when
 * it was not read from a file), so that a problem with it can be found.
 */
public record Span(int start, int end, String text, int line) {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") is not a span");
        }
    }

    /** Whether the span lies in {@code document} and, where it states its text, covers exactly that text. */
    public boolean fits(String document) {
        return end <= document.length() && (text.isEmpty() || document.substring(start, end).equals(text));
    }
}
