package org.dealgraph.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Confidence intervals by the article bootstrap: the articles are resampled with replacement
 * {@code resamples} times, each resample's tallies summed and its precision, recall and F1
 * computed, and the 2.5th and 97.5th percentiles of those taken as the 95% interval. One resample
 * draws the same articles for every bucket. Deterministic for a seed. A resample whose ratio is
 * undefined (no prediction for precision, no gold item for recall) does not count toward that
 * ratio's interval. Immutable and thread-safe.
 *
 * <pre>{@code
 * Map<Bucket, Estimate> e = Bootstrap.defaults().estimate(scores);
 * Interval f1 = e.get(Bucket.all(Metric.RELATION)).f1();
 * }</pre>
 */
public record Bootstrap(int resamples, long seed) {
    /** Resamples unless set otherwise. */
    public static final int RESAMPLES = 1000;
    /** Seed unless set otherwise. */
    public static final long SEED = 20_261_128L;

    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("at least one resample: " + resamples);
        }
    }

    /** 1000 resamples with the fixed seed. */
    public static Bootstrap defaults() {
        return new Bootstrap(RESAMPLES, SEED);
    }

    public Bootstrap withResamples(int n) {
        return new Bootstrap(n, seed);
    }

    public Bootstrap withSeed(long s) {
        return new Bootstrap(resamples, s);
    }

    /** Every bucket that any of the articles has, with its point estimate and 95% intervals. */
    public Map<Bucket, Estimate> estimate(List<ArticleScore> articles) {
        TreeSet<Bucket> buckets = new TreeSet<>();
        articles.forEach(a -> buckets.addAll(a.tallies().keySet()));
        Bucket[] bs = buckets.toArray(new Bucket[0]);
        int n = articles.size();
        Tally[][] t = new Tally[bs.length][n];
        for (int b = 0; b < bs.length; b++) {
            for (int i = 0; i < n; i++) {
                t[b][i] = articles.get(i).tally(bs[b]);
            }
        }
        double[][][] samples = new double[bs.length][3][resamples];
        int[][] defined = new int[bs.length][3];
        Random random = new Random(seed);
        int[] draw = new int[n];
        for (int r = 0; r < resamples && n > 0; r++) {
            for (int i = 0; i < n; i++) {
                draw[i] = random.nextInt(n);
            }
            for (int b = 0; b < bs.length; b++) {
                int tp = 0, p = 0, tg = 0, g = 0;
                for (int i : draw) {
                    Tally x = t[b][i];
                    tp += x.truePredicted();
                    p += x.predicted();
                    tg += x.trueGold();
                    g += x.gold();
                }
                Tally sum = new Tally(tp, p, tg, g);
                if (p > 0) {
                    samples[b][0][defined[b][0]++] = sum.precision();
                }
                if (g > 0) {
                    samples[b][1][defined[b][1]++] = sum.recall();
                }
                if (p > 0 || g > 0) {
                    samples[b][2][defined[b][2]++] = sum.f1();
                }
            }
        }
        Map<Bucket, Estimate> out = new TreeMap<>();
        for (int b = 0; b < bs.length; b++) {
            Tally total = Tally.ZERO;
            for (Tally x : t[b]) {
                total = total.plus(x);
            }
            out.put(bs[b], new Estimate(total, interval(total, Tally::precision, samples[b][0], defined[b][0]),
                    interval(total, Tally::recall, samples[b][1], defined[b][1]), interval(total, Tally::f1, samples[b][2], defined[b][2])));
        }
        return out;
    }

    private static Interval interval(Tally total, ToDoubleFunction<Tally> ratio, double[] samples, int count) {
        double point = ratio.applyAsDouble(total);
        if (count == 0) {
            return new Interval(point, point, point);
        }
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Interval(point, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
