package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the article launches is a product's: "mereka memperkenalkan Mirabook, sebuah aksesori", "Apple unveiled the iPad",
 * where the finders had read an organization's name. Where a name the finders typed an organization's, with no gazetteer
 * entry, stands right after one of the language's launch verbs ({@code launch-verbs.txt}: "meluncurkan", "memperkenalkan",
 * "launched", "unveiled") and at most {@value #WORDS_BETWEEN} words in small letters ("its new", "smartphone terbaru"), with
 * no punctuation between, every mention of that name in the article becomes a product's ("one sense per discourse"). A name
 * that ends with a legal form ({@code legal-forms.tsv}: "launched Acme Ventures Ltd") stays an organization's.
 *
 * <p>The source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 404
 * annotated product mentions were read as organizations' (an Indonesian article named its launched "Mirabook" eleven times,
 * every one an organization's), and product is the weakest type (F1 0.51). Immutable and thread-safe.
 */
public final class LaunchedProducts {
    /** How many words in small letters may stand between the launch verb and the name. */
    static final int WORDS_BETWEEN = 3;

    /** Per language: a launch verb and up to {@value #WORDS_BETWEEN} words in small letters, at the end of the text before a name. */
    private final Map<Language, Pattern> launches;
    private final java.util.function.Predicate<String> legalName;

    private LaunchedProducts(Map<Language, Pattern> launches, java.util.function.Predicate<String> legalName) {
        this.launches = Map.copyOf(launches);
        this.legalName = legalName;
    }

    /** The rule with these languages' launch verbs and legal forms; a language with no launch verbs retypes nothing. */
    public static LaunchedProducts of(LanguageProfiles languages) {
        Map<Language, Pattern> out = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.LAUNCH_VERBS).isEmpty()) {
                out.put(l, Pattern.compile("(?<![\\p{L}\\p{N}-])(?i:" + p.alternation(LanguageProfile.File.LAUNCH_VERBS)
                        + ")(?:[ \\t]+\\p{Ll}[\\p{L}-]*){0," + WORDS_BETWEEN + "}[ \\t]+$"));
            }
        }
        return new LaunchedProducts(out, languages.endsWithLegalForm());
    }

    /** The names {@code names} finds, each launched name a product's wherever the article writes it. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> retype(text, names.find(text));
    }

    private List<Mention> retype(AnalyzedText text, List<Mention> found) {
        Pattern launch = launches.get(text.language());
        if (launch == null) {
            return found;
        }
        String t = text.text();
        Set<String> launched = new HashSet<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || !m.entryId().isEmpty() || legalName.test(m.text())) {
                continue;
            }
            if (launch.matcher(t.substring(Math.max(0, m.begin() - 80), m.begin())).find()) {
                launched.add(m.text());
            }
        }
        if (launched.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(launched.contains(m.text()) && m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty()
                    ? new Mention(m.begin(), m.end(), m.text(), EntityType.PRODUCT, m.entryId(), m.finder(), m.confidence()) : m);
        }
        return List.copyOf(out);
    }
}
