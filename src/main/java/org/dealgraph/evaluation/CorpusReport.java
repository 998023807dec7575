package org.dealgraph.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The scores of an annotated corpus (or a split of it): for all articles together ("all") and for
 * each language, the number of articles and an {@link Estimate} per {@link Bucket}, each
 * language's intervals from resampling that language's articles only. Immutable.
 */
public record CorpusReport(Map<String, Group> groups, Bootstrap bootstrap) {
    /** The group of every article. */
    public static final String ALL = "all";

    /** The scores of one group of articles. */
    public record Group(int articles, Map<Bucket, Estimate> estimates) {
        public Group {
            estimates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(estimates));
        }

        public Estimate estimate(Bucket b) {
            return estimates.getOrDefault(b, new Estimate(Tally.ZERO, new Interval(0, 0, 0), new Interval(0, 0, 0), new Interval(0, 0, 0)));
        }
    }

    public CorpusReport {
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /** Estimates every group of {@code scores} with {@code bootstrap}. */
    public static CorpusReport of(List<ArticleScore> scores, Bootstrap bootstrap) {
        Map<String, Group> groups = new LinkedHashMap<>();
        groups.put(ALL, new Group(scores.size(), bootstrap.estimate(scores)));
        TreeSet<String> langs = new TreeSet<>();
        scores.forEach(s -> langs.add(s.lang()));
        for (String lang : langs) {
            List<ArticleScore> mine = new ArrayList<>();
            scores.stream().filter(s -> s.lang().equals(lang)).forEach(mine::add);
            groups.put(lang, new Group(mine.size(), bootstrap.estimate(mine)));
        }
        return new CorpusReport(groups, bootstrap);
    }

    public Group all() {
        return groups.get(ALL);
    }
}
