package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is particular to one language, as data: the files of {@code data/lang/<code>/} (shipped
 * in the jar under {@code /dealgraph/lang/<code>/}), each optionally replaced by a user's file
 * of the same name. The stages hold the grammar (where a word may stand); the words come from
 * here, and a profile's words are only used on text of its language.
 *
 * <p>Every file is UTF-8; lines starting with {@code #} are comments and say what the file is.
 * A list file ({@code .txt}) holds one entry a line, a Java regular expression, usually just a
 * word or a phrase. A table file ({@code .tsv}) holds a header line and tab-separated fields:
 * {@link File#CUES} the triggers of relations and events, {@link File#MONTHS} month names and
 * abbreviations with their numbers, {@link File#LEGAL_FORMS} legal forms of company names.
 *
 * <p>Immutable and thread-safe. Loaded once, by {@link LanguageProfiles}.
 *
 * @param language the language the words are of
 * @param sources  where each file was read from (a classpath path or a file path), for messages
 * @param entries  each file's entries (list files) or data lines (table files, header excluded),
 *                 comments and blank lines left out
 */
public record LanguageProfile(Language language, Map<File, String> sources, Map<File, List<String>> entries) {

    /** The files of a language folder: their names and what each holds. */
    public enum File {
        /** Triggers of relations and events: relation, event, frame, status, confidence, regex. */
        CUES("cues.tsv"),
        /** Words that open a new clause. */
        CLAUSE_BREAKS("clause-breaks.txt"),
        /** Connectives that open a new clause after a comma (", and"). */
        COMMA_CLAUSE_BREAKS("comma-clause-breaks.txt"),
        /** Negation words: the clause they stand in is not asserted (bids excepted). */
        NEGATION("negation.txt"),
        /** Verbs that deny or rule out what follows: nothing in their clause is asserted. */
        DENIAL("denial.txt"),
        /** Words of conditions and questions: the clause is not asserted. */
        HYPOTHETICAL("hypothetical.txt"),
        /** Hedge and rumour words: lower confidence. */
        SPECULATION("speculation.txt"),
        /** Phrases that cite a source: the name after them is an outlet, not a party. */
        CITATION("citation.txt"),
        /** Nouns a citation may name before the outlet ("the agency"). */
        SOURCE_NOUNS("source-nouns.txt"),
        /** Words that refer back to the organization an article is about ("the company", "perseroan"). */
        REFERENCE("reference.txt"),
        /** Words that open a sentence with an adverbial clause ("By renting ..."). */
        ADVERBIAL_OPENERS("adverbial-openers.txt"),
        /** Words that join a list of parties ("and", "dan"). */
        COORDINATORS("coordinators.txt"),
        /** Definite articles that may follow a coordinator (", and the X"); none in Indonesian. */
        DEFINITE_ARTICLES("definite-articles.txt"),
        /** Nouns between a cue and a person that make the party the person's company ("perusahaan pimpinan X"). */
        HEAD_NOUNS("head-nouns.txt"),
        /** Verbs of saying ("said", "mengatakan"). */
        SPEECH_VERBS("speech-verbs.txt"),
        /** Words that may follow a speech verb ("that", "bahwa"). */
        COMPLEMENTIZERS("complementizers.txt"),
        /** Words a speaker refers to itself by after a speech verb ("it", "pihaknya"). */
        SELF_REFERENCES("self-references.txt"),
        /** Conjunctions that open a clause sharing the first clause's subject (", and also"). */
        CLAUSE_CONJUNCTIONS("clause-conjunctions.txt"),
        /** Determiners of an unnamed subject ("a judge", "seorang hakim"). */
        DETERMINERS("determiners.txt"),
        /** Auxiliaries of the passive ("was"); none in Indonesian, which marks it on the verb. */
        PASSIVE_AUXILIARIES("passive-auxiliaries.txt"),
        /** Adverbs between a passive auxiliary and its participle ("was later bought"). */
        PASSIVE_ADVERBS("passive-adverbs.txt"),
        /** Participles a passive cue opens with ("bought", "-ed"). */
        PARTICIPLES("participles.txt"),
        /** Words before a passive verb's agent ("by", "oleh"). */
        AGENT_MARKERS("agent-markers.txt"),
        /** Possessives that let a cue take its possessor from earlier in the sentence ("its", "-nya"). */
        POSSESSIVES("possessives.txt"),
        /** Verbs of owning ("owned", "dimiliki"). */
        OWNING_VERBS("owning-verbs.txt"),
        /** Personal pronouns of persons ("he", "beliau"). */
        PERSONAL_PRONOUNS("personal-pronouns.txt"),
        /** Prepositions before a seller ("from", "dari"). */
        SOURCE_PREPOSITIONS("source-prepositions.txt"),
        /** Relative pronouns ("which", "yang"). */
        RELATIVE_PRONOUNS("relative-pronouns.txt"),
        /** Prepositions before a buyer ("to", "kepada"). */
        RECIPIENT_PREPOSITIONS("recipient-prepositions.txt"),
        /** Words of sentences whose amounts are deal amounts (prices, payments, fines). */
        MONEY_CONTEXT("money-context.txt"),
        /** Legal forms of company names: form, position (prefix or suffix). Used on every language's text. */
        LEGAL_FORMS("legal-forms.tsv"),
        /** Markers of web page chrome: kind (link-block, chrome, label, count, inline, glued), regex. Used on every page. */
        BOILERPLATE("boilerplate.tsv"),
        /** How numbers are written: grouping and decimal separators. */
        NUMBER_FORMAT("number-format.tsv"),
        /** Words after a number that multiply it: word, power of ten. */
        SCALES("scales.tsv"),
        /** Phrases of how often an amount recurs: phrase, ISO 8601 duration, after or before the amount. */
        PERIODS("periods.tsv"),
        /** Month names and abbreviations: name, month number (1-12), form (name or abbreviation). */
        MONTHS("months.tsv"),
        /** Names of the days of the week. */
        WEEKDAYS("weekdays.txt"),
        /** Words before a bare year that make it a date ("in 2019", "pada tahun 2020"). */
        YEAR_MARKERS("year-markers.txt"),
        /** Words or phrases of a deal still to come ("will", "plans to", "akan"): a completed cue after them is only announced. */
        FUTURE("future.txt"),
        /** Words between a name and the post it holds ("X as chief financial officer", "X sebagai direktur"). */
        POST_MARKERS("post-markers.txt"),
        /** Words of nationality, origin or faith written with a capital ("Ugandan", "Tionghoa"): never a name alone. */
        DEMONYMS("demonyms.txt");

        private final String fileName;

        File(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        /** The file of a name ("negation.txt"). */
        public static java.util.Optional<File> named(String name) {
            for (File f : values()) {
                if (f.fileName.equals(name)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A regular expression that matches nothing: the pattern of an empty list. */
    private static final String NOTHING = "(?!)";

    public LanguageProfile {
        Objects.requireNonNull(language, "language");
        sources = Collections.unmodifiableMap(new EnumMap<>(sources));
        EnumMap<File, List<String>> copy = new EnumMap<>(File.class);
        entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        for (File f : File.values()) {
            if (!copy.containsKey(f)) {
                throw new IllegalArgumentException("language " + language.code() + " has no " + f.fileName());
            }
        }
        entries = Collections.unmodifiableMap(copy);
    }

    /** The classpath folder of a bundled language ({@code /dealgraph/lang/en/}). */
    public static String bundledFolder(Language language) {
        return "/dealgraph/lang/" + language.code() + "/";
    }

    /**
     * The bundled profile of a language, each file replaced by the file of the same name in
     * {@code override} if that folder has it.
     *
     * @param override a folder of the user's files for this language, or null for none
     * @throws DealGraphException if a file is missing from the jar, unreadable, or holds an
     *                            invalid regular expression (the message names file and line)
     */
    static LanguageProfile load(Language language, Path override) {
        Map<File, String> sources = new EnumMap<>(File.class);
        Map<File, List<String>> entries = new EnumMap<>(File.class);
        for (File f : File.values()) {
            Path own = override == null ? null : override.resolve(f.fileName());
            String source;
            String content;
            if (own != null && Files.isRegularFile(own)) {
                source = own.toString();
                try {
                    content = Files.readString(own, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DealGraphException("cannot read language file " + own + ": " + e.getMessage(), e);
                }
            } else {
                source = bundledFolder(language) + f.fileName();
                try (InputStream in = LanguageProfile.class.getResourceAsStream(source)) {
                    if (in == null) {
                        throw new DealGraphException("bundled language file " + source + " is missing from the classpath");
                    }
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
                }
            }
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1); // a byte-order mark some editors write is no part of the first entry
            }
            boolean table = f.fileName().endsWith(".tsv");
            if (own != null && source.equals(own.toString())) {
                checkUserFile(language, f, source, content, table);
            }
            sources.put(f, source);
            entries.put(f, lines(new StringReader(content), source, table));
        }
        LanguageProfile p = new LanguageProfile(language, sources, entries);
        for (File f : File.values()) {
            if (f.fileName().endsWith(".txt")) {
                p.check(f);
            }
        }
        p.months();
        p.legalForms(true);
        return p;
    }

    /**
     * A user's file replaces the bundled one whole: an empty file (which would silently turn a list
     * off) and a table without the bundled file's header line (whose first entry would be read as
     * the header) are errors naming the file. A file of comments only turns a list off on purpose.
     */
    private static void checkUserFile(Language language, File f, String source, String content, boolean table) {
        if (content.isBlank()) {
            throw new DealGraphException(source + ": the file is empty; it would replace the bundled " + f.fileName()
                    + " with nothing (write a comment line to turn the list off on purpose)");
        }
        if (!table) {
            return;
        }
        String bundled = bundledHeader(language, f);
        String first = firstLine(content);
        if (first != null && !first.strip().equals(bundled)) {
            throw new DealGraphException(source + ": the first line that is not a comment must be the header '"
                    + bundled.replace("\t", "<TAB>") + "' (as in the bundled file), not '" + first.replace("\t", "<TAB>") + "'");
        }
    }

    private static String bundledHeader(Language language, File f) {
        String source = bundledFolder(language) + f.fileName();
        try (InputStream in = LanguageProfile.class.getResourceAsStream(source)) {
            if (in == null) {
                throw new DealGraphException("bundled language file " + source + " is missing from the classpath");
            }
            String first = firstLine(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return first == null ? "" : first.strip();
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** The first line that is neither blank nor a comment, or null. */
    private static String firstLine(String content) {
        for (String line : content.split("\r?\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return null;
    }

    private static List<String> lines(Reader reader, String source, boolean table) {
        List<String> out = new ArrayList<>();
        boolean header = table;
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = table ? line : line.strip();
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(l);
            }
        } catch (IOException e) {
            throw new DealGraphException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void check(File f) {
        for (String e : entries.get(f)) {
            try {
                Pattern.compile(e);
            } catch (PatternSyntaxException x) {
                throw new DealGraphException(sources.get(f) + ": entry '" + e + "' is not a regular expression: " + x.getDescription(), x);
            }
        }
    }

    /** The entries of a list file, or the data lines of a table file. */
    public List<String> entries(File f) {
        return entries.get(f);
    }

    /** Where a file was read from: a classpath path, or the user's file that replaced it. */
    public String source(File f) {
        return sources.get(f);
    }

    /**
     * The entries of a list file as one alternation, {@code (?:a|b|c)}, for a stage to set in its
     * own grammar; {@code (?!)} (matching nothing) when the list is empty.
     */
    public String alternation(File f) {
        return alternation(entries.get(f));
    }

    /** The entries as one non-capturing alternation; {@code (?!)} for none. */
    public static String alternation(List<String> entries) {
        return entries.isEmpty() ? NOTHING : "(?:" + String.join("|", entries) + ")";
    }

    /**
     * The month names and abbreviations of {@code months.tsv}, lower case, to their month number (1-12).
     *
     * @throws DealGraphException if a line is not a name, a month number and a form
     */
    public Map<String, Integer> months() {
        return monthLines(false);
    }

    /**
     * The legal forms of {@code legal-forms.tsv} at one position, as written ("Tbk", "Corp").
     *
     * @param prefix true for the forms that open a name ("PT"), false for those that end it
     * @throws DealGraphException if a line is not a form, a position and yes or no
     */
    public java.util.Set<String> legalForms(boolean prefix) {
        return legalFormLines(prefix ? "prefix" : "suffix", false);
    }

    /** The legal forms that are never anything else and so end a run of capitalized words (ends-name yes). */
    public java.util.Set<String> nameEndingLegalForms() {
        return legalFormLines("suffix", true);
    }

    private java.util.Set<String> legalFormLines(String position, boolean endingOnly) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : entries.get(File.LEGAL_FORMS)) {
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].isBlank() || !(f[1].strip().equals("prefix") || f[1].strip().equals("suffix"))
                    || !(f[2].strip().equals("yes") || f[2].strip().equals("no"))) {
                throw new DealGraphException(sources.get(File.LEGAL_FORMS) + ": '" + line
                        + "' is not a legal form line (a form; prefix or suffix; yes or no; tab-separated)");
            }
            if (f[1].strip().equals(position) && (!endingOnly || f[2].strip().equals("yes"))) {
                out.add(f[0].strip());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** The month abbreviations of {@code months.tsv} (form {@code abbreviation}), lower case. */
    public java.util.Set<String> monthAbbreviations() {
        return monthLines(true).keySet();
    }

    private Map<String, Integer> monthLines(boolean abbreviationsOnly) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String line : entries.get(File.MONTHS)) {
            String[] f = line.split("\t");
            int n;
            try {
                n = f.length == 3 ? Integer.parseInt(f[1].strip()) : 0;
            } catch (NumberFormatException e) {
                n = 0;
            }
            String form = f.length == 3 ? f[2].strip() : "";
            if (n < 1 || n > 12 || f[0].isBlank() || !(form.equals("name") || form.equals("abbreviation"))) {
                throw new DealGraphException(sources.get(File.MONTHS) + ": '" + line
                        + "' is not a month line (a name, a month number 1-12, name or abbreviation; tab-separated)");
            }
            if (!abbreviationsOnly || form.equals("abbreviation")) {
                out.put(f[0].strip().toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        return Map.copyOf(out);
    }

    /** The entries of a list file as a pattern that finds any of them as whole words, case-insensitively. */
    public Pattern words(File f) {
        return Pattern.compile("(?i)\\b" + alternation(f) + "\\b");
    }
}
