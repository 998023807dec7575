package org.dealgraph.store;

import org.dealgraph.entity.AliasEntityResolver;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical key of an entity as one article names it: a pure function of the extractor's key,
 * the entity's type, the article's names for it, the gazetteer and the user's decisions. Being a
 * function of the article alone (and not of what the store held before) is what makes the result
 * of ingest independent of the order of the articles.
 *
 * <p>In order: a user's decision; a gazetteer id the extractor already gave, when the article
 * names the entry; a gazetteer entry for which the names are evidence (see {@link #evidenceFor}):
 * a full name up to case, accents, punctuation, legal forms ({@code PT}, {@code Tbk},
 * {@code (Persero)}), possessives and typographic quotes, an exchange ticker ({@code NYSE: PFE})
 * the entry lists, or a short name the entry lists as written ("Astra", "TLKM") that is all the
 * article calls the entity;
 * else the extractor's key, itself a slug of the normalized name. A name that is the name of two
 * entries, or of an entry of an incompatible type, merges nothing. A one-word key reached that way
 * is shared by the articles only where the article gives evidence for it (see
 * {@link #canonicalKey}); otherwise it is a node of that article alone.
 *
 * <p>Design decision: a short gazetteer name ("Fox", "BT", "Len", "McDonald's" once its
 * possessive is gone) is not evidence when the article also calls the entity something longer:
 * the hand check of the corpora store found that people named Fox or McDonald, Dresser Industries
 * (ticker DI) and Bankers Trust (BT) were joined to the gazetteer's Fox, McDonald's, Dirgantara
 * and BT that way (README "One node per company and per deal").
 *
 * <p>Design decision: a short form ("Astra", a surname) is merged across articles only through
 * the gazetteer or a decision, never by being the prefix of a longer name seen elsewhere: which
 * longer names a store holds depends on what was ingested before, and a surname or "Sinar Mas"
 * is ambiguous without evidence.
 *
 * <p>Immutable and thread-safe.
 */
final class EntityCanonicalizer {
    private static final Pattern TICKER = Pattern.compile(
            "^\\(?\\s*(?:" + org.dealgraph.mention.ExchangeTickers.EXCHANGES + ")\\s*:\\s*([A-Z0-9.]{1,8})\\s*\\)?$");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * One word in mixed case beyond its first letter ("ZDNet", "ZDnet", "eBay"; not a "Mc"/"Mac"
     * surname nor an acronym's plural "NGOs"), or a letter beside a digit ("3M").
     */
    private static final Pattern COINED = Pattern.compile(
            "^(?!Ma?c\\p{Lu}\\p{Ll}+$)(?!\\p{Lu}+s$)(?:\\S+\\p{Lu}\\S*\\p{Ll}\\S*|\\S*\\p{Ll}\\S*\\p{Lu}\\S*|\\S*(?:\\p{L}\\p{N}|\\p{N}\\p{L})\\S*)$");

    private final Gazetteer gazetteer;
    private final MergeDecisions decisions;
    private final Map<String, Set<GazetteerEntry>> byNorm = new HashMap<>();
    private final Map<String, Set<GazetteerEntry>> byName = new HashMap<>();

    EntityCanonicalizer(Gazetteer gazetteer, MergeDecisions decisions) {
        this.gazetteer = gazetteer;
        this.decisions = decisions;
        for (GazetteerEntry e : gazetteer.entries()) {
            index(e.name(), e);
            e.aliases().forEach(a -> index(a, e));
        }
    }

    private void index(String name, GazetteerEntry e) {
        String n = AliasEntityResolver.norm(name);
        if (!n.isEmpty()) {
            byNorm.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(e);
        }
        byName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(e);
    }

    MergeDecisions decisions() {
        return decisions;
    }

    /**
     * The canonical key of an entity of the article {@code article} (its IRI), keyed {@code key} by
     * the extractor, typed {@code type}, named {@code wordings} (the article's names for it, its
     * label first), {@code acts} when the article makes it a party of a relation or of a deal or
     * event. It is {@link #sharedKey} unless that key is one word, no gazetteer id and no decision,
     * and the article gives no evidence that the word names one thing wherever it is used (see
     * {@link #evidenced}): then it is {@code sharedKey_tag}, with {@code tag} ten hex digits of the
     * SHA-256 of the article's IRI, a node of that article alone.
     *
     * <p>Design decision: a one-word key is where the wrong merges of the corpora store's hand
     * check were ("Ugandan" officials on Ugandan Railways, "Economic" of a minister's title on the
     * OECD, a footballer Edwards on A.G. Edwards, a "Merchandise" trade figure on a Merchandise
     * Group: README "One node per company and per deal"): a surname, a given name, a demonym or a
     * common word written with a capital says nothing about which entity it is. A store-wide rule
     * ("merge if some other article gives the full name") would make an article's key depend on
     * what was ingested before it, so the evidence is the article's own, and the key stays a pure
     * function of the article, which keeps ingest order irrelevant.
     */
    String canonicalKey(String key, EntityType type, List<String> wordings, boolean acts, String article) {
        String shared = sharedKey(key, type, wordings);
        if (key.indexOf('-') >= 0 || gazetteer.entry(shared).isPresent() || decisions.decide(key, wordings).isPresent()
                || evidenced(type, wordings, acts)) {
            return shared;
        }
        return shared + "_" + tag(article);
    }

    /**
     * Whether an entity's one-word name, as the article uses it, is evidence that the word names
     * one thing in every article that uses it the same way. A place or a news outlet: yes (one-word
     * names are how places and sites are named: "Jakarta", "Kompas"). A person: no (a surname or a
     * given name alone: two articles' "Edwards" are as likely two people; the full name would have
     * made the key two words). An organization or a product: only if the article gives one of
     * <ul>
     * <li>the name with a legal form or a name head ("Asus Inc", "PT Len", "Trecker Corp",
     *     "Merchandise Group"): the article calls it a company by that name;</li>
     * <li>its ticker in exchange context ({@code NYSE: SVM});</li>
     * <li>a coined spelling no common word or surname has: a capital after a small letter
     *     ("ZDNet", "ServiceMaster", "eBay"; not "McDonald") or letters and digits in one word
     *     ("3M");</li>
     * <li>a role for it as a party of a relation, a deal or an event ("Asus partners with ...")
     *     : the extractor found it acting as a company, not just a capitalized word.</li>
     * </ul>
     * Without any of these a one-word organization is as likely a demonym ("Ugandan"), a common
     * word at a title's start ("Economic", "Budget", "Court") or a surname taken for a firm.
     */
    private boolean evidenced(EntityType type, List<String> wordings, boolean acts) {
        if (type == EntityType.PLACE || type == EntityType.OUTLET) {
            return true;
        }
        if (type == EntityType.PERSON) {
            return false;
        }
        if (wordings.stream().allMatch(w -> AliasEntityResolver.norm(w).isEmpty())) {
            return false; // "Inc", "PT": a legal form alone, whose key is a placeholder
        }
        if (acts) {
            return true;
        }
        for (String w : wordings) {
            String c = collapse(w);
            String n = AliasEntityResolver.norm(c);
            if (TICKER.matcher(c).matches() || COINED.matcher(c).matches()
                    || c.indexOf(' ') > 0 && !n.isEmpty() && n.indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    private static String tag(String article) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(article.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The key the names give an entity keyed {@code key} by the extractor, typed {@code type}, named
     * {@code wordings} (the article's names for it, its label first), the same in every article that
     * names it so. A key that is a gazetteer id
     * but whose names give no evidence for the entry (a person "Fox" keyed {@code fox}) is kept
     * apart from the entry as {@code key_type} ({@code fox_person}): a slug never holds {@code _}.
     */
    String sharedKey(String key, EntityType type, List<String> wordings) {
        Optional<String> decided = decisions.decide(key, wordings);
        if (decided.isPresent()) {
            return decisions.follow(decided.get());
        }
        Optional<GazetteerEntry> own = gazetteer.entry(key);
        if (own.isPresent()) {
            GazetteerEntry e = own.get();
            boolean named = wordings.stream().anyMatch(w -> namedExactly(w, e));
            return decisions.follow(named || evidenceFor(e, type, wordings) ? key : key + "_" + type.name().toLowerCase(Locale.ROOT));
        }
        Set<GazetteerEntry> candidates = new LinkedHashSet<>();
        for (String w : wordings) {
            Matcher t = TICKER.matcher(w.strip());
            if (t.matches()) {
                candidates.addAll(byName.getOrDefault(t.group(1), Set.of()));
                continue;
            }
            Set<GazetteerEntry> entries = byNorm.getOrDefault(AliasEntityResolver.norm(w), Set.of());
            if (entries.size() > 1 && strong(w)) {
                return decisions.follow(key); // a full name two entries share is evidence of neither
            }
            if (entries.size() == 1) {
                candidates.addAll(entries);
            }
        }
        GazetteerEntry found = null;
        for (GazetteerEntry e : candidates) {
            if (evidenceFor(e, type, wordings)) {
                if (found != null) {
                    return decisions.follow(key);
                }
                found = e;
            }
        }
        return decisions.follow(found != null ? found.id() : key);
    }

    /**
     * Whether the article's names for an entity are evidence that it is the gazetteer's entry
     * {@code e}. Evidence is one of: a ticker the entry lists, in exchange context ({@code NYSE: PFE});
     * a name of the entry of two or more words up to case, accents, punctuation, legal forms and
     * possessives ({@code PT Astra International Tbk}); or, where every name is short (one word once
     * legal forms are gone: a ticker, an acronym, a surname, a common word such as "Fox", "Sea" or
     * "Orange"), names that are all names of the entry, of the entry's type, one of them a name the
     * entry lists as written (up to case and a legal form after it: "Astra", "Fox Corp", but not
     * "Fox" for "Fox Corporation" nor "McDonald" for "McDonald's"), and acronyms exactly as listed
     * ({@code TLKM}, but not {@code LEN} for "PT Len"). A short name beside a longer name the entry
     * does not have ("Liam Fox", "Dresser Industries (DI)", "Orange Julius") is evidence of
     * nothing: it is the article's short form of that longer name.
     */
    private boolean evidenceFor(GazetteerEntry e, EntityType type, List<String> wordings) {
        boolean shortName = false;
        for (String w : wordings) {
            Matcher t = TICKER.matcher(w.strip());
            if (t.matches()) {
                if (names(e).contains(t.group(1)) && compatible(e.type(), type)) {
                    return true;
                }
                continue;
            }
            String n = AliasEntityResolver.norm(w);
            if (!byNorm.getOrDefault(n, Set.of()).equals(Set.of(e))) {
                continue;
            }
            if (strong(w)) {
                if (compatible(e.type(), type)) {
                    return true;
                }
            } else {
                shortName = true;
            }
        }
        if (!shortName || e.type() != type) {
            return false;
        }
        boolean exact = false;
        for (String w : wordings) {
            Matcher t = TICKER.matcher(w.strip());
            if (t.matches()) {
                if (!names(e).contains(t.group(1))) {
                    return false;
                }
                continue;
            }
            if (!byNorm.getOrDefault(AliasEntityResolver.norm(w), Set.of()).contains(e) || !spelledAsListed(w, e)) {
                return false; // the article also names it otherwise: the short name is a part of that name
            }
            exact |= namedExactly(w, e);
        }
        return exact;
    }

    /** Whether a wording is a gazetteer name as {@code GazetteerMentionFinder} matches one: up to case (not an acronym's) and a legal form after it. */
    private static boolean namedExactly(String wording, GazetteerEntry e) {
        String w = collapse(wording);
        for (String name : names(e)) {
            boolean acronym = isAcronym(name);
            if (w.regionMatches(!acronym, 0, name, 0, name.length()) && (w.length() == name.length()
                    || !Character.isLetterOrDigit(w.charAt(name.length())) && AliasEntityResolver.norm(w.substring(name.length())).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Two or more words once case, punctuation, possessives and legal forms are gone. */
    private static boolean strong(String wording) {
        return AliasEntityResolver.norm(wording).indexOf(' ') > 0;
    }

    /**
     * Whether a short name is written as the entry lists it where capitals matter: a lone word in
     * capitals ("LEN", "BT") or a name the entry lists as an acronym ("INCO") must be one of the
     * entry's names exactly, since "LEN" is no more "PT Len" than "INCO LTD" is "INCO".
     */
    private boolean spelledAsListed(String wording, GazetteerEntry e) {
        String w = collapse(wording);
        String n = AliasEntityResolver.norm(w);
        List<String> matched = names(e).stream().filter(name -> AliasEntityResolver.norm(name).equals(n)).toList();
        boolean loneCapitals = w.indexOf(' ') < 0 && n.length() <= 5 && !w.equals(w.toLowerCase(Locale.ROOT))
                && w.equals(w.toUpperCase(Locale.ROOT));
        boolean listedAsAcronym = !matched.isEmpty() && matched.stream().allMatch(EntityCanonicalizer::isAcronym);
        return !(loneCapitals || listedAsAcronym) || matched.contains(w);
    }

    private static boolean isAcronym(String name) {
        return name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static String collapse(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ").replace('’', '\'');
    }

    private static List<String> names(GazetteerEntry e) {
        List<String> all = new ArrayList<>(e.aliases().size() + 1);
        all.add(e.name());
        all.addAll(e.aliases());
        return all;
    }

    /** The gazetteer entry a canonical key names, if any. */
    Optional<GazetteerEntry> entry(String canonicalKey) {
        return gazetteer.entry(canonicalKey);
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a.canBeParty() && b.canBeParty();
    }
}
