package org.dealgraph.mention;

import org.dealgraph.DealGraphException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of words from a bundled lexicon file ({@code data/lexicon/NAME.txt}, shipped in the jar):
 * words separated by white space, {@code #} starting a comment line. Immutable.
 */
public final class WordList {
    private final Set<String> exact;
    private final Set<String> lower;

    private WordList(Set<String> words) {
        this.exact = Set.copyOf(words);
        Set<String> l = new HashSet<>();
        for (String w : words) {
            l.add(w.toLowerCase(Locale.ROOT));
        }
        this.lower = Set.copyOf(l);
    }

    /** Loads {@code /dealgraph/lexicon/NAME.txt} from the classpath. */
    public static WordList bundled(String name) {
        String path = "/dealgraph/lexicon/" + name + ".txt";
        InputStream in = WordList.class.getResourceAsStream(path);
        if (in == null) {
            throw new DealGraphException("bundled lexicon " + path + " is missing from the classpath");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read lexicon " + path, e);
        }
        return new WordList(words);
    }

    /** This list with more words. */
    public WordList with(java.util.Collection<String> more) {
        Set<String> all = new HashSet<>(exact);
        all.addAll(more);
        return new WordList(all);
    }

    /** Every word of the list, as written. */
    public java.util.Set<String> words() {
        return exact;
    }

    /** Case-sensitive membership. */
    public boolean contains(String word) {
        return exact.contains(word);
    }

    /** Case-insensitive membership. */
    public boolean containsIgnoreCase(String word) {
        return lower.contains(word.toLowerCase(Locale.ROOT));
    }
}
