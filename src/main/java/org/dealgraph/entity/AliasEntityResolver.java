package org.dealgraph.entity;

import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves mentions by the ways news re-names an entity within one article:
 * <ul>
 *   <li>the gazetteer entry they matched;</li>
 *   <li>the same name up to case, legal form and possessive ("PT Pradiksi Gunatama Tbk" and
 *       "Pradiksi Gunatama");</li>
 *   <li>a name in brackets after another ("China Unicom Americas (CUA)", "(PGUN)"), and an
 *       acronym of a longer name;</li>
 *   <li>a short form that opens a longer organization name ("Sony" for "Sony Music
 *       Entertainment"), also where the trained name finder guessed the one word a person's name ("Orvane" of
 *       "Orvane Systems Inc") and no person of the article bears it, or a person's name of two words or more opens a name
 *       written with a legal form ("Senyum Sehat" of "PT Senyum Sehat Indonesia"), and a surname, given name or, of a name of three
 *       words or more, middle name for a person (also in a headline in capitals, where the text writes it in small
 *       letters too: "JACOBS" of Irwin Jacobs);</li>
 *   <li>a known body's name with its country written before it ("U.S. Federal Trade Commission").</li>
 * </ul>
 * A name that opens a longer one is the whole organization, not a short form of a part of it, where it
 * carries a legal form of its own ("Amoco Corp" is the parent of "Amoco Chemical Co") or where the
 * longer name's added words hold a part noun of the article's language ({@code part-nouns.txt}:
 * "Marlow Exchange" of "Marlow Exchange Listing Committee", "Bank Sentosa" of "Bank Sentosa Cabang
 * Medan"). Both rules come from the hand check of the corpora store (README, "One node per company
 * and per deal"), where such parents were put on their units' nodes. So does a name that a line of
 * business follows in the longer one ({@code business-lines.txt}: "BCA" of "BCA Syariah", "HSBC" of
 * "HSBC Life"): the group's parent, not its unit (a tester's "Allianz agreed to buy HSBC Life from HSBC").
 * An entity's key is its gazetteer id, or a slug of its canonical name, so the same company in
 * two articles is one node.
 */
public final class AliasEntityResolver implements EntityResolver {
    /**
     * Words a name is compared without: every bundled language's legal forms
     * ({@code data/lang/<code>/legal-forms.tsv}, lower case) and the generic heads below. Bundled,
     * not a user's: names compare alike in every store.
     */
    private static final Set<String> LEGAL = legalWords();
    /** A ticker that holds digits: an exchange suffix, or digits (and one letter) alone. */
    private static final Pattern TICKER_WITH_DIGITS = Pattern.compile("[A-Z0-9]+\\.[A-Z]{1,3}|\\d+\\p{Lu}?");
    /** A bracketed word right after a name, perhaps after the period of its legal form ("PT Keramik Sinar Jaya Tbk. (KSJA)"). */
    private static final Pattern BRACKETED = Pattern.compile("^\\.?\\s*[(<\\[]\\s*([A-Z][A-Za-z0-9&.\\-]{1,9})\\s*[)>\\]]");

    private final Gazetteer gazetteer;
    /** Per language, the part nouns ({@code part-nouns.txt}) as one whole-word pattern. */
    private final Map<org.dealgraph.text.Language, Pattern> partNouns;

    /** The legal forms that open a company's name, and those that end one and are never anything else ({@code legal-forms.tsv}). */
    private final Set<String> openingForms;
    private final Set<String> endingForms;
    /** Every language's lines of business ({@code business-lines.txt}): "BCA" is no short form of "BCA Syariah". */
    private final Pattern businessLines;

    /** Whether a name is written with a legal form: one that opens it ("PT"), or one that ends it and is never anything else ("Tbk"). */
    private boolean legalNamed(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length > 1 && (openingForms.contains(w[0].replaceAll("\\.$", ""))
                || endingForms.contains(w[w.length - 1].replaceAll("\\.$", "")));
    }

