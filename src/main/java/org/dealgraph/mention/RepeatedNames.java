package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

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
 * A name the finders read in an article's body is a name where a body sentence opens with it again, in the same words and
 * case, as a word run of its own: "one sense per discourse" where capitals say nothing. The finders miss a name where its
 * sentence gives them no evidence, most often at a sentence's start ("Sejauh Rupa bersaing dengan ..." in an article that
 * names "Sejauh Rupa" elsewhere), and every relation of that sentence is lost with it. Elsewhere in a sentence the finders'
 * choice stands: there, taking every repetition added more wrong names than right ones ("MHz", "CDMA" named once). Organizations', people's and products' names are
 * looked for, the longest first; a place's is the gazetteer's to find. A found name that overlaps keeps its place. A name
 * of one word is not looked for where the language writes the word in small letters ({@code common-words.txt}), nor where a
 * capitalized word stands right before or after it (it is part of another name there: "Max" of "Max Verstappen"). The new
 * name takes the type the found mentions of the name have most often, and their gazetteer entry if they share one.
 * A company's name written with a legal form gives its short forms (the name without its legal forms, and runs of its first
 * words, of two words or more): written again anywhere in the body, they are its name over the names found inside them, a known
 * name among those only where it ends the whole name without legal forms and does not open it.
 *
 * <p>The source of the rule: a fresh-user tester's articles of this round lost relations to names found elsewhere in the
 * same article but not at the start of a sentence; on the held-out fifth of the train split ({@code tools/corpus/fold.py
 * --seed 7}) the stage was measured before it was kept (README, Quality). Immutable and thread-safe; language-independent
 * but for the common words.
 */
