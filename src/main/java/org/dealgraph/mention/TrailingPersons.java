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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name written right after an organization's, under a title, that the finders ran into the organization's
 * name: "Kepala DLH Kabupaten Kediri Putut Agung Subekti", "Ketua HNSI Jatim Mochamad Nur Arifin". The name is split
 * where one of its words (not its first) begins a person the article names elsewhere ("kata Putut"): the words before
 * stay the organization, run back through an organization's name written right before ("Lion Air Grup Daniel Putut
 * Kuncoro", where the finders had "Lion Air" and "Grup Daniel Putut Kuncoro"), and the words from there on are the person,
 * run on through a person's name or capitalized words written right after.
 * Where several words do, the last one decides ("Ketua Relawan Ganjar Budi Santoso": Budi). A titled person's name
 * that opens with an organization's name of the article and then a person's named on their own is split the same way
 * ("CEO Djaring Laksamana Mustika" where the article writes "Djaring" alone as a company and "kata Laksamana"), its first
 * part an organization on evidence of its own (a fresh-user tester's finding).
 *
 * <p>The title is a role noun of the language ({@code role-nouns.txt}: "Kepala", "Direktur Utama", "Ketua") among the
 * {@value #TITLE_WORDS} words before the name, with no punctuation or line break between. The source of the rule: on the
 * held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}) 24 Indonesian organization mentions
 * of the fold's models ran on into a person's name, 13 of them under such a title; of all the annotated organization
 * mentions of the five fifths, 10 under such a title hold a word that begins a person's name of their article (groups
 * named after a candidate, "Ketua Relawan Anies P-24"). Immutable and thread-safe.
 */
public final class TrailingPersons {
    /** How many words before a name a title may stand. */
    static final int TITLE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A capitalized word after a space: the person's name may run on through {@value #MORE_WORDS} of them. */
    private static final Pattern CAPITALIZED = Pattern.compile(" \\p{Lu}\\p{L}*(?![\\p{L}\\p{N}-])");
    static final int MORE_WORDS = 3;
    /** What ends the stretch of words before a name in which its title is looked for. */
    private static final Pattern BREAK = Pattern.compile("[.!?,;:\"“”()\\n]");

    /** Per language, its role nouns as whole words. */
    private final Map<Language, Pattern> titles;

    private TrailingPersons(Map<Language, Pattern> titles) {
        this.titles = Map.copyOf(titles);
    }