    /** A name as written, its spaces and apostrophes made plain ("McDonald’s" is "McDonald's"). */
    private static String asWritten(String name) {
        return name.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static Set<String> legalWords() {
        Set<String> out = new java.util.HashSet<>(Set.of("the", "company", "group", "holdings", "holding"));
        for (boolean prefix : new boolean[] {true, false}) {
            for (String form : org.dealgraph.text.LanguageProfiles.bundled().legalForms(prefix)) {
                out.add(form.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** A resolver over a gazetteer, with the bundled languages' part nouns. */
    public AliasEntityResolver(Gazetteer gazetteer) {
        this(gazetteer, org.dealgraph.text.LanguageProfiles.bundled());
    }

    /** A resolver over a gazetteer, with the part nouns ({@code part-nouns.txt}) of the given languages. */
    public AliasEntityResolver(Gazetteer gazetteer, org.dealgraph.text.LanguageProfiles profiles) {
        this.gazetteer = gazetteer;
        this.partNouns = profiles.perLanguage(p -> p.words(org.dealgraph.text.LanguageProfile.File.PART_NOUNS));
        this.openingForms = profiles.legalForms(true);
        this.endingForms = profiles.nameEndingLegalForms();
        this.businessLines = profiles.businessLines();
    }

    @Override
    public List<Entity> resolve(AnalyzedText analyzed, List<Mention> mentions) {
        String text = analyzed.text();
        Pattern parts = partNouns.getOrDefault(analyzed.language(), Pattern.compile("(?!)"));
        List<Mention> sorted = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            sorted.add(listedWithoutLegalForm(m));
        }
        sorted.sort(Comparator.comparingInt(Mention::begin));
        shortFormsAsPlaces(text, sorted);
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byEntry = new LinkedHashMap<>();
        Map<String, Group> byNorm = new LinkedHashMap<>();
        Map<String, Group> byWords = new LinkedHashMap<>();
        // 1. gazetteer entries and exact normalized names; longest names first so short forms find them
        List<Mention> longestFirst = new ArrayList<>(sorted);
        longestFirst.sort(Comparator.comparing((Mention m) -> m.entryId().isEmpty())
                .thenComparing(Comparator.comparingInt((Mention m) -> compared(m.text(), m.type()).length()).reversed())
                .thenComparingInt(Mention::begin));
        Map<Mention, Group> assigned = new LinkedHashMap<>();
        // the names the article writes in small letters too: one of them in capitals is a word of a headline or wire text in
        // capitals ("BORG-WARNER TELLS OF TALKS WITH JACOBS"), no acronym
        Set<String> writtenInCase = new java.util.HashSet<>();
        for (Mention m : sorted) {
            if (!m.text().equals(m.text().toUpperCase(Locale.ROOT))) {
                writtenInCase.add(norm(m.text()));
            }
        }
        for (Mention m : longestFirst) {
            Group g = null;
            if (!m.entryId().isEmpty()) {
                g = byEntry.get(m.entryId());
            }
            if (g == null) {
                g = byNorm.get(compared(m.text(), m.type()));
                if (g == null) {
                    // the same words as a product's name, legal forms and all ("iPhone SE" once typed an organization)
                    g = byWords.get(compared(m.text(), EntityType.PRODUCT));
                }
                if (g != null && !compatible(g.type(), m.type())) {
                    g = null;
                }
            }
            Mention kept = m;
            if (g != null && m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && g.mentions.stream()
                    .anyMatch(o -> o.type() == EntityType.PERSON && norm(o.text()).equals(norm(m.text())))
                    && g.mentions.stream().anyMatch(o -> o.type() == EntityType.PERSON && norm(o.text()).contains(" "))) {
                // the same word as one retyped a person's name below ("Jacobs" after "JACOBS" of Irwin Jacobs): the person's too
                kept = new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, m.entryId(), m.finder(), m.confidence());
            }
            if (g == null && m.entryId().isEmpty()) {
                g = shortFormOf(m, groups, parts, businessLines, writtenInCase, w -> !gazetteer.lookup(w).isEmpty());
                if (g != null && m.type() == EntityType.PERSON && g.type() == EntityType.ORGANIZATION) {
                    // the name finder's guess of a person, shortening an organization's name: the organization's
                    kept = new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence());
                } else if (g != null && m.type() == EntityType.ORGANIZATION && g.type() == EntityType.PERSON) {
                    // a person's surname or given name the finders typed an organization: the person's
                    kept = new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, m.entryId(), m.finder(), m.confidence());
                }
            }
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            if (kept != m) {
                // the retyped mention stands for the found one from here on, so no later step moves the other into a group too
                sorted.set(sorted.indexOf(m), kept);
            }
            g.add(kept);
            assigned.put(kept, g);
            if (!m.entryId().isEmpty()) {
                byEntry.putIfAbsent(m.entryId(), g);
            }
            // compared as the group's type: a mention typed an organization in a product's group keeps the product's words
            byNorm.putIfAbsent(compared(m.text(), g.type()), g);
            byWords.putIfAbsent(compared(m.text(), EntityType.PRODUCT), g);
        }
        // 2. bracketed acronyms and tickers right after a name: "China Unicom Americas (CUA)"
        for (Mention m : sorted) {
            Matcher b = BRACKETED.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            // a person's bracketed acronym is theirs only as their initials ("Susilo Bambang Yudhoyono (SBY)"), and a word
            // only as their nickname ("Basuki Tjahaja Purnama (Ahok)"); another is what they belong to ("Phil Fear (WRU)")
            // after a legal form's period, a known name in brackets is no short form ("Acme Holdings Inc. (NYSE)": a verifier's
            // finding)
            if (b.find() && !(b.group().startsWith(".") && !gazetteer.lookup(b.group(1)).isEmpty())
                    && (m.type() == EntityType.PERSON
                            ? initials(m.text()).equals(b.group(1)) || nickname(b.group(1), m, m.end() + b.end(), sorted)
                            : abbreviates(b.group(1), m.text()))) {
                String acronym = b.group(1);
                Group target = assigned.get(m);
                Group known = target == null || target.hasEntry() || m.type() == EntityType.PERSON ? null : sorted.stream()
                        .filter(o -> o.text().equals(acronym) && !o.entryId().isEmpty() && assigned.get(o) != null && assigned.get(o) != target)
                        .map(assigned::get).findFirst().orElse(null);
                if (known != null) {
                    // "PT Telekomunikasi Indonesia Tbk (Telkom)" with Telkom known: the long name is the known company's
                    for (Mention x : target.mentions) {
                        assigned.put(x, known);
                    }
                    known.absorb(target);
                    continue;
                }
                for (Mention other : sorted) {
                    if (other.text().equals(acronym) && assigned.get(other) != target && other.entryId().isEmpty()) {
                        Group from = assigned.get(other);
                        from.remove(other);
                        target.add(other);
                        assigned.put(other, target);
                    }
                }
                target.addAcronym(acronym);
            }
        }
        // 2b. a ticker in exchange context right after a name, "Quarn (NYSE: QRN)": a name of the company, not the
        // exchange's and the ticker's own names
        for (Mention m : sorted) {
            Matcher t = org.dealgraph.mention.ExchangeTickers.AFTER_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
            if (!t.lookingAt() || m.type() != EntityType.ORGANIZATION || !assigned.containsKey(m)) {
                continue;
            }
            int begin = m.end() + t.start(1);
            int end = m.end() + t.end(1);
            for (Mention inside : sorted) {
                if (inside.begin() >= begin && inside.end() <= end && assigned.containsKey(inside)) {
                    assigned.remove(inside).remove(inside);
                }
            }
            Mention ticker = new Mention(begin, end, text.substring(begin, end), m.type(), "", m.finder(), m.confidence());
            assigned.get(m).add(ticker);
            assigned.put(ticker, assigned.get(m));
        }
        groups.removeIf(g -> g.mentions.isEmpty());
        // 3. acronyms of longer names in the same article
        for (Group g : new ArrayList<>(groups)) {
            String only = g.single();
            if (only == null || !only.matches("[A-Z]{2,6}") || g.hasEntry()) {
                continue;
            }
            for (Group other : groups) {
                if (other != g && other.names().stream().anyMatch(n -> initials(n).equals(only))) {
                    other.absorb(g);
                    break;
                }
            }
        }
        groups.removeIf(g -> g.mentions.isEmpty());
        // 4. a known short name after a longer one it opens: "Sony Music Entertainment ... Sony"
        for (Group g : new ArrayList<>(groups)) {
            if (g.mentions.isEmpty() || g.type() != EntityType.ORGANIZATION || g.names().size() != 1) {
                continue;
            }
            String[] words = norm(g.names().get(0)).split(" ");
            int first = g.firstBegin();
            Group longer = null;
            int candidates = 0;
            for (Group other : groups) {
                if (other != g && !other.mentions.isEmpty() && other.type() == EntityType.ORGANIZATION && other.firstBegin() < first
                        && other.names().stream().anyMatch(n -> {
                            String[] full = norm(n).split(" ");
                            // but not "AOL" into "AOL Europe": a regional unit is not its parent
                            return full.length > words.length && startsWith(full, words) && !regional(n, words.length)
                                    && !ownOrganization(g.names().get(0), n, words.length, parts, businessLines);
                        })) {
                    longer = other;
                    candidates++;
                }
            }
            if (candidates == 1) {
                longer.absorb(g);
            }
        }
        groups.removeIf(g -> g.mentions.isEmpty());
        List<Entity> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(g.toEntity(gazetteer, this::legalNamed));
        }
        return out;
    }

