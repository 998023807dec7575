package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which organization owns another organization or a product from the phrases news writes
 * ownership with (GUIDELINES: subsidiaries, units, brands, products; a product launched by a
 * company is owned by it), within one sentence (the last, a unit named with its parent, within the article):
 * <ul>
 *   <li>an owner marker before the owner, the owned party (and those listed with it) before the
 *       marker: "Beta, a unit of Acme", "Beta and Gamma are subsidiaries of Finland's Acme",
 *       "Beta, now part of the huge Acme", "Beta, anak usaha Acme", "Beta milik Acme";</li>
 *   <li>a unit noun after the owner: "Acme subsidiary Beta", "Acme's subsidiary brands include
 *       Beta, Gamma and Delta", "anak usaha Acme, Beta" (the owner right after the unit noun);</li>
 *   <li>the owner's possessive: "Acme's Beta" (a product also after a description: "Acme's popular
 *       hypertension drug Beta"; an organization only right after the possessive or before a unit
 *       noun: "Acme's Beta unit");</li>
 *   <li>a possessive pronoun of the sentence's organization: "Acme said its Beta ...", "Acme said
 *       its subsidiary, Beta", "Acme, lewat anak usahanya Beta";</li>
 *   <li>a launch: "Acme unveiled its first robot, called Beta", "Acme meluncurkan platform bernama
 *       Beta";</li>
 *   <li>a unit's name right before its parent's, the unit's opening with a unit opener: "Ditjen Bea dan Cukai (DJBC)
 *       Kementerian Keuangan" (a space or an acronym in brackets between), or ending with the name of a government body
 *       ({@code government-bodies.txt}) the article names on its own: "Direktorat Lalu Lintas Polda Metro Jaya" with
 *       "Polda Metro Jaya".</li>
 * </ul>
 * Every word comes from the article's language folder ({@code data/lang/<code>/}):
 * {@code owner-markers.txt}, {@code ownership-links.txt}, {@code unit-nouns.txt},
 * {@code possessives.txt}, {@code launch-verbs.txt}, {@code naming-words.txt},
 * {@code coordinators.txt}, {@code unit-openers.txt}, {@code relative-pronouns.txt} (a relative clause after a list is about its last member: "Paytm
 * and PhonePe, which is owned by Walmart"). Places, people and outlets are never owned or owners here.
 *
 * <p>Immutable and thread-safe.
 */
public final class OwnershipRelationExtractor implements RelationExtractor {
    static final String NAME = "ownership";
    /** How many words may describe the owned party between its owner and its name. */
    private static final int MAX_DESCRIPTION = 4;
    private static final int MAX_GAP = 90;

    /** One language's words, compiled into this extractor's grammar. */
    private record Words(Pattern ownerMarker, Pattern ownedBefore, Pattern unitAfterOwner, Pattern ownerAfterUnit,
                         Pattern possessive, Pattern pronoun, Pattern unitAfterName, Pattern launch, Pattern coordinated,
                         Pattern namedAfterOwner, Pattern speech, ClauseBoundaries clauses, List<Pattern> unasserted, Pattern relative,
                         Pattern unitOpener, Pattern governmentBody, Pattern ownerBefore) {
        static Words of(LanguageProfile p) {
            String unit = p.alternation(LanguageProfile.File.UNIT_NOUNS);
            String naming = p.alternation(LanguageProfile.File.NAMING_WORDS);
            String links = p.alternation(LanguageProfile.File.OWNERSHIP_LINKS);
            String poss = p.alternation(LanguageProfile.File.POSSESSIVES);
            String coord = p.alternation(LanguageProfile.File.COORDINATORS);
            String determiners = p.alternation(LanguageProfile.File.DETERMINERS);
            // the prepositions a party of a sale stands after: "to", "from", "by"; "kepada", "dari", "oleh"
            String moved = p.alternation(LanguageProfile.File.RECIPIENT_PREPOSITIONS) + "|" + p.alternation(LanguageProfile.File.SOURCE_PREPOSITIONS)
                    + "|" + p.alternation(LanguageProfile.File.AGENT_MARKERS);
            String described = "(?:[\\p{L}\\p{N}'’&.-]+\\s+){0," + MAX_DESCRIPTION + "}?";
            return new Words(
                    // before the owner: "a unit of (the) (Finland's electronics group) "
                    Pattern.compile("(?i)(?<![\\w-])" + p.alternation(LanguageProfile.File.OWNER_MARKERS) + "\\s+(?:the\\s+)?"
                            + described + "$"),
                    // between the owned party and the marker: ", ", " is a ", " - now ", " (BSN), "; no other word ("Acme uses
                    // software made by Beta": the software is made by Beta, not Acme)
                    Pattern.compile("(?i)^\\s*(?:\\([^()]{1,20}\\)\\s*)?[>]?(?:(?:\\s+(?:" + links + "|" + determiners + ")){0,2}\\s+|\\s*(?:[,(–—-]\\s*|(?:" + links + ")\\s+)(?:(?:" + links
                            + ")\\s+)?(?:(?:a|an|the|its)\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?)$"),
                    // between owner and owned: "'s subsidiary brands include ", " subsidiary "; not a preposition of the
                    // deal after the unit noun ("sold its Nordic unit to Brask": Brask buys it, it is no unit of Nordic)
                    Pattern.compile("(?i)^\\s*(?:['’]s?\\s+)?(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}?" + unit + "(?:\\s+(?!(?:" + moved
                            + ")\\b)[\\p{Ll}]+){0,1}\\s*(?:,\\s*)?(?:"
                            + naming + "\\s*:?\\s*)?$"),
                    // before the owner: "anak usaha (modal ventura) "
                    Pattern.compile("(?i)(?<![\\w-])" + p.alternation(LanguageProfile.File.OWNER_MARKERS) + "\\s+(?:\\p{Ll}+\\s+){0,2}$"),
                    Pattern.compile("^['’]s?\\s+((?:[\\p{Ll}\\p{N}-]+\\s+){0," + MAX_DESCRIPTION + "}?)$"),
                    // before the owned party: "its ", "its 80 pct-owned ", "its subsidiary, ", "anak usahanya "
                    Pattern.compile("(?i)(?:(?<![\\w-])" + poss + "\\s+(?:own\\s+)?((?:[\\p{Ll}\\p{N}-]+\\s+){0,3}?)((?:" + unit
                            + ")\\s*,?\\s*)?|((?:" + unit + ")(?<=" + poss + ")\\s*,?\\s*(?:" + naming + "\\s+)?))$"),
                    Pattern.compile("(?i)^\\s+" + unit + "\\b"),
                    Pattern.compile("(?i)^\\s+(?:\\p{Ll}+\\s+){0,2}?" + p.alternation(LanguageProfile.File.LAUNCH_VERBS)
                            + "\\s+(?:[\\p{Ll}\\p{N}'’,-]+\\s+){0,5}?(?:" + naming + "\\s+)?$"),
                    Pattern.compile("(?i)^\\s*[<>]*\\s*(?:,|,?\\s*(?:" + coord + "))\\s*[<>]*\\s*$"),
                    // between the owner and the owned after a unit noun: ", ", " bernama ", " (CCV), "
                    Pattern.compile("(?i)^\\s*(?:\\([^()]{1,20}\\))?\\s*(?:,|" + naming + ")\\s*(?:" + naming + "\\s+)?$"),
                    p.words(LanguageProfile.File.SPEECH_VERBS),
                    ClauseBoundaries.of(p),
                    List.of(p.words(LanguageProfile.File.NEGATION), p.words(LanguageProfile.File.DENIAL),
                            p.words(LanguageProfile.File.HYPOTHETICAL)),
                    p.words(LanguageProfile.File.RELATIVE_PRONOUNS),
                    Pattern.compile("(?i)^" + p.alternation(LanguageProfile.File.UNIT_OPENERS) + "(?![\\p{L}\\p{N}])"),
                    Pattern.compile("(?i)^" + p.alternation(LanguageProfile.File.GOVERNMENT_BODIES) + "(?![\\p{L}\\p{N}])"),
                    // right before an owner named in an aside: "yang dimiliki ", "milik ", "which is owned by the "
                    Pattern.compile("(?i)(?<![\\w-])(?:" + p.alternation(LanguageProfile.File.OWNER_MARKERS) + "|(?:"
                            + p.alternation(LanguageProfile.File.OWNING_VERBS) + ")(?:\\s+" + p.alternation(LanguageProfile.File.AGENT_MARKERS)
                            + ")?)\\s+(?:the\\s+)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}$"));
        }

        /**
         * Whether the clause up to {@code at} (at most 60 characters back, its opening word included)
         * states what follows: no negation, denial or condition in it ("If Acme launches Beta", "Acme
         * did not launch Beta", "Jika Acme meluncurkan Beta" state no launch, so no ownership by it).
         */
        boolean states(String text, Sentence s, int at) {
            String clause = clauses.lastClauseWithOpener(text.substring(Math.max(s.begin(), at - 60), at));
            return unasserted.stream().noneMatch(u -> u.matcher(clause).find());
        }
    }

    private final Map<Language, Words> words;

    /** The extractor with the bundled language data. */
    public OwnershipRelationExtractor() {
        this(LanguageProfiles.bundled());
    }

    /** The extractor reading each article with its own language's words from {@code profiles}. */
    public OwnershipRelationExtractor(LanguageProfiles profiles) {
        this.words = profiles.perLanguage(Words::of);
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        Words w = words.get(analyzed.language());
        String text = analyzed.text();
        EntityIndex index = EntityIndex.of(entities);
        List<Finding> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            List<Mention> in = index.mentions().stream().filter(m -> m.begin() >= s.begin() && m.end() <= s.end()).toList();
            for (int j = 0; j < in.size(); j++) {
                Mention x = in.get(j);
                if (!owner(index.owner(x))) {
                    continue;
                }
                ownerAfterMarker(text, s, in, j, index, w, out);
                ownedAfterOwner(text, s, in, j, index, w, out);
            }
            for (int j = 0; j + 1 < in.size(); j++) {
                // the next name of another entity: "Ditjen Bea dan Cukai (DJBC) Kementerian Keuangan" skips the unit's acronym
                int k = j + 1;
                while (k < in.size() && index.owner(in.get(k)).key().equals(index.owner(in.get(j)).key())) {
                    k++;
                }
                if (k < in.size()) {
                    unitBeforeParent(text, s, in.get(j), in.get(k), index, w, out);
                }
            }
            for (int j = 0; j < in.size(); j++) {
                ownedAfterPronoun(text, s, in, j, index, w, out);
            }
        }
        unitsNamingParent(analyzed, entities, w, out);
        return out;
    }

    /** Between a unit's name and its parent's: a space, or an acronym in brackets ("Ditjen Bea dan Cukai (DJBC) Kementerian Keuangan"). */
    private static final Pattern UNIT_GAP = Pattern.compile("^\\s+(?:\\([^()]{1,20}\\)\\s+)?$");

    /**
     * "Direktorat Lalu Lintas Polda Metro Jaya": an organization whose name opens with a unit opener, written right before
     * another organization's name, is its unit. A comma between is a list ("Satpol PP, Rumah Potong Hewan"), no unit.
     */
    private static void unitBeforeParent(String text, Sentence s, Mention unit, Mention parent, EntityIndex index, Words w,
                                         List<Finding> out) {
        if (!owner(index.owner(unit)) || !owner(index.owner(parent)) || parent.begin() < unit.end()
                || !UNIT_GAP.matcher(text.substring(unit.end(), parent.begin())).matches()
                || !w.unitOpener().matcher(text.substring(unit.begin(), unit.end())).find()) {
            return;
        }
        add(out, index.owner(unit), index.owner(parent), s, 0.75);
    }

    /**
     * "Direktorat Lalu Lintas Polda Metro Jaya" where the article also names "Polda Metro Jaya" on its own: a unit whose name
     * opens with a unit opener and ends with the name of a government body ({@code government-bodies.txt}) is that body's.
     * On four fifths of the train split (tools/corpus/fold.py --seed 7), the annotators gave {@code ownedBy} to the 8
     * Indonesian pairs so named; with any organization's name at the end it was 18 of 20 there, but on the held-out fifth
     * such parents were mostly a short form of the unit itself ("Bea dan Cukai" of "Direktorat Jenderal Bea dan Cukai") or
     * an acronym of it ("Satgas PPKPT"). The finding is dated to the sentence of the unit's first mention so named.
     */
    private static void unitsNamingParent(AnalyzedText analyzed, List<Entity> entities, Words w, List<Finding> out) {
        for (Entity unit : entities) {
            if (!owner(unit)) {
                continue;
            }
            for (Mention m : unit.mentions()) {
                if (!w.unitOpener().matcher(m.text()).find()) {
                    continue;
                }
                Optional<Entity> parent = entities.stream()
                        .filter(p -> owner(p) && !p.key().equals(unit.key()))
                        .filter(p -> p.mentions().stream().anyMatch(pm -> w.governmentBody().matcher(pm.text()).find()
                                && m.text().endsWith(" " + pm.text())))
                        .findFirst();
                Optional<Sentence> s = analyzed.sentences().stream().filter(x -> x.begin() <= m.begin() && m.end() <= x.end()).findFirst();
                if (parent.isPresent() && s.isPresent()) {
                    add(out, unit, parent.get(), s.get(), 0.75);
                    break;
                }
            }
        }
    }

    /** "Beta (and Gamma), a unit of (Finland's) Acme", "Beta, anak usaha Acme": the owned before the marker. */
    private static void ownerAfterMarker(String text, Sentence s, List<Mention> in, int j, EntityIndex index, Words w,
                                         List<Finding> out) {
        Mention x = in.get(j);
        int from = previousParty(in, j, index);
        int start = from < 0 ? s.begin() : in.get(from).end();
        Matcher m = w.ownerMarker().matcher(text.substring(Math.max(start, x.begin() - MAX_GAP), x.begin()));
        if (!m.find() || from < 0) {
            return;
        }
        int markerAt = Math.max(start, x.begin() - MAX_GAP) + m.start();
        String gap = text.substring(in.get(from).end(), markerAt);
        int before = previousParty(in, from, index);
        if (before >= 0 && gap.stripLeading().startsWith(",")
                && ClauseBoundaries.apposition(text.substring(in.get(before).end(), in.get(from).begin()))) {
            // "Brindle Health, once owned by Carrow Capital, is now a unit of Orvane", "Bank Sentosa, yang sebelumnya dimiliki
            // oleh PT Sinar Pangan, kini dikuasai oleh ...": the party of the closed aside describes the one before it, which is owned
            from = before;
        }
        Mention y = in.get(from);
        if (!owned(index.owner(y)) || !w.ownedBefore().matcher(gap).matches()) {
            return;
        }
        // "Paytm and PhonePe, which is owned by Walmart": a relative clause after a list is about its last member only
        List<Mention> owned = w.relative().matcher(gap).find() ? List.of(y) : withListed(text, in, from, index, w, false);
        for (Mention o : owned) {
            add(out, index.owner(o), index.owner(x), s, 0.8);
        }
    }

    /** "Acme subsidiary Beta", "Acme's Beta", "Acme unveiled Beta", "anak usaha Acme, Beta": the owned after the owner. */
    private static void ownedAfterOwner(String text, Sentence s, List<Mention> in, int j, EntityIndex index, Words w,
                                        List<Finding> out) {
        Mention x = in.get(j);
        int next = nextParty(in, j, index);
        if (next < 0) {
            return;
        }
        Mention y = in.get(next);
        Entity owned = index.owner(y);
        if (!owned(owned) || owned.key().equals(index.owner(x).key())) {
            return;
        }
        String gap = text.substring(x.end(), y.begin());
        if (gap.length() > MAX_GAP || w.ownerMarker().matcher(gap).find()) {
            return; // "Beta merupakan anak usaha Acme": the name after an owner marker is the owner
        }
        boolean product = owned.type() == EntityType.PRODUCT;
        String after = text.substring(y.end(), Math.min(s.end(), y.end() + 30));
        double conf = 0;
        boolean possessive = false;
        if (w.unitAfterOwner().matcher(gap).matches()) {
            conf = 0.8;
        } else if (w.launch().matcher(gap).matches()) {
            if (!w.states(text, s, y.begin())) {
                return;
            }
            conf = product ? 0.75 : 0.6;
        } else {
            Matcher p = w.possessive().matcher(gap);
            boolean unitAfter = w.unitAfterName().matcher(after).find();
            if (p.matches() && (product || unitAfter || p.group(1).isBlank() && established(index.owner(x)) && established(owned))) {
                conf = product || unitAfter ? 0.75 : 0.7;
                possessive = true;
            } else if (w.namedAfterOwner().matcher(gap).matches() && openingMarker(text, s, in, j, index, w)) {
                conf = 0.8; // "anak usaha Acme, Beta": the owner right after the unit noun, the owned after it
            }
        }
        if (conf == 0) {
            return;
        }
        if (possessive) {
            add(out, owned, index.owner(x), s, conf); // "Sony's PSP and Gizmondo": the possessive is the first name's only
            return;
        }
        for (Mention o : withListed(text, in, next, index, w, true)) {
            add(out, index.owner(o), index.owner(x), s, conf);
        }
    }

    /**
     * Whether an owner marker opens the owner's phrase ("anak usaha Acme, Beta"), rather than
     * following an owned party ("Gamma, anak usaha Acme, Beta ...", where Gamma is the owned).
     */
    private static boolean openingMarker(String text, Sentence s, List<Mention> in, int j, EntityIndex index, Words w) {
        Mention x = in.get(j);
        int from = Math.max(s.begin(), x.begin() - 40);
        Matcher m = w.ownerAfterUnit().matcher(text.substring(from, x.begin()));
        if (!m.find()) {
            return false;
        }
        int p = previousParty(in, j, index);
        return p < 0 || in.get(p).end() > from + m.start()
                || !w.ownedBefore().matcher(text.substring(in.get(p).end(), from + m.start())).matches();
    }

    /** "Acme said its Beta", "Acme said its subsidiary, Beta", "lewat anak usahanya Beta": the owner is the organization before the pronoun. */
    private static void ownedAfterPronoun(String text, Sentence s, List<Mention> in, int j, EntityIndex index, Words w,
                                          List<Finding> out) {
        Mention y = in.get(j);
        if (!owned(index.owner(y)) || j == 0) {
            return;
        }
        int from = Math.max(s.begin(), in.get(j - 1).end());
        Matcher m = w.pronoun().matcher(text.substring(from, y.begin()));
        if (!m.find()) {
            return;
        }
        boolean unit = m.group(2) != null || m.group(3) != null || w.unitAfterName().matcher(text.substring(y.end(), Math.min(s.end(), y.end() + 30))).find();
        boolean bare = m.group(1) != null && m.group(1).isBlank() && m.group(2) == null;
        int pronounAt = from + m.start();
        // the owner: the last organization before the pronoun, the subject of its clause ("Acme said its ...")
        Mention owner = null;
        for (int i = j - 1; i >= 0; i--) {
            int before = i == 0 ? s.begin() : Math.max(s.begin(), in.get(i - 1).end());
            boolean ownedItself = w.pronoun().matcher(text.substring(before, in.get(i).begin())).find();
            if (in.get(i).end() <= pronounAt && owner(index.owner(in.get(i))) && !ownedItself) {
                owner = in.get(i);
                break;
            }
        }
        if (owner == null || index.owner(owner).key().equals(index.owner(y).key())) {
            return;
        }
        String between = text.substring(owner.end(), pronounAt);
        if (between.length() > 60 || between.contains(".") || between.contains(";")) {
            return;
        }
        if (unit) {
            add(out, index.owner(y), index.owner(owner), s, 0.75);
        } else if (bare && between.strip().split("\\s+").length <= 3 && w.speech().matcher(between).find()) {
            // "Acme said its Beta": the speaker's own; not "own 29% of Acme through their Beta"
            add(out, index.owner(y), index.owner(owner), s, 0.6);
        }
    }

    /** The mention and those listed with it ("Beta, Gamma and Delta"), before it or after it. */
    private static List<Mention> withListed(String text, List<Mention> in, int at, EntityIndex index, Words w, boolean forward) {
        List<Mention> out = new ArrayList<>(List.of(in.get(at)));
        int i = at;
        while (true) {
            int k = forward ? i + 1 : i - 1;
            if (k < 0 || k >= in.size() || !owned(index.owner(in.get(k)))) {
                break;
            }
            Mention a = forward ? in.get(i) : in.get(k);
            Mention b = forward ? in.get(k) : in.get(i);
            if (b.begin() < a.end() || !w.coordinated().matcher(text.substring(a.end(), b.begin())).matches()
                    || index.owner(in.get(k)).type() != index.owner(in.get(at)).type()
                    || text.startsWith("'s", in.get(k).end()) || text.startsWith("’s", in.get(k).end())) {
                break; // "Honda's Asimo and Sony's Qrio": a possessor starts another phrase
            }
            if (!forward && w.ownerBefore().matcher(text.substring(k > 0 ? Math.max(in.get(k - 1).end(), in.get(k).begin() - 60)
                    : Math.max(0, in.get(k).begin() - 60), in.get(k).begin())).find()) {
                // "Prambors FM yang dimiliki Masima Radio Network, serta Sindo Trijaya FM milik MNC Group": the owner an aside
                // names is no member of the owned list after it (a fresh-user tester's finding)
                break;
            }
            out.add(in.get(k));
            i = k;
        }
        return out;
    }

    /** The index of the last mention before {@code j} that is not a place, or -1. */
    private static int previousParty(List<Mention> in, int j, EntityIndex index) {
        for (int i = j - 1; i >= 0; i--) {
            if (in.get(i).end() <= in.get(j).begin() && index.owner(in.get(i)).type() != EntityType.PLACE) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first mention after {@code j} that is not a place, or -1. */
    private static int nextParty(List<Mention> in, int j, EntityIndex index) {
        for (int i = j + 1; i < in.size(); i++) {
            if (in.get(i).begin() >= in.get(j).end() && index.owner(in.get(i)).type() != EntityType.PLACE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an organization is named more than once, is a gazetteer entry or has a name of two words or more: "Acme's
     * Beta" of two such is ownership ("the Bank of England's Monetary Policy Committee"), where a name cut at its
     * possessive ("Jacob's Creek") makes two one-word names seen once. On four fifths of the train split (tools/corpus/fold.py
     * --seed 7), the annotators gave {@code ownedBy} to 35 of the 38 English organizations of two words or more named once
     * right after another's possessive.
     */
    private static boolean established(Entity e) {
        return !e.wikidata().isEmpty() || e.mentions().size() > 1 || e.name().strip().indexOf(' ') > 0;
    }

    private static boolean owner(Entity e) {
        return e.type() == EntityType.ORGANIZATION;
    }

    private static boolean owned(Entity e) {
        return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PRODUCT;
    }

    private static void add(List<Finding> out, Entity owned, Entity owner, Sentence s, double conf) {
        if (owned.key().equals(owner.key())) {
            return;
        }
        Relation r = new Relation(owned.key(), RelationType.OWNED_BY, owner.key(), s.index(), NAME, conf, DealStatus.REPORTED);
        out.add(Finding.of(r));
    }
}
