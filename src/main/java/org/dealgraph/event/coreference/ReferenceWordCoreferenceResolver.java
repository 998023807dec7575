package org.dealgraph.event.coreference;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.ClauseBoundaries;
import org.dealgraph.event.Party;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a missing subject by the words of the sentence before the trigger, in this order: a
 * party set off by a comma after the objects ("di bawah naungan ByteDance, TikTok, ..."; after an
 * adverbial opener, {@code adverbial-openers.txt}); a personal pronoun ({@code personal-pronouns.txt})
 * to the last person of the previous sentence; a definite description headed by a noun of {@code
 * description-nouns.txt} ("the Oslo-based insurer", {@code definite-articles.txt}; "maskapai tersebut",
 * {@code anaphora.txt}) to the organization that noun introduced before it, as last named; a reference word with a
 * demonstrative of {@code anaphora.txt} that opens the sentence ("Perusahaan tersebut") to the company, no public body, that
 * opens the sentence before; a reference
 * word ({@code reference.txt}) to the article's main organization, a company rather than a public body, as last named before
 * the trigger; a sentence that opens with a
 * multi-word trigger to the previous sentence's last party; a coordinated clause
 * ({@code clause-conjunctions.txt}) to the subject of the sentence's earlier relation; and, with no
 * party, no other subject ({@code determiners.txt}) and no other name (a capitalized word not in
 * {@code common-words.txt} or {@code function-words.txt}, not of the organization's own names or a person's, and
 * the clause's first word only right before the trigger) before a confident trigger, the article's dominant
 * organization as last named before it. Immutable and thread-safe.
 */
public final class ReferenceWordCoreferenceResolver implements CoreferenceResolver {
    private final ClauseBoundaries clauses;
    private final Pattern adverbialOpen;
    private final Pattern personal;
    private final Pattern reference;
    /**
     * A sentence's opening that is a possessive word alone ({@code possessives.txt}) right before the trigger: "Its " of "Its
     * backers include"; not "Their demands have been " of "backed by", whose object is the demands.
     */
    private final Pattern possessive;
    private final Pattern coordinatedClause;
    /**
     * A conjunction of clauses and a short adverbial at the end of the text before a cue ("and in 2022 ", "dan juga "), not after
     * a comma, which closes a list of nouns ("ekonomi, perdagangan, pariwisata, dan investasi").
     */
    private final Pattern coordinatedVerb;
    /** A word that marks a passive's agent ("by", "oleh"). */
    private final Pattern agentMarker;
    /** "But a judge has barred ...": the clause has a subject of its own, just not a named one. */
    private final Pattern otherSubject;
    /** Words the language writes in lower case ({@code common-words.txt}, {@code function-words.txt}), in lower case. */
    private final java.util.Set<String> commonWords;
    /** A definite description of an organization: "the Oslo-based insurer", "this carrier", "maskapai tersebut". */
    private final Pattern description;
    /** A description noun ({@code description-nouns.txt}), a description's head. */
    private final Pattern descriptionNoun;
    /** Lower-case words a descriptive noun may have between it and the name it describes ("startup logistik asal Surabaya, X"). */
    private final int wordsAfterNoun;

    /** A demonstrative of {@code anaphora.txt} ("tersebut", "itu", "this"), as a whole word. */
    private final Pattern demonstrative;
    /** Spaces and opening quotes or brackets only. */
    private static final Pattern OPENING_QUOTES = Pattern.compile("[\\s\"“‘'(]*");

    /** A word of a public body's name ({@code government-bodies.txt}: "Commission", "Komisi", "Kementerian"), anywhere in it. */
    private final Pattern publicBody;

    /**
     * The organization the article is about as a company: its main organization, or, where that is a public body (a word of
     * its name in {@code government-bodies.txt}), the most mentioned other organization, the first named of those mentioned
     * as often. "Komisi Pengawas Persaingan Usaha menjatuhkan denda kepada PT Tirta Alam Segar Tbk. Perseroan juga menyewa truk
     * dari ..." is the company's lease, not the regulator's (a fresh-user tester's finding: "perseroan" went to the regulator).
     * A body written by its acronym alone ("KPPU") holds no such word and is not told apart.
     */
    private Optional<Entity> company(org.dealgraph.event.salience.Focus focus) {
        if (focus.main().isEmpty() || !publicBody.matcher(focus.main().get().name()).find()) {
            return focus.main();
        }
        Entity best = null;
        for (Entity e : focus.organizations()) {
            if (!publicBody.matcher(e.name()).find() && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private ReferenceWordCoreferenceResolver(LanguageProfile profile) {
        this.publicBody = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + profile.alternation(LanguageProfile.File.GOVERNMENT_BODIES)
                + "(?![\\p{L}\\p{N}])");
        this.clauses = ClauseBoundaries.of(profile);
        this.adverbialOpen = Pattern.compile("(?i)^\\s*" + profile.alternation(LanguageProfile.File.ADVERBIAL_OPENERS) + "\\b");
        this.personal = profile.words(LanguageProfile.File.PERSONAL_PRONOUNS);
        this.reference = profile.words(LanguageProfile.File.REFERENCE);
        this.possessive = Pattern.compile("(?i)[\\s\"“]*" + profile.alternation(LanguageProfile.File.POSSESSIVES) + "\\s+");
        this.agentMarker = profile.words(LanguageProfile.File.AGENT_MARKERS);
        this.coordinatedVerb = Pattern.compile("(?<!,\\s{0,2})(?<![\\p{L}\\p{N}])(?i:" + profile.alternation(LanguageProfile.File.CLAUSE_CONJUNCTIONS)
                + ")" + adverbial(profile) + "\\s+$");
        this.coordinatedClause = Pattern.compile("(?i),\\s*" + profile.alternation(LanguageProfile.File.CLAUSE_CONJUNCTIONS) + "\\s+(?:\\w+\\s+){0,2}$");
        java.util.Set<String> common = new java.util.HashSet<>(profile.lowerCaseWords(LanguageProfile.File.COMMON_WORDS));
        common.addAll(profile.lowerCaseWords(LanguageProfile.File.FUNCTION_WORDS));
        this.commonWords = java.util.Set.copyOf(common);
        this.otherSubject = Pattern.compile("(?i)\\b" + profile.alternation(LanguageProfile.File.DETERMINERS) + "\\s+(?:[\\p{L}-]+\\s+){1,3}$");
        String nouns = profile.alternation(LanguageProfile.File.DESCRIPTION_NOUNS);
        this.descriptionNoun = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + nouns + "(?![\\p{L}\\p{N}])");
        List<String> forms = new java.util.ArrayList<>();
        if (!profile.entries(LanguageProfile.File.DEFINITE_ARTICLES).isEmpty()) {
            forms.add(profile.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + "\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}?" + nouns);
        }
        for (LanguageProfile.Flanking f : profile.flanking(LanguageProfile.File.ANAPHORA, "{T}", "the organization noun")) {
            forms.add(f.after() ? nouns + "(?:\\s+[\\p{Ll}-]+){0,3}?\\s+" + f.words() : f.words() + "\\s+(?:[\\p{L}-]+\\s+){0,3}?" + nouns);
        }
        this.description = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + LanguageProfile.alternation(forms) + "(?![\\p{L}\\p{N}])");
        List<String> demonstratives = profile.entries(LanguageProfile.File.ANAPHORA).stream().map(a -> a.replace("{T}", "").strip())
                .filter(a -> !a.isEmpty()).toList();
        this.demonstrative = demonstratives.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + LanguageProfile.alternation(demonstratives) + "(?![\\p{L}\\p{N}])");
        this.wordsAfterNoun = profile.descriptor().modifiersBefore() ? 0 : 2;
    }

    /** The resolver of one language's words. */
    public static ReferenceWordCoreferenceResolver of(LanguageProfile profile) {
        return new ReferenceWordCoreferenceResolver(profile);
    }

    /**
     * After a conjunction of clauses and before the second clause's verb, a short adverbial: at most three words in small
     * letters or numbers, none a determiner, definite article or possessive of the language ("in 2022", "juga", "last
     * year"; not "a house in", whose noun is the next verb's subject or object). A pattern fragment, each word with the space
     * before it.
     */
    public static String adverbial(LanguageProfile p) {
        return "(?:\\s+(?!(?i:" + p.alternation(LanguageProfile.File.DETERMINERS) + "|" + p.alternation(LanguageProfile.File.DEFINITE_ARTICLES)
                + "|" + p.alternation(LanguageProfile.File.POSSESSIVES) + ")(?![\\p{L}\\p{N}-]))(?:\\p{Ll}[\\p{L}-]*|\\d[\\d.,]*),?){0,3}";
    }

    @Override
    public Optional<Party> resolve(MissingSubject gap) {
        String text = gap.text();
        Sentence s = gap.sentence();
        int cb = gap.cueBegin();
        List<Party> parties = gap.parties();
        List<Party> previous = gap.previous();
        List<Party> right = gap.objects();
        Party lastObject = right.get(right.size() - 1);
        String opening = text.substring(s.begin(), cb);
        // "di bawah naungan ByteDance, TikTok, rutin ...", "Dengan menyewa layanan Azure, TikTok dapat ...":
        // the subject stands after the object, set off by a comma; not where a reference word before the cue is the subject ("The
        // Manchester-based company, which ..., competes with Lego, Mega Bloks maker Mattel and Hasbro": the next member of the
        // list is no subject; a fresh-user tester's finding)
        boolean referenceOpens = reference.matcher(opening).find();
        for (Party p : referenceOpens ? List.<Party>of() : parties) {
            if (p.begin() > lastObject.end() && p.entity() != lastObject.entity()) {
                String between = text.substring(lastObject.end(), p.begin());
                boolean apposition = between.strip().equals(",");
                boolean adverbial = adverbialOpen.matcher(opening).find() && between.contains(",") && between.length() < 60
                        && !clauses.crossedBy(between);
                if ((apposition || adverbial) && gap.kinds().contains(p.type())) {
                    return Optional.of(p);
                }
                break;
            }
        }
        // "he signed an executive order": the person of the sentence before
        if (personal.matcher(opening).find() && gap.kinds().contains(EntityType.PERSON)) {
            for (int i = previous.size() - 1; i >= 0; i--) {
                if (previous.get(i).type() == EntityType.PERSON) {
                    return Optional.of(previous.get(i));
                }
            }
        }
        // "the Oslo-based insurer", "maskapai tersebut": the organization introduced by that noun before ("Fjordvern, an
        // Oslo-based insurer", "insurer Fjordvern"), as last named; with none so introduced, a reference word's below
        Optional<Party> described = described(gap, opening);
        if (described.isPresent()) {
            return described;
        }
        // "Brightwall makes software for cloud workloads. Its backers include Index Ventures": a possessive that opens the
        // sentence stands for the organization that opens the sentence before (a fresh-user tester's finding: six such
        // sentences, each meaning that one, where the article's main company was another)
        // ("Their backers include": a plural, of more than one; with no company opening the sentence before, nothing is
        // borrowed: "In 2019, Nuvia Cloud was founded. Its backers include ..." is not the main company's; a verifier's finding)
        if (possessive.matcher(opening).matches() && reference.matcher(opening).find()) {
            return previousSubject(gap);
        }
        // "Perusahaan tersebut", "bank itu" opening the sentence: a reference with a demonstrative ({@code anaphora.txt}) points
        // back to the company that opens the sentence before, where one does ("Domba Nusantara Perkasa saat ini memelihara
        // ... Perusahaan tersebut dimiliki oleh ...": a fresh-user tester's finding, read the article's main company); with none,
        // the main one below
        java.util.regex.Matcher opens = reference.matcher(opening);
        if (opens.find() && OPENING_QUOTES.matcher(opening.substring(0, opens.start())).matches() && demonstrative.matcher(opens.group()).find()) {
            // (a company, not a public body: "Otoritas Jasa Keuangan memeriksa ... Perusahaan tersebut diakuisisi" is the company
            // named before the regulator; a verifier's finding)
            Optional<Party> before = previousSubject(gap).filter(p -> !publicBody.matcher(p.entity().name()).find());
            if (before.isPresent()) {
                return before;
            }
        }
        // "the company", "perseroan", "pihaknya": the organization the article is about, a company rather than a public body
        Optional<Entity> main = company(gap.focus());
        if (reference.matcher(opening).find() && main.isPresent()) {
            Entity m = main.get();
            if (gap.kinds().contains(m.type()) && right.stream().noneMatch(r -> r.entity() == m)) {
                Optional<Party> named = Party.namedBefore(m, cb);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        // a place or an outlet before the trigger, blanked in the text read here, is the clause's subject ("Kosovo signed an
        // agreement with ..."): it is no party, but no other is borrowed for it
        boolean placeBefore = !s.text().startsWith(opening);
        // a sentence that opens with the cue continues the previous one ("Bersaing dengan AWS ...")
        boolean phrase = gap.cueText().contains(" "); // "Bersaing dengan ...", not a bare "Rival ..."
        if (phrase && !placeBefore && opening.replaceAll("[\\s\"“”'‘’(]", "").isEmpty() && !previous.isEmpty()) {
            for (int i = previous.size() - 1; i >= 0; i--) {
                Party p = previous.get(i);
                if (gap.kinds().contains(p.type()) && right.stream().noneMatch(r -> r.entity() == p.entity())) {
                    return Optional.of(p);
                }
            }
        }
        // "X meneken kerja sama dengan Y, serta menandatangani ... dengan Z": the subject of the first clause
        if (coordinatedClause.matcher(opening).find() && gap.earlierSubject().isPresent()) {
            String key = gap.earlierSubject().get();
            Optional<Party> p = parties.stream().filter(q -> q.entity().key().equals(key) && gap.kinds().contains(q.type())).findFirst();
            if (p.isPresent() && right.stream().noneMatch(x -> x.entity() == p.get().entity())) {
                return p;
            }
        }
        // "Brennan Partners owns the brand Ridgeline Outfitters and in 2022 bought Coastwalk": a verb coordinated with the
        // first clause's has that clause's subject, the party that opens the sentence (a fresh-user tester's finding); not after
        // a passive ("Mutu, sacked by Chelsea and banned for seven months": Mutu is banned, bans no one)
        if (coordinatedVerb.matcher(opening).find() && !agentMarker.matcher(opening).find()) {
            Optional<Party> first = parties.stream().filter(p -> p.end() <= cb).findFirst();
            if (first.isPresent() && gap.kinds().contains(first.get().type())
                    && text.substring(s.begin(), first.get().begin()).replaceAll("[\\s\"“”'‘’(]", "").isEmpty()
                    && right.stream().noneMatch(r -> r.entity() == first.get().entity())) {
                return first;
            }
        }
        // no subject in the clause at all: the company the article is about, if it clearly dominates
        boolean partyBefore = parties.stream().anyMatch(p -> p.end() <= cb && gap.kinds().contains(p.type()));
        // "Skyline is a subsidiary of ...", "AJHS dimiliki oleh ...": a name the stages did not take as a party of the
        // relation's kinds (typed otherwise, or found as none) is the clause's subject, not the article's dominant company
        if (!partyBefore && !placeBefore && gap.strongCue() && gap.focus().dominant().isPresent()
                && !otherSubject.matcher(opening).find() && !namedWord(opening, ownWords(gap.focus().dominant().get(), parties))) {
            Entity d = gap.focus().dominant().get();
            if (gap.kinds().contains(d.type()) && right.stream().noneMatch(r -> r.entity() == d)) {
                return Party.namedBefore(d, cb);
            }
        }
        return Optional.empty();
    }

    /**
     * The organization a definite description in {@code opening} refers back to: of those introduced before it by the
     * description's head noun, right before a name of theirs ("Danish carrier Nordhavn", "startup logistik asal Surabaya,
     * KirimCepat") or in an apposition right after one ("Baltic Reefer, a Tallinn-based operator of ..."), the one named last.
     */
    private Optional<Party> described(MissingSubject gap, String opening) {
        if (!gap.kinds().contains(EntityType.ORGANIZATION)) {
            return Optional.empty();
        }
        java.util.regex.Matcher d = description.matcher(opening);
        int at = -1;
        String phrase = null;
        while (d.find()) {
            at = d.start();
            phrase = d.group();
        }
        if (phrase == null) {
            return Optional.empty();
        }
        String noun = null;
        java.util.regex.Matcher n = descriptionNoun.matcher(phrase);
        while (n.find()) {
            noun = n.group();
        }
        if (noun == null) {
            return Optional.empty();
        }
        int begin = gap.sentence().begin() + at;
        String text = gap.text();
        String head = "(?<![\\p{L}\\p{N}])" + Pattern.quote(noun).replace(" ", "\\E\\s+\\Q");
        // in the name's own sentence: no line break between ("Automaker" of a headline is no description of the body's first name)
        Pattern before = Pattern.compile("(?i)" + head + "(?:[ \\t]+[\\p{Ll}-]+){0," + wordsAfterNoun + "}?[ \\t,]*$");
        Pattern after = Pattern.compile("(?i)^\\s*,\\s*(?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?" + head + "(?![\\p{L}\\p{N}])");
        Entity best = null;
        int bestAt = -1;
        for (Entity e : gap.focus().organizations()) {
            boolean introduced = false;
            int last = -1;
            for (org.dealgraph.mention.Mention m : e.mentions()) {
                if (m.end() > begin) {
                    continue;
                }
                last = Math.max(last, m.begin());
                introduced = introduced || before.matcher(text.substring(Math.max(0, m.begin() - 60), m.begin())).find()
                        || after.matcher(text.substring(m.end(), Math.min(begin, m.end() + 90))).find();
            }
            if (introduced && last > bestAt) {
                best = e;
                bestAt = last;
            }
        }
        Entity found = best;
        if (found == null || gap.objects().stream().anyMatch(r -> r.entity() == found)) {
            return Optional.empty();
        }
        return Party.namedBefore(found, gap.cueBegin());
    }

    /** Where a sentence ends, and at most one word of the next before its first name ("The"). */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?s)(?:^|.*(?:[.!?][\"”’)]*\\s+|\\n))\\s*(?:\\S+\\s+)?");

    /**
     * The previous sentence's first party, where it is an organization of the subject's kinds that opens that sentence (at most
     * one word before it) and is none of the objects: "Coastlink's board had recommended the offer", "Biffa, which was taken
     * private in 2022, collects waste".
     */
    private static Optional<Party> previousSubject(MissingSubject gap) {
        if (gap.previous().isEmpty()) {
            return Optional.empty();
        }
        Party p = gap.previous().get(0);
        String before = gap.text().substring(Math.max(0, p.begin() - 60), p.begin());
        if (!gap.kinds().contains(p.type()) || p.type() != EntityType.ORGANIZATION || !SENTENCE_OPENING.matcher(before).matches()
                || gap.objects().stream().anyMatch(r -> r.entity() == p.entity())) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&'’-]*");

    /**
     * Whether {@code opening} holds a capitalized word the language does not write in lower case and that is no word of
     * {@code own}, the dominant company's names: another name ("Program Lelang Raya Poin bekerja sama ..." names a programme
     * of Bank Raya's, so Bank Raya may still be its subject).
     */
    private boolean namedWord(String opening, java.util.Set<String> own) {
        // the clause's first word counts only right before the trigger ("Skyline is a subsidiary of", "AJHS dimiliki oleh"):
        // further off it is a capitalized common noun or the subject of another verb ("Pendapatan bunga bersih bank milik
        // SMBC ...", "Wiyono merinci ... kemitraan dengan TAIS")
        boolean firstCounts = opening.strip().split("\\s+").length <= 2;
        java.util.regex.Matcher m = CAPITALIZED.matcher(opening);
        boolean first = true;
        while (m.find()) {
            boolean isFirst = first && opening.substring(0, m.start()).isBlank();
            first = false;
            String word = m.group().toLowerCase(java.util.Locale.ROOT);
            if ((!isFirst || firstCounts) && !commonWords.contains(word) && !own.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The words that name no other subject: the dominant company's own names' and each person's of the sentence (a speaker). */
    private static java.util.Set<String> ownWords(Entity dominant, List<Party> parties) {
        java.util.Set<String> own = words(dominant);
        parties.stream().filter(p -> p.type() == EntityType.PERSON).forEach(p -> own.addAll(words(p.entity())));
        return own;
    }

    /** The words of an entity's name and aliases, in lower case. */
    private static java.util.Set<String> words(Entity e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .forEach(n -> out.addAll(java.util.Arrays.asList(n.toLowerCase(java.util.Locale.ROOT).split("[\\s,.()]+"))));
        return out;
    }
}
