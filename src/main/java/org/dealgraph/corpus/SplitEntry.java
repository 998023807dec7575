package org.dealgraph.corpus;

import java.util.Objects;

/**
 * One line of {@code splits.tsv}: an article id, its language, source and sampling stratum, its
 * split, the corpus file that holds its text and the SHA-256 of that text.
 */
public record SplitEntry(String id, String lang, String source, String stratum, Split split, String corpus, String sha256) {
    public SplitEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(sha256, "sha256");
        if (id.isBlank()) {
            throw new IllegalArgumentException("split entry without an id");
        }
    }
}
