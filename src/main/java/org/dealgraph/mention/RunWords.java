package org.dealgraph.mention;

import java.util.Locale;
import java.util.Set;

/**
 * The words by which one of the rules' runs shows itself one name, where a trained name finder found
 * only part of it ({@link MentionFinder#combining(MentionFinder, MentionFinder, MentionFinder,
 * java.util.function.Function, double, java.util.function.Predicate, RunWords)}): common words, which
 * continue a name after it ("Grey Global"), and name openers, which open one before it ("Bank Sentral
 * Eropa" where the model found "Sentral Eropa"); and honorifics, which stand before a person's name but
 * are no part of it, where the model read one into it ("Iptu Sardono"). The pipeline's are every
 * language's {@code common-words.txt}, {@code name-openers.txt} and {@code honorifics.txt}, as news in
 * one language names companies in another's words ("Zentara Networks" in Indonesian news). Immutable
 * and thread-safe.
 *
 * <p>And the words by which the model's name shows itself two names of a list: where it joins two of the rules' names
 * by a coordinator ({@code coordinators.txt}: "and", "dan"; not "&", which joins one name's words: "Procter & Gamble"),
 * the first ending in a company's name head ({@code data/lexicon/org-suffixes.txt}, {@code trade-heads.txt} and the legal
 * forms: "Brindle Health and Halvorsen Energy").
 *
 * @param common       common words, in small letters
 * @param openers      name openers, as written (capitalized)
 * @param honorifics   a pattern a whole honorific matches, as written, its final period removed
 * @param heads        the words that end a company's name (name heads and legal forms), as written
 * @param coordinators a pattern the whole text between two members of a list matches (", and ", " dan ")
 * @param titles       a pattern that finds a title of a post or office in words, case-insensitively and as whole
 *                     words ({@code role-nouns.txt}, {@code executive-titles.txt}, {@code government-titles.txt}:
 *                     "Direktur Utama", "Chairman", "Menteri")
 * @param modifiersBefore the languages whose names' capitalized modifiers stand before their head (their descriptors'
 *                     {@code name-modifiers = before}: English), in which {@link #nameWords} may hold
 * @param dateWords    weekdays' and months' names ({@code weekdays.txt}, {@code months.tsv}), in small letters: no words of a
 *                     company's name ("Nvidia Wednesday agreed to buy ...")
 * @param governmentTitles a pattern that finds a title of a government office, as {@code titles} does ({@code
 *                     government-titles.txt}: "Menteri", "Minister"): the words after one name its portfolio, no employer's
 *                     name ("Menteri Perhubungan Budi Karya Sumadi")
 */