    /** The rule for these languages; a language with no role nouns splits no name. */
    public static TrailingPersons of(LanguageProfiles languages) {
        Map<Language, Pattern> titles = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.ROLE_NOUNS).isEmpty()) {
                titles.put(l, title(p));
            }
        }
        return new TrailingPersons(titles);
    }

    /** The language's role nouns ({@code role-nouns.txt}) as whole words, in any case: a title. */
    static Pattern title(LanguageProfile p) {
        return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + ")(?![\\p{L}\\p{N}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The names {@code names} finds, each titled organization's name that runs on into a person's split in two. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> split(text, names.find(text));
    }

    private List<Mention> split(AnalyzedText text, List<Mention> found) {
        Pattern title = titles.get(text.language());
        if (title == null) {
            return found;
        }
        String t = text.text();
        // the first words of persons named on their own: after a small word or a punctuation mark, not inside a capitalized
        // run ("Direktur Jenderal Perhubungan Darat" typed a person names none)
        List<String> persons = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == EntityType.PERSON && standsAlone(t, m.begin(), title)) {
                persons.add(m.text().strip().replaceAll("\\s+", " "));
            }
        }
        if (persons.isEmpty()) {
            return found;
        }
        // per word, how many names other than persons' hold it
        Map<String, Integer> organizationWords = new HashMap<>();
        for (Mention o : found) {
            if (o.type() != EntityType.PERSON) {
                words(o).forEach(w -> organizationWords.merge(w, 1, Integer::sum));
            }
        }
        // the organizations' names as written
        Set<String> organizations = new HashSet<>();
        for (Mention o : found) {
            if (o.type() == EntityType.ORGANIZATION) {
                organizations.add(o.text().strip().replaceAll("\\s+", " "));
            }
        }
        List<Mention> parts = new ArrayList<>();
        List<Mention> absorbed = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == EntityType.PERSON && titled(t, m.begin(), title)) {
                // a titled person's name that opens with an organization's name of the article and then a person's named on
                // their own: "CEO Djaring Laksamana Mustika" where "Djaring menyediakan ..." and "kata Laksamana" (a
                // fresh-user tester's finding)
                employerFirst(m, organizations, persons).ifPresent(at -> {
                    int orgEnd = m.begin() + m.text().substring(0, at).stripTrailing().length();
                    // an organization on evidence of its own (a title before it, a person after it), whatever its other
                    // mentions were typed ("Djaring menyediakan ...")
                    parts.add(new Mention(m.begin(), orgEnd, t.substring(m.begin(), orgEnd), EntityType.ORGANIZATION, "",
                            PatternMentionFinder.NAME, Math.max(m.confidence(), MentionFinder.EVIDENCED)));
                    parts.add(new Mention(m.begin() + at, m.end(), t.substring(m.begin() + at, m.end()), EntityType.PERSON, "",
                            m.finder(), m.confidence()));
                });
                continue;
            }
            if (m.type() != EntityType.ORGANIZATION || !titled(t, m.begin(), title)) {
                continue;
            }
            // a word another organization's name holds ("Perhubungan" of "Kementerian Perhubungan") begins no person here
            Set<String> own = words(m);
            int at = -1;
            Matcher w = WORD.matcher(m.text());
            boolean first = true;
            while (w.find()) {
                if (!Character.isUpperCase(w.group().codePointAt(0))) {
                    at = -1; // the person's part is capitalized words alone ("Asher Edelman and Dominion Textiles Inc" is none)
                } else if (!first && organizationWords.getOrDefault(w.group(), 0) == (own.contains(w.group()) ? 1 : 0)
                        && opensWithPerson(m.text().substring(w.start()), persons)) {
                    at = w.start();
                }
                first = false;
            }
            if (at < 0) {
                continue;
            }
            int end = m.end();
            // the person's name runs on through a person's name written right after, or capitalized words no finder took
            // ("Putut" + " Agung Subekti")
            for (int more = 0; more < MORE_WORDS; more++) {
                int from = end;
                Mention next = found.stream().filter(n -> n.begin() == from + 1).findFirst().orElse(null);
                Matcher c = CAPITALIZED.matcher(t).region(end, Math.min(t.length(), end + 40));
                if (next != null && next.type() == EntityType.PERSON && t.charAt(end) == ' ') {
                    absorbed.add(next);
                    end = next.end();
                } else if (next == null && c.lookingAt() && found.stream().noneMatch(n -> n.begin() < c.end() && n.end() > from)) {
                    end = c.end();
                } else {
                    break;
                }
            }
            int orgEnd = m.begin() + m.text().substring(0, at).stripTrailing().length();
            int personBegin = m.begin() + at;
            // the organization's part runs back through an organization's name written right before ("Lion Air" + " Grup")
            int orgBegin = m.begin();
            for (Mention before : found) {
                if (before.type() == EntityType.ORGANIZATION && before.end() + 1 == m.begin() && t.charAt(before.end()) == ' ') {
                    absorbed.add(before);
                    orgBegin = before.begin();
                }
            }
            parts.add(new Mention(orgBegin, orgEnd, t.substring(orgBegin, orgEnd), m.type(), "", m.finder(), m.confidence()));
            parts.add(new Mention(personBegin, end, t.substring(personBegin, end), EntityType.PERSON, "", m.finder(), m.confidence()));
        }
        if (parts.isEmpty()) {
            return found;
        }
        List<Mention> kept = new ArrayList<>(found);
        kept.removeAll(absorbed);
        return MentionFinder.replacing(kept, parts);
    }

    /**
     * Where in a person's mention a person's name named on its own begins after an organization's name of the article
     * ("Djaring Laksamana Mustika": 8), or empty.
     */
    private static java.util.Optional<Integer> employerFirst(Mention m, Set<String> organizations, List<String> persons) {
        Matcher w = WORD.matcher(m.text());
        boolean first = true;
        while (w.find()) {
            if (!first && organizations.contains(m.text().substring(0, w.start()).strip().replaceAll("\\s+", " "))
                    && opensWithPerson(m.text().substring(w.start()), persons) && !persons.contains(m.text().strip().replaceAll("\\s+", " "))) {
                return java.util.Optional.of(w.start());
            }
            first = false;
        }
        return java.util.Optional.empty();
    }

    /** The distinct words of a mention's text. */
    private static Set<String> words(Mention m) {
        Set<String> out = new HashSet<>();
        WORD.matcher(m.text()).results().forEach(r -> out.add(r.group()));
        return out;
    }

    /**
     * Whether {@code tail} opens with the whole name of a person named on their own: "Putut" of "Putut", not "Stanley
     * Fischer" of "Stanley Capital International" (a fresh-user tester's finding: "Morgan Stanley Capital International"
     * was split beside "Stanley Fischer").
     */
    private static boolean opensWithPerson(String tail, List<String> persons) {
        String plain = tail.strip().replaceAll("\\s+", " ");
        return persons.stream().anyMatch(n -> plain.equals(n) || plain.startsWith(n + " "));
    }

    /**
     * Whether the word before {@code begin} is none, a small word, one that ends with a punctuation mark, or a sentence's
     * first word that is no {@code title}.
     */
    private static boolean standsAlone(String t, int begin, Pattern title) {
        int i = begin - 1;
        while (i >= 0 && t.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || Character.isWhitespace(t.charAt(i)) || !Character.isLetterOrDigit(t.charAt(i))) {
            return true;
        }
        int start = i;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1))) {
            start--;
        }
        if (!Character.isUpperCase(t.codePointAt(start))) {
            return true;
        }
        // a sentence's first word, not a title ("Menurut Putut, ...", not "Direktur Perhubungan Darat ...")
        int j = start - 1;
        while (j >= 0 && t.charAt(j) == ' ') {
            j--;
        }
        return (j < 0 || Character.isWhitespace(t.charAt(j)) || ".!?\"”".indexOf(t.charAt(j)) >= 0)
                && !title.matcher(t.substring(start, i + 1)).matches();
    }

    /** Whether a role noun stands among the {@value #TITLE_WORDS} words before {@code begin}, with no break between. */
    static boolean titled(String t, int begin, Pattern title) {
        int from = begin;
        int words = 0;
        while (from > 0 && words < TITLE_WORDS) {
            int i = from - 1;
            while (i >= 0 && t.charAt(i) == ' ') {
                i--;
            }
            if (i < 0 || BREAK.matcher(String.valueOf(t.charAt(i))).matches()) {
                break;
            }
            int start = i;
            while (start > 0 && !Character.isWhitespace(t.charAt(start - 1))) {
                start--;
            }
            if (BREAK.matcher(t.substring(start, i + 1)).find()) {
                break;
            }
            from = start;
            words++;
        }
        return from < begin && title.matcher(t.substring(from, begin)).find();
    }
}
