package org.dealgraph.event.argument;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.EventType;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Participant;
import org.dealgraph.mention.EntityType;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authority of a regulatory action is a government, a regulator, a court or an official (GUIDELINES: executive orders,
 * rulings, regulator decisions), never a company or a product. A RegulatoryAction finding, of whatever extractor, whose
 * {@code authority} is a product, or an organization whose name bears a legal form of any language ({@code
 * legal-forms.tsv}: "Inc", "PT", "Tbk", "Persero"), is dropped: "Brightwater Power Ltd rejected ...", "PT Mitra Kapital
 * membatalkan rencana ...", "PT Biofarma (Persero) menetapkan ..." state no regulator's act. Every other finding is kept,
 * in its order.
 *
 * <p>Why: on a held-out fifth of the train split the trigger and cue stages' regulatory actions were right 18 times in 194
 * (README, Quality). Immutable and thread-safe.
 */
public final class Authorities {
    /** The role of the one who acts in a regulatory action (data/schema/events.tsv). */
    static final String AUTHORITY = "authority";
    /** The role of the buyer in an acquisition (data/schema/events.tsv). */
    static final String ACQUIRER = "acquirer";
    /** The role of the one a regulatory action decides on (data/schema/events.tsv). */
    static final String TARGET = "target";
    private final Set<String> legalForms;

    private Authorities(Set<String> legalForms) {
        this.legalForms = Set.copyOf(legalForms);
    }

    /** The check with the legal forms of every language of {@code languages}. */
    public static Authorities of(LanguageProfiles languages) {
        Set<String> forms = new java.util.HashSet<>(languages.legalForms(true));
        forms.addAll(languages.legalForms(false));
        return new Authorities(forms);
    }

    /**
     * The findings but the regulatory actions whose authority is a company or a product, and without a regulator of the
     * sentence as a deal's buyer.
     *
     * @param entities the article's entities, whose keys the findings' participants name
     */
    public List<Finding> plausible(List<Entity> entities, List<Finding> findings) {
        if (findings.stream().noneMatch(f -> f.event().filter(e -> e == EventType.REGULATORY_ACTION).isPresent())) {
            return findings; // most articles: no regulatory action, nothing to look up
        }
        Map<String, Entity> byKey = new java.util.HashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        List<Finding> out = new ArrayList<>(findings.size());
        Map<Integer, Set<String>> regulators = new java.util.HashMap<>();
        Map<Integer, Set<String>> approved = new java.util.HashMap<>();
        for (Finding f : findings) {
            boolean company = f.event().filter(e -> e == EventType.REGULATORY_ACTION).isPresent() && f.participants().stream()
                    .filter(p -> p.role().equals(AUTHORITY)).map(Participant::entity).map(byKey::get)
                    .anyMatch(e -> e != null && company(e));
            if (!company) {
                out.add(f);
                if (f.event().filter(e -> e == EventType.REGULATORY_ACTION).isPresent()) {
                    f.participants().stream().filter(p -> p.role().equals(AUTHORITY))
                            .forEach(p -> regulators.computeIfAbsent(f.sentence(), k -> new java.util.HashSet<>()).add(p.entity()));
                    f.participants().stream().filter(p -> p.role().equals(TARGET))
                            .forEach(p -> approved.computeIfAbsent(f.sentence(), k -> new java.util.HashSet<>()).add(p.entity()));
                }
            }
        }
        return regulators.isEmpty() ? out : out.stream().map(f -> withoutRegulator(f, regulators.getOrDefault(f.sentence(), Set.of()),
                        approved.getOrDefault(f.sentence(), Set.of())))
                .flatMap(java.util.Optional::stream).toList();
    }

    /**
     * A deal of the sentence of a regulatory action without its authority as the buyer: "KPPU menyetujui penggabungan
     * usaha antara PT Semen Baturaja Tbk dan PT Semen Nusa Jaya", "the CMA cleared Bramwell Health's takeover of Oakridge"
     * (a fresh-user tester's finding, V5). The regulator decides on the deal; it is no party to it. Where the regulatory action
     * has one target, and that is not the deal's target, the target is the buyer in the regulator's place ("Harlow Bancorp got
     * approval from the Federal Reserve to buy Pinecrest Bank", "PT A mendapat persetujuan OJK untuk mengakuisisi PT B": a
     * fresh-user tester's finding). A deal whose only party the regulator is stays as it is, and a finding left with neither
     * its relation nor an event is dropped.
     *
     * @param approved the targets of the sentence's regulatory actions
     */
    private static java.util.Optional<Finding> withoutRegulator(Finding f, Set<String> regulators, Set<String> approved) {
        if (regulators.isEmpty() || f.event().filter(e -> e == EventType.REGULATORY_ACTION).isPresent()) {
            return java.util.Optional.of(f);
        }
        boolean acquisition = f.event().filter(e -> e == EventType.ACQUISITION).isPresent();
        String buyer = approved.size() == 1 ? approved.iterator().next() : null;
        java.util.Optional<org.dealgraph.event.Relation> relation = f.relation().flatMap(r -> !(regulators.contains(r.subject())
                && (r.type() == org.dealgraph.event.RelationType.ACQUIRES || r.type() == org.dealgraph.event.RelationType.SEEKS_TO_ACQUIRE))
                ? java.util.Optional.of(r)
                : java.util.Optional.ofNullable(buyer).filter(b -> !b.equals(r.object()))
                        .map(b -> new org.dealgraph.event.Relation(b, r.type(), r.object(), r.sentence(), r.extractor(), r.confidence(), r.status())));
        List<Participant> participants = acquisition
                ? f.participants().stream().filter(p -> !(p.role().equals(ACQUIRER) && regulators.contains(p.entity()))).toList()
                : f.participants();
        if (acquisition && buyer != null && participants.size() < f.participants().size()
                && participants.stream().noneMatch(p -> p.entity().equals(buyer))) {
            participants = new ArrayList<>(participants);
            participants.add(0, new Participant(ACQUIRER, buyer));
        }
        if (relation.equals(f.relation()) && participants.equals(f.participants())) {
            return java.util.Optional.of(f);
        }
        if (acquisition && participants.isEmpty()) {
            // the regulator the deal's only party: the regulatory action is likelier wrong ("receive government approval of
            // the purchase" read with the buyer as its authority) than the deal
            return java.util.Optional.of(f);
        }
        if (relation.isEmpty() && f.event().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(relation, f.event(), participants, f.amount(), f.date(), f.status(), f.sentence(),
                f.extractor(), f.confidence()));
    }

    private boolean company(Entity e) {
        if (e.type() == EntityType.PRODUCT) {
            return true;
        }
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.mentions().stream().map(m -> m.text()))
                .flatMap(n -> java.util.Arrays.stream(n.split("[\\s(),]+")))
                .anyMatch(w -> legalForms.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w));
    }
}