public record RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics, Set<String> heads,
                       java.util.regex.Pattern coordinators, java.util.regex.Pattern titles,
                       Set<org.dealgraph.text.Language> modifiersBefore, java.util.regex.Pattern governmentTitles,
                       java.util.regex.Pattern executiveTitles, Set<String> dateWords) {
    /** No words: every part the model finds splits the run. */
    public static final RunWords NONE = new RunWords(Set.of(), Set.of());

    public RunWords {
        common = Set.copyOf(common);
        openers = Set.copyOf(openers);
        java.util.Objects.requireNonNull(honorifics, "honorifics");
        heads = Set.copyOf(heads);
        java.util.Objects.requireNonNull(coordinators, "coordinators");
        java.util.Objects.requireNonNull(titles, "titles");
        modifiersBefore = Set.copyOf(modifiersBefore);
        java.util.Objects.requireNonNull(governmentTitles, "governmentTitles");
        java.util.Objects.requireNonNull(executiveTitles, "executiveTitles");
        dateWords = Set.copyOf(dateWords);
    }

    /** These words, no words of dates known ({@link #dateWord} finds none). */
    public RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics, Set<String> heads,
                    java.util.regex.Pattern coordinators, java.util.regex.Pattern titles, Set<org.dealgraph.text.Language> modifiersBefore,
                    java.util.regex.Pattern governmentTitles, java.util.regex.Pattern executiveTitles) {
        this(common, openers, honorifics, heads, coordinators, titles, modifiersBefore, governmentTitles, executiveTitles, Set.of());
    }

    /** Whether {@code word} names a weekday or a month ({@code weekdays.txt}, {@code months.tsv}): "Wednesday", "Feb". */
    public boolean dateWord(String word) {
        return dateWords.contains(word.strip().replaceAll("\\.$", "").toLowerCase(Locale.ROOT));
    }

    /** These words, no executive titles known apart ({@link #titleInside} finds none). */
    public RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics, Set<String> heads,
                    java.util.regex.Pattern coordinators, java.util.regex.Pattern titles, Set<org.dealgraph.text.Language> modifiersBefore,
                    java.util.regex.Pattern governmentTitles) {
        this(common, openers, honorifics, heads, coordinators, titles, modifiersBefore, governmentTitles, java.util.regex.Pattern.compile("(?!)"));
    }

    /** These words, no government titles known. */
    public RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics, Set<String> heads,
                    java.util.regex.Pattern coordinators, java.util.regex.Pattern titles, Set<org.dealgraph.text.Language> modifiersBefore) {
        this(common, openers, honorifics, heads, coordinators, titles, modifiersBefore, java.util.regex.Pattern.compile("(?!)"));
    }

    /**
     * These words, with titles that find one in any words: where the titles are not known, no words before the model's
     * name keep a run whole ({@link #nameWords}).
     */
    public RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics, Set<String> heads,
                    java.util.regex.Pattern coordinators) {
        this(common, openers, honorifics, heads, coordinators, java.util.regex.Pattern.compile(""), Set.of());
    }

    /** Common words and name openers, no honorifics, heads or coordinators. */
    public RunWords(Set<String> common, Set<String> openers) {
        this(common, openers, java.util.regex.Pattern.compile("(?!)"));
    }

    /** Common words, name openers and honorifics, no heads or coordinators. */
    public RunWords(Set<String> common, Set<String> openers, java.util.regex.Pattern honorifics) {
        this(common, openers, honorifics, Set.of(), java.util.regex.Pattern.compile("(?!)"));
    }

    /** Whether {@code name}'s last word, as written, ends a company's name ("Health" of "Brindle Health", "Inc"). */
    public boolean headed(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length >= 2 && heads.contains(w[w.length - 1].replaceAll("\\.$", ""));
    }

    /** Whether {@code between} is all that stands between two members of a list (", and ", " dan "). */
    public boolean listGap(String between) {
        return coordinators.matcher(between).matches();
    }

    /** Whether {@code words} is one or more honorifics and nothing else ("Iptu", "Irjen Pol", "Mr."). */
    public boolean honorificsOnly(String words) {
        String[] w = words.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return false;
        }
        for (String x : w) {
            if (!honorifics.matcher(x.endsWith(".") ? x.substring(0, x.length() - 1) : x).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code words} are modifiers of a name that follows them in a language whose names take their modifiers
     * before the head ("Activision" of "Activision Blizzard"): each capitalized, and none a common word, an honorific or
     * in a title.
     */
    public boolean nameWords(String words, org.dealgraph.text.Language language) {
        return modifiersBefore.contains(language) && capitalized(words, true);
    }

    /** Whether {@code words} are each capitalized, and none a common word, an honorific or in a title, in any language. */
    public boolean nameWords(String words) {
        return capitalized(words, true);
    }

    /**
     * Whether {@code words} could be the given names before a surname ("Susan" of "Susan Ford", "Bill" of "Bill Ford"):
     * each capitalized, none an honorific or in a title; common words are allowed, since given names often are one.
     */
    public boolean givenNames(String words) {
        return capitalized(words, false);
    }

    private boolean capitalized(String words, boolean noCommon) {
        String[] w = words.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty() || titles.matcher(words).find() || honorificsOnly(words)) {
            return false;
        }
        for (String x : w) {
            if (!Character.isUpperCase(x.charAt(0)) || noCommon && common(x) || honorificsOnly(x)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word}, as written, is a common word. */
    public boolean common(String word) {
        return common.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code words} are a title of a post and nothing else, an acronym ("CFO") or two words or more ("Chief Executive",
     * "Direktur Utama"): no name. One capitalized word of the titles' lists may be a name ("Bisnis", the outlet; "Partner").
     */
    public boolean titleOnly(String words) {
        String w = words.strip();
        return titles.matcher(w).matches() && (w.indexOf(' ') > 0 || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
    }

    /**
     * Whether {@code name} holds a title of a post after its first word, capitalized, with a person's name of two capitalized
     * words or more after it: an organization, its officer's title and the officer run together ("Dolcevia Chairwoman
     * Margherita Bellandi", "Vantor CEO Mary Park"), no one name.
     */
    public boolean titleInside(String name) {
        return titleSpan(name) != null;
    }

    /** Where {@link #titleInside} finds the title in {@code name}: its begin and end offsets in the name, or null for none. */
    public int[] titleSpan(String name) {
        java.util.regex.Matcher t = executiveTitles.matcher(name);
        while (t.find()) {
            String before = name.substring(0, t.start());
            String after = name.substring(t.end());
            if (before.isBlank() || !Character.isUpperCase(name.charAt(t.start())) || !TWO_NAMES_AFTER.matcher(after).matches()
                    || !capitalizedOnly(before)) {
                continue;
            }
            String[] w = after.strip().split("\\s+");
            // the officer's name: no company's name head ends it ("Mechanical Engineering Research Laboratory"), no common word in it
            if (!heads.contains(w[w.length - 1].replaceAll("\\.$", ""))
                    && java.util.Arrays.stream(w).noneMatch(x -> common.contains(x.toLowerCase(Locale.ROOT)))) {
                return new int[] {t.start(), t.end()};
            }
        }
        return null;
    }

    private static boolean capitalizedOnly(String words) {
        for (String x : words.strip().split("\\s+")) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern TWO_NAMES_AFTER = java.util.regex.Pattern.compile(
            "\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+\\s*");

    /** Whether {@code word}, as written, opens names. */
    public boolean opener(String word) {
        return openers.contains(word);
    }
}