    /**
     * The mention tied to the gazetteer's entry when its name, without the legal forms around it, is
     * exactly one organization the gazetteer lists ("PT Astra International Tbk" is Astra International,
     * "PT Indofood Sukses Makmur Tbk" Indofood), or, without a country written before it, exactly one such organization of
     * two words or more ("U.S. Federal Trade Commission" is the Federal Trade Commission); otherwise the mention as it is. A
     * name with more words than the entry ("PT Mitra Teh Nusantara") is not the entry.
     */
    private Mention listedWithoutLegalForm(Mention m) {
        if (!m.entryId().isEmpty() || m.type() != EntityType.ORGANIZATION) {
            return m;
        }
        String[] words = m.text().split("\\s+");
        int from = 0;
        int to = words.length;
        while (from < to && LEGAL.contains(words[from].replaceAll("\\.$", "").toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (to > from && LEGAL.contains(words[to - 1].replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT))) {
            to--; // "Hyundai Motor Co., Ltd": two forms, a comma between
        }
        if (from == to) {
            return m;
        }
        if (from == 0 && to == words.length) {
            // a country before a known body's name of two words or more is where the body is, not another body: "U.S. Federal Trade
            // Commission" is the Federal Trade Commission (a tester's finding, W6)
            if (to - from < 3 || gazetteer.lookup(words[0]).stream().noneMatch(e -> e.type() == EntityType.PLACE)) {
                return m;
            }
            from = 1;
        }
        List<GazetteerEntry> found = gazetteer.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, from, to))).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        if (found.size() != 1) {
            return m;
        }
        return new Mention(m.begin(), m.end(), m.text(), m.type(), found.get(0).id(), m.finder(), m.confidence());
    }

    /**
     * The group whose longer name this mention shortens, if exactly one fits. A company's name that a line of business
     * follows in the longer one ({@code business-lines.txt}: "BCA" of "BCA Syariah", "HSBC" of "HSBC Life") is the
     * group's parent, not a short form of its unit.
     */
    private static Group shortFormOf(Mention m, List<Group> groups, Pattern parts, Pattern businessLines, Set<String> writtenInCase,
                                     java.util.function.Predicate<String> listed) {
        String[] words = norm(m.text()).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        Group found = null;
        for (Group g : groups) {
            for (Mention other : g.mentions) {
                String[] full = norm(other.text()).split(" ");
                if (full.length <= words.length) {
                    continue;
                }
                boolean fits;
                if (other.type() == EntityType.PERSON) {
                    // a surname (or given name) of a person named in full; a place's name is none ("in Kent" and "Kent Hunt")
                    // a one word typed an organization on no gazetteer entry and no legal form ("Redstone" after "Sumner
                    // Redstone", "Mikha" after "Mikha Tambayong") is the person's too
                    boolean unlistedOrganization = m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && !hasLegalForm(m.text())
                            && (!m.text().equals(m.text().toUpperCase(Locale.ROOT)) || writtenInCase.contains(words[0]));
                    // a middle name of a name of three words or more is a name the person goes by too ("Mikha" of "Maudy
                    // Mikha Maria Tambayong")
                    boolean middle = full.length >= 3 && java.util.Arrays.asList(full).subList(1, full.length - 1).contains(words[0]);
                    fits = (m.type() == EntityType.PERSON || m.confidence() <= 0.5 && m.type() != EntityType.PLACE || unlistedOrganization)
                            && words.length == 1 && (words[0].equals(full[full.length - 1]) || words[0].equals(full[0]) || middle);
                } else {
                    // a name before a product's model number or code is its maker's, not the product's short form ("Rover" of
                    // "Rover 25", "Nokia" of "Nokia 1", "Canon" of "Canon EOS 6D")
                    boolean maker = other.type() == EntityType.PRODUCT && m.type() != EntityType.PRODUCT
                            && java.util.Arrays.stream(full, words.length, full.length).anyMatch(w -> w.chars().anyMatch(Character::isDigit));
                    // a product's model is another model, not the short form of a longer one ("iPhone 7" of "iPhone 7 Plus",
                    // "PlayStation 4" of "PlayStation 4 Pro")
                    boolean model = other.type() == EntityType.PRODUCT && m.type() == EntityType.PRODUCT
                            && (m.text().chars().anyMatch(Character::isDigit) || full[words.length].chars().anyMatch(Character::isDigit));
                    // a one-word name the trained name finder guessed a person (found by it, or by the rules on capitals alone) opens an organization's name of the article:
                    // its short form ("Orvane agrees to buy Brindle Health" over "Orvane Systems Inc"), unless a person of the
                    // article bears the word too (then it fits both, and is left alone)
                    boolean guessedPerson = m.type() == EntityType.PERSON && words.length == 1 && other.type() == EntityType.ORGANIZATION
                            && (m.finder().equals(org.dealgraph.mention.NameFinderMentionFinder.NAME)
                            || m.confidence() <= org.dealgraph.mention.MentionFinder.UNSUPPORTED); // or the rules' name on its capitals alone, the model's type
                    // a person's name of two words or more that opens a company's name written with a legal form is its short form
                    // ("Senyum Sehat" of "PT Senyum Sehat Indonesia": a fresh-user tester's finding, where the short form was a
                    // person and every deal of the company went elsewhere)
                    guessedPerson |= m.type() == EntityType.PERSON && words.length >= 2 && other.type() == EntityType.ORGANIZATION
                            && hasLegalForm(other.text());
                    // a place is no short form of a name it opens ("Madinah" of "Madinah Almunawaroh Development Authority", "Qatar"
                    // of "Qatar Airways")
                    // an organization's name of two words or more that ends a company's name written with a legal form, all but its
                    // first word, is its short form too: Indonesian news drops a leading word of what the company does ("Sinar Jaya"
                    // of "PT Keramik Sinar Jaya Tbk.", 'ceramics'; a fresh-user tester's finding, where the short form was a company
                    // of its own)
                    // ... but not where the first word is a known name of its own, a partner's in a joint venture's name ("Daihatsu
                    // Motor" of "PT Astra Daihatsu Motor": a verifier's finding), nor where the short form is known itself
                    boolean tail = m.type() == EntityType.ORGANIZATION && other.type() == EntityType.ORGANIZATION && words.length >= 2
                            && full.length == words.length + 1 && hasLegalForm(other.text())
                            && java.util.Arrays.equals(full, 1, full.length, words, 0, words.length)
                            && !listed.test(full[0]) && !listed.test(m.text());
                    fits = (m.type() != EntityType.PERSON || guessedPerson) && m.type() != EntityType.PLACE && other.type() != EntityType.PLACE
                            && (startsWith(full, words) || tail) && !maker && !model
                            && !ownOrganization(m.text(), other.text(), words.length, parts, businessLines);
                }
                if (fits) {
                    if (found != null && found != g) {
                        return null; // ambiguous: "Sumitomo" with two Sumitomo companies
                    }
                    found = g;
                }
            }
        }
        return found;
    }

    /**
     * Whether a bracketed word after a name can be its short form: a word in capitals (an acronym or a
     * ticker: "ZCA", "GIAA"), a ticker with digits as exchanges write them ("BBCA.JK", "0700.HK",
     * "7203", "3M"; not a model code such as "GP16", which names what the name rides or sells), or a word whose letters are the
     * name's in order from the start of one of its words ("Telkom" of "PT Telekomunikasi Indonesia"),
     * or that begins as one of its words does ("Sritex" of "PT Sri Rejeki Isman"). A plain word that
     * shares nothing with the name is what the name belongs to: a player's club ("Edwards
     * (Wolves)"), a politician's party ("Hartley (Labour)").
     */
    static boolean abbreviates(String bracketed, String name) {
        if (bracketed.chars().anyMatch(Character::isDigit)) {
            return TICKER_WITH_DIGITS.matcher(bracketed).matches();
        }
        long capitals = bracketed.chars().filter(Character::isUpperCase).count();
        if (capitals >= 2) {
            return true;
        }
        String word = bracketed.toLowerCase(Locale.ROOT);
        String letters = name.toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        for (int from = 0; from < letters.length(); from++) {
            boolean wordStart = from == 0 || !Character.isLetterOrDigit(letters.charAt(from - 1));
            if (!wordStart || letters.charAt(from) != word.charAt(0)) {
                continue;
            }
            int prefix = Math.min(3, word.length());
            if (letters.startsWith(word.substring(0, prefix), from) && prefix == 3) {
                return true;
            }
            int at = from;
            boolean all = true;
            for (char c : word.toCharArray()) {
                at = letters.indexOf(c, at);
                if (at < 0) {
                    all = false;
                    break;
                }
                at++;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name that opens a longer one ({@code prefixWords} words of the longer name as compared) names an
     * organization of its own rather than the longer name's short form: the whole organization ({@link #wholeOfPart}),
     * or the group's parent, where a line of business follows it in the longer name ({@code business-lines.txt}: "BCA" of
     * "BCA Syariah", "HSBC" of "HSBC Life").
     */
    private static boolean ownOrganization(String shortName, String longName, int prefixWords, Pattern parts, Pattern businessLines) {
        String[] full = norm(longName).split(" ");
        return full.length > prefixWords && businessLines.matcher(full[prefixWords]).matches()
                || wholeOfPart(shortName, longName, prefixWords, parts);
    }

    /**
     * Whether a name that opens a longer one ({@code prefixWords} words of the longer name as compared) names the
     * whole organization rather than the longer name's short form: it carries a legal form of its own ("Amoco Corp",
     * "Sinar Mas Group"), or the longer name's added words hold a part noun ("Listing Committee", "Cabang Medan") and the
     * longer name has no legal form (a company's own name may hold such a word: "Marlow Office Supplies Inc").
     */
    static boolean wholeOfPart(String shortName, String longName, int prefixWords, Pattern parts) {
        if (hasLegalForm(shortName)) {
            return true;
        }
        String[] full = norm(longName).split(" ");
        if (full.length <= prefixWords || hasLegalForm(longName)) {
            return false;
        }
        return parts.matcher(String.join(" ", java.util.Arrays.copyOfRange(full, prefixWords, full.length))).find();
    }

    /** Whether a name as written holds a legal form or a generic head ("Corp", "PT", "Group"; "the" aside). */
    private static boolean hasLegalForm(String name) {
        for (String w : NON_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.equals("the") && LEGAL.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean regional(String longName, int prefixWords) {
        String[] words = longName.split("\\s+");
        if (words.length <= prefixWords) {
            return false;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, prefixWords, words.length));
        return gazetteer.lookup(rest).stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    /** Two capitalized names joined by an ampersand: a firm's name, never a person's. */
    private static final Pattern AMPERSAND_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s*&\\s*\\p{Lu}");

    private static boolean startsWith(String[] full, String[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (!full[i].equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** A plain capitalized word: a nickname's shape ("Ahok", "Sano"), not an acronym's. */
    private static final Pattern NICKNAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

    /**
     * Whether a bracketed word right after a person's name of two words or more is their nickname, as Indonesian news
     * writes one ("Basuki Tjahaja Purnama (Ahok)", "Bijaksana Junerosano (Sano)"): a plain capitalized word the
     * gazetteer does not know that opens or ends one of the name's words, or that the article names as a person
     * wherever it writes it alone and never inside another person's name; never a word the article writes alone as
     * another kind of name. A club or party in brackets ("Hartley (Labour)") is none: it is no person's name.
     */
    private boolean nickname(String bracketed, Mention person, int bracketEnd, List<Mention> mentions) {
        String[] words = person.text().split("\\s+");
        if (words.length < 2 || !NICKNAME.matcher(bracketed).matches() || !gazetteer.lookup(bracketed).isEmpty()) {
            return false;
        }
        for (Mention o : mentions) {
            if (o.text().equals(bracketed) && o.type() != EntityType.PERSON && (o.begin() < person.end() || o.begin() >= bracketEnd)) {
                return false; // "Hendra Kurniasejati (Sejati) ... Sejati bermitra dengan ...": the company he heads (a verifier's finding)
            }
        }
        String nick = bracketed.toLowerCase(Locale.ROOT);
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!w.equals(nick) && (w.startsWith(nick) || w.endsWith(nick))) {
                return true;
            }
        }
        boolean alone = false;
        for (Mention o : mentions) {
            if (o.text().equals(bracketed) && (o.begin() < person.end() || o.begin() >= bracketEnd)) {
                if (o.type() != EntityType.PERSON) {
                    return false;
                }
                alone = true;
            } else if (o != person && o.type() == EntityType.PERSON && !o.text().equals(bracketed)
                    && java.util.Arrays.asList(o.text().split("\\s+")).contains(bracketed)) {
                return false;
            }
        }
        return alone;
    }

    /** The genitive's ending right after a name: "'s". */
    private static final Pattern POSSESSOR_AFTER = Pattern.compile("['’]s(?![\\p{L}\\p{N}])");

    /**
     * A place in the genitive the rules typed on the word alone, no gazetteer entry, that is the first word of an
     * organization's name of two words or more in the article, is that organization's short form ("Glenardoch Distillers
     * ... Glenardoch's chief executive": a fresh-user tester's finding, where "Glenardoch" was a place and its company's
     * facts were lost); not without the genitive ("Madinah" of "Madinah Almunawaroh Development Authority" stays the city),
     * nor a first word the gazetteer knows or a legal form. Replaced in {@code sorted}.
     */
    private void shortFormsAsPlaces(String text, List<Mention> sorted) {
        Set<String> openers = new java.util.HashSet<>();
        for (Mention m : sorted) {
            int space = m.text().indexOf(' ');
            if (m.type() == EntityType.ORGANIZATION && space > 0) {
                String first = m.text().substring(0, space);
                if (!LEGAL.contains(first.toLowerCase(Locale.ROOT)) && gazetteer.lookup(first).isEmpty()) {
                    openers.add(first);
                }
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.type() == EntityType.PLACE && m.entryId().isEmpty() && openers.contains(m.text())
                    && POSSESSOR_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                sorted.set(i, new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, "", m.finder(), m.confidence()));
            }
        }
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a.canBeParty() && b.canBeParty();
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !LEGAL.contains(w.toLowerCase(Locale.ROOT))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b|-nya\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> NORMS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A name as compared: accents, case, punctuation, possessives and legal forms removed.
     * Design decision: memoized in a bounded concurrent map, since the same names recur across
     * articles and this was the resolver's main cost; a pure function's cache changes no result.
     */
    public static String norm(String name) {
        if (NORMS.size() > 200_000) {
            NORMS.clear();
        }
        return NORMS.computeIfAbsent(name, AliasEntityResolver::computeNorm);
    }

    private static String computeNorm(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String w : NON_WORD.split(s)) {
            if (!w.isEmpty() && !LEGAL.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.toString();
    }

    static String slug(String name) {
        String n = norm(name);
        return n.isEmpty() ? bare(name) : n.replace(' ', '-');
    }

    /**
     * The key of a name made of legal forms alone ("Holdings Inc", left of "November Holdings Inc" where the month was not
     * read as part of the name): its own words, so two such names stay two entities (all were one, "x": a break-it
     * tester's finding); "x" only for a name with no letter or digit.
     */
    private static String bare(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        String n = String.join("-", Arrays.stream(NON_WORD.split(s)).filter(w -> !w.isEmpty()).toList());
        return n.isEmpty() ? "x" : n;
    }

    /**
     * A name as compared for an entity of the given type: a product's keeps the words that are legal forms in a
     * company's name, since there they tell one model from another ("iPhone SE" is not "iPhone", "Galaxy Tab S" not
     * "Galaxy Tab"); every other type's is {@link #norm}.
     */
    static String compared(String name, EntityType type) {
        if (type != EntityType.PRODUCT) {
            return norm(name);
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return String.join(" ", Arrays.stream(NON_WORD.split(POSSESSIVE.matcher(s).replaceAll("")))
                .filter(w -> !w.isEmpty() && !w.equals("the")).toList());
    }

    /** The key of an entity of the given type named so: its {@link #compared} name, words joined by hyphens. */
    static String slug(String name, EntityType type) {
        String n = compared(name, type);
        return n.isEmpty() ? bare(name) : n.replace(' ', '-');
    }

    private static final class Group {
        private final List<Mention> mentions = new ArrayList<>();
        private final List<String> acronyms = new ArrayList<>();

        void add(Mention m) {
            mentions.add(m);
        }

        void remove(Mention m) {
            mentions.remove(m);
        }

        void absorb(Group other) {
            mentions.addAll(other.mentions);
            other.mentions.clear();
        }

        void addAcronym(String a) {
            acronyms.add(a);
        }

        int firstBegin() {
            return mentions.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
        }

        boolean hasEntry() {
            return mentions.stream().anyMatch(m -> !m.entryId().isEmpty());
        }

        String single() {
            List<String> names = names();
            return names.size() == 1 ? names.get(0) : null;
        }

        List<String> names() {
            return mentions.stream().map(Mention::text).distinct().toList();
        }

        EntityType type() {
            return bestMention().type();
        }

        private Mention bestMention() {
            return mentions.stream().max(Comparator.comparing((Mention m) -> !m.entryId().isEmpty())
                    .thenComparingDouble(Mention::confidence)
                    .thenComparingInt(m -> norm(m.text()).length())).orElseThrow();
        }

        /** The fullest form the article uses: most words as written, then in mixed case, then longest, then first used. */
        String fullest() {
            // a ticker in exchange context ("NYSE: QRN") or in the wire's brackets ("VR <VRBB.O>") names the company but is no
            // name to call it by
            List<String> names = mentions.stream().filter(m -> !org.dealgraph.mention.MarkedNameFinder.ticker(m)).map(Mention::text)
                    .filter(t -> !org.dealgraph.mention.ExchangeTickers.WRITTEN.matcher(t).matches()).toList();
            return (names.isEmpty() ? mentions.stream().map(Mention::text).toList() : names).stream()
                    .max(Comparator.comparingInt((String t) -> t.split("\\s+").length)
                            // a form in mixed case over one a headline wrote in small letters or capitals ("Bumn Tambang", "bumn tambang")
                            .thenComparing((String t) -> !t.equals(t.toLowerCase(Locale.ROOT)) && !t.equals(t.toUpperCase(Locale.ROOT)))
                            .thenComparingInt(String::length))
                    .orElseThrow().replaceAll("\\s+", " ");
        }

        /** @param legalNamed whether a name is written with a legal form (then the entity is no person) */
        Entity toEntity(Gazetteer gazetteer, java.util.function.Predicate<String> legalNamed) {
            mentions.sort(Comparator.comparingInt(Mention::begin));
            Optional<GazetteerEntry> entry = mentions.stream().map(Mention::entryId).filter(id -> !id.isEmpty())
                    .findFirst().flatMap(gazetteer::entry);
            if (entry.isPresent()) {
                GazetteerEntry e = entry.get();
                // labelled as the article names it ("Walt Disney Co", "SAIC") unless it uses the canonical name too
                // written as the canonical name, case aside; a legal form counts ("PT Kereta Api Indonesia" is no use of "Kereta Api Indonesia")
                boolean canonicalUsed = mentions.stream().anyMatch(m -> asWritten(m.text()).equalsIgnoreCase(asWritten(e.name())));
                String label = canonicalUsed ? e.name() : fullest();
                return new Entity(e.id(), label, e.type(), e.wikidata(), e.country(), mentions);
            }
            Mention best = bestMention();
            // the canonical name is the longest full form, a genitive's "'s" kept ("Sainsbury's": mention.GenitiveNames)
            String name = fullest();
            // a name written with a legal form ("PT Harmoni Records Tbk") or that the rules typed an organization on its own
            // evidence ("Audius, sebuah platform streaming musik") is a company's, whatever one of its mentions was typed;
            // otherwise one confident person's mention makes a person (a surname the rules typed otherwise)
            // and so is one that joins two capitalized names with "&" ("Hartono & Rekan", "Johnson & Johnson"): no person's name
            // does (a fresh-user tester's finding: the trained finder typed the law firm a person)
            boolean company = mentions.stream().anyMatch(m -> legalNamed.test(m.text()) || org.dealgraph.mention.MentionFinder.evidencedOrganization(m)
                    || AMPERSAND_NAME.matcher(m.text()).find());
            // (one written with a legal form is no product's or place's either: "PT Mitra Sehat Medika Tbk" the trained finder
            // typed a product, a fresh-user tester's finding; an outlet's name stays an outlet's)
            boolean legal = mentions.stream().anyMatch(m -> legalNamed.test(m.text()));
            // a full name the finders typed an organization's in two mentions or more and never a person's is not made a
            // person's by a confident one-word short form ("Hakkila Cranes", nine times an organization, once "Hakkila" a
            // person: a fresh-user tester's finding)
            boolean fullOrganization = mentions.stream().filter(m -> m.text().indexOf(' ') > 0 && m.type() == EntityType.ORGANIZATION).count() >= 2
                    && mentions.stream().noneMatch(m -> m.text().indexOf(' ') > 0 && m.type() == EntityType.PERSON);
            // a one-word name the finders typed an organization's on some evidence (more than a bare capital's confidence) in
            // two mentions or more, and more often than they typed it a person's with confidence, is not made a person's by one
            // confident mention either ("Spanish pool-equipment group Fluidra" typed a person by the trained finder once,
            // an organization on evidence twice: a fresh-user tester's finding)
            long asOrganization = mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.confidence() > org.dealgraph.mention.MentionFinder.UNSUPPORTED).count();
            long asPerson = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.confidence() > org.dealgraph.mention.MentionFinder.UNSUPPORTED).count();
            boolean mostlyOrganization = mentions.stream().allMatch(m -> m.text().strip().indexOf(' ') < 0) && asOrganization >= 2 && asOrganization > asPerson;
            EntityType type = company ? (best.type() == EntityType.PERSON || legal && best.type() != EntityType.OUTLET
                    ? EntityType.ORGANIZATION : best.type())
                    : !fullOrganization && !mostlyOrganization && mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.confidence() > 0.5)
                    ? EntityType.PERSON : mostlyOrganization && best.type() == EntityType.PERSON ? EntityType.ORGANIZATION : best.type();
            return new Entity(slug(name, type), name, type, "", "", mentions);
        }
    }
}
