package org.dealgraph.evaluation;

/**
 * The counts behind one precision and one recall: of {@code predicted} items, {@code truePredicted}
 * were right; of {@code gold} items, {@code trueGold} were found. The two true counts differ when
 * matching is not one to one (one predicted event may cover two gold ones), as in {@code score.py}.
 * A ratio with nothing to divide by is 0, as in {@code score.py}.
 */
public record Tally(int truePredicted, int predicted, int trueGold, int gold) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally {
        if (truePredicted < 0 || truePredicted > predicted || trueGold < 0 || trueGold > gold) {
            throw new IllegalArgumentException("not a tally: " + truePredicted + "/" + predicted + ", " + trueGold + "/" + gold);
        }
    }

    public Tally plus(Tally o) {
        return new Tally(truePredicted + o.truePredicted, predicted + o.predicted, trueGold + o.trueGold, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) truePredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) trueGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
