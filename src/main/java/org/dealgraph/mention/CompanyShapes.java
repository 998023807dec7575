package org.dealgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names whose shape no person's name has: a word with a capital inside it after a run of small letters ("FreshBox
 * Vending", "SudsUp Express", "CheilJedang"; not "McDonald", "MacArthur", "DiCaprio", "LeBron", whose capital follows a
 * prefix of a person's name, nor "MargaretThatcher", a given name the wire ran into the surname) or an ampersand between
 * two of its words ("Hollis &amp; Reed", "Procter &amp; Gamble"). A name of such a shape that a finder typed a person is an
 * organization's; where a camel-cased word opens a person's name of
 * three words or more ("CEO TaniHub Pamitra Wineka"), the word is the company's and the rest the person's. Names typed
 * otherwise are left alone (a product's name may be camel-cased: "iPhone", "PlayStation").
 *
 * <p>Source of the rule: a fresh-user tester's articles, where "FreshBox Vending", the subject of its own funding round,
 * and "Hollis &amp; Reed", a bank advising on a deal, were typed people, and every relation of the company went to another
 * (31 missed or wrong facts, the second largest kind of its findings). Immutable and thread-safe.
 */
public final class CompanyShapes {
    /** A capital inside a word after two small letters or more: "FreshBox", "SudsUp"; group 1 the word before it. */
    private static final Pattern CAMEL = Pattern.compile("(?<![\\p{L}\\p{N}])(?!(?:Mac|Mc|Van|Von|De|Di|Da|La|Le|Du|Del|Della|St|Fitz)\\p{Lu})"
            + "(\\p{Lu}\\p{Ll}{2,})\\p{Lu}\\p{Ll}");
    /** Given names ({@code data/lexicon/first-names.txt}): "MargaretThatcher" is a person's name the wire ran together. */
    private final WordList givenNames = WordList.bundled("first-names");
    /** An ampersand between two capitalized words. */
    private static final Pattern AMPERSAND = Pattern.compile("\\p{Lu}[\\p{L}.]*\\s*&\\s*\\p{Lu}");

    private CompanyShapes() {
    }

    /** The rule. */
    public static CompanyShapes of() {
        return new CompanyShapes();
    }

    /** The names {@code names} finds, each person's name of a company's shape retyped an organization or split. Sorted as found. */
    public MentionFinder after(MentionFinder names) {
        return text -> retyped(names.find(text));
    }

    private List<Mention> retyped(List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            String[] words = m.text().split(" ");
            if (m.type() == EntityType.PERSON && words.length >= 3 && camel(words[0]) && !camel(m.text().substring(words[0].length()))) {
                // "CEO TaniHub Pamitra Wineka": the company's camel-cased name, then its officer's (a verifier's finding)
                int cut = m.begin() + words[0].length();
                out.add(new Mention(m.begin(), cut, words[0], EntityType.ORGANIZATION, "", m.finder(), m.confidence()));
                out.add(new Mention(cut + 1, m.end(), m.text().substring(words[0].length() + 1), EntityType.PERSON, m.entryId(), m.finder(),
                        m.confidence()));
                continue;
            }
            boolean shaped = m.type() == EntityType.PERSON && (camel(m.text()) || AMPERSAND.matcher(m.text()).find());
            out.add(shaped ? new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence()) : m);
        }
        return out;
    }

    private boolean camel(String name) {
        java.util.regex.Matcher c = CAMEL.matcher(name);
        while (c.find()) {
            if (!givenNames.contains(c.group(1))) {
                return true;
            }
        }
        return false;
    }
}
