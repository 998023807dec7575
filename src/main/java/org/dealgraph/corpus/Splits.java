package org.dealgraph.corpus;

import org.dealgraph.DealGraphException;
import org.dealgraph.article.ArticleProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed train / dev / test assignment of {@code splits.tsv}: a header
 * {@code id lang source stratum split corpus sha256}, then one tab-separated line per article.
 * A line with the wrong number of columns, an unknown split or a repeated id is a problem naming
 * the file and line, and is left out. Immutable.
 */
public record Splits(List<SplitEntry> entries, List<ArticleProblem> problems) {
    /** The columns of {@code splits.tsv}, in order. */
    public static final List<String> COLUMNS = List.of("id", "lang", "source", "stratum", "split", "corpus", "sha256");

    public Splits {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * Reads a split file.
     *
     * @throws DealGraphException if the file cannot be read at all
     */
    public static Splits read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DealGraphException("no split file at " + file);
        } catch (IOException e) {
            throw new DealGraphException("cannot read split file " + file + ": " + e.getMessage(), e);
        }
        List<SplitEntry> entries = new ArrayList<>();
        List<ArticleProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = file + ":" + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (i == 0 && cols.length > 0 && cols[0].equals("id")) {
                if (!List.of(cols).equals(COLUMNS)) {
                    problems.add(new ArticleProblem(where, "header is not " + String.join(" ", COLUMNS)));
                }
                continue;
            }
            if (cols.length != COLUMNS.size()) {
                problems.add(new ArticleProblem(where, COLUMNS.size() + " tab-separated columns expected, found " + cols.length));
                continue;
            }
            Optional<Split> split = Split.fromName(cols[4].strip());
            if (split.isEmpty()) {
                problems.add(new ArticleProblem(where, "unknown split '" + cols[4] + "' (train, dev or test)"));
                continue;
            }
            String id = cols[0].strip();
            if (id.isEmpty()) {
                problems.add(new ArticleProblem(where, "no article id"));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new ArticleProblem(where, "article " + id + " is listed twice; the first line was kept"));
                continue;
            }
            entries.add(new SplitEntry(id, cols[1].strip(), cols[2].strip(), cols[3].strip(), split.get(), cols[5].strip(), cols[6].strip()));
        }
        return new Splits(entries, problems);
    }

    /** The ids of {@code split} in {@code lang} ("" for every language), in file order. */
    public List<String> ids(Split split, String lang) {
        return entries.stream().filter(e -> e.split() == split && (lang.isEmpty() || e.lang().equals(lang))).map(SplitEntry::id).toList();
    }

    /** The entries by article id, in file order. */
    public Map<String, SplitEntry> byId() {
        Map<String, SplitEntry> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.id(), e));
        return out;
    }
}
