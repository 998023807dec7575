package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a post's unit that the finders ran into the front of an organization's name under a title: "Vice President
 * Corporate Communication XL Axiata Turina Farouk", "Head of Research Colliers Indonesia", "Kepala Kantor Bea Cukai
 * Malang", "Presiden Klub Adhyaksa FC", where the finders read "Communication XL Axiata", "Research Colliers Indonesia",
 * "Kantor Bea Cukai Malang", "Klub Adhyaksa FC". Where such a mention ends with an organization's name of two words or more
 * that the article writes on its own elsewhere, in the same words, and the name of the post's holder follows it at once
 * (after a comma at most; no role link of its own after it, {@code role-links.txt}), the mention is cut to that name and
 * takes its type and gazetteer entry; the person's post is then read at the organization ({@code RoleRelationExtractor}).
 *
 * <p>The mention must stand under a title: a role noun of the language ({@code role-nouns.txt}) among the {@value
 * TrailingPersons#TITLE_WORDS} words before it with no punctuation between, or among the words cut off. The words cut off
 * must be capitalized words of letters alone, but for the language's role fillers ({@code role-fillers.txt}: "of", "dan";
 * not the last); they must not be an organization's name the article writes alone ("Perhutani" of "Kepala Perhutani Divre
 * Jatim"), and none of them a word that opens names: {@code name-openers.txt} of every language ("Bank" of "Bank Mandiri"),
 * a legal form ({@code legal-forms.tsv}: "PT"), a word that opens an institution's name ({@code
 * data/lexicon/org-prefixes.txt}: "Direktorat Jenderal Bea dan Cukai", "Komisi III DPR") or the language's organization
 * kinds ({@code organization-kinds.txt}: "Partai Golkar"). Nor may the name left open with an
 * institution's word ("Suku Dinas Lingkungan Hidup" is no unit before "Dinas Lingkungan Hidup"). A verifier's findings
 * ("chief executive of Royal Bank of Scotland" beside "Bank of Scotland", "Lloyds TSB" beside "TSB", "Wakil Ketua BEM FKP"
 * beside "FKP") set the guards of the holder's name and of two words.
 *
 * <p>The source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 70
 * Indonesian organization mentions of the fold's models began before the annotated name at the same end, most of them with
 * a post's unit after a title ("Pelaksana Fungsi Ekonomi KBRI London", "Reserach Colliers Indonesia"), and every post read
 * at such a name was a wrong relation and a missed one. Immutable and thread-safe.
 */
public final class UnitPrefixes {
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A capitalized word of letters alone (not "F.O." of "F.O. Licht"). */
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{L}*");
    /** Between the name and the person whose post it is: spaces and at most a comma. */
    private static final Pattern TO_PERSON = Pattern.compile("[ \\t]*,?[ \\t]*");
    /** Words that open an institution's name ({@code data/lexicon/org-prefixes.txt}), as written. */
    private final WordList institutions = WordList.bundled("org-prefixes");

    /** Per language: its role nouns as whole words, its role fillers, and a role link right after a name ("selaku", "as"). */
    private final Map<Language, Pattern> titles;
    private final Map<Language, Pattern> linkAfter;
    private final Map<Language, Pattern> fillers;
    private final Map<Language, Set<String>> kinds;
    /** Words that open names (as written) and legal forms (lower case), of every language. */
    private final Set<String> openers;
    private final Set<String> legalForms;

    private UnitPrefixes(Map<Language, Pattern> titles, Map<Language, Pattern> linkAfter, Map<Language, Pattern> fillers,
                         Map<Language, Set<String>> kinds, Set<String> openers, Set<String> legalForms) {
        this.titles = Map.copyOf(titles);
        this.linkAfter = Map.copyOf(linkAfter);
        this.fillers = Map.copyOf(fillers);
        this.kinds = Map.copyOf(kinds);
        this.openers = Set.copyOf(openers);
        this.legalForms = Set.copyOf(legalForms);
    }

