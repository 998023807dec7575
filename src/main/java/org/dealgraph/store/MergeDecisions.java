package org.dealgraph.store;

import org.dealgraph.DealGraphException;
import org.dealgraph.entity.AliasEntityResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's merge and split decisions, which ingest applies over what it would decide itself. A
 * TSV file, one decision a line ({@code #} starts a comment):
 * <pre>
 * merge   unilever-indonesia-tbk   unilever          # an entity key (or a name) is the entity with key "unilever"
 * merge   Unilever Indonesia       unilever
 * split   Sinar Mas Land           sinar-mas-land    # this name is an entity of its own, whatever else would merge it
 * </pre>
 * {@code from} is an entity key (the last part of its IRI) or a name as articles write it: a merge
 * compares it as names are compared (case, accents, punctuation and legal forms aside), a split as
 * written (case, spacing and typographic apostrophes aside), so that "Kelana Niaga" can be kept apart
 * from "PT Kelana Niaga Tbk"; {@code to} is a key. A name's decision wins over a key's; a split wins
 * over the gazetteer.
 *
 * <p>Immutable and thread-safe.
 */
public record MergeDecisions(List<Decision> decisions) {
    public static final MergeDecisions NONE = new MergeDecisions(List.of());

    public MergeDecisions {
        decisions = List.copyOf(decisions);
    }

    /**
     * One decision: {@code merge} or {@code split}, from a key or name, to a key; {@code line} is its
     * line in the file it was read from (1 for the first), 0 when it came from no file (e.g. the store).
     */
    public record Decision(String action, String from, String to, int line) {
        /** A decision from no file. */
        public Decision(String action, String from, String to) {
            this(action, from, to, 0);
        }

        public Decision {
            if (line < 0) {
                throw new IllegalArgumentException("a decision's line is 1 or more, or 0 for none: " + line);
            }
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!action.equals("merge") && !action.equals("split")) {
                throw new IllegalArgumentException("a decision is merge or split, not " + action);
            }
            if (from.isBlank() || to.isBlank() || to.contains(" ")) {
                throw new IllegalArgumentException("a decision needs a key or name and a key without spaces: " + from + " -> " + to);
            }
        }
    }

    /** Reads a decisions TSV; a line that is not a decision is an error naming the file and line. */
    public static MergeDecisions load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DealGraphException("cannot read merge decisions " + file + ": " + e.getMessage(), e);
        }
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i); // a byte order mark
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.strip().split("\t");
            if (cols.length != 3) {
                throw new DealGraphException(file + ":" + (i + 1) + ": a decision is three tab-separated columns (merge|split, from, to): " + line.strip());
            }
            try {
                out.add(new Decision(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip(), cols[2].strip(), i + 1));
            } catch (IllegalArgumentException e) {
                throw new DealGraphException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new MergeDecisions(out);
    }

    /** The key a decision gives an entity named {@code wordings} and keyed {@code key}, if any. */
    Optional<String> decide(String key, List<String> wordings) {
        // splits first, then merges by name, then merges by key: the most specific wins
        for (String action : List.of("split", "merge")) {
            for (Decision d : decisions) {
                if (d.action().equals(action)) {
                    // a split names the very wording it keeps apart ("Kelana Niaga", not "PT Kelana Niaga Tbk"), but for
                    // case, spacing and typographic quotes; a merge takes every wording of the name, legal forms aside
                    boolean split = action.equals("split");
                    String from = split ? written(d.from()) : AliasEntityResolver.norm(d.from());
                    for (String w : wordings) {
                        if (!from.isEmpty() && (split ? written(w) : AliasEntityResolver.norm(w)).equals(from)) {
                            return Optional.of(d.to());
                        }
                    }
                }
            }
        }
        for (Decision d : decisions) {
            if (d.action().equals("merge") && d.from().equals(key)) {
                return Optional.of(d.to());
            }
        }
        return Optional.empty();
    }

    /** Whether this decision alone decides the key of an entity keyed {@code key} and named {@code wordings}. */
    static boolean matches(Decision d, String key, List<String> wordings) {
        return new MergeDecisions(List.of(d)).decide(key, wordings).isPresent();
    }

    /** A wording as written, but for case, runs of white space and typographic apostrophes. */
    private static String written(String name) {
        return name.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(java.util.Locale.ROOT);
    }

    /** Where a merge of key {@code key} leads, following merges of keys (at most a few steps). */
    String follow(String key) {
        String k = key;
        for (int step = 0; step < 8; step++) {
            String next = null;
            for (Decision d : decisions) {
                if (d.action().equals("merge") && d.from().equals(k)) {
                    next = d.to();
                }
            }
            if (next == null || next.equals(k)) {
                return k;
            }
            k = next;
        }
        return k;
    }
}
