package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym between an executive's title and a person's name is the organization the person heads: "Direktur Utama MGPA,
 * Priandhi Satria, mengatakan", "Ketua Umum PSSI Erick Thohir", which a trained check had dropped as a capitalized fragment
 * (a fresh-user tester's and the held-out fifth's findings: the post was lost). Where one of the language's executive titles
 * ({@code executive-titles.txt}), perhaps with up to two more words of the post, stands right before a word of two to six
 * capitals that no name covers and that is no post's word itself ({@code role-nouns.txt}: "CEO", "CFO") nor an acronym of a kind
 * of thing ({@code generic-acronyms.txt}: a department, "Direktur HR", "Direktur Kepatuhan dan SDM": a verifier's finding), and a person's name
 * follows it (after a comma or not), the word is an organization's mention,
 * typed on that evidence ({@link MentionFinder#EVIDENCED}). Immutable and thread-safe.
 */
public final class TitledAcronyms {
    /** Per language: a title, up to two more words of the post, then the acronym (group 1) and a comma or not. */
    private final Map<Language, Pattern> titled;
    /**
     * Per language: a post's word or a generic acronym ({@code executive-titles.txt}, {@code role-nouns.txt}, {@code
     * generic-acronyms.txt}), matched as the whole acronym: "CEO", "HR" head nothing.
     */
    private final Map<Language, Pattern> posts;

    private TitledAcronyms(Map<Language, Pattern> titled, Map<Language, Pattern> posts) {
        this.titled = Map.copyOf(titled);
        this.posts = Map.copyOf(posts);
    }

    /** The rule with these languages' executive titles. */
    public static TitledAcronyms of(LanguageProfiles languages) {
        Map<Language, Pattern> out = new java.util.HashMap<>();
        Map<Language, Pattern> posts = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            List<String> none = new ArrayList<>(p.entries(LanguageProfile.File.EXECUTIVE_TITLES));
            none.addAll(p.entries(LanguageProfile.File.ROLE_NOUNS));
            p.entries(LanguageProfile.File.GENERIC_ACRONYMS).forEach(a -> none.add(Pattern.quote(a)));
            posts.put(l, Pattern.compile("(?i)" + LanguageProfile.alternation(none)));
            if (!p.entries(LanguageProfile.File.EXECUTIVE_TITLES).isEmpty()) {
                out.put(l, Pattern.compile("(?<![\\p{L}\\p{N}])(?i:" + p.alternation(LanguageProfile.File.EXECUTIVE_TITLES)
                        + ")(?:[ \\t]+\\p{L}[\\p{L}-]*){0,2}?[ \\t]+(\\p{Lu}{2,6})(?![\\p{L}\\p{N}&.-])[ \\t]*,?[ \\t]*"));
            }
        }
        return new TitledAcronyms(out, posts);
    }

    /** The names {@code names} finds, with each acronym between a title and a person's name an organization's. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> add(text, names.find(text));
    }

    private List<Mention> add(AnalyzedText text, List<Mention> found) {
        Pattern p = titled.get(text.language());
        if (p == null) {
            return found;
        }
        Pattern post = posts.get(text.language());
        String t = text.text();
        List<Mention> added = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            int begin = m.start(1);
            int end = m.end(1);
            int after = m.end();
            boolean covered = found.stream().anyMatch(o -> o.begin() < end && begin < o.end());
            boolean personNext = found.stream().anyMatch(o -> o.begin() == after && o.type() == EntityType.PERSON);
            if (!covered && personNext && !post.matcher(m.group(1)).matches()) {
                added.add(new Mention(begin, end, m.group(1), EntityType.ORGANIZATION, "", PatternMentionFinder.NAME, MentionFinder.EVIDENCED));
            }
        }
        return MentionFinder.replacing(found, added); // no acronym added overlaps a found name
    }
}