    /**
     * The rule with these languages' role nouns, role fillers, organization kinds, name openers and legal forms; a language
     * with no role nouns cuts nothing.
     */
    public static UnitPrefixes of(LanguageProfiles languages) {
        Map<Language, Pattern> titles = new HashMap<>();
        Map<Language, Pattern> fillers = new HashMap<>();
        Map<Language, Pattern> linkAfter = new HashMap<>();
        Map<Language, Set<String>> kinds = new HashMap<>();
        Set<String> openers = new java.util.HashSet<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            openers.addAll(p.entries(LanguageProfile.File.NAME_OPENERS));
            if (!p.entries(LanguageProfile.File.ROLE_NOUNS).isEmpty()) {
                titles.put(l, TrailingPersons.title(p));
                fillers.put(l, Pattern.compile("(?i)" + p.alternation(LanguageProfile.File.ROLE_FILLERS)));
                kinds.put(l, Set.copyOf(p.entries(LanguageProfile.File.ORGANIZATION_KINDS)));
                linkAfter.put(l, Pattern.compile("(?i)^\\s*,?\\s*" + p.alternation(LanguageProfile.File.ROLE_LINKS) + "(?![\\p{L}\\p{N}])"));
            }
        }
        Set<String> forms = new java.util.HashSet<>();
        for (String f : languages.legalForms(true)) {
            forms.add(f.toLowerCase(Locale.ROOT));
        }
        for (String f : languages.legalForms(false)) {
            forms.add(f.toLowerCase(Locale.ROOT));
        }
        return new UnitPrefixes(titles, linkAfter, fillers, kinds, openers, forms);
    }

    /** The names {@code names} finds, each titled organization's name a unit's words run into cut to that name. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> cut(text, names.find(text));
    }

    private List<Mention> cut(AnalyzedText text, List<Mention> found) {
        Pattern title = titles.get(text.language());
        if (title == null) {
            return found;
        }
        String t = text.text();
        // the organizations' names as written on their own, with a mention of each
        Map<String, Mention> alone = new HashMap<>();
        for (Mention m : found) {
            if (m.type() == EntityType.ORGANIZATION) {
                alone.putIfAbsent(normal(m.text()), m);
            }
        }
        List<Mention> parts = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || !m.entryId().isEmpty()) {
                continue;
            }
            Matcher w = WORD.matcher(m.text());
            boolean first = true;
            while (w.find()) {
                if (first) {
                    first = false;
                    continue;
                }
                String name = normal(m.text().substring(w.start()));
                Mention other = alone.get(name);
                if (other == null || !Character.isUpperCase(name.codePointAt(0)) || !name.contains(" ")) {
                    continue;
                }
                String unit = m.text().substring(0, w.start());
                if (!unitWords(unit, text.language()) || institutions.contains(name.split(" ")[0]) || alone.containsKey(normal(unit))
                        || !(TrailingPersons.titled(t, m.begin(), title) || title.matcher(unit).find())
                        || !personAfter(m, found, t, linkAfter.get(text.language()))) {
                    break; // the longest name only: a shorter one inside it is that name's part
                }
                int begin = m.begin() + w.start();
                parts.add(new Mention(begin, m.end(), t.substring(begin, m.end()), other.type(), other.entryId(), m.finder(), m.confidence()));
                break;
            }
        }
        return parts.isEmpty() ? found : MentionFinder.replacing(found, parts);
    }

    /**
     * Whether {@code unit} can be a post's unit before a name: capitalized words of letters and fillers, the last no filler,
     * none of them a word that opens names (a name opener, a legal form, an institution's first word, an organization's kind).
     */
    private boolean unitWords(String unit, Language language) {
        String[] ws = unit.strip().split("\\s+");
        Pattern filler = fillers.get(language);
        Set<String> kind = kinds.get(language);
        for (int i = 0; i < ws.length; i++) {
            String word = ws[i];
            if (filler.matcher(word).matches()) {
                if (i == ws.length - 1) {
                    return false;
                }
                continue;
            }
            if (!CAPITALIZED.matcher(word).matches() || openers.contains(word) || institutions.contains(word) || kind.contains(word)
                    || legalForms.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a person's name follows the mention at once, or after a comma: the post's holder ("... XL Axiata Turina Farouk");
     * not a name a role link of its own follows ("Kabag SDA Pemkab Lamongan, Dedhy Rachmanto selaku Analis ...": the post is
     * the one named before it, a verifier's finding).
     */
    private static boolean personAfter(Mention m, List<Mention> found, String t, Pattern link) {
        return found.stream().anyMatch(p -> p.type() == EntityType.PERSON && p.begin() >= m.end()
                && TO_PERSON.matcher(t.substring(m.end(), p.begin())).matches() && !link.matcher(t).region(p.end(), t.length()).lookingAt());
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
