package org.dealgraph.event.factuality;

/** How a sentence states what its trigger says. */
public enum Factuality {
    /** Stated as a fact. */
    ASSERTED,
    /** Reported as speculation ("reportedly", "kabarnya"), or asked as a question. */
    RUMOURED,
    /** Negated, denied or ruled out ("did not", "tidak", "rules out", "membantah"). */
    NEGATED,
    /** Said under a condition ("if", "jika"). */
    HYPOTHETICAL,
    /** Stopped by someone ("blocked the acquisition of", "membatalkan akuisisi"): the deal did not happen. */
    FAILED
}
