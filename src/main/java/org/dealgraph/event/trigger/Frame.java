package org.dealgraph.event.trigger;

/**
 * Where a cue's parties stand (the {@code frame} column of {@code data/lang/<code>/cues.tsv}).
 */
public enum Frame {
    /** The party left of the cue is the subject, the party right of it the object. */
    LR,
    /** The party right of the cue is the subject, the party left of it the object. */
    RL,
    /** Both parties follow the cue, joined by a coordinator ("partnership between X and Y"). */
    PAIR,
    /** Both parties precede the cue ("X and Y signed an agreement"). */
    PAIR_LEFT,
    /** The party after the cue is the subject, its apposition the object ("owner of X, Y"). */
    APPOS,
    /** The apposition of the party after the cue is the subject, that party the object ("anak usaha X, Y": Y is X's). */
    APPOS_RL,
    /** The regex is the whole text between two adjacent parties; the left one is the subject. */
    GAP_LR,
    /** The regex is the whole text between two adjacent parties; the right one is the subject. */
    GAP_RL,
    /** The party after the cue is sold to the party after a recipient preposition. */
    SELL,
    /** Roles by type: a person and an organization on either side. */
    TYPED,
    /** An event with one party, the subject before the cue. */
    SOLO;

    /** Whether the cue is matched against the text between two parties rather than found in a sentence. */
    public boolean gap() {
        return this == GAP_LR || this == GAP_RL;
    }
}
