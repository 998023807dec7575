package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalized modifiers coordinated before one head make one name, in a language whose names' modifiers stand before
 * their head (English): an organization whose name ends in a head or legal form ("Steel Co", "Mergers Commission"), with
 * a run of capitalized words and a coordinator right before it ("Baoshan Iron and", "Monopolies and"), is the one
 * organization "Baoshan Iron and Steel Co", "Monopolies and Mergers Commission"; the names the finders read inside the run
 * go.
 *
 * <p>The run is left alone, and two organizations stay two, where it is a name of its own: it ends in a head or legal form
 * ("Boeing Co and ARGOSystems Inc"), the gazetteer knows it ("IBM and Apple Computer Inc"), or the article writes it
 * elsewhere ("Rainier" of "Rainier and Security Pacific Corp"), or it is in the genitive ("Harlow's and Broadmere Foods");
 * a function word opens no run ("The Monopolies and ..."). Nor is the head's name joined where the article writes it
 * elsewhere with no coordinator before it and it ends in a trade's word, no legal form ("Petrolux and
 * Ashgrove Energy ... Ashgrove Energy said").
 * The source of the kind: on the held-out fifth of the train split ({@code tools/corpus/fold.py --seed 7}), 68 annotated
 * organization names held "and" or "&amp;", and the finders had cut most of them at it. The reverse, a name the finders
 * read across "and" split in two where its first part is a name of its own, was tried and left out: it cost more names
 * than it mended there ("Cable and Wireless Plc", "Oil and Natural Gas Corporation"). Immutable and thread-safe.
 */
