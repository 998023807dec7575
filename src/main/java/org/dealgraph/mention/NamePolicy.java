package org.dealgraph.mention;

/**
 * How a trained name finder's names meet the names of the gazetteer and the rules
 * ({@link MentionFinder#combining}). In every policy the gazetteer's names stay as they are (but, under every policy
 * but FILL, for a place inside a longer name the model finds of another type, a company's name opening the model's
 * longer product name, "Google Pixel 2", and a company's one word as the surname of the model's person, "Susan Ford"), and
 * the model adds its names where neither the gazetteer nor the rules found one; the policies
 * differ in what the model may do to the rules' names. Only the model's names at least as probable
 * as the pipeline's name minimum take part.
 */
public enum NamePolicy {
    /** The model only fills gaps: the rules' names keep their spans and types. */
    FILL,
    /**
     * A rule's name that the model finds with the same span takes the model's type; one the model
     * reads on past ("Surface Book" in its "Surface Book 2") or splits gives way to the model's names
     * ({@link MentionFinder#combining}).
     */
    RETYPE,
    /** The model's names replace the rules' names they overlap, with their spans and types. */
    REPLACE,
    /**
     * As {@link #REPLACE}, and a rule's name that the model does not find at all, at any
     * probability, is dropped: the rules propose, the model disposes.
     */
    CONFIRM,
    /**
     * As {@link #RETYPE}, and a rule's name of two or more words or an acronym found on no evidence
     * (a capitalized run taken for an organization for want of anything better, confidence
     * {@value MentionFinder#UNSUPPORTED} or less) is dropped where the model finds no name
     * overlapping it, at any probability: a legal form, a title, a descriptor or a gazetteer entry
     * keeps a name whatever the model says, and so does one word other than an acronym (an unknown
     * company's one-word name is often right, and the model rarely knows it; an acronym names a tax,
     * a budget or a part as often as a body: "APBN", "PPN", "OLED"; but a company's ticker, an acronym the article puts in
     * brackets right after a name with a legal form, "PT Wijaya Karsa Bangun Tbk (WKBN)", stays wherever it is written).
     */
    VERIFY
}
