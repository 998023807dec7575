package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm named after its partners keeps the first partner's name before the comma: "Kidder, Peabody and Co", "Bear,
 * Stearns and Co Inc", "Smith Barney, Harris Upham and Co Inc", where the finders read only the part after the comma
 * ("Peabody and Co"), as a list would be read. An organization's mention of one or two capitalized words, a coordinator
 * of the language ({@code coordinators.txt}: "and", "&amp;"), at most one capitalized word and then only the language's
 * legal forms ({@code legal-forms.tsv}, suffixes: "Co", "Inc") runs back over one or two capitalized words and the comma
 * before it. Not where the word before those is capitalized or a comma (a list: "Exxon, Texaco, Smith and Co"), nor
 * where they are a weekday or month, or another kind of name than a person's or an organization's ("in London, Smith and
 * Co"), nor where the article writes them with a legal form of their own ("Time Inc": "Time, Gulf and Western Inc" is a
 * list), where the gazetteer knows a company on either side of the comma ("Ford, Toyota and Co Ltd", "Merrill Lynch,
 * Morgan Stanley and Co Inc"), where they open with a given name ("John Orlov, Pelham and Co's economist") or are one
 * common word opening a sentence ("Separately, Marlow and Co said"). The longer name replaces the names inside it.
 *
 * <p>The source of the rule: in the annotated train and dev splits ({@code data/corpus}), 32 organization mentions are
 * firms of this shape ("Goldman, Sachs and Co" 6 times, "Kidder, Peabody and Co" 4, "Sears, Roebuck and Co" 2), which the
 * finders cut after the comma; a cut name loses its adviser's {@code customerOf} relation (a fresh-user tester's finding,
 * "Sears, Roebuck and Co" split).
 *
 * <p>Immutable and thread-safe.
 */
public final class PartnerNames {
    private static final String WORD = "\\p{Lu}[\\p{L}'-]*";
    /** One or two capitalized words and a comma, at the end of the text before a mention. */
    private static final Pattern FIRST_PARTNER = Pattern.compile("(" + WORD + "(?:[ \\t]+" + WORD + ")?),[ \\t]*$");
    private final Map<Language, Pattern> shapes;
    private final Map<Language, Set<String>> dates;
    /** Per language, its suffix legal forms as an alternation: a first partner written with one elsewhere is a company of its own. */
    private final Map<Language, String> forms;
    /** Per language, its common words, lower case: a sentence's first word that is one ("Separately, Marlow and Co") opens no firm. */
    private final Map<Language, Set<String>> common;
    private final Gazetteer gazetteer;
    private final WordList givenNames = WordList.bundled("first-names");

    private PartnerNames(Map<Language, Pattern> shapes, Map<Language, Set<String>> dates, Map<Language, String> forms,
                         Map<Language, Set<String>> common, Gazetteer gazetteer) {
        this.shapes = Map.copyOf(shapes);
        this.dates = Map.copyOf(dates);
        this.forms = Map.copyOf(forms);
        this.common = Map.copyOf(common);
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The stage with the coordinators, suffix legal forms, weekdays, months and common words of these languages, and this gazetteer. */
    public static PartnerNames of(LanguageProfiles languages, Gazetteer gazetteer) {
        Map<Language, Pattern> shapes = new HashMap<>();
        Map<Language, Set<String>> dates = new HashMap<>();
        Map<Language, String> suffixes = new HashMap<>();
        Map<Language, Set<String>> common = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            common.put(l, p.lowerCaseWords(LanguageProfile.File.COMMON_WORDS));
            List<String> forms = new ArrayList<>(p.legalForms(false));
            if (forms.isEmpty() || p.entries(LanguageProfile.File.COORDINATORS).isEmpty()) {
                continue;
            }
            forms.sort(Comparator.comparingInt(String::length).reversed());
            String form = "(?:" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")\\.?";
            suffixes.put(l, form);
            shapes.put(l, Pattern.compile(WORD + "(?:\\s+" + WORD + ")?\\s+(?i:" + p.alternation(LanguageProfile.File.COORDINATORS)
                    + ")\\s+(?:" + WORD + "\\s+)?" + form + "(?:\\s+" + form + ")*", Pattern.UNICODE_CASE));
            dates.put(l, p.dateWords());
        }
        return new PartnerNames(shapes, dates, suffixes, common, gazetteer);
    }

    /** The names {@code names} finds, each partners' firm run back over its first partner. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern shape = shapes.get(text.language());
        if (shape == null) {
            return found;
        }
        String t = text.text();
        List<Mention> longer = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || !shape.matcher(m.text()).matches()) {
                continue;
            }
            int from = Math.max(0, m.begin() - 40);
            Matcher first = FIRST_PARTNER.matcher(t.substring(from, m.begin()));
            if (!first.find()) {
                continue;
            }
            int begin = from + first.start(1);
            String partner = first.group(1);
            if (!opensName(t, begin) || java.util.Arrays.stream(partner.split("\\s+"))
                    .anyMatch(w -> dates.get(text.language()).contains(w.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            String[] words = partner.split("\\s+");
            String[] firm = m.text().split("\\s+");
            if (givenNames.contains(words[0]) || known(partner) || known(firm[0]) || firm.length > 1 && known(firm[0] + " " + firm[1])
                    || words.length == 1 && sentenceStart(t, begin) && common.getOrDefault(text.language(), Set.of())
                    .contains(partner.toLowerCase(Locale.ROOT))) {
                // "John Orlov, Pelham and Co" (a person), "Ford, Toyota and Co Ltd", "Merrill Lynch, Morgan Stanley and Co Inc"
                // (a known company on either side: a list), "Separately, Marlow and Co" (a sentence's adverb)
                continue;
            }
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(partner) + "\\s+" + forms.get(text.language()) + "(?![\\p{L}\\p{N}])")
                    .matcher(t).find()) {
                continue; // "Time, Gulf and Western Inc and MCA Inc" where the article writes "Time Inc": a list
            }
            boolean otherKind = found.stream().anyMatch(o -> o.begin() < m.begin() && o.end() > begin
                    && o.type() != EntityType.ORGANIZATION && o.type() != EntityType.PERSON);
            if (!otherKind) {
                longer.add(new Mention(begin, m.end(), t.substring(begin, m.end()), m.type(), m.entryId(), m.finder(), m.confidence()));
            }
        }
        return MentionFinder.replacing(found, longer);
    }

    /** Whether the gazetteer knows the name as an organization's. */
    private boolean known(String name) {
        return gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    /** Whether {@code begin} opens a sentence: the text's start, or after a sentence's end mark or a line's end. */
    private static boolean sentenceStart(String t, int begin) {
        int i = begin - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"“".indexOf(t.charAt(i)) >= 0;
    }

    /** Whether a name may open at {@code begin}: the text's start, or after a word in lower case or a sentence's end. */
    private static boolean opensName(String t, int begin) {
        int i = begin - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = t.charAt(i);
        if (c == ',' || c == '&' || Character.isUpperCase(c)) {
            return false;
        }
        if (Character.isLetterOrDigit(c)) {
            int j = i;
            while (j > 0 && Character.isLetterOrDigit(t.charAt(j - 1))) {
                j--;
            }
            return !Character.isUpperCase(t.charAt(j));
        }
        return true;
    }
}
