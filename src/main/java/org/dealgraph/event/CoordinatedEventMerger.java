package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges events of one type that a sentence tells as one deal with a list of parties in one role: "RSL Holding and
 * Rosenkranz agreed to buy Reliance" is one acquisition with two acquirers, "American acquired AirCal and ACI Holdings"
 * one with two targets, where the stages before read one event per pair. Two events merge when they share a sentence and
 * every party but one each, the two other parties have the same role, and that sentence names them next to each other
 * in a list: only a comma or a coordinator of the article's language ({@code coordinators.txt}: "and", "dan") between
 * them, perhaps with the quotes around each name or a short bracket after the first ("PT Bank Danamon Indonesia Tbk (BDMN)
 * dan PT Bank Nusantara Parahyangan Tbk"). Chains merge one member at a time ("A, B and C"). The merged event keeps the first event's status, takes the
 * other's amount and date where it has none, the sentences of both and the higher confidence.
 *
 * <p>Source: in the annotated corpus, 200 of 1,774 acquisitions (11%) and 82 of 452 investments have three or more
 * participants, mostly such lists (README, Quality).
 *
 * <p>Immutable and thread-safe.
 */
public final class CoordinatedEventMerger {
    private final Map<Language, Pattern> gaps;

    private CoordinatedEventMerger(Map<Language, Pattern> gaps) {
        this.gaps = Map.copyOf(gaps);
    }

    /**
     * The merger with each language's coordinators: what may stand between two members of a list is a comma, a
     * coordinator, or a comma and a coordinator, with spaces; a closing quote or a bracket of up to 30 characters before
     * that, an opening quote after it.
     */
    public static CoordinatedEventMerger of(LanguageProfiles profiles) {
        Map<Language, Pattern> gaps = new HashMap<>();
        for (Language l : profiles.languages()) {
            String coordinators = profiles.of(l).alternation(LanguageProfile.File.COORDINATORS);
            // a quote may close the first name and open the second ("“Paket Kios Mini” dan “Paket Kios Grosir”"), and a
            // short bracket may follow the first ("PT Bank Danamon Indonesia Tbk (BDMN) dan PT Bank ...")
            gaps.put(l, Pattern.compile("(?i)[\"”’»]?(?:\\s*\\([^()]{1,30}\\))?(?:\\s*,\\s*|\\s*,?\\s+(?:" + coordinators
                    + ")\\s+)[\"“‘«]?"));
        }
        return new CoordinatedEventMerger(gaps);
    }

    /** The events with those told as one deal with a list of parties merged; order kept, a merged event at the first's place. */
    public List<Event> merge(AnalyzedText text, List<Entity> entities, List<Event> events) {
        Pattern gap = gaps.get(text.language());
        if (gap == null || events.size() < 2) {
            return events;
        }
        Map<String, List<Mention>> mentions = new HashMap<>();
        entities.forEach(e -> mentions.put(e.key(), e.mentions()));
        return PairMerging.untilStable(events, (a, b) -> merged(text, mentions, gap, a, b));
    }

    /** {@code big} with the one party of {@code small} it lacks, where a shared sentence lists that party next to one of big's own. */
    private static Optional<Event> merged(AnalyzedText text, Map<String, List<Mention>> mentions, Pattern gap, Event big, Event small) {
        if (big.type() != small.type()) {
            return Optional.empty();
        }
        Set<String> bigParties = parties(big);
        Set<String> smallParties = parties(small);
        List<Participant> extra = small.participants().stream().filter(p -> !bigParties.contains(p.entity())).toList();
        Set<String> shared = new HashSet<>(smallParties);
        shared.retainAll(bigParties);
        if (extra.size() != 1 || shared.isEmpty() || smallParties.size() != shared.size() + 1) {
            return Optional.empty();
        }
        Participant added = extra.get(0);
        // the parties of big that small lacks, in the role the added one has: the list's other members
        List<Participant> members = big.participants().stream()
                .filter(p -> !smallParties.contains(p.entity()) && p.role().equals(added.role())).toList();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        for (int s : big.sentences()) {
            Optional<Sentence> found = text.sentences().stream().filter(x -> x.index() == s).findFirst();
            if (!small.sentences().contains(s) || found.isEmpty()) {
                continue;
            }
            Sentence sentence = found.get();
            for (Participant m : members) {
                if (listed(text.text(), sentence, gap, mentions.getOrDefault(m.entity(), List.of()),
                        mentions.getOrDefault(added.entity(), List.of()))) {
                    return Optional.of(absorb(big, small, added));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a mention of one and a mention of the other stand next to each other in the sentence, a list's gap between. */
    private static boolean listed(String text, Sentence s, Pattern gap, List<Mention> a, List<Mention> b) {
        for (Mention x : a) {
            for (Mention y : b) {
                if (x.begin() < s.begin() || x.end() > s.end() || y.begin() < s.begin() || y.end() > s.end()) {
                    continue;
                }
                Mention first = x.begin() < y.begin() ? x : y;
                Mention second = first == x ? y : x;
                if (first.end() <= second.begin() && gap.matcher(text.substring(first.end(), second.begin())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> parties(Event e) {
        return SubsetEventMerger.parties(e);
    }

    /** {@code big} with the added party, and with what {@link SubsetEventMerger#absorb} takes from {@code small}. */
    private static Event absorb(Event big, Event small, Participant added) {
        List<Participant> participants = new ArrayList<>(big.participants());
        participants.add(added);
        return SubsetEventMerger.absorb(new Event(big.type(), participants, big.amount(), big.date(), big.status(), big.sentences(),
                big.extractor(), big.confidence()), small);
    }
}
