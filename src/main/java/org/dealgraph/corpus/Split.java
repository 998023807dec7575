package org.dealgraph.corpus;

import java.util.Locale;
import java.util.Optional;

/** The part of the annotated corpus an article belongs to. The test split is for reporting, never for tuning. */
public enum Split {
    TRAIN, DEV, TEST;

    /** The split named as in {@code splits.tsv} ("train", "dev", "test"), or empty. */
    public static Optional<Split> fromName(String name) {
        for (Split s : values()) {
            if (s.label().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The name used in {@code splits.tsv} and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
