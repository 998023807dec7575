package org.dealgraph.text;

import org.dealgraph.article.Article;

import java.util.List;
import java.util.Objects;

/**
 * An article after the text stage: its language and the sentences of its content. Boilerplate
 * (link lists, bylines, widgets, credits) is not in any sentence, so no later stage sees it.
 */
public record AnalyzedText(Article article, Language language, List<Sentence> sentences) {
    public AnalyzedText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
    }

    /** The text every offset refers to. */
    public String text() {
        return article.text();
    }
}
