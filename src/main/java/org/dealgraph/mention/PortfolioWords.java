package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A portfolio right after an officer's title is no organization's name: "Ketenagakerjaan" of "Menteri Ketenagakerjaan
 * (Menaker) Yassierli", "Kabinet" of "Sekretaris Kabinet Teddy Indra Wijaya", "Kepresidenan" of "Kepala Staf Kepresidenan
 * Moeldoko" ({@code portfolio-titles.txt} of the article's language). Dropped are organizations' names of one word in title
 * case ("Kabinet", not "BUMN" or "Bank Mandiri") that the gazetteer does not list and that the article writes only right after
 * such a title; where it writes the word elsewhere ("Mandiri mencatat laba") it is a name, and so is the end of a short form in
 * brackets ("Menteri Koordinator Bidang Kemaritiman dan Investasi (Menko Marves)": the annotators' ministry).
 *
 * <p>The source of the rule: on the held-out fifth of the train split ({@code tools/corpus/fold.py --seed 7}), eight of the
 * 298 wrong {@code worksFor} facts were an officer working for a portfolio so read ("Perhubungan" twice, "Kabinet" twice,
 * "Kepresidenan", "Ketenagakerjaan", "Marves", "Mendagri"); the annotators give such an officer no body unless the article
 * names it. A portfolio written as an acronym ("Menteri BUMN") names the ministry instead ({@link OfficePortfolios}).
 * Immutable and thread-safe.
 */
public final class PortfolioWords {
    /** Per language, a portfolio title at the end of the text before a name. */
    private final Map<Language, Pattern> titleBefore;
    private static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** A bracket closing right after the word: a short form of the office ("(Menko Marves)"), the ministry's own short name. */
    private static final Pattern SHORT_FORM_END = Pattern.compile("\\s*\\)");

    private PortfolioWords(Map<Language, Pattern> titleBefore) {
        this.titleBefore = Map.copyOf(titleBefore);
    }

    /** The portfolio titles of these languages ({@code portfolio-titles.txt}); a language that lists none drops nothing. */
    public static PortfolioWords of(LanguageProfiles languages) {
        Map<Language, Pattern> before = new java.util.HashMap<>();
        languages.perLanguage(p -> p.entries(LanguageProfile.File.PORTFOLIO_TITLES)).forEach((l, words) -> {
            if (!words.isEmpty()) {
                before.put(l, Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + LanguageProfile.alternation(words) + "\\s+$"));
            }
        });
        return new PortfolioWords(before);
    }

    /** The names {@code names} finds but portfolios right after a title. Sorted by offset as found. */
    public MentionFinder after(MentionFinder names) {
        return text -> without(text, names.find(text));
    }

    private List<Mention> without(AnalyzedText text, List<Mention> found) {
        Pattern title = titleBefore.get(text.language());
        if (title == null) {
            return found;
        }
        String t = text.text();
        Set<String> portfolios = new java.util.HashSet<>();
        Set<String> elsewhere = new java.util.HashSet<>();
        for (Mention m : found) {
            String word = m.text().strip();
            if (m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && TITLE_CASE_WORD.matcher(word).matches()
                    && title.matcher(t.substring(Math.max(0, m.begin() - 40), m.begin())).find() && !SHORT_FORM_END.matcher(t).region(m.end(), t.length()).lookingAt()) {
                portfolios.add(word);
            } else {
                elsewhere.add(word);
            }
        }
        portfolios.removeAll(elsewhere);
        if (portfolios.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (!(portfolios.contains(m.text().strip()) && m.type() == EntityType.ORGANIZATION && onlyAfterTitles(t, m.text().strip(), title))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether every place the text writes {@code word} as a whole word, inside a mention or not, stands right after a
     * portfolio title: one the finders missed elsewhere is a name still.
     */
    private static boolean onlyAfterTitles(String text, String word, Pattern title) {
        java.util.regex.Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (w.find()) {
            if (!title.matcher(text.substring(Math.max(0, w.start() - 40), w.start())).find()) {
                return false;
            }
        }
        return true;
    }
}
