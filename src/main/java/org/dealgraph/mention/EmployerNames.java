package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name right before an executive's post and a person's name is an organization's: "Hakkila Cranes Chief Executive Jussi
 * Vainio said", "Arcelik Chief Executive Hakan Bulgurlu", which the trained finder had read as a person's name for the whole
 * article (a fresh-user tester's finding: 30 relations of two such companies were lost or read as a person's posts). Where
 * the article writes a name the finders typed a person's, then one of the language's executive titles ({@code
 * executive-titles.txt}: "chief executive", "CEO", "direktur"), at most three more words of the post and a person's name, with
 * no punctuation between, every mention of that name in the article becomes an organization's. A name a given name opens
 * ({@code data/lexicon/first-names.txt}) is left alone: "said Jamie Dimon Chief Executive Officer Jeremy Barnum" names two
 * people (a verifier's finding).
 *
 * <p>Immutable and thread-safe.
 */
public final class EmployerNames {
    /** Per language: right after a name, a title and up to three more words of the post, then the person's name (anchored). */
    private final Map<Language, Pattern> posts;
    private final WordList givenNames = WordList.bundled("first-names");

    private EmployerNames(Map<Language, Pattern> posts) {
        this.posts = Map.copyOf(posts);
    }

    /** The rule with these languages' executive titles. */
    public static EmployerNames of(LanguageProfiles languages) {
        Map<Language, Pattern> out = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.EXECUTIVE_TITLES).isEmpty()) {
                out.put(l, Pattern.compile("[ \\t]+(?i:" + p.alternation(LanguageProfile.File.EXECUTIVE_TITLES)
                        + ")(?:[ \\t]+\\p{L}[\\p{L}-]*){0,3}?[ \\t]+$"));
            }
        }
        return new EmployerNames(out);
    }

    /** The names {@code names} finds, each person's name that employs a titled person an organization's. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> retype(text, names.find(text));
    }

    private List<Mention> retype(AnalyzedText text, List<Mention> found) {
        Pattern post = posts.get(text.language());
        if (post == null) {
            return found;
        }
        String t = text.text();
        Set<String> employers = new java.util.HashSet<>();
        for (int i = 0; i + 1 < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.PERSON || !m.entryId().isEmpty() || givenNames.contains(m.text().split(" ")[0])) {
                continue;
            }
            Mention next = found.get(i + 1);
            if (next.type() != EntityType.PERSON || next.begin() <= m.end() || next.begin() - m.end() > 60) {
                continue;
            }
            Matcher between = post.matcher(t.substring(m.end(), next.begin()));
            if (between.matches() && t.substring(m.end(), next.begin()).chars().noneMatch(c -> ",.;:()\"“”\n".indexOf(c) >= 0)) {
                employers.add(m.text());
            }
        }
        if (employers.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(employers.contains(m.text()) && m.type() == EntityType.PERSON
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence()) : m);
        }
        return List.copyOf(out);
    }
}
