package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name written right after a noun that names what a company is, perhaps with one capitalized word between ("Danish brewer
 * Halvorsen Bryggeri", "startup Kopiku", "emiten Senyum Sehat"), is an organization's, wherever the article writes it: the
 * nouns are the language's {@code organization-nouns.txt}, written in small letters ("Bank Mandiri Kartika Wirjoatmodjo" is
 * a bank's name and its officer's). A person's name so typed (by the trained name finder, or by the rules on its capitals)
 * is retyped; a name that opens with a common given name ({@code data/lexicon/first-names.txt}: "investor Warren Buffett")
 * stays a person's. A name in brackets right after an organization's, its short form ("PT Senyum Sehat Indonesia (Senyum
 * Sehat)"), is an organization's too.
 *
 * <p>The source of the rule: a fresh-user tester's articles, where "Danish brewer Halvorsen Bryggeri" and "British toymaker
 * Brickwell Toys" were typed persons and their deals went to other companies or became employment. Immutable and thread-safe.
 */
public final class DescribedOrganizations {
    /** Per language, an organization noun in small letters and perhaps one capitalized word at the end of the text before a name. */
    private final Map<Language, Pattern> nounBefore;
    private final WordList givenNames = WordList.bundled("first-names");

    private DescribedOrganizations(Map<Language, Pattern> nounBefore) {
        this.nounBefore = Map.copyOf(nounBefore);
    }

    /**
     * Whether {@code m} stands in brackets right after the organization's name {@code previous}: its short form ("PT Senyum
     * Sehat Indonesia (Senyum Sehat)").
     */
    private static boolean shortForm(String t, Mention previous, Mention m) {
        return previous != null && previous.type() == EntityType.ORGANIZATION && previous.end() <= m.begin()
                && t.substring(previous.end(), m.begin()).strip().equals("(") && t.startsWith(")", m.end());
    }

    /** The organization nouns of these languages. */
    public static DescribedOrganizations of(LanguageProfiles languages) {
        return new DescribedOrganizations(languages.perLanguage(p -> Pattern.compile("(?<![\\p{L}\\p{N}-])(?=\\p{Ll})(?i:"
                + p.alternation(LanguageProfile.File.ORGANIZATION_NOUNS) + ")(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?\\s+$")));
    }

    /** The names {@code names} finds, persons' names described as organizations retyped. Sorted by offset as found. */
    public MentionFinder after(MentionFinder names) {
        return text -> retyped(text, names.find(text));
    }

    private List<Mention> retyped(AnalyzedText text, List<Mention> found) {
        Pattern before = nounBefore.get(text.language());
        if (before == null) {
            return found;
        }
        String t = text.text();
        Set<String> described = new HashSet<>();
        Mention previous = null;
        for (Mention m : found) {
            String name = m.text().strip();
            if (m.type() != EntityType.PLACE && m.type() != EntityType.OUTLET && !givenNames.contains(name.split("\\s+")[0])
                    && (m.type() == EntityType.PERSON && before.matcher(t.substring(Math.max(0, m.begin() - 60), m.begin())).find()
                    || shortForm(t, previous, m))) {
                described.add(name);
            }
            previous = m;
        }
        if (described.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(m.type() == EntityType.PERSON && described.contains(m.text().strip())
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence())
                    : m);
        }
        return out;
    }
}
