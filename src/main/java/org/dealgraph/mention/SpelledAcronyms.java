package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name its bracketed acronym spells across a coordinator: "Asosiasi Logistik dan Forwarder Indonesia (ALFI)", "Asosiasi
 * Pengusaha Ritel dan Waralaba Indonesia (APRWI)", which the finders cut at "dan" into two organizations, is one
 * organization where the capitalized words' first letters (the coordinator's too, or not) are the acronym's four letters
 * or more. Only names the finders cut in two or more organizations or places inside the spelled words are joined, never a
 * person's nor an organization the gazetteer knows ("Sinar Mas dan Astra (SMA)", "Perusahaan Listrik Negara dan Pertamina
 * (PLNP)" are two parties: a verifier's findings), and the spelled words start at the earliest capitalized word that keeps
 * the letters right (a title before them, "Ketua", stays out). The coordinators are the language's words of one word ({@code coordinators.txt}: "dan", "and", "&").
 *
 * <p>Source of the rule: the corpus's Indonesian articles write 602 names of up to four words on each side of "dan" before
 * an acronym in brackets ("Badan Meteorologi Klimatologi dan Geofisika (BMKG)"); on the held-out fifth of the annotated
 * train split ({@code tools/corpus/fold.py --seed 7}) such a name cut in two lost its chairman's {@code worksFor}.
 * Immutable and thread-safe.
 */
public final class SpelledAcronyms {
    /** A bracketed acronym of four to eight capitals. */
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{4,8})\\)");
    /** How many words before an acronym its name may hold. */
    private static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}&][\\p{L}\\p{N}&'’-]*");
    /** What no spelled name holds: a line break, punctuation between clauses, brackets and quotes ("(BDMN) dan Bank ..."). */
    private static final String BOUNDARY = "\n.,;:()[]\"“”";

    /** Per language, its coordinators of one word, in small letters. */
    private final Map<Language, Set<String>> coordinators;

    private SpelledAcronyms(Map<Language, Set<String>> coordinators) {
        this.coordinators = Map.copyOf(coordinators);
    }

    /** The rule with these languages' coordinators. */
    public static SpelledAcronyms of(LanguageProfiles languages) {
        Map<Language, Set<String>> out = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            Set<String> words = new java.util.HashSet<>();
            for (String w : languages.of(l).entries(LanguageProfile.File.COORDINATORS)) {
                if (w.indexOf(' ') < 0) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
            out.put(l, Set.copyOf(words));
        }
        return new SpelledAcronyms(out);
    }

    /** The names {@code names} finds, each name cut at a coordinator joined where its bracketed acronym spells it. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> join(text, names.find(text));
    }

    private List<Mention> join(AnalyzedText text, List<Mention> found) {
        Set<String> joins = coordinators.get(text.language());
        String t = text.text();
        if (joins == null || joins.isEmpty() || t.indexOf('(') < 0) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        Matcher a = ACRONYM.matcher(t);
        while (a.find()) {
            int end = a.start();
            while (end > 0 && t.charAt(end - 1) == ' ') {
                end--;
            }
            int begin = spelled(t, end, a.group(1), joins);
            if (begin < 0) {
                continue;
            }
            int from = begin;
            int to = end;
            List<Mention> inside = out.stream().filter(m -> m.begin() >= from && m.end() <= to).toList();
            boolean crossed = out.stream().anyMatch(m -> m.begin() < to && m.end() > to || m.begin() < from && m.end() > from);
            if (crossed || inside.size() < 2 || inside.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && !m.entryId().isEmpty())
                    || inside.stream().anyMatch(m -> m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PLACE)
                    || inside.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION)) {
                continue;
            }
            Mention first = inside.stream().filter(m -> m.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
            out.removeAll(inside);
            out.add(new Mention(from, to, t.substring(from, to), EntityType.ORGANIZATION, "", first.finder(), first.confidence()));
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /**
     * Where the words before {@code end} that {@code acronym} spells begin: the earliest capitalized word from which the
     * first letters of the capitalized words up to {@code end}, a coordinator's letter counted or not, are the acronym's,
     * with a coordinator among them; -1 if none.
     */
    private static int spelled(String t, int end, String acronym, Set<String> joins) {
        int lineStart = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (BOUNDARY.indexOf(t.charAt(i)) >= 0) {
                lineStart = i + 1;
                break;
            }
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(t).region(lineStart, end);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int best = -1;
        for (int i = words.size() - 1; i >= 0 && words.size() - i <= MAX_WORDS; i--) {
            String word = t.substring(words.get(i)[0], words.get(i)[1]);
            boolean join = joins.contains(word.toLowerCase(java.util.Locale.ROOT));
            if (!join && !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            if (join || i == words.size() - 1) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            StringBuilder withJoins = new StringBuilder();
            boolean joined = false;
            for (int k = i; k < words.size(); k++) {
                String x = t.substring(words.get(k)[0], words.get(k)[1]);
                if (joins.contains(x.toLowerCase(java.util.Locale.ROOT))) {
                    joined = true;
                    if (Character.isLetter(x.charAt(0))) {
                        withJoins.append(Character.toUpperCase(x.charAt(0)));
                    }
                } else {
                    letters.append(x.charAt(0));
                    withJoins.append(x.charAt(0));
                }
            }
            if (joined && (acronym.contentEquals(letters) || acronym.contentEquals(withJoins))) {
                best = words.get(i)[0];
            }
        }
        return best;
    }
}
