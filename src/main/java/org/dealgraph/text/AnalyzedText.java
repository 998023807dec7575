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

    /** A word: a run of letters and digits. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * How many words (runs of letters and digits) the text holds between two offsets, as the stages that allow a few words
     * between two names count them.
     *
     * @param from the first offset, inclusive, into {@link #text()}
     * @param to   the last, exclusive, not before {@code from}
     */
    public int words(int from, int to) {
        int n = 0;
        java.util.regex.Matcher w = WORD.matcher(text()).region(from, to);
        while (w.find()) {
            n++;
        }
        return n;
    }
}
