package org.dealgraph.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The labels nearest a mistyped name: by edit distance without case, or containing it; for messages. */
final class NearNames {
    private NearNames() {
    }

    static List<String> of(String name, Collection<String> labels, int most) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, n.length() / 3);
        record Scored(String label, int distance) {
        }
        return labels.stream().distinct()
                .map(l -> {
                    String lower = l.toLowerCase(Locale.ROOT);
                    int d = lower.contains(n) || n.contains(lower) && lower.length() >= 3 ? 1 : distance(n, lower);
                    return new Scored(l, d);
                })
                .filter(s -> s.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::label))
                .limit(most).map(Scored::label).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
