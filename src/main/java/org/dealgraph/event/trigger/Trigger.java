package org.dealgraph.event.trigger;

import java.util.Objects;

/**
 * A cue of the lexicon found in a text: its lexicon entry and its half-open article offsets.
 */
public record Trigger(Cue cue, int begin, int end) {
    public Trigger {
        Objects.requireNonNull(cue, "cue");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("trigger span [" + begin + "," + end + ") of " + cue.source());
        }
    }
}
