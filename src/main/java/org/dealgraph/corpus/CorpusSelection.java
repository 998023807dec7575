package org.dealgraph.corpus;

import java.util.Objects;
import java.util.Optional;

/** Which articles of the annotated corpus to load: those of one split or all, in one language or all (lang ""). */
public record CorpusSelection(Optional<Split> split, String lang) {
    public CorpusSelection {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(lang, "lang");
    }

    /** Every annotated article. */
    public static CorpusSelection all() {
        return new CorpusSelection(Optional.empty(), "");
    }

    /** The articles of one split. */
    public static CorpusSelection of(Split split) {
        return new CorpusSelection(Optional.of(split), "");
    }

    /** This selection restricted to one language ("" for all). */
    public CorpusSelection withLang(String code) {
        return new CorpusSelection(split, code);
    }

    boolean wantsLang(String code) {
        return lang.isEmpty() || lang.equals(code);
    }

    @Override
    public String toString() {
        return split.map(s -> "split " + s.label()).orElse("all articles") + (lang.isEmpty() ? "" : " in " + lang);
    }
}
