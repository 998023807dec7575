package org.dealgraph.bench;

import org.dealgraph.article.Article;
import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles a benchmark runs on, read once into memory. */
record Corpus(List<Article> articles) {

    static Corpus read(List<Path> inputs) {
        List<Article> out = new ArrayList<>();
        try (Stream<ReadOutcome> s = new ArticleSources().read(inputs)) {
            s.forEach(o -> {
                if (o instanceof ReadOutcome.Read r) {
                    out.add(r.article());
                }
            });
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + inputs);
        }
        return new Corpus(out);
    }

    int size() {
        return articles.size();
    }

    /** The first {@code n} articles, repeating the corpus under new ids ({@code id~2}, ...) if it is smaller. */
    List<Article> first(int n) {
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; out.size() < n; i++) {
            Article a = articles.get(i % articles.size());
            int copy = i / articles.size();
            out.add(copy == 0 ? a : new Article(a.id() + "~" + (copy + 1), a.title(), a.body(), a.url(), a.date(), a.lang()));
        }
        return out;
    }

    static double megabytes(List<Article> articles) {
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 1e6;
    }
}
