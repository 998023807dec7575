package org.dealgraph.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What extraction got right and wrong on one annotated article: a tally per bucket, and every
 * miss and extra as a readable line. The unit that the bootstrap resamples.
 */
public record ArticleScore(String article, String lang, Map<Bucket, Tally> tallies, List<String> details) {
    public ArticleScore {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(lang, "lang");
        tallies = Map.copyOf(tallies);
        details = List.copyOf(details);
    }

    public Tally tally(Bucket b) {
        return tallies.getOrDefault(b, Tally.ZERO);
    }
}
