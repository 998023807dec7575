package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
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
 * <p>Source: data/corpus/MANUAL.md, section 3 ("every named participant of the round too" invests in the investee).
 * Immutable and thread-safe.
 */
public final class CoInvestors {
    /** The extractor these findings name as their provenance ({@code dg:extractor}). */
    public static final String NAME = "co-investors";
    /** What stands between two names of one list after the marker: ", ", " and ", ", and ", " dan ". */
    private final Map<Language, Pattern> listGaps;
    private final Map<Language, Pattern> markers;

    private CoInvestors(Map<Language, Pattern> markers, Map<Language, Pattern> listGaps) {
        this.markers = markers;
        this.listGaps = listGaps;
    }

    /** The stage with the participation markers and coordinators of every language of {@code languages}. */
    public static CoInvestors of(LanguageProfiles languages) {
        return new CoInvestors(
                languages.perLanguage(p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + p.alternation(LanguageProfile.File.PARTICIPATION_MARKERS)
                        + "\\s+(?:the\\s+)?")),
                languages.perLanguage(p -> Pattern.compile("(?i)\\s*(?:,\\s*(?:" + p.alternation(LanguageProfile.File.COORDINATORS)
                        + "\\s+)?|\\s+" + p.alternation(LanguageProfile.File.COORDINATORS) + "\\s+)")));
    }

    /**
     * The findings with the co-investors of each sentence's investment added: new {@code investsIn} findings after the
     * others, and the investors joined to the sentence's Investment findings in place.
     *
     * @param entities the article's entities, whose keys the findings name
     */
    public List<Finding> joined(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Pattern marker = markers.get(analyzed.language());
        if (marker == null || findings.stream().noneMatch(CoInvestors::investment)) {
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

    private static final Pattern DROPPED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\s+");

    private static boolean investment(Finding f) {
        return f.relation().filter(r -> r.type() == RelationType.INVESTS_IN).isPresent();
    }
}
