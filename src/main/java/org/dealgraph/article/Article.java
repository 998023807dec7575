package org.dealgraph.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: an id unique in its collection, a title, a body, and what the source says
 * of it. {@link #text()} is the title and the body joined by a blank line; every offset
 * extracted from an article is a half-open character offset into that text.
 *
 * <p>Immutable; never holds null: an unknown url or language is the empty string, an unknown
 * date is empty.
 */
public record Article(String id, String title, String body, String url, Optional<LocalDate> date, String lang) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lang, "lang");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article with only an id, a title and a body. */
    public static Article of(String id, String title, String body) {
        return new Article(id, title, body, "", Optional.empty(), "");
    }

    /** The text every offset refers to: the title, a blank line, the body (or only the one that is not empty). */
    public String text() {
        if (title.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? title : title + "\n\n" + body;
    }
}
