package org.dealgraph.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Merging events two at a time until no two merge: the loop the event mergers share ({@link CoordinatedEventMerger},
 * {@link UnitEventMerger}).
 */
final class PairMerging {
    private PairMerging() {
    }

    /**
     * The events with every pair that {@code merge} joins (tried in both orders) replaced by its merged event, at the
     * earlier one's place, until none merge; the others' order kept.
     */
    static List<Event> untilStable(List<Event> events, BiFunction<Event, Event, Optional<Event>> merge) {
        List<Event> out = new ArrayList<>(events);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = 0; j < out.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    Optional<Event> merged = merge.apply(out.get(i), out.get(j));
                    if (merged.isPresent()) {
                        out.set(Math.min(i, j), merged.get());
                        out.remove(Math.max(i, j));
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
