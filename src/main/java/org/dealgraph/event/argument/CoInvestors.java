package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other investors of a funding round, named after a participation marker ({@code participation-markers.txt}: "with
 * participation from", "alongside", "dengan partisipasi dari", "diikuti oleh"): where a sentence reports an investment in an
 * investee ("Kelvaro raised $12 million in a round led by Sequoia Capital, with participation from Accel Partners and
 * Tiger Global"), each organization of the list right after the marker invests in it too: an {@code investsIn} relation
 * and a further investor of the sentence's Investment events. The relation takes the status and confidence of the
 * investment it joins, and this stage's name as its extractor.
 *
 * <p>A round named only by reference in a later sentence ("The round was led by Sequoia Capital") takes its investors the
 * same way ({@code round-leads.txt}, {@code fund-raising.txt}; see {@code byReference}).
 *
 * <p>Source: data/corpus/MANUAL.md, section 3 ("every named participant of the round too" invests in the investee).
 * Immutable and thread-safe.
 */
public final class CoInvestors {
    /** The extractor these findings name as their provenance ({@code dg:extractor}). */
    public static final String NAME = "co-investors";
    /** What stands between two names of one list after the marker: ", ", " and ", ", and ", " dan ". */
    private final Map<Language, Pattern> listGaps;
    private final Map<Language, Pattern> markers;
    private final Map<Language, Pattern> roundLeads;
    private final Map<Language, Pattern> raising;
    /** Per language, a phrase of joining a round right after its investors ({@code round-joins.txt}: "also took part"). */
    private final Map<Language, Pattern> roundJoins;

    private CoInvestors(Map<Language, Pattern> markers, Map<Language, Pattern> listGaps, Map<Language, Pattern> roundLeads,
                        Map<Language, Pattern> raising, Map<Language, Pattern> roundJoins) {
        this.markers = markers;
        this.listGaps = listGaps;
        this.roundLeads = roundLeads;
        this.raising = raising;
        this.roundJoins = roundJoins;
    }

    /** The stage with the participation markers and coordinators of every language of {@code languages}. */
    public static CoInvestors of(LanguageProfiles languages) {
        return new CoInvestors(
                languages.perLanguage(p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + p.alternation(LanguageProfile.File.PARTICIPATION_MARKERS)
                        + "\\s+(?:the\\s+)?")),
                // a member may be described before its name: "and existing investor Toyota Ventures", "serta investor lama Kinesys
                // Capital" (a fresh-user tester's finding; description-nouns.txt)
                languages.perLanguage(p -> Pattern.compile("(?i)\\s*(?:,\\s*(?:" + p.alternation(LanguageProfile.File.COORDINATORS)
                        + "\\s+)?|\\s+" + p.alternation(LanguageProfile.File.COORDINATORS) + "\\s+)(?:(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}?"
                        + p.alternation(LanguageProfile.File.DESCRIPTION_NOUNS) + "s?(?:\\s+(?-i:\\p{Ll})[\\p{L}-]*)?\\s+)?")),
                languages.perLanguage(p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + p.alternation(LanguageProfile.File.ROUND_LEADS)
                        + "\\s*:?\\s+(?:the\\s+)?")),
                languages.perLanguage(p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + p.alternation(LanguageProfile.File.FUND_RAISING)
                        + "(?![\\p{L}\\d])")),
                languages.perLanguage(p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + p.alternation(LanguageProfile.File.ROUND_JOINS)
                        + "(?![\\p{L}\\d])")));
    }

    /**
     * The findings with the co-investors of each sentence's investment added: new {@code investsIn} findings after the
     * others, and the investors joined to the sentence's Investment findings in place.
     *
     * @param entities the article's entities, whose keys the findings name
     */
    public List<Finding> joined(AnalyzedText analyzed, List<Entity> entities, List<Finding> stated) {
        Pattern marker = markers.get(analyzed.language());
        if (marker == null) {
            return stated;
        }
        List<Finding> findings = byReference(analyzed, entities, stated);
        if (findings.stream().noneMatch(CoInvestors::investment)) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings);
        List<Finding> added = new ArrayList<>();
        String text = analyzed.text();
        for (Sentence s : analyzed.sentences()) {
            Optional<Relation> round = findings.stream().flatMap(f -> f.relation().stream())
                    .filter(r -> r.type() == RelationType.INVESTS_IN && r.sentence() == s.index())
                    .max(Comparator.comparingDouble(Relation::confidence));
            if (round.isEmpty()) {
                continue;
            }
            String investee = round.get().object();
            Matcher m = marker.matcher(text).region(s.begin(), s.end());
            Set<String> investors = new LinkedHashSet<>();
            while (m.find()) {
                investors.addAll(listAfter(analyzed, entities, m.end(), s));
            }
            investors.remove(investee);
            for (String investor : investors) {
                Relation r = round.get();
                added.add(new Finding(Optional.of(new Relation(investor, RelationType.INVESTS_IN, investee, s.index(), NAME,
                        r.confidence(), r.status())), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), r.status(),
                        s.index(), NAME, r.confidence()));
            }
            if (investors.isEmpty()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Finding f = out.get(i);
                if (f.sentence() == s.index() && f.event().filter(EventType.INVESTMENT::equals).isPresent()
                        && f.participants().contains(new Participant("investee", investee))) {
                    List<Participant> parts = new ArrayList<>(f.participants());
                    investors.stream().map(e -> new Participant("investor", e)).filter(p -> !parts.contains(p)).forEach(parts::add);
                    out.set(i, new Finding(f.relation(), f.event(), parts, f.amount(), f.date(), f.status(), f.sentence(),
                            f.extractor(), f.confidence()));
                }
            }
        }
        out.addAll(added);
        return out;
    }

    /**
     * The findings with the investors of each round a sentence names only by reference ("The round was led by Sequoia
     * Capital", "Putaran ini juga diikuti oleh MDI Ventures dan Alpha JWC Ventures"; {@code round-leads.txt}) added: each
     * organization of the list after the phrase invests in the round's investee, at confidence 0.7 and status announced.
     * The investee is the organization right before a fund raising ({@code fund-raising.txt}: "Kelvaro raised $12 million
     * in a Series A round") earlier in the same sentence, else of one of the two sentences before the object of its most
     * confident {@code investsIn} or the organization right before its fund raising. The sentence's own readings of the
     * listed investors as investees go; the investors join the Investment of the investee in the sentence it was read
     * from, or make one of their own sentence where that sentence reports none. Source: data/corpus/MANUAL.md, section 3
     * (the round's investors invest in the company that raises it); the shape is a fresh-user tester's finding, in both
     * languages.
     */
    private List<Finding> byReference(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Pattern lead = roundLeads.get(analyzed.language());
        Pattern raise = raising.get(analyzed.language());
        String text = analyzed.text();
        List<Finding> out = new ArrayList<>(findings);
        List<Finding> added = new ArrayList<>();
        Pattern join = roundJoins.get(analyzed.language());
        for (Sentence s : analyzed.sentences()) {
            Matcher m = lead.matcher(text).region(s.begin(), s.end());
            Set<String> investors = new LinkedHashSet<>();
            int leadAt = -1;
            while (m.find()) {
                investors.addAll(listAfter(analyzed, entities, m.end(), s));
                leadAt = leadAt < 0 ? m.start() : leadAt;
            }
            // "Existing backers HV Capital and Cherry Ventures also took part, along with new investor Temasek": the list right
            // before a phrase of joining the round, and the one after a participation marker after it (a fresh-user tester's
            // finding)
            Matcher j = join.matcher(text).region(s.begin(), s.end());
            while (j.find()) {
                List<String> before = listBefore(analyzed, entities, j.start(), s);
                if (before.isEmpty()) {
                    continue;
                }
                investors.addAll(before);
                leadAt = leadAt < 0 ? j.start() : leadAt;
                Matcher along = markers.get(analyzed.language()).matcher(text).region(j.end(), s.end());
                if (along.find() && text.substring(j.end(), along.start()).matches("[\\s,]*")) {
                    investors.addAll(listAfter(analyzed, entities, along.end(), s));
                }
            }
            if (investors.isEmpty()) {
                continue;
            }
            // the fund raising earlier in the sentence itself (a period the splitter read as an initial's: "Seri A. Putaran ini"),
            // else the investment or fund raising of one of the two sentences before
            Optional<String> investee = raiser(analyzed.text(), s, leadAt, entities, raise);
            int from = s.index();
            for (int k = s.index() - 1; k >= Math.max(0, s.index() - 2) && investee.isEmpty(); k--) {
                investee = investeeOf(analyzed, analyzed.sentences().get(k), entities, findings, raise);
                from = k;
            }
            if (investee.isEmpty()) {
                continue;
            }
            investors.remove(investee.get());
            // the listed investors are no investees of the sentence's own reading ("Putaran ini juga diikuti oleh MDI Ventures")
            out.removeIf(f -> f.sentence() == s.index() && (f.relation().filter(r -> r.type() == RelationType.INVESTS_IN
                    && investors.contains(r.object())).isPresent() || f.event().filter(EventType.INVESTMENT::equals).isPresent()
                    && f.participants().stream().anyMatch(p -> p.role().equals("investee") && investors.contains(p.entity()))));
            List<Participant> parts = new ArrayList<>();
            investors.forEach(i -> parts.add(new Participant("investor", i)));
            parts.add(new Participant("investee", investee.get()));
            // the round's own event, where the sentence it was read from reports one, takes the investors (one deal)
            boolean first = !joinEvent(out, from, investee.get(), investors);
            for (String investor : investors) {
                Relation r = new Relation(investor, RelationType.INVESTS_IN, investee.get(), s.index(), NAME, ROUND_CONFIDENCE,
                        DealStatus.ANNOUNCED);
                added.add(new Finding(Optional.of(r), first ? Optional.of(EventType.INVESTMENT) : Optional.empty(),
                        first ? parts : List.of(), Optional.empty(), Optional.empty(), DealStatus.ANNOUNCED, s.index(), NAME,
                        ROUND_CONFIDENCE));
                first = false;
            }
        }
        if (added.isEmpty()) {
            return findings;
        }
        out.addAll(added);
        return out;
    }

    /** Whether sentence {@code sentence} holds an Investment of {@code investee}, each now with {@code investors} among its investors. */
    private static boolean joinEvent(List<Finding> out, int sentence, String investee, Set<String> investors) {
        boolean joined = false;
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (f.sentence() == sentence && f.event().filter(EventType.INVESTMENT::equals).isPresent()
                    && f.participants().contains(new Participant("investee", investee))) {
                List<Participant> parts = new ArrayList<>(f.participants());
                investors.stream().map(e -> new Participant("investor", e)).filter(p -> !parts.contains(p)).forEach(parts::add);
                out.set(i, new Finding(f.relation(), f.event(), parts, f.amount(), f.date(), f.status(), f.sentence(),
                        f.extractor(), f.confidence()));
                joined = true;
            }
        }
        return joined;
    }

    /** The confidence of an investment read from a round named by reference. */
    static final double ROUND_CONFIDENCE = 0.7;

    /** The investee of sentence {@code s}: the object of its most confident {@code investsIn}, or the organization right before its fund raising. */
    private static Optional<String> investeeOf(AnalyzedText analyzed, Sentence s, List<Entity> entities, List<Finding> findings, Pattern raise) {
        Optional<String> object = findings.stream().flatMap(f -> f.relation().stream())
                .filter(r -> r.type() == RelationType.INVESTS_IN && r.sentence() == s.index())
                .max(Comparator.comparingDouble(Relation::confidence)).map(Relation::object);
        if (object.isPresent()) {
            return object;
        }
        return raiser(analyzed.text(), s, s.end(), entities, raise);
    }

    /** The organization right before the first fund raising of sentence {@code s} before {@code end}. */
    private static Optional<String> raiser(String text, Sentence s, int end, List<Entity> entities, Pattern raise) {
        Matcher m = raise.matcher(text).region(s.begin(), end);
        if (!m.find()) {
            return Optional.empty();
        }
        int at = m.start();
        Entity best = null;
        int bestEnd = -1;
        for (Entity e : entities) {
            for (Mention x : e.mentions()) {
                if (x.begin() >= s.begin() && x.end() <= at && x.end() > bestEnd) {
                    best = e;
                    bestEnd = x.end();
                }
            }
        }
        return best != null && best.type() == EntityType.ORGANIZATION ? Optional.of(best.key()) : Optional.empty();
    }

    /** The organizations of the list that opens at {@code from}: one right there, the next after each list gap. */
    private List<String> listAfter(AnalyzedText analyzed, List<Entity> entities, int from, Sentence s) {
        Pattern gap = listGaps.get(analyzed.language());
        List<String> out = new ArrayList<>();
        int at = from;
        // a capitalized word the finders left out of the first name ("Alpha" of "Alpha JWC Ventures") does not end the list
        Matcher dropped = DROPPED_WORD.matcher(analyzed.text()).region(from, s.end());
        int skipped = dropped.lookingAt() ? dropped.end() : -1;
        while (at < s.end()) {
            final int here = at;
            Optional<Map.Entry<Entity, Mention>> next = entities.stream()
                    .flatMap(e -> e.mentions().stream().filter(m -> m.begin() == here || out.isEmpty() && m.begin() == skipped)
                            .map(m -> Map.entry(e, m)))
                    .findFirst();
            if (next.isEmpty() || next.get().getKey().type() != EntityType.ORGANIZATION) {
                break;
            }
            out.add(next.get().getKey().key());
            Matcher g = gap.matcher(analyzed.text()).region(next.get().getValue().end(), s.end());
            if (!g.lookingAt()) {
                break;
            }
            at = g.end();
        }
        return out;
    }

    /**
     * The organizations of the list that ends right before {@code to} (a word or two in small letters between: "also"), each
     * one before the last after a list gap; empty where no organization's name ends there.
     */
    private List<String> listBefore(AnalyzedText analyzed, List<Entity> entities, int to, Sentence s) {
        Pattern gap = listGaps.get(analyzed.language());
        String text = analyzed.text();
        List<Map.Entry<Entity, Mention>> in = entities.stream()
                .flatMap(e -> e.mentions().stream().filter(m -> m.begin() >= s.begin() && m.end() <= to).map(m -> Map.entry(e, m)))
                .sorted(Comparator.comparingInt(x -> x.getValue().begin())).toList();
        List<String> out = new ArrayList<>();
        int end = to;
        for (int i = in.size() - 1; i >= 0; i--) {
            Map.Entry<Entity, Mention> x = in.get(i);
            String between = text.substring(x.getValue().end(), end);
            boolean first = out.isEmpty();
            boolean joined = first ? between.matches("\\s*(?:\\p{Ll}+\\s+){0,2}") : gap.matcher(between).matches();
            if (!joined || x.getKey().type() != EntityType.ORGANIZATION) {
                break;
            }
            out.add(0, x.getKey().key());
            end = x.getValue().begin();
        }
        return out;
    }

    private static final Pattern DROPPED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\s+");

    private static boolean investment(Finding f) {
        return f.relation().filter(r -> r.type() == RelationType.INVESTS_IN).isPresent();
    }
}
