package org.dealgraph.event;

import org.dealgraph.text.LanguageProfile;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a clause ends, in one language: clause-breaking punctuation (the same in every language:
 * semicolon, colon, a full stop before a space and then anything but a lower-case letter, a spaced dash; the period of
 * an abbreviation within a sentence, "Vantor Inc. agreed to buy", "U.S. regulators", ends none, nor does one at the end of
 * the text read, "Vantor Inc. " before the trigger "agreed") and the language's clause-break
 * words ({@code clause-breaks.txt}, and {@code comma-clause-breaks.txt} after a comma); and the
 * relative clauses set off by commas inside a clause ({@code relative-pronouns.txt}: ", which did not
 * comment,"). Immutable.
 */
public record ClauseBoundaries(Pattern pattern, Pattern asides) {
    private static final String PUNCTUATION = "[;:]|\\.\\s(?=\\s*(?-i:[^\\p{Ll}\\s]))|\\s[–—]\\s";

    public ClauseBoundaries {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(asides, "asides");
    }

    public static ClauseBoundaries of(LanguageProfile profile) {
        Pattern asides = profile.entries(LanguageProfile.File.RELATIVE_PRONOUNS).isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?i),\\s*(?:" + profile.alternation(LanguageProfile.File.RELATIVE_PRONOUNS) + ")\\b[^,;:]*,");
        return new ClauseBoundaries(Pattern.compile("(?i)" + PUNCTUATION + "|\\b" + profile.alternation(LanguageProfile.File.CLAUSE_BREAKS)
                + "\\b|,\\s*" + profile.alternation(LanguageProfile.File.COMMA_CLAUSE_BREAKS) + "\\s"), asides);
    }

    /**
     * {@code clause} without the relative clauses it sets off by commas ("Acme, which did not comment, agreed to buy"
     * becomes "Acme, agreed to buy"): what they say is their own, not the clause's, so their negation or condition is
     * not the clause's factuality. An open relative clause (no closing comma) is kept: it may hold the trigger.
     */
    public String withoutAsides(String clause) {
        return asides.matcher(clause).replaceAll(",");
    }

    /** Between a party and one named in its apposition: a comma and lower-case words ("Djarum, the owner of BCA"). */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,5}");

    /**
     * Whether {@code between}, the text between two names, makes the second a name in an apposition of the first ("Djarum,
     * the owner of BCA", "Grab, pesaing Gojek"): a comma, then one to five lower-case words. Where a comma closes the
     * apposition before a verb ("Djarum, the owner of BCA, bought ..."), the first name is the verb's subject.
     */
    public static boolean apposition(String between) {
        return APPOSITION.matcher(between).matches();
    }

    /** Whether {@code text} opens with a relative clause set off by a comma (", which has shares in", ", yang"), closed or not. */
    public boolean opensAside(String text) {
        return asides.matcher(text.stripTrailing() + ",").lookingAt();
    }

    /**
     * Whether {@code text} ends inside a relative clause set off by a comma and not closed yet ("Caldwell, which is owned by
     * pension fund ").
     */
    public boolean endsInAside(String text) {
        String closed = text.stripTrailing() + ",";
        Matcher m = asides.matcher(closed);
        while (m.find()) {
            if (m.end() == closed.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause ends somewhere in {@code text}. */
    public boolean crossedBy(String text) {
        return pattern.matcher(text).find();
    }

    /** The start of {@code after} up to its first clause break: the rest of the clause it starts in. */
    public String firstClause(String after) {
        Matcher brk = pattern.matcher(after);
        return brk.find() ? after.substring(0, brk.start()) : after;
    }

    /**
     * Where the first of {@code words} that matches (governing patterns, {@code ClauseWordFactualityClassifier.governing}:
     * "blocked the ", "memeriksa rencana ") stands in the clause that ends at {@code at}, read from at most 60 characters
     * back ({@code from} at the earliest): its offset in {@code text}, or -1 where none does.
     */
    public int governor(String text, int from, int at, List<Pattern> words) {
        String clause = lastClause(text.substring(Math.max(from, at - 60), at));
        for (Pattern p : words) {
            Matcher m = p.matcher(clause);
            if (m.find()) {
                return at - clause.length() + m.start();
            }
        }
        return -1;
    }

    /** The end of {@code before} after its last clause break: the clause it ends in. */
    public String lastClause(String before) {
        return lastClause(before, false);
    }

    /**
     * As {@link #lastClause}, with the word that opens the clause ("if", "unless", "jika") kept in it:
     * the clause's own conditional or negating opener belongs to its factuality.
     */
    public String lastClauseWithOpener(String before) {
        return lastClause(before, true);
    }

    private String lastClause(String before, boolean keepOpener) {
        Matcher brk = pattern.matcher(before);
        int clauseStart = 0;
        while (brk.find()) {
            // a word break opens the clause; punctuation (and a comma's connective) ends the one before
            clauseStart = keepOpener && Character.isLetter(before.charAt(brk.start())) ? brk.start() : brk.end();
        }
        return before.substring(clauseStart);
    }
}
