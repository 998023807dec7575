package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate pairs of an article and their features, the same at training and at extraction
 * time: for every sentence, every pair of distinct entities that can take part in a relation
 * (organizations, people, products, and places, which may block or rule), at most
 * {@value #MAX_ENTITIES} entities a sentence (with the role features, a sentence of more also pairs
 * the names standing close together).
 *
 * <p>Features: the language; the pair's types and order; the words between the two mentions (each,
 * bigrams, the first and last, and word endings of five letters, which generalise over Indonesian
 * affixes: "mengakuisisi", "diakuisisi"); the distance; up to three words either side; the
 * entities between; the cue lexicon's matches between, before and after the pair
 * ({@link CueRelationExtractor#hits}); negation, hypothetical and speculation words in the
 * sentence; and whether the sentence is a headline. Immutable and thread-safe.
 */
public final class RelationFeatures {
    static final int MAX_ENTITIES = 8;
    /** With the role features, a sentence of up to this many entities pairs those at most {@value #CLOSE} characters apart. */
    static final int MAX_CROWDED = 24;
    private static final int CLOSE = 60;
    private static final int MAX_BETWEEN = 15;
    /** How many sentences back a reference word may reach for its party. */
    static final int REFERENCE_REACH = 2;
    private final CueRelationExtractor cues;
    private final boolean references;
    /** Per language, the role and ownership words the role features read; empty for the features bundles before them were trained on. */
    private final Map<org.dealgraph.text.Language, RoleWords> roles;

    /**
     * One language's words of posts and ownership ({@code role-nouns.txt}, {@code unit-nouns.txt},
     * {@code owner-markers.txt}, {@code launch-verbs.txt} of {@code data/lang/<code>/}).
     */
    private record RoleWords(java.util.regex.Pattern role, java.util.regex.Pattern unit, java.util.regex.Pattern ownerMarker,
                             java.util.regex.Pattern launch) {
        static RoleWords of(org.dealgraph.text.LanguageProfile p) {
            return new RoleWords(words(p, org.dealgraph.text.LanguageProfile.File.ROLE_NOUNS),
                    words(p, org.dealgraph.text.LanguageProfile.File.UNIT_NOUNS),
                    words(p, org.dealgraph.text.LanguageProfile.File.OWNER_MARKERS),
                    words(p, org.dealgraph.text.LanguageProfile.File.LAUNCH_VERBS));
        }

        private static java.util.regex.Pattern words(org.dealgraph.text.LanguageProfile p, org.dealgraph.text.LanguageProfile.File f) {
            return java.util.regex.Pattern.compile("(?i)(?<![\\w-])" + p.alternation(f) + "(?![\\w-])");
        }
    }

    /** Candidates within a sentence only: the features the bundles before cross-sentence candidates were trained on. */
    public RelationFeatures(CueRelationExtractor cues) {
        this(cues, false);
    }

    /**
     * @param references whether to add, for a sentence with a reference word ("the company",
     *                   "perseroan", "pihaknya", "it", "he"), pairs of the party it refers back to
     *                   and each entity of the sentence (see {@link #candidates(AnalyzedText, List, CueScan)})
     */
    public RelationFeatures(CueRelationExtractor cues, boolean references) {
        this(cues, references, Map.of());
    }

    private RelationFeatures(CueRelationExtractor cues, boolean references, Map<org.dealgraph.text.Language, RoleWords> roles) {
        this.cues = java.util.Objects.requireNonNull(cues, "cues");
        this.references = references;
        this.roles = Map.copyOf(roles);
    }

    /**
     * These features and the role features, read with each language's words of {@code profiles}:
     * whether a role noun, a unit noun, an owner marker or a launch verb stands between the pair,
     * right before the first or right after the second mention (each also with the pair's types);
     * whether the pair is in apposition (a comma right after the first or right before the second)
     * or possessive (the first's {@code 's} right before the second). A bundle records whether its
     * classifiers were trained with them ({@code ModelBundle#roleFeatures()}).
     */
    public RelationFeatures withRoles(org.dealgraph.text.LanguageProfiles profiles) {
        return new RelationFeatures(cues, references, profiles.perLanguage(RoleWords::of));
    }

    /** Whether the features include the role features ({@link #withRoles}). */
    public boolean roles() {
        return !roles.isEmpty();
    }

    /** Whether the features include pairs across sentences through a reference word. */
    public boolean references() {
        return references;
    }

    /** A scan of the article by the lexicon these features read. */
    public CueScan scan(AnalyzedText analyzed) {
        return cues.scan(analyzed);
    }

    /** Every candidate pair of the article, sentence by sentence. */
    public List<RelationCandidate> candidates(AnalyzedText analyzed, List<Entity> entities) {
        return candidates(analyzed, entities, cues.scan(analyzed));
    }

    /**
     * Every candidate pair of the article, sentence by sentence, with the cue matches taken from
     * the article's scan (one made by this extractor's lexicon for {@code analyzed}; another is
     * ignored and the article scanned afresh).
     *
     * <p>With {@link #references()}, a sentence's first reference word of each kind (organization:
     * "the company", "perseroan", "it"; person: "he", "beliau") also stands for the party it refers
     * back to: the last organization (or person) named before the word, in the sentence or up to
     * {@value #REFERENCE_REACH} sentences before, never one named later. When that party is not
     * named in the sentence itself, it is paired with each other entity of the sentence, the
     * reference word as its mention, and the pair's features say so ({@code xref}).
     */
    public List<RelationCandidate> candidates(AnalyzedText analyzed, List<Entity> entities, CueScan given) {
        CueScan scan = given.reads(cues, analyzed) ? given : cues.scan(analyzed);
        EntityIndex index = EntityIndex.of(entities);
        List<RelationCandidate> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
            Map<String, Entity> owners = new LinkedHashMap<>();
            List<Mention> inSentence = new ArrayList<>();
            for (Mention m : index.mentions()) {
                if (m.begin() >= s.begin() && m.end() <= s.end()) {
                    inSentence.add(m);
                    Entity e = index.owner(m);
                    if (e.type() != EntityType.OUTLET) {
                        byEntity.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(m);
                        owners.put(e.key(), e);
                    }
                }
            }
            if (references && !byEntity.isEmpty() && byEntity.size() < MAX_ENTITIES) {
                referenceCandidates(analyzed, index, s, byEntity, owners, inSentence, scan, out);
            }
            // a crowded sentence (a list of speakers, a board) still pairs names standing close together, with the role features
            boolean crowded = byEntity.size() > MAX_ENTITIES;
            if (byEntity.size() < 2 || crowded && (!roles() || byEntity.size() > MAX_CROWDED)) {
                continue;
            }
            List<CueRelationExtractor.CueHit> hits = null;
            List<String> modalities = null;
            List<String> keys = new ArrayList<>(byEntity.keySet());
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    Entity a = owners.get(keys.get(i));
                    Entity b = owners.get(keys.get(j));
                    if (a.type() == EntityType.PLACE && b.type() == EntityType.PLACE) {
                        continue;
                    }
                    Mention[] pair = closest(spoken(a, byEntity.get(a.key()), analyzed.text()), spoken(b, byEntity.get(b.key()), analyzed.text()));
                    if (crowded && gap(pair[0], pair[1]) > CLOSE) {
                        continue;
                    }
                    if (hits == null) {
                        hits = scan.hits(s);
                        modalities = scan.modalities(s);
                    }
                    boolean aFirst = pair[0].begin() <= pair[1].begin();
                    Entity first = aFirst ? a : b;
                    Entity second = aFirst ? b : a;
                    Mention fm = aFirst ? pair[0] : pair[1];
                    Mention sm = aFirst ? pair[1] : pair[0];
                    out.add(new RelationCandidate(s, first, fm, second, sm,
                            features(analyzed, s, first, fm, second, sm, inSentence, hits, modalities)));
                }
            }
        }
        return out;
    }

    private void referenceCandidates(AnalyzedText analyzed, EntityIndex index, Sentence s, Map<String, List<Mention>> byEntity,
                                            Map<String, Entity> owners, List<Mention> inSentence, CueScan scan,
                                            List<RelationCandidate> out) {
        java.util.EnumSet<EntityType> seen = java.util.EnumSet.noneOf(EntityType.class);
        for (CueRelationExtractor.Reference r : scan.references(s)) {
            if (!seen.add(r.refersTo())) {
                continue;
            }
            int at = s.begin() + r.begin();
            int end = s.begin() + r.end();
            if (inSentence.stream().anyMatch(m -> m.begin() < end && at < m.end())) {
                continue; // a word inside a name ("IT" of a company's name) refers to nothing
            }
            Entity referent = referent(analyzed, index, s, at, r.refersTo());
            if (referent == null || byEntity.containsKey(referent.key())) {
                continue;
            }
            Mention word = new Mention(at, end, analyzed.text().substring(at, end), referent.type(), "", "reference", 1.0);
            List<CueRelationExtractor.CueHit> hits = scan.hits(s);
            List<String> modalities = scan.modalities(s);
            for (Map.Entry<String, List<Mention>> e : byEntity.entrySet()) {
                Entity other = owners.get(e.getKey());
                Mention om = e.getValue().get(0);
                for (Mention m : e.getValue()) {
                    if (Math.abs(m.begin() - at) < Math.abs(om.begin() - at)) {
                        om = m;
                    }
                }
                if (om.overlaps(word)) {
                    continue;
                }
                boolean wordFirst = at <= om.begin();
                Entity first = wordFirst ? referent : other;
                Entity second = wordFirst ? other : referent;
                Mention fm = wordFirst ? word : om;
                Mention sm = wordFirst ? om : word;
                String[] f = features(analyzed, s, first, fm, second, sm, inSentence, hits, modalities);
                String[] x = java.util.Arrays.copyOf(f, f.length + 3);
                String side = wordFirst ? "first" : "second";
                x[f.length] = "xref";
                x[f.length + 1] = "xref_" + side + "=" + word.text().toLowerCase(Locale.ROOT);
                x[f.length + 2] = "xref_types=" + first.type() + "_" + second.type() + "_" + side;
                out.add(new RelationCandidate(s, first, fm, second, sm, x));
            }
        }
    }

    /** The last party of the type named before {@code at}: in the sentence, or up to {@value #REFERENCE_REACH} sentences before. */
    private static Entity referent(AnalyzedText analyzed, EntityIndex index, Sentence s, int at, EntityType type) {
        int from = analyzed.sentences().get(Math.max(0, s.index() - REFERENCE_REACH)).begin();
        Mention last = null;
        for (Mention m : index.mentions()) {
            if (m.begin() >= from && m.end() <= at && index.owner(m).type() == type && (last == null || m.begin() > last.begin())) {
                last = m;
            }
        }
        return last == null ? null : index.owner(last);
    }

    private static int gap(Mention a, Mention b) {
        return a.begin() < b.begin() ? b.begin() - a.end() : a.begin() - b.end();
    }

    /**
     * A person's mentions but the nickname in brackets right after their name ("Basuki Tjahaja Purnama (Ahok) menjabat ..."):
     * the pair is read from the name, as the models were trained, where the name has one.
     */
    private static List<Mention> spoken(Entity e, List<Mention> mentions, String text) {
        if (e.type() != EntityType.PERSON || mentions.size() < 2) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean bracketed = m.begin() > 0 && m.end() < text.length() && text.charAt(m.end()) == ')' && mentions.stream()
                    .anyMatch(o -> o.end() < m.begin() && text.substring(o.end(), m.begin()).matches("\\s*\\(\\s*"));
            if (!bracketed) {
                out.add(m);
            }
        }
        return out.isEmpty() ? mentions : out;
    }

    private static Mention[] closest(List<Mention> as, List<Mention> bs) {
        Mention[] best = null;
        int gap = Integer.MAX_VALUE;
        for (Mention a : as) {
            for (Mention b : bs) {
                if (a.overlaps(b)) {
                    continue;
                }
                int d = a.begin() < b.begin() ? b.begin() - a.end() : a.begin() - b.end();
                if (d < gap) {
                    gap = d;
                    best = new Mention[] {a, b};
                }
            }
        }
        return best != null ? best : new Mention[] {as.get(0), bs.get(0)};
    }

    private String[] features(AnalyzedText analyzed, Sentence s, Entity first, Mention fm, Entity second, Mention sm,
                                     List<Mention> inSentence, List<CueRelationExtractor.CueHit> hits,
                                     List<String> modalities) {
        List<String> f = new ArrayList<>(64);
        f.add("lang=" + analyzed.language().code());
        String types = first.type() + "_" + second.type();
        f.add("types=" + types);
        if (s.headline()) {
            f.add("headline");
        }
        List<Token> tokens = s.tokens();
        List<String> between = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.begin() >= fm.end() && t.end() <= sm.begin()) {
                between.add(w);
            } else if (t.end() <= fm.begin()) {
                before.add(w);
            } else if (t.begin() >= sm.end()) {
                after.add(w);
            }
        }
        int n = between.size();
        f.add("dist=" + bucket(n));
        f.add("types_dist=" + types + "_" + bucket(n));
        if (n == 0) {
            f.add("adjacent");
        } else {
            f.add("bf=" + between.get(0));
            f.add("bl=" + between.get(n - 1));
        }
        if (n <= MAX_BETWEEN) {
            for (int i = 0; i < n; i++) {
                String w = between.get(i);
                f.add("bw=" + w);
                if (w.length() >= 6) {
                    f.add("bs=" + w.substring(w.length() - 5));
                }
                if (i + 1 < n) {
                    f.add("bb=" + w + "_" + between.get(i + 1));
                }
            }
        } else {
            f.add("far");
        }
        for (int i = 1; i <= 3; i++) {
            if (before.size() >= i) {
                f.add("l" + i + "=" + before.get(before.size() - i));
            }
            if (after.size() >= i) {
                f.add("r" + i + "=" + after.get(i - 1));
            }
        }
        int others = 0;
        for (Mention m : inSentence) {
            if (m.begin() >= fm.end() && m.end() <= sm.begin()) {
                others++;
            }
        }
        f.add("ents_between=" + Math.min(others, 3));
        for (CueRelationExtractor.CueHit h : hits) {
            String where = h.end() <= fm.begin() ? "before" : h.begin() >= sm.end() ? "after"
                    : h.begin() >= fm.end() && h.end() <= sm.begin() ? "between" : "across";
            f.add("cue_" + where + "=" + h.label());
            f.add("cue_" + where + "=" + h.label() + "_" + types);
        }
        for (String m : modalities) {
            f.add("mod=" + m);
        }
        RoleWords words = roles.get(analyzed.language());
        if (words != null) {
            roleFeatures(analyzed.text(), s, fm, sm, types, words, f);
        }
        return f.toArray(String[]::new);
    }

    /** The role features of a pair: see {@link #withRoles}. */
    private static void roleFeatures(String text, Sentence s, Mention fm, Mention sm, String types, RoleWords w, List<String> f) {
        String between = fm.end() <= sm.begin() ? text.substring(fm.end(), sm.begin()) : "";
        String before = text.substring(Math.max(s.begin(), fm.begin() - 40), fm.begin());
        String after = text.substring(sm.end(), Math.max(sm.end(), Math.min(s.end(), sm.end() + 40)));
        String[] kinds = {"role", "unit", "owner", "launch"};
        java.util.regex.Pattern[] patterns = {w.role(), w.unit(), w.ownerMarker(), w.launch()};
        for (int k = 0; k < kinds.length; k++) {
            java.util.regex.Matcher m = patterns[k].matcher(between);
            if (between.length() <= 80 && m.find()) {
                f.add(kinds[k] + "_between");
                f.add(kinds[k] + "_between_" + types);
                if (m.start() <= 4) {
                    f.add(kinds[k] + "_after_first_" + types);
                }
                int last = m.end();
                while (m.find()) {
                    last = m.end();
                }
                if (between.length() - last <= 3) {
                    f.add(kinds[k] + "_before_second_" + types);
                }
            }
            java.util.regex.Matcher b = patterns[k].matcher(before);
            int end = -1;
            while (b.find()) {
                end = b.end();
            }
            if (end >= 0 && before.length() - end <= 3) {
                f.add(kinds[k] + "_before_first_" + types);
            }
            java.util.regex.Matcher a = patterns[k].matcher(after);
            if (a.find() && a.start() <= 3) {
                f.add(kinds[k] + "_after_second_" + types);
            }
        }
        String gap = between.strip();
        if (gap.startsWith(",") || gap.startsWith("(")) {
            f.add("appos_first_" + types);
        }
        if (gap.endsWith(",") || gap.endsWith("(")) {
            f.add("appos_second_" + types);
        }
        if (between.startsWith("'s") || between.startsWith("’s") || between.equals("'") || between.equals("’")) {
            f.add("poss_" + types);
            if (gap.length() <= 3) {
                f.add("poss_adjacent_" + types);
            }
        }
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : n <= 7 ? "5-7" : n <= 12 ? "8-12" : "13+";
    }
}
