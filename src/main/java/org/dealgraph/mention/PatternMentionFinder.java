package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names nobody listed, from the way news writes them: runs of capitalized words, typed by
 * legal forms and name heads ("... Tbk", "... Holdings", "PT ..."), by titles around people
 * ("CEO X", "X, co-founder of"), by given names, and by descriptors ("perusahaan X", "the
 * chipmaker X"). Web outlets ("Liputan6.com") are typed {@link EntityType#OUTLET}.
 *
 * <p>A capitalized word at the start of a sentence is a name only if the article also writes
 * it capitalized mid-sentence; in headlines, where every word may be capitalized, a run counts
 * only if the body writes it too. Runs that contain a gazetteer name are left to the
 * gazetteer, unless they end in a legal form ("Grab Holdings").
 */
public final class PatternMentionFinder implements MentionFinder {
    static final String NAME = "pattern";
    private static final Pattern WEB_OUTLET = Pattern.compile("(?<![\\p{L}\\p{N}.@/])\\p{L}[\\p{L}\\p{N}-]*\\.(?:com|co\\.id|id|net|org|co\\.uk|news|tv|io)(?![\\p{L}\\p{N}])");
    private static final Set<String> CONNECTORS = Set.of("of", "&", "de", "van", "der", "von", "du", "la", "le", "bin", "binti", "al", "for");
    /** "and" joins two names ("Ogilvy & Mather and Cordiant"), except in "Mitsui and Co", "Smith and Sons". */
    private static final Set<String> AND_NAME_ENDS = Set.of("Co", "Co.", "Company", "Sons", "Partners", "Associates");
    private static final Set<String> SAID = Set.of("said", "says", "told", "added", "explained", "noted", "wrote", "kata", "ujar", "ucap",
            "tutur", "jelas", "ungkap", "menurut", "mengatakan", "menyatakan", "menjelaskan", "mengungkapkan", "menyebut", "menyebutkan", "menegaskan");
    /** "X as chief financial officer", "X sebagai direktur keuangan": the words that give a name the post that follows. */
    private static final int MAX_RUN = 7;
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(oleh|by)\\s+$");
    private static final Set<String> STRONG_TITLES = Set.of("Chief", "CEO", "CFO", "COO", "CTO", "Director", "Direktur", "President",
            "Presiden", "Chairman", "Chairwoman", "Officer", "Komisaris", "Manager", "Minister", "Menteri", "Spokesman", "Spokeswoman");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Pak", "Bapak",
            "Bu", "Ibu", "Haji", "Hj", "H", "Ir");
    /** The legal forms that always end a company's name, of every language ({@code data/lang/<code>/legal-forms.tsv}, ends-name yes). */
    private final Set<String> LEGAL_FORMS;

    private final Gazetteer gazetteer;
    private final WordList suffixes;
    private final WordList prefixes;
    private final WordList descriptors = WordList.bundled("org-descriptors");
    private final WordList titles = WordList.bundled("person-titles");
    private final WordList givenNames = WordList.bundled("first-names");
    private final WordList stop = WordList.bundled("stop-capitalized");
    private final WordList nonParty = WordList.bundled("non-party-heads");

    /** Per language, its month names and abbreviations, lower case ({@code months.tsv}): never names. */
    private final Map<Language, Set<String>> months = new EnumMap<>(Language.class);
    /** Words between a name and the post it holds ("as", "sebagai"): post-markers.txt of each language. */
    private final Map<Language, Pattern> postMarkers = new EnumMap<>(Language.class);
    /** Per language, its demonyms as written ({@code demonyms.txt}): never a name alone. */
    private final Map<Language, Set<String>> demonyms = new EnumMap<>(Language.class);

    /** The finder with the bundled language data. */
    public PatternMentionFinder(Gazetteer gazetteer) {
        this(gazetteer, LanguageProfiles.bundled());
    }

    /** The finder with these languages' data. */
    public PatternMentionFinder(Gazetteer gazetteer, LanguageProfiles profiles) {
        this.gazetteer = gazetteer;
        this.LEGAL_FORMS = profiles.nameEndingLegalForms();
        // a legal form ends (or opens) a name: the name heads of the lexicon and the language data's legal forms
        this.suffixes = WordList.bundled("org-suffixes").with(profiles.legalForms(false));
        this.prefixes = WordList.bundled("org-prefixes").with(profiles.legalForms(true));
        for (Language l : Language.values()) {
            months.put(l, Set.copyOf(profiles.of(l).months().keySet()));
            postMarkers.put(l, Pattern.compile("(?i)^\\s+" + profiles.of(l).alternation(LanguageProfile.File.POST_MARKERS) + "\\s+"));
            demonyms.put(l, Set.copyOf(profiles.of(l).entries(LanguageProfile.File.DEMONYMS)));
        }
    }

    @Override
    public List<Mention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        Set<String> midSentenceCaps = midSentenceCapitals(analyzed);
        Set<String> smallWords = smallWords(analyzed);
        Set<String> bodyNames = new HashSet<>();
        List<Mention> out = new ArrayList<>();
        // body sentences first: a headline's name counts only if the body writes it too
        List<Sentence> order = new ArrayList<>(analyzed.sentences());
        order.sort(java.util.Comparator.comparing(Sentence::headline));
        for (Sentence s : order) {
            Matcher web = WEB_OUTLET.matcher(s.text());
            while (web.find()) {
                out.add(new Mention(s.begin() + web.start(), s.begin() + web.end(), web.group(), EntityType.OUTLET, "", NAME, 0.8));
            }
            for (List<Token> run : runs(s)) {
                for (List<Token> part : splitAtKnownNames(text, run)) {
                    Mention m = type(text, s, part, midSentenceCaps, smallWords, analyzed.language());
                    if (m == null || months.get(analyzed.language()).contains(m.text().toLowerCase(Locale.ROOT).replace(".", ""))) {
                        continue;
                    }
                    if (s.headline() && !bodyNames.contains(m.text())) {
                        // Title Case runs words together: keep the names the body writes that stand inside the run
                        out.addAll(bodyNamesWithin(text, part, bodyNames));
                        continue;
                    }
                    if (!s.headline()) {
                        bodyNames.add(m.text());
                    }
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<Mention> bodyNamesWithin(String text, List<Token> part, Set<String> bodyNames) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < part.size()) {
            int best = -1;
            for (int j = part.size(); j > i; j--) {
                if (bodyNames.contains(surface(text, part.subList(i, j)))) {
                    best = j;
                    break;
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            int b = part.get(i).begin();
            int e = part.get(best - 1).end();
            found.add(new Mention(b, e, text.substring(b, e), EntityType.ORGANIZATION, "", NAME, 0.5));
            i = best;
        }
        return found;
    }

    /** Words the article writes capitalized somewhere other than a body sentence's first word, headlines included. */
    private Set<String> midSentenceCapitals(AnalyzedText analyzed) {
        Set<String> out = new HashSet<>();
        for (Sentence s : analyzed.sentences()) {
            if (s.headline()) {
                // a headline in Title Case capitalizes every word, so only a sentence-case headline is evidence
                long words = s.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).count();
                long caps = s.tokens().stream().filter(t -> capitalized(t.text())).count();
                if (words > 0 && caps * 10 < words * 8) {
                    s.tokens().stream().map(Token::text).filter(PatternMentionFinder::capitalized).forEach(out::add);
                }
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String prev = tokens.get(i - 1).text();
                if (capitalized(tokens.get(i).text()) && !prev.equals("\"") && !prev.equals("“") && !prev.equals(":")) {
                    out.add(tokens.get(i).text());
                }
            }
        }
        return out;
    }

    /** Words the article's body writes in small letters throughout ("economic", "pusat"). */
    private static Set<String> smallWords(AnalyzedText analyzed) {
        Set<String> out = new HashSet<>();
        for (Sentence s : analyzed.sentences()) {
            if (!s.headline()) {
                for (Token t : s.tokens()) {
                    String w = t.text();
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLowerCase)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    private List<List<Token>> runs(Sentence s) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> tokens = s.tokens();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean glued = !current.isEmpty() && current.get(current.size() - 1).end() == t.begin();
            boolean markup = charBefore(s, t) == '<' || charAfter(s, t) == '>';
            if (t.text().indexOf('<') >= 0 || t.text().indexOf('>') >= 0 || markup) {
                flush(runs, current); // newswire markup and tickers: "<Laurentian Group>", "<MO.N>"
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() && tokens.get(i + 1).text().startsWith("$")) {
                flush(runs, current); // "US$20": a currency, not a name
                continue;
            }
            if (capitalized(t.text()) || t.text().matches("\\d+[A-Za-z]*") && glued) {
                current.add(t);
                if (LEGAL_FORMS.contains(t.text().replaceAll("\\.$", ""))) {
                    flush(runs, current); // "PT Lintas Data Tbk Wiyono Sukarno": the legal form ends the name
                }
            } else if (!current.isEmpty() && i + 1 < tokens.size() && capitalized(tokens.get(i + 1).text())
                    && (CONNECTORS.contains(t.text()) && (!t.text().equals("for") || suffixes.contains(current.get(current.size() - 1).text()))
                    || t.text().equals("and") && (AND_NAME_ENDS.contains(tokens.get(i + 1).text())
                    || endsInLegalForm(tokens, i + 1)) || (t.text().equals("-") || t.text().equals(".")) && glued
                    && tokens.get(i + 1).begin() == t.end()
                    || t.text().equals(".") && current.get(current.size() - 1).text().length() == 1)) {
                current.add(t);
            } else {
                flush(runs, current);
            }
        }
        flush(runs, current);
        return runs;
    }

    /** Whether the capitalized run starting at {@code from} ends in a legal form ("Casualty of Canada Ltd"). */
    private boolean endsInLegalForm(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && (capitalized(tokens.get(j).text()) || CONNECTORS.contains(tokens.get(j).text()))) {
            if (LEGAL_FORMS.contains(tokens.get(j).text().replaceAll("\\.$", ""))) {
                return true;
            }
            j++;
        }
        return false;
    }

    private static char charBefore(Sentence s, Token t) {
        int i = t.begin() - s.begin() - 1;
        return i >= 0 ? s.text().charAt(i) : ' ';
    }

    private static char charAfter(Sentence s, Token t) {
        int i = t.end() - s.begin();
        return i < s.text().length() ? s.text().charAt(i) : ' ';
    }

    private static void flush(List<List<Token>> runs, List<Token> current) {
        while (!current.isEmpty() && !capitalized(current.get(current.size() - 1).text())) {
            current.remove(current.size() - 1);
        }
        if (!current.isEmpty()) {
            runs.add(List.copyOf(current));
        }
        current.clear();
    }

    static boolean capitalized(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (Character.isUpperCase(c)) {
            return token.length() > 1 || Character.isLetter(c);
        }
        // iPhone, eBay
        return token.length() > 2 && Character.isLowerCase(c) && Character.isUpperCase(token.charAt(1));
    }

    /** Cuts a run around the names the gazetteer knows and around leading titles. */
    private List<List<Token>> splitAtKnownNames(String text, List<Token> run) {
        List<List<Token>> out = new ArrayList<>();
        if (hasSuffix(run) && (!gazetteer.lookup(surface(text, run)).isEmpty()
                || run.size() > 1 && !gazetteer.lookup(surface(text, run.subList(0, run.size() - 1))).isEmpty())) {
            return out; // the gazetteer has it, whole or without its legal form
        }
        if (hasSuffix(run) && run.size() > 1 && !isPlace(text, run.subList(0, run.size() - 1))) {
            // "Sumitomo Mitsui Financial", "Grab Holdings": a legal form makes the whole run one name
            out.add(run);
            return out;
        }
        for (int k = 1; k < run.size() - 2; k++) {
            if (suffixes.contains(run.get(k).text()) && titles.contains(run.get(0).text()) && !suffixes.contains(run.get(run.size() - 1).text())) {
                // "Ekonom Senior Bright Institute Awalil Rizky": title, organization, person
                out.add(List.copyOf(run.subList(0, k + 1)));
                out.add(List.copyOf(run.subList(k + 1, run.size())));
                return out;
            }
        }
        if (titles.contains(run.get(0).text())) {
            int k = 1;
            while (k < run.size() && (titles.contains(run.get(k).text()) || CONNECTORS.contains(run.get(k).text()))) {
                k++;
            }
            for (int g = k + 1; g < run.size() - 1; g++) {
                if (givenNames.contains(run.get(g).text())) {
                    // "CEO Kulina Andy Fajar Handika": title, organization, then a person from the given name on
                    out.add(List.copyOf(run.subList(0, g)));
                    out.add(List.copyOf(run.subList(g, run.size())));
                    return out;
                }
            }
        }
        if (run.size() > 2 && prefixes.contains(run.get(0).text()) && knowsOnlyPlacesWithin(text, run)) {
            // "PT Mitra Teh Nusantara": after a word that opens a company's name, a place word is part of the name
            out.add(run);
            return out;
        }
        int lead = knownNameEnd(text, run, 0);
        if (lead > 0 && lead < run.size() && isOrganization(text, run.subList(0, lead)) && isPlace(text, run.subList(lead, run.size()))) {
            // "AOL Europe", "Grab Indonesia": a company's regional unit is an organization of its own
            out.add(run);
            return out;
        }
        List<Token> current = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int known = knownNameEnd(text, run, i);
            int place = known > i && known < run.size() && isOrganization(text, run.subList(i, known)) ? knownNameEnd(text, run, known) : known;
            if (place > known && isPlace(text, run.subList(known, place))) {
                // "... Grab Indonesia Tirza Munusamy": the regional unit is one name
                flushPart(out, current);
                out.add(List.copyOf(run.subList(i, place)));
                i = place;
                continue;
            }
            if (known > i) {
                flushPart(out, current);
                i = known;
            } else {
                current.add(run.get(i));
                i++;
            }
        }
        flushPart(out, current);
        return out;
    }

    /** Whether every name the gazetteer knows inside the run is a place. */
    private boolean knowsOnlyPlacesWithin(String text, List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            int known = knownNameEnd(text, run, i);
            if (known > i && !isPlace(text, run.subList(i, known))) {
                return false;
            }
        }
        return true;
    }

    private boolean isOrganization(String text, List<Token> tokens) {
        return gazetteer.lookup(surface(text, tokens)).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    private boolean isPlace(String text, List<Token> tokens) {
        return gazetteer.lookup(surface(text, tokens)).stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    private static void flushPart(List<List<Token>> out, List<Token> current) {
        while (!current.isEmpty() && !capitalized(current.get(current.size() - 1).text())) {
            current.remove(current.size() - 1);
        }
        while (!current.isEmpty() && !capitalized(current.get(0).text())) {
            current.remove(0);
        }
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        current.clear();
    }

    private int knownNameEnd(String text, List<Token> run, int i) {
        for (int j = run.size(); j > i; j--) {
            if (!gazetteer.lookup(surface(text, run.subList(i, j))).isEmpty()) {
                return j;
            }
        }
        return i;
    }

    private Mention type(String text, Sentence s, List<Token> part, Set<String> midCaps, Set<String> smallWords, Language language) {
        List<Token> run = new ArrayList<>(part);
        boolean titled = false;
        boolean honorific = false;
        // leading stop words and titles are not part of the name
        while (!run.isEmpty()) {
            String w = run.get(0).text();
            if (titles.contains(w) && run.size() > 1) {
                titled = true;
                honorific = HONORIFICS.contains(w);
                run.remove(0);
            } else if ((stop.contains(w) || descriptors.containsIgnoreCase(w) && run.size() > 1) && !prefixes.contains(w)
                    && !suffixes.contains(w)) {
                run.remove(0); // "Rival Aquanova Ltd", "Platform Kelana": a descriptor is not part of the name
            } else if (!CONNECTORS.contains(w) && capitalized(w)) {
                break;
            } else {
                run.remove(0);
            }
        }
        while (!run.isEmpty() && (stop.contains(run.get(run.size() - 1).text()) && !suffixes.contains(run.get(run.size() - 1).text())
                && run.size() > 1 || !capitalized(run.get(run.size() - 1).text()))) {
            run.remove(run.size() - 1);
        }
        for (int k = 1; k < run.size(); k++) {
            if (STRONG_TITLES.contains(run.get(k).text())) {
                run.subList(k, run.size()).clear(); // "Land Rover Chief Design Officer": the name ends where the title starts
                break;
            }
        }
        if (run.isEmpty() || run.size() > MAX_RUN || nonParty.contains(run.get(0).text())
                || run.stream().allMatch(t -> titles.contains(t.text()) || stop.contains(t.text()) || CONNECTORS.contains(t.text()))) {
            return null; // "Wakil Presiden Komisaris", "Rapat Umum Pemegang Saham": a title or an event, not a party
        }
        // "Second Life Philip Rosedale": a given name inside a run starts a person's name
        boolean unlikelyNameStart = stop.contains(run.get(0).text()) || nonParty.contains(run.get(0).text());
        for (int k = 1; k < run.size() - 1 && unlikelyNameStart; k++) {
            if (givenNames.contains(run.get(k).text()) && !givenNames.contains(run.get(k - 1).text())
                    && !suffixes.contains(run.get(run.size() - 1).text())) {
                run.subList(0, k).clear();
                break;
            }
        }
        Token first = run.get(0);
        boolean sentenceInitial = first.begin() == s.begin() || precededByOpening(text, first.begin(), s.begin());
        // "Users of Kelana": an unknown sentence-initial word joined by a connector is not part of the name
        if (sentenceInitial && run.size() > 2 && CONNECTORS.contains(run.get(1).text()) && !midCaps.contains(first.text())
                && !prefixes.contains(first.text())) {
            run.subList(0, 2).clear();
            first = run.get(0);
            sentenceInitial = false;
        }
        if (run.size() == 1 && !titled && (demonyms.get(language).contains(first.text())
                || smallWords.contains(first.text().toLowerCase(Locale.ROOT)) && gazetteer.lookup(first.text()).isEmpty())) {
            return null; // "Ugandan officials", "Economic Minister", "Pemerintah Pusat": a demonym or a word the body writes small is no name alone
        }
        if (run.size() == 1 && (stop.contains(first.text()) || prefixes.contains(first.text())
                || first.text().matches("\\p{Lu}{2,}s|\\p{Lu}{2}"))) {
            return null; // "LCDs", "PCs": plural acronyms are things, not names
        }
        int of = -1;
        for (int k = 1; k < run.size(); k++) {
            if (run.get(k).text().equals("of")) {
                of = k;
                break;
            }
        }
        if (of > 1 && (givenNames.contains(first.text()) || titleBefore(s, first.begin()))
                && !suffixes.contains(run.get(run.size() - 1).text()) && !prefixes.contains(first.text())) {
            run.subList(of, run.size()).clear(); // "Gerard Rijk of Inbev": a person, then where they are from
        }
        if (!gazetteer.lookup(surface(text, run.subList(0, 1))).isEmpty() && run.size() > 1
                && gazetteer.lookup(surface(text, run.subList(0, 1))).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION)) {
            // "Grab Indonesia": a known company's unit is an organization, whatever surrounds it
            int e = run.get(run.size() - 1).end();
            return new Mention(first.begin(), e, text.substring(first.begin(), e), EntityType.ORGANIZATION, "", NAME, 0.75);
        }
        boolean camel = first.text().chars().skip(1).anyMatch(Character::isUpperCase) && first.text().chars().anyMatch(Character::isLowerCase);
        if (sentenceInitial && run.size() == 1 && !midCaps.contains(first.text()) && !titled && !camel) {
            return null;
        }
        if (run.size() == 1 && first.text().length() < 2) {
            return null;
        }
        int begin = first.begin();
        int end = run.get(run.size() - 1).end();
        if (text.charAt(end - 1) == '.' && end - begin > 2) {
            end--; // "Corp." at the end of a name: the period is punctuation
        }
        String surface = text.substring(begin, end);
        if (surface.length() > 80 || WEB_OUTLET.matcher(surface).matches()) {
            return null;
        }
        String last = run.get(run.size() - 1).text().replaceAll("\\.$", "");
        String firstWord = first.text();
        boolean allCaps = surface.equals(surface.toUpperCase(Locale.ROOT)) && surface.chars().anyMatch(Character::isLetter);
        if (suffixes.contains(last) || prefixes.contains(firstWord) && run.size() > 1) {
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.8);
        }
        boolean titledBefore = titled || titleBefore(s, begin);
        boolean titledAfter = titleAfter(text, end, s.end(), language);
        boolean given = givenNames.contains(firstWord) && run.size() >= 2;
        boolean saidNear = run.size() >= 2 && saidNear(text, begin, end, s);
        boolean orgWords = run.stream().anyMatch(t -> (suffixes.contains(t.text()) || prefixes.contains(t.text()) || stop.contains(t.text()))
                && !givenNames.contains(t.text()));
        if (!allCaps && !orgWords && middleInitials(run)) {
            // "Nixon L.P. Napitupulu", "Irtiza H. Sayyed": initials between two words are a person's middle names
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, 0.75);
        }
        if (!allCaps && !orgWords && run.size() <= 4 && (given || honorific || (titledBefore || titledAfter || saidNear) && run.size() >= 2)) {
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, given ? 0.8 : 0.7);
        }
        boolean placeWord = run.stream().anyMatch(t -> gazetteer.lookup(t.text()).stream().anyMatch(e -> e.type() == EntityType.PLACE));
        boolean personContext = titledBefore || titledAfter || run.size() >= 2 && saidNear(text, begin, end, s)
                || AGENT_BEFORE.matcher(text.substring(Math.max(s.begin(), begin - 8), begin)).find();
        if (!allCaps && !orgWords && !placeWord && personContext && run.size() >= 3 && run.size() <= 4 && !descriptorNear(text, begin, end, s)
                && run.stream().allMatch(t -> t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0))
                && t.text().substring(1).chars().allMatch(Character::isLowerCase))) {
            // "Theodore Permadi Rachmat": three or four plain capitalized words with no organization word are a person
            return new Mention(begin, end, surface, EntityType.PERSON, "", NAME, 0.6);
        }
        if (descriptorNear(text, begin, end, s)) {
            return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.7);
        }
        return new Mention(begin, end, surface, EntityType.ORGANIZATION, "", NAME, 0.5);
    }

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?|\\.");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");

    /** A word, one to three initials, a word: the shape of a person's name with middle initials. */
    private static boolean middleInitials(List<Token> run) {
        if (run.size() < 3 || !NAME_WORD.matcher(run.get(0).text()).matches()
                || !NAME_WORD.matcher(run.get(run.size() - 1).text()).matches()) {
            return false;
        }
        int letters = 0;
        for (Token t : run.subList(1, run.size() - 1)) {
            if (!INITIAL.matcher(t.text()).matches()) {
                return false;
            }
            letters += t.text().equals(".") ? 0 : 1;
        }
        return letters >= 1 && letters <= 3;
    }

    private static boolean precededByOpening(String text, int pos, int sentenceBegin) {
        int i = pos - 1;
        while (i >= sentenceBegin && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < sentenceBegin || "\"“‘'(:-–—".indexOf(text.charAt(i)) >= 0 && i - sentenceBegin < 3;
    }

    private boolean titleBefore(Sentence s, int begin) {
        List<Token> tokens = s.tokens();
        int idx = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == begin) {
                idx = i;
                break;
            }
        }
        for (int k = idx - 1; k >= 0 && k >= idx - 6; k--) {
            String w = tokens.get(k).text();
            if (titles.containsIgnoreCase(w) && !w.equalsIgnoreCase("global")) {
                return true;
            }
        }
        return false;
    }

    private boolean titleAfter(String text, int end, int sentenceEnd, Language language) {
        String after = text.substring(end, Math.min(sentenceEnd, end + 40));
        Matcher post = postMarkers.get(language).matcher(after);
        if (post.find()) {
            after = "," + after.substring(post.end()); // "Wiyono Sukarno sebagai direktur keuangan" reads as "..., direktur keuangan"
        }
        if (!after.startsWith(",") && !after.startsWith(" (")) {
            return false;
        }
        String[] words = after.replaceAll("[,()]", " ").strip().split("\\s+");
        for (int i = 0; i < Math.min(3, words.length); i++) {
            String w = words[i];
            if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an") || w.equalsIgnoreCase("sang")) {
                continue;
            }
            return titles.containsIgnoreCase(w) && !w.equalsIgnoreCase("global") || w.toLowerCase(Locale.ROOT).matches("\\d{2}|aged|age");
        }
        return false;
    }

    private static boolean saidNear(String text, int begin, int end, Sentence s) {
        String after = text.substring(end, Math.min(s.end(), end + 14)).toLowerCase(Locale.ROOT).replaceAll("^[\\s,]+", "");
        String before = text.substring(Math.max(s.begin(), begin - 14), begin).toLowerCase(Locale.ROOT).strip();
        for (String w : SAID) {
            if (after.startsWith(w + " ") || after.startsWith(w + ",") || after.startsWith(w + ".") || after.equals(w)
                    || before.endsWith(w) || before.endsWith(w + ",")) {
                return true;
            }
        }
        return false;
    }

    private boolean descriptorNear(String text, int begin, int end, Sentence s) {
        String before = text.substring(Math.max(s.begin(), begin - 40), begin).toLowerCase(Locale.ROOT);
        String[] words = before.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
            if (descriptors.containsIgnoreCase(words[i])) {
                return true;
            }
        }
        String after = text.substring(end, Math.min(s.end(), end + 30)).toLowerCase(Locale.ROOT);
        String[] next = after.replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
        for (int i = 0; i < Math.min(3, next.length); i++) {
            if (descriptors.containsIgnoreCase(next[i]) && !next[i].equals("app")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSuffix(List<Token> run) {
        return suffixes.contains(run.get(run.size() - 1).text().replaceAll("\\.$", ""));
    }

    private static String surface(String text, List<Token> tokens) {
        return text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}