public final class CoordinatedModifiers {
    /** A run of one to four capitalized words, then a coordinator, ending right before the head's name. */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{N}'’-]*)[ \\t]+){0,3}\\p{Lu}[\\p{L}\\p{N}'’-]*)[ \\t]+(?:and|&)[ \\t]+$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\S+)[ \\t]+");
    /** A coordinator right before a name ("and ", "& "): there the name may be a head's, not one of its own. */
    private static final Pattern ALONE_NOT = Pattern.compile("(?:\\band|&)[ \\t]+$");
    /** Per language whose names' modifiers stand before their head, its function words ("The" opens no such name). */
    private final java.util.Map<Language, Pattern> languages;
    private final Set<String> heads;
    private final Gazetteer gazetteer;
    /** The legal forms that end a name, of every language, as written ({@code legal-forms.tsv}, suffix): "Co", "Inc". */
    private final Set<String> legalForms;

    /** Per language, its common words ({@code common-words.txt}), lower case. */
    private final java.util.Map<Language, Set<String>> common;
    /** Per language, the words that make a public body's name ({@code government-bodies.txt}). */
    private final java.util.Map<Language, Pattern> bodies;

    private CoordinatedModifiers(java.util.Map<Language, Pattern> languages, Set<String> heads, Gazetteer gazetteer,
                                 Set<String> legalForms, java.util.Map<Language, Set<String>> common, java.util.Map<Language, Pattern> bodies) {
        this.common = java.util.Map.copyOf(common);
        this.bodies = java.util.Map.copyOf(bodies);
        this.languages = java.util.Map.copyOf(languages);
        this.heads = Set.copyOf(heads);
        this.gazetteer = gazetteer;
        this.legalForms = Set.copyOf(legalForms);
    }

    /**
     * The stage for the languages of {@code profiles} whose names' modifiers stand before their head (their descriptors'
     * {@code name-modifiers = before}); the others join nothing.
     *
     * @param heads     the words that end an organization's name: heads and legal forms, as written
     * @param gazetteer the names that are names of their own
     */
    public static CoordinatedModifiers of(org.dealgraph.text.LanguageProfiles profiles, Set<String> heads, Gazetteer gazetteer) {
        java.util.Map<Language, Pattern> languages = new java.util.HashMap<>();
        java.util.Map<Language, Set<String>> common = new java.util.HashMap<>();
        java.util.Map<Language, Pattern> bodies = new java.util.HashMap<>();
        for (Language l : profiles.languages()) {
            if (profiles.of(l).descriptor().modifiersBefore()) {
                languages.put(l, profiles.of(l).words(org.dealgraph.text.LanguageProfile.File.FUNCTION_WORDS));
                common.put(l, profiles.of(l).entries(org.dealgraph.text.LanguageProfile.File.COMMON_WORDS).stream()
                        .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
                bodies.put(l, Pattern.compile("(?i)" + profiles.of(l).alternation(org.dealgraph.text.LanguageProfile.File.GOVERNMENT_BODIES)));
            }
        }
        return new CoordinatedModifiers(languages, heads, gazetteer, profiles.legalForms(false), common, bodies);
    }

    /** The names {@code names} finds, coordinated modifiers joined to their head's name. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> join(text, names.find(text));
    }

    private List<Mention> join(AnalyzedText text, List<Mention> found) {
        Pattern function = languages.get(text.language());
        if (function == null) {
            return found;
        }
        String t = text.text();
        List<Mention> joined = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || !headed(m.text()) || standsAlone(t, m) || ownFirstWord(m, text.language())) {
                continue;
            }
            Matcher r = RUN.matcher(t).region(Math.max(0, m.begin() - 80), m.begin());
            r.useTransparentBounds(true);
            if (!r.find()) {
                continue;
            }
            String run = r.group(1);
            int begin = r.start(1);
            // "The Monopolies and ...": a function word opens no name
            Matcher first = FIRST_WORD.matcher(run);
            while (first.find() && function.matcher(first.group(1)).matches()) {
                begin += first.end();
                run = run.substring(first.end());
                first = FIRST_WORD.matcher(run);
            }
            if (function.matcher(run).matches()) {
                continue;
            }
            final int start = begin;
            // a run in the genitive is a name of its own, no modifier ("Harlow's and Broadmere Foods")
            boolean own = headed(run) || run.endsWith("'s") || run.endsWith("’s") || !gazetteer.lookup(run).isEmpty() || elsewhere(t, run, start)
                    || found.stream().anyMatch(o -> o != m && o.begin() < start && o.end() > start); // a name runs into it
            if (!own) {
                joined.add(new Mention(begin, m.end(), t.substring(begin, m.end()), EntityType.ORGANIZATION, "", m.finder(), m.confidence()));
            }
        }
        return MentionFinder.replacing(found, joined);
    }

    /**
     * Whether a name ending in a trade's word, no legal form, is a company's own: the article writes it elsewhere with no
     * coordinator before it ("Petrolux and Ashgrove Energy signed ... Ashgrove Energy said": a fresh-user tester's
     * finding), so the run before "and" names another company. "Marine Savings and Loan Association", whose "Loan
     * Association" stands nowhere alone, and a legal form ("Black and Decker Corp") keep one name.
     */
    private boolean standsAlone(String text, Mention m) {
        String[] w = m.text().strip().split("\\s+");
        if (w.length < 2 || legalForms.contains(w[w.length - 1].replaceAll("\\.$", ""))) {
            return false;
        }
        Matcher o = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(m.text()) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (o.find()) {
            if (o.start() != m.begin() && !ALONE_NOT.matcher(text.substring(Math.max(0, o.start() - 6), o.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the head's name opens with a word of its own, no head and no common word, and ends in a head, no legal form:
     * "Yaskawa Electric" of "Fanuc and Yaskawa Electric" (a fresh-user tester's finding: the two rivals were one company); not
     * "Steel Co" of "Baoshan Iron and Steel Co", "Mergers Commission" of "Monopolies and Mergers Commission", nor a public
     * body's name ({@code government-bodies.txt}: "Texas Parks and Wildlife Department"), nor a first word in the plural, a
     * trade's ("Farmers and Merchants Bank": a verifier's finding).
     */
    private boolean ownFirstWord(Mention m, Language language) {
        String[] w = m.text().strip().split("\\s+");
        if (w.length < 2 || legalForms.contains(w[w.length - 1].replaceAll("\\.$", "")) || heads.contains(w[0]) || PLURAL.matcher(w[0]).matches()) {
            return false;
        }
        Set<String> common = this.common.getOrDefault(language, Set.of());
        Pattern body = bodies.get(language);
        return !common.contains(w[0].toLowerCase(java.util.Locale.ROOT)) && (body == null || !body.matcher(w[w.length - 1]).matches());
    }

    /** A capitalized word in the plural of English nouns: "Merchants", "Farmers", "Manufacturers". */
    private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}{2,}s");

    /** Whether a name ends in a head or a legal form ("Steel Co", "Boeing Co."). */
    private boolean headed(String name) {
        String[] w = name.strip().split("\\s+");
        String last = w[w.length - 1];
        return heads.contains(last.endsWith(".") ? last.substring(0, last.length() - 1) : last);
    }

    /** Whether the text writes the run as a word of its own anywhere but at {@code at}. */
    private static boolean elsewhere(String text, String run, int at) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(run) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            if (m.start() != at) {
                return true;
            }
        }
        return false;
    }
}
