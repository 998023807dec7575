package org.dealgraph.corpus;

import org.dealgraph.article.Article;

import java.util.Objects;

/**
 * An article of the annotated corpus joined with its annotation: the {@link Article} that the
 * pipeline reads (title and text exactly as the corpus stores them), the annotated document
 * {@code title + "\n" + text} every annotation offset refers to, and the annotation. Immutable.
 */
public record AnnotatedArticle(Article article, String document, Annotation annotation) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(annotation, "annotation");
        if (!document.equals(document(article.title(), article.body()))) {
            throw new IllegalArgumentException("document of " + article.id() + " is not its title, a newline and its text");
        }
    }

    /** The annotated document of a corpus record: its title, a newline, its text. */
    public static String document(String title, String text) {
        return title + "\n" + text;
    }

    /** The language: the annotation's, else the article's. */
    public String lang() {
        return annotation.lang().isEmpty() ? article.lang() : annotation.lang();
    }

    /**
     * The document offset of an offset into {@link Article#text()}. The two differ only in what
     * joins title and text: {@code Article} puts a blank line between them (nothing when the
     * title is empty), the annotated document a single newline.
     */
    public int documentOffset(int articleOffset) {
        int title = article.title().length();
        if (title == 0) {
            return articleOffset + 1;
        }
        return articleOffset <= title ? articleOffset : articleOffset - 1;
    }
}