public final class RepeatedNames {
    private static final Set<EntityType> KINDS = Set.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PRODUCT);
    /** A capitalized word right before a place in the text (the text before it ends so). */
    private static final Pattern CAPITALIZED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’.-]*[ \\t]+$");
    /** A capitalized word right after a place in the text (the text after it opens so). */
    private static final Pattern CAPITALIZED_AFTER = Pattern.compile("^[ \\t]+\\p{Lu}");
    private final Set<String> common;
    /** Legal forms that open a company's name ("PT") and that end one ("Tbk", "Inc"), lower case; none where empty. */
    private final Set<String> openingForms;
    private final Set<String> endingForms;
    /** Words that open names ({@code name-openers.txt}: "Bank" of "Bank Mandiri"), as written: no short form alone. */
    private final Set<String> openers;

    private RepeatedNames(Set<String> common, Set<String> openingForms, Set<String> endingForms, Set<String> openers) {
        this.common = Set.copyOf(common);
        this.openingForms = lower(openingForms);
        this.endingForms = lower(endingForms);
        this.openers = Set.copyOf(openers);
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The stage with {@code common}, the words of every language that it writes in small letters, lower case. */
    public static RepeatedNames of(Set<String> common) {
        return new RepeatedNames(common, Set.of(), Set.of(), Set.of());
    }

    /**
     * As {@link #of(Set)}, and a company's name written with a legal form is looked for in its short forms too: the name
     * without its legal forms and the first words of that name ("Senyum Sehat" and "Senyum Sehat Indonesia" of "PT Senyum
     * Sehat Indonesia Tbk"), where no capitalized word follows them: one of two words or more anywhere in the body, over the
     * names the finders read inside it ("Puri Ayu didirikan ...": "Ayu" a person), one of one word at a sentence's start; a
     * short form of one word is no common word and no word that opens names ({@code openers}, every language's {@code
     * name-openers.txt} as written: "Bank" of "PT Bank Mandiri Tbk"). The legal forms are {@code legal-forms.tsv}'s of every language ({@link
     * org.dealgraph.text.LanguageProfiles#legalForms}). The source of the rule: a fresh-user tester's article, where "Senyum
     * Sehat bekerja sama dengan Straumann" (two common words: 'smile', 'healthy') was no name, in an article that names "PT
     * Senyum Sehat Indonesia".
     */
    public static RepeatedNames of(Set<String> common, Set<String> openers, org.dealgraph.text.LanguageProfiles languages) {
        return new RepeatedNames(common, languages.legalForms(true), languages.legalForms(false), openers);
    }

    /**
     * The short forms of an organization's name written with a legal form: the name without its legal forms, and each run of
     * its first words; empty where the name has no legal form or nothing is left.
     */
    private List<String> shortForms(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        boolean legal = false;
        while (!words.isEmpty() && openingForms.contains(words.get(0).toLowerCase(Locale.ROOT).replaceAll("[.,]+$", ""))) {
            words.remove(0);
            legal = true;
        }
        while (!words.isEmpty() && endingForms.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[.,]+$", ""))) {
            words.remove(words.size() - 1);
            legal = true;
        }
        List<String> out = new ArrayList<>();
        if (!legal) {
            return out;
        }
        for (int n = words.size(); n >= 1; n--) {
            String form = String.join(" ", words.subList(0, n));
            if (n == 1 && (common.contains(form.toLowerCase(Locale.ROOT)) || openers.contains(form)) || form.length() < 2 || !Character.isUpperCase(form.charAt(0))) {
                continue;
            }
            out.add(form);
        }
        return out;
    }

    /** The names {@code names} finds, and each body name wherever the body writes it again. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> repeated(text, names.find(text));
    }

    /** An opening quote or bracket before a sentence's first word. */
    private static final Pattern OPENERS = Pattern.compile("[\\s\"“‘'(\\[-]*");

    /** Whether {@code at} is where a sentence's first word begins, after its opening quotes or brackets. */
    private static boolean opening(AnalyzedText text, int at) {
        for (Sentence s : text.sentences()) {
            if (s.begin() <= at && at < s.end()) {
                return OPENERS.matcher(text.text().substring(s.begin(), at)).matches();
            }
        }
        return false;
    }

    private List<Mention> repeated(AnalyzedText text, List<Mention> found) {
        int bodyBegin = text.sentences().stream().filter(Sentence::headline).mapToInt(Sentence::end).max().orElse(0);
        Map<String, List<Mention>> body = new HashMap<>();
        for (Mention m : found) {
            if (m.begin() >= bodyBegin && KINDS.contains(m.type()) && m.text().strip().length() >= 2) {
                body.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Mention>> shortened = new HashMap<>();
        java.util.Set<String> whole = new java.util.HashSet<>();
        for (Mention m : found) {
            if (m.begin() >= bodyBegin && m.type() == EntityType.ORGANIZATION) {
                List<String> forms = shortForms(m.text());
                for (String form : forms) {
                    if (!body.containsKey(form)) {
                        shortened.computeIfAbsent(form, k -> new ArrayList<>()).add(m);
                    }
                }
                if (!forms.isEmpty()) {
                    whole.add(forms.get(0));
                }
            }
        }
        body.putAll(shortened);
        List<String> names = new ArrayList<>(body.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String t = text.text();
        List<Mention> added = new ArrayList<>();
        List<Mention> inside = new ArrayList<>();
        for (String name : names) {
            boolean oneWord = name.strip().indexOf(' ') < 0;
            boolean shortForm = shortened.containsKey(name) || whole.contains(name);
            if (oneWord && common.contains(name.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}&'’.-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}&'’-])").matcher(t)
                    .region(bodyBegin, t.length());
            while (w.find()) {
                int b = w.start();
                int e = w.end();
                // a short form of two words or more of a company's name is its name anywhere in the body, over the names the
                // finders read inside it ("Puri Ayu didirikan ...", "Direktur Utama Agar Nusa, Andi Muhammad Rauf": "Ayu" a
                // person, "Nusa" a place; a fresh-user tester's findings), not over a name that runs past it
                boolean specific = shortForm && !oneWord;
                // a known name inside it stays, but for one that ends the company's whole name without its legal forms and
                // does not open it ("Sebelumnya, Kasongan Kriya Mandiri bekerja sama ..." of "PT Kasongan Kriya Mandiri", where
                // the model found the known "Mandiri" alone: a fresh-user tester's finding); a run of its first words may be
                // another known company's name ("Bank Mandiri" of "PT Bank Mandiri Taspen")
                boolean wholeName = specific && whole.contains(name);
                List<Mention> within = specific ? found.stream().filter(o -> o.begin() >= b && o.end() <= e && !added.contains(o)
                        && (o.entryId().isEmpty() || wholeName && o.begin() > b && o.end() == e)).toList() : List.of();
                boolean blocked = java.util.stream.Stream.concat(found.stream(), added.stream())
                        .anyMatch(o -> o.begin() < e && o.end() > b && !within.contains(o));
                boolean capitalizedAfter = CAPITALIZED_AFTER.matcher(t.substring(e, Math.min(t.length(), e + 3))).find();
                if (blocked || !specific && !opening(text, b) || oneWord && (CAPITALIZED_BEFORE.matcher(t.substring(Math.max(0, b - 40), b)).find()
                        || capitalizedAfter) || shortForm && capitalizedAfter) {
                    continue;
                }
                inside.addAll(within);
                added.add(HeadlineNames.like(body.get(name), b, e, w.group()));
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        out.removeAll(inside);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::begin));
        return List.copyOf(out);
    }
}
