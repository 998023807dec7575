package org.dealgraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges one article's findings into its facts: each relation at most once per subject,
 * predicate and object (the most confident evidence kept), each deal or event once per type and
 * set of participants (its most advanced status, the first amount and date stated, all the
 * sentences that report it). Where one pair is both acquired and sought, the more confident
 * reading wins; an acquisition only sought keeps a bid's status ("plans to acquire": rumored, not
 * agreed by another reading); an acquisition of a pair with an investment and no acquisition or bid
 * ("membeli 20 persen saham X"), an acquisition whose buyer's relation names another target in that
 * sentence (the seller: "membeli 51 persen saham X dari Y"), and an investment of a pair bought
 * outright, are no events. An article gives a thing one owner: the classifier's other owners of it go
 * ({@link #oneOwner}); where a rule reads a company's buyer, or a plaintiff's defendant, in a sentence, the classifier's
 * other buyers of it, or defendants, there go ({@link #ruledBuyers}). Findings below the confidence threshold are dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class FactMerger {
    private final double threshold;

    public FactMerger(double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public record Facts(List<Relation> relations, List<Event> events) {
        public Facts {
            relations = List.copyOf(relations);
            events = List.copyOf(events);
        }
    }

    public Facts merge(List<Finding> all) {
        List<Finding> findings = ruledBuyers(oneOwner(all));
        Map<String, Relation> relations = new LinkedHashMap<>();
        Map<String, List<Finding>> events = new LinkedHashMap<>();
        Set<String> sold = soldBy(findings);
        Set<String> held = heldBySeller(findings);
        Set<String> staked = stakesBought(findings);
        Set<String> stated = new HashSet<>(); // each relation's type, subject and sentence, as read before merging
        for (Finding f : findings) {
            if (f.confidence() < threshold || f.relation().filter(r -> sold.contains(r.subject() + " " + r.object() + " " + r.sentence())
                    && (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE || r.type() == RelationType.INVESTS_IN))
                    .isPresent()) {
                continue;
            }
            // the seller of a stake is neither its buyer nor an investor in the company in that sentence: it sells out
            if (f.relation().filter(r -> held.contains(r.subject() + " " + r.object() + " " + r.sentence())
                    && (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE || r.type() == RelationType.INVESTS_IN))
                    .isPresent()) {
                continue;
            }
            // buying a stake in a company from its holder is an investment in it, not its acquisition
            if (f.relation().filter(r -> staked.contains(r.subject() + " " + r.object() + " " + r.sentence())
                    && (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE)).isPresent()) {
                continue;
            }
            f.relation().ifPresent(r -> relations.merge(r.factKey(), r, (a, b) -> b.confidence() > a.confidence() ? b : a));
            f.relation().ifPresent(r -> stated.add(stated(r.type(), r.subject(), r.sentence())));
            f.event().ifPresent(t -> events.computeIfAbsent(eventKey(t, f), k -> new ArrayList<>()).add(f));
        }
        resolveAcquisitionConflicts(relations);
        resolveOwnershipConflicts(relations);
        resolveServiceConflicts(relations);
        List<Relation> payments = resolvePaymentConflicts(relations);
        dropPricesPaid(relations);
        relations.values().removeIf(r -> (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE
                || r.type() == RelationType.INVESTS_IN && r.extractor().equals(ClassifierRelationExtractor.NAME))
                && employs(relations, new String[] {r.subject(), r.object()}, r.sentence()));
        List<Event> out = new ArrayList<>();
        joinPartialEvents(events);
        for (List<Finding> group : events.values()) {
            Finding best = group.stream().max(Comparator.comparingDouble(Finding::confidence)).orElseThrow();
            DealStatus status = group.stream().map(Finding::status).max(Comparator.comparingInt(DealStatus::progress)).orElseThrow();
            EventType type = best.event().orElseThrow();
            String[] pair = pair(type, best.participants());
            if (pair != null && type == EventType.ACQUISITION) {
                Relation sought = relations.get(key(pair, RelationType.SEEKS_TO_ACQUIRE));
                if (relations.containsKey(key(pair, RelationType.INVESTS_IN)) && sought == null
                        && !relations.containsKey(key(pair, RelationType.ACQUIRES))) {
                    continue; // a stake bought is an investment, not the company's acquisition ("membeli 20 persen saham X")
                }
                if (sought == null && !relations.containsKey(key(pair, RelationType.ACQUIRES))
                        && boughtElse(relations, pair, group)) {
                    continue; // the buyer's relation names another target in that sentence: this one is the seller ("dari PT Y")
                }
                if (sought != null && !relations.containsKey(key(pair, RelationType.ACQUIRES)) && !BID.contains(status)) {
                    // the deal is only sought ("plans to acquire"): it stands where its bid does, not agreed by another reading
                    status = group.stream().map(Finding::status).filter(BID::contains)
                            .max(Comparator.comparingInt(DealStatus::progress)).orElse(sought.status());
                }
            }
            if (pair == null && type == EventType.ACQUISITION && stakeBuyerOnly(stated, best.participants())) {
                continue; // "bought a 40% stake in X": the trigger's buyer without its target is the investment's investor
            }
            if (pair != null && type == EventType.PARTNERSHIP && best.extractor().equals(ClassifierRelationExtractor.NAME)
                    && serviceOnly(relations, pair)) {
                continue; // a supply or service contract a rule reads is no partnership (see resolveServiceConflicts)
            }
            if (pair != null && (type == EventType.ACQUISITION || type == EventType.INVESTMENT && group.stream()
                    .allMatch(f -> f.extractor().equals(ClassifierRelationExtractor.NAME)))
                    && group.stream().allMatch(f -> employs(relations, pair, f.sentence()))) {
                continue; // who works for a company does not buy it or invest in it (see employs)
            }
            if (pair != null && type == EventType.PAYMENT
                    && group.stream().allMatch(f -> bought(relations, pair, f.sentence()) || invested(relations, pair, f.sentence()))) {
                continue; // the price of a company bought is no payment to it (see dropPricesPaid)
            }
            if (type == EventType.ACQUISITION && advisesOnly(relations, group)) {
                continue; // the adviser a rule reads as retained is no buyer the trigger stage reads beside it
            }
            if (type == EventType.ACQUISITION && buysFromItsPayer(relations, payments, group)) {
                continue; // the payee of a payment a rule reads is its seller, no buyer (see resolvePaymentConflicts)
            }
            if (pair != null && type == EventType.INVESTMENT && relations.containsKey(key(pair, RelationType.ACQUIRES))
                    && !relations.containsKey(key(pair, RelationType.INVESTS_IN))) {
                continue; // the company bought outright is no investment in it
            }
            Optional<Amount> amount = group.stream().map(Finding::amount).flatMap(Optional::stream).findFirst();
            Optional<String> date = group.stream().map(Finding::date).flatMap(Optional::stream).findFirst();
            List<Integer> sentences = group.stream().map(Finding::sentence).distinct().sorted().toList();
            // a role only some findings know ("seller") is kept: the others do not contradict it; a party the best finding
            // already gives a role keeps it ("the acquisition of K by H" read both ways is H's acquisition of K, not both)
            List<Participant> participants = new ArrayList<>(best.participants());
            group.stream().flatMap(f -> f.participants().stream())
                    .filter(p -> participants.stream().noneMatch(q -> q.entity().equals(p.entity()))).forEach(participants::add);
            out.add(new Event(type, participants, amount, date, status, sentences,
                    best.extractor(), best.confidence()));
        }
        return new Facts(new ArrayList<>(relations.values()), out);
    }

    /**
     * The findings but the trained classifier's second owners of a thing ({@code ownedBy}: its parent
     * or maker, GUIDELINES), which an article gives one owner. Where a rule names the owner anywhere
     * in the article, the classifier's other owners go ("cloud Azure milik Microsoft": the ownership
     * phrase names Microsoft, so not OpenAI, named with Azure in another sentence); among the
     * classifier's owners alone, one sentence's most probable stays.
     */
    private List<Finding> oneOwner(List<Finding> findings) {
        Map<String, Finding> owner = new java.util.HashMap<>();
        Map<String, Set<String>> ruled = new java.util.HashMap<>();
        for (Finding f : findings) {
            Optional<Relation> r = f.relation().filter(x -> x.type() == RelationType.OWNED_BY);
            if (r.isPresent() && f.confidence() >= threshold) {
                owner.merge(r.get().subject() + " " + r.get().sentence(), f, FactMerger::firmer);
                if (!r.get().extractor().equals(ClassifierRelationExtractor.NAME)) {
                    ruled.computeIfAbsent(r.get().subject(), k -> new java.util.HashSet<>()).add(r.get().object());
                }
            }
        }
        if (owner.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Relation> r = f.relation().filter(x -> x.type() == RelationType.OWNED_BY
                    && x.extractor().equals(ClassifierRelationExtractor.NAME));
            if (r.isPresent()) {
                Finding chosen = owner.get(r.get().subject() + " " + r.get().sentence());
                Set<String> byRule = ruled.getOrDefault(r.get().subject(), Set.of());
                if (chosen != null && !chosen.relation().orElseThrow().object().equals(r.get().object())
                        || !byRule.isEmpty() && !byRule.contains(r.get().object())) {
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The findings but the trained classifier's buyers of a company ({@code acquires}, {@code seeksToAcquire}) in a sentence
     * where a rule reads another buyer of it, and the classifier's buyer is no rule's buyer there: the rule read the deal's
     * frame, and the other name in it blocks, reviews or reports the deal ("KPPU memblokir akuisisi PT H oleh PT K": K's bid,
     * not KPPU's). A rule's own buyers all stay (a consortium). Likewise a plaintiff's defendants ({@code sues}): where a
     * rule reads whom one sues in a sentence, the classifier's others it sues there go ("The FTC has sued Vantor to block its
     * purchase of Kestrel": not Kestrel).
     */
    private List<Finding> ruledBuyers(List<Finding> findings) {
        Map<String, Set<String>> ruled = new java.util.HashMap<>();
        for (Finding f : findings) {
            f.relation().filter(r -> !r.extractor().equals(ClassifierRelationExtractor.NAME) && f.confidence() >= threshold).ifPresent(r -> {
                if (buying(r)) {
                    ruled.computeIfAbsent(r.object() + " " + r.sentence(), k -> new HashSet<>()).add(r.subject());
                } else if (r.type() == RelationType.SUES) {
                    ruled.computeIfAbsent("sues " + r.subject() + " " + r.sentence(), k -> new HashSet<>()).add(r.object());
                }
            });
        }
        if (ruled.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Relation> r = f.relation().filter(x -> x.extractor().equals(ClassifierRelationExtractor.NAME));
            if (r.isPresent() && buying(r.get())) {
                Set<String> buyers = ruled.get(r.get().object() + " " + r.get().sentence());
                if (buyers != null && !buyers.contains(r.get().subject())) {
                    continue;
                }
            } else if (r.isPresent() && r.get().type() == RelationType.SUES) {
                // "The FTC has sued Vantor to block its purchase of Kestrel": a rule reads the one sued; Kestrel is not
                Set<String> sued = ruled.get("sues " + r.get().subject() + " " + r.get().sentence());
                if (sued != null && !sued.contains(r.get().object())) {
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static boolean buying(Relation r) {
        return r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE;
    }

    /** Of two owners of one thing in one sentence: a rule's over the classifier's, else the more confident. */
    private static Finding firmer(Finding a, Finding b) {
        boolean ruleA = !a.extractor().equals(ClassifierRelationExtractor.NAME);
        boolean ruleB = !b.extractor().equals(ClassifierRelationExtractor.NAME);
        if (ruleA != ruleB) {
            return ruleA ? a : b;
        }
        return b.confidence() > a.confidence() ? b : a;
    }

    /** "buyer target sentence" for each stake a finding says was bought from a seller (buyer investsIn target, with a seller role). */
    private static Set<String> stakesBought(List<Finding> findings) {
        Set<String> out = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.participants().stream().anyMatch(p -> p.role().equals(CueRelationExtractor.SELLER))) {
                f.relation().filter(r -> r.type() == RelationType.INVESTS_IN)
                        .ifPresent(r -> out.add(r.subject() + " " + r.object() + " " + r.sentence()));
            }
        }
        return out;
    }

    /**
     * "buyer seller sentence" for each sale a finding names a seller in: whatever else reads that
     * sentence, the buyer does not buy or invest in the seller there; it buys from it.
     */
    private static Set<String> soldBy(List<Finding> findings) {
        Set<String> out = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.event().isEmpty() || f.participants().isEmpty()) {
                continue;
            }
            String buyer = f.participants().get(0).entity();
            f.participants().stream().filter(p -> p.role().equals(CueRelationExtractor.SELLER))
                    .forEach(p -> out.add(buyer + " " + p.entity() + " " + f.sentence()));
        }
        return out;
    }

    /**
     * "seller company sentence" for each sale a finding names a seller in: the company sold or the one whose stake is
     * sold (the sale's second role: target, investee), which the seller does not buy or invest in there
     * ("Kestrel agreed to acquire Halcyon's 44 percent stake in Nimbus": Halcyon sells its stake in Nimbus).
     */
    private static Set<String> heldBySeller(List<Finding> findings) {
        Set<String> out = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.event().isEmpty() || f.participants().size() < 2) {
                continue;
            }
            String company = f.participants().get(1).entity();
            f.participants().stream().filter(p -> p.role().equals(CueRelationExtractor.SELLER))
                    .forEach(p -> out.add(p.entity() + " " + company + " " + f.sentence()));
        }
        return out;
    }

    private static String eventKey(EventType type, Finding f) {
        // the event is its type and its parties in the type's own roles; a further role ("seller") does not make it another event
        Set<String> parts = f.participants().stream().filter(p -> type.roles().contains(p.role())).map(Participant::entity)
                .collect(Collectors.toCollection(TreeSet::new));
        return type.localName() + " " + parts;
    }

    /**
     * Ownership runs one way: where one finding says A ownedBy B and another B ownedBy A, a rule's
     * reading stays over the classifier's, whose direction comes from word features alone
     * ("induk perusahaannya yakni ByteDance": the parent is named after the marker); between two
     * rules, or two classifier readings, the more confident. And a buyer is no unit of what it buys: the classifier's A
     * {@code ownedBy} B goes where A {@code acquires} or {@code seeksToAcquire} B in the same sentence ("Velta Group sold
     * its Nordic unit to Brask Holdings": Nordic is Velta's, and Brask buys it; Brask is not Nordic's); nor is an investee
     * its investor's unit: the classifier's A {@code ownedBy} B goes where B {@code investsIn} A in that sentence ("a year
     * after Brindle raised $200 million from Accel Partners"; of the corpus's 825 annotated investments, 11 have the
     * investee {@code ownedBy} the investor).
     */
    private static void resolveOwnershipConflicts(Map<String, Relation> relations) {
        List<String> drop = new ArrayList<>();
        for (Relation r : relations.values()) {
            if (r.type() != RelationType.OWNED_BY || drop.contains(r.factKey())) {
                continue;
            }
            if (r.extractor().equals(ClassifierRelationExtractor.NAME) && (bought(relations, new String[] {r.subject(), r.object()}, r.sentence())
                    || funded(relations, r))) {
                drop.add(r.factKey());
                continue;
            }
            String reverse = r.object() + " " + RelationType.OWNED_BY.localName() + " " + r.subject();
            Relation other = relations.get(reverse);
            if (other != null && !drop.contains(reverse)) {
                boolean mine = r.extractor().equals(ClassifierRelationExtractor.NAME);
                boolean theirs = other.extractor().equals(ClassifierRelationExtractor.NAME);
                boolean keepThis = mine != theirs ? !mine : r.confidence() >= other.confidence();
                drop.add(keepThis ? reverse : r.factKey());
            }
        }
        drop.forEach(relations::remove);
    }

    /**
     * A pair a rule reads as customer and supplier ({@code customerOf}: "signed a supply agreement with", "won a contract
     * from", GUIDELINES' service and supply contracts) is no partnership the trained classifier reads in the same pair and
     * the same sentence: its {@code partnersWith}, in either direction, goes (a partnership another sentence states stays).
     * Nor is it ownership the classifier reads there: its {@code ownedBy} of the pair, in either direction, goes too ("Harlow
     * Bank uses software made by Venmere Systems" read as the bank owned by its supplier, a fresh-user tester's probe).
     */
    private static void resolveServiceConflicts(Map<String, Relation> relations) {
        List<String> drop = new ArrayList<>();
        for (Relation r : relations.values()) {
            if (r.type() == RelationType.CUSTOMER_OF && !r.extractor().equals(ClassifierRelationExtractor.NAME)) {
                for (String k : List.of(key(new String[] {r.subject(), r.object()}, RelationType.PARTNERS_WITH),
                        key(new String[] {r.object(), r.subject()}, RelationType.PARTNERS_WITH),
                        key(new String[] {r.subject(), r.object()}, RelationType.OWNED_BY),
                        key(new String[] {r.object(), r.subject()}, RelationType.OWNED_BY))) {
                    Relation p = relations.get(k);
                    if (p != null && p.extractor().equals(ClassifierRelationExtractor.NAME) && p.sentence() == r.sentence()) {
                        drop.add(k);
                    }
                }
            }
        }
        drop.forEach(relations::remove);
    }

    /**
     * An event that names fewer of its type's parties than another of the same type read in the same sentence, all of them
     * among the other's, is that event: its findings join the other's ("Orvana completed the sale of Delmar to Kestrel":
     * the sale of Delmar, completed, with Orvana as seller, is Kestrel's acquisition of Delmar). Where it fits more than
     * one, it stays apart.
     */
    private static void joinPartialEvents(Map<String, List<Finding>> events) {
        List<String> keys = new ArrayList<>(events.keySet());
        for (String k : keys) {
            List<Finding> part = events.get(k);
            Finding first = part.get(0);
            EventType type = first.event().orElseThrow();
            Set<String> parties = roleParties(type, part);
            Set<Integer> sentences = part.stream().map(Finding::sentence).collect(Collectors.toSet());
            List<String> fits = keys.stream().filter(o -> !o.equals(k) && events.containsKey(o)).filter(o -> {
                List<Finding> whole = events.get(o);
                Set<String> more = roleParties(type, whole);
                return whole.get(0).event().orElseThrow() == type && more.size() > parties.size() && more.containsAll(parties)
                        && whole.stream().anyMatch(f -> sentences.contains(f.sentence()));
            }).toList();
            if (fits.size() == 1) {
                events.get(fits.get(0)).addAll(events.remove(k));
            }
        }
    }

    private static Set<String> roleParties(EventType type, List<Finding> group) {
        return group.stream().flatMap(f -> f.participants().stream()).filter(p -> type.roles().contains(p.role()))
                .map(Participant::entity).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A payment runs from buyer to seller, never from the target to its buyer: where a rule reads B {@code pays} A in a
     * sentence ("A court ordered B to pay $5 million to A"), the trained classifier's A {@code acquires} or
     * {@code seeksToAcquire} B in that sentence goes, and so does its A {@code pays} B, the money the other way ("KPPU menjatuhkan
     * denda Rp 15 miliar kepada B": a fresh-user tester's finding); the events are left to {@link #buysFromItsPayer}. A rule's
     * acquisition stays.
     *
     * @return the rules' payments, each the sentence it was read in
     */
    private static List<Relation> resolvePaymentConflicts(Map<String, Relation> relations) {
        List<Relation> payments = relations.values().stream()
                .filter(r -> r.type() == RelationType.PAYS && !r.extractor().equals(ClassifierRelationExtractor.NAME)).toList();
        for (Relation r : payments) {
            String[] payeeBuys = {r.object(), r.subject()};
            for (RelationType type : List.of(RelationType.ACQUIRES, RelationType.SEEKS_TO_ACQUIRE, RelationType.PAYS)) {
                Relation a = relations.get(key(payeeBuys, type));
                if (a != null && a.extractor().equals(ClassifierRelationExtractor.NAME) && a.sentence() == r.sentence()) {
                    relations.remove(a.factKey());
                }
            }
        }
        return payments;
    }

    /**
     * The price paid for a company or a stake in it is no payment to it: where the article reads A {@code acquires},
     * {@code seeksToAcquire} or {@code investsIn} B in a sentence ("Halcyon paid $2 billion for Stellar Networks", "agreed
     * to pay $2 billion to acquire Stellar Networks", "paid $40 million for a stake in Stellar"), A {@code pays} B read in
     * that sentence goes. (GUIDELINES: {@code pays} is fees, subscriptions, rent, fines, settlements; of the corpus's 1,552
     * annotated acquisitions and bids, 2 have a {@code pays} between the same pair, and of its 825 investments, 1.) A
     * payment event between the pair in that sentence goes too.
     */
    private static void dropPricesPaid(Map<String, Relation> relations) {
        relations.values().removeIf(r -> r.type() == RelationType.PAYS && (bought(relations, new String[] {r.subject(), r.object()}, r.sentence())
                || invested(relations, new String[] {r.subject(), r.object()}, r.sentence())));
    }

    /** Whether the article reads the pair's first investing in the second in the sentence. */
    private static boolean invested(Map<String, Relation> relations, String[] pair, int sentence) {
        Relation i = relations.get(key(pair, RelationType.INVESTS_IN));
        return i != null && i.sentence() == sentence;
    }

    /**
     * Whether the article reads the owner of {@code owned} as investing in the owned thing in the sentence it was read in, or
     * a rule reads the owned thing as investing in its owner there ("Lumenic's other investors include Tetsuwa Electronics":
     * the investor is not owned by the company it invests in; a fresh-user tester's finding).
     */
    private static boolean funded(Map<String, Relation> relations, Relation owned) {
        Relation investment = relations.get(key(new String[] {owned.object(), owned.subject()}, RelationType.INVESTS_IN));
        Relation investor = relations.get(key(new String[] {owned.subject(), owned.object()}, RelationType.INVESTS_IN));
        return investment != null && investment.sentence() == owned.sentence()
                || investor != null && investor.sentence() == owned.sentence() && !investor.extractor().equals(ClassifierRelationExtractor.NAME);
    }

    /**
     * Whether a rule reads the pair's first as working for the second in the sentence: then an acquisition or bid between
     * them there, and the classifier's investment, is none ("Budi Santoso bergabung dengan PT Kirana Logistik sebagai
     * direktur utama": he joins the company as an officer, he does not merge with it; a rule's investment stands: an
     * officer may buy the company's shares).
     */
    private static boolean employs(Map<String, Relation> relations, String[] pair, int sentence) {
        Relation works = relations.get(key(pair, RelationType.WORKS_FOR));
        return works != null && works.sentence() == sentence && !works.extractor().equals(ClassifierRelationExtractor.NAME);
    }

    /** Whether the article reads the pair's first {@code acquires} or {@code seeksToAcquire} the second in the sentence. */
    private static boolean bought(Map<String, Relation> relations, String[] pair, int sentence) {
        return java.util.stream.Stream.of(RelationType.ACQUIRES, RelationType.SEEKS_TO_ACQUIRE).map(t -> relations.get(key(pair, t)))
                .anyMatch(a -> a != null && a.sentence() == sentence);
    }

    /**
     * Whether an acquisition's every finding makes the payee of a rule's payment in its sentence the buyer, of the payer
     * or of nothing named ("A court ordered B to pay $5 million to A"; "B membayar Rp 5 miliar kepada A atas pembelian
     * server": A is paid, so A sells), and no rule reads that buyer's acquisition or bid in the article.
     */
    private static boolean buysFromItsPayer(Map<String, Relation> relations, List<Relation> payments, List<Finding> group) {
        for (Finding f : group) {
            String acquirer = role(f, 0);
            String target = role(f, 1);
            boolean paid = acquirer != null && payments.stream().anyMatch(p -> p.sentence() == f.sentence()
                    && p.object().equals(acquirer) && (target == null || p.subject().equals(target)));
            if (!paid) {
                return false;
            }
            boolean ruled = relations.values().stream().anyMatch(r -> (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE)
                    && r.subject().equals(acquirer) && !r.extractor().equals(ClassifierRelationExtractor.NAME));
            if (ruled) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an acquisition only the trigger stage reads has as its buyer the supplier of a rule's {@code customerOf} in
     * the same sentence: the adviser, bank or supplier retained there ("Pelham Ltd retained Lazard to advise on the
     * merger": Lazard advises, it does not merge). A deal a cue or the classifier reads stands.
     */
    private static boolean advisesOnly(Map<String, Relation> relations, List<Finding> group) {
        if (!group.stream().allMatch(f -> f.extractor().equals(TriggerEventExtractor.NAME))) {
            return false;
        }
        return group.stream().allMatch(f -> {
            String acquirer = role(f, 0);
            return acquirer != null && relations.values().stream().anyMatch(r -> r.type() == RelationType.CUSTOMER_OF
                    && !r.extractor().equals(ClassifierRelationExtractor.NAME) && r.object().equals(acquirer)
                    && r.sentence() == f.sentence());
        });
    }

    /** The entity of the finding's event in its type's n-th role, or null. */
    private static String role(Finding f, int n) {
        String role = f.event().orElseThrow().roles().get(n);
        return f.participants().stream().filter(p -> p.role().equals(role)).map(Participant::entity).findFirst().orElse(null);
    }

    /** Whether the pair is customer and supplier, either way round, and not partners. */
    private static boolean serviceOnly(Map<String, Relation> relations, String[] pair) {
        String[] back = {pair[1], pair[0]};
        return (relations.containsKey(key(pair, RelationType.CUSTOMER_OF)) || relations.containsKey(key(back, RelationType.CUSTOMER_OF)))
                && !relations.containsKey(key(pair, RelationType.PARTNERS_WITH)) && !relations.containsKey(key(back, RelationType.PARTNERS_WITH));
    }

    /** The statuses of a deal only sought (GUIDELINES: seeksToAcquire is a bid, a negotiation, an intention or a failed attempt). */
    private static final Set<DealStatus> BID = java.util.EnumSet.of(DealStatus.RUMORED, DealStatus.NEGOTIATING, DealStatus.FAILED,
            DealStatus.CANCELLED);

    /** An event's first and second role's entities (acquirer and target, investor and investee), or null if it has not both. */
    private static String[] pair(EventType type, List<Participant> participants) {
        List<String> roles = type.roles();
        if (roles.size() < 2) {
            return null;
        }
        String first = null;
        String second = null;
        for (Participant p : participants) {
            if (first == null && p.role().equals(roles.get(0))) {
                first = p.entity();
            } else if (second == null && p.role().equals(roles.get(1))) {
                second = p.entity();
            }
        }
        return first == null || second == null ? null : new String[] {first, second};
    }

    /** Whether the acquirer of {@code pair} acquires or seeks another target in a sentence of the event's findings. */
    private static boolean boughtElse(Map<String, Relation> relations, String[] pair, List<Finding> group) {
        Set<Integer> sentences = group.stream().map(Finding::sentence).collect(Collectors.toSet());
        return relations.values().stream().anyMatch(r -> (r.type() == RelationType.ACQUIRES || r.type() == RelationType.SEEKS_TO_ACQUIRE)
                && r.subject().equals(pair[0]) && !r.object().equals(pair[1]) && sentences.contains(r.sentence()));
    }

    /**
     * Whether an acquisition with no target has as its one party an investor of the article who buys nothing in it
     * outright nor bids for anything: the stake a trigger read as bought is that investment ("Harlow buys stake in
     * Venmere" over "Harlow Industries Corp bought a 40% stake in Venmere Pharma Inc"). {@code stated} holds each relation
     * read, as {@link #stated}.
     */
    private static boolean stakeBuyerOnly(Set<String> stated, List<Participant> participants) {
        if (participants.size() != 1) {
            return false;
        }
        String buyer = " " + participants.get(0).entity() + " ";
        return stated.stream().anyMatch(k -> k.startsWith(RelationType.INVESTS_IN.localName() + buyer))
                && stated.stream().noneMatch(k -> k.startsWith(RelationType.ACQUIRES.localName() + buyer)
                || k.startsWith(RelationType.SEEKS_TO_ACQUIRE.localName() + buyer));
    }

    /** A relation's type, subject and sentence as one key. */
    private static String stated(RelationType type, String subject, int sentence) {
        return type.localName() + " " + subject + " " + sentence;
    }

    private static String key(String[] pair, RelationType type) {
        return pair[0] + " " + type.localName() + " " + pair[1];
    }

    private static void resolveAcquisitionConflicts(Map<String, Relation> relations) {
        List<String> drop = new ArrayList<>();
        for (Relation r : relations.values()) {
            if (r.type() == RelationType.ACQUIRES) {
                String seeks = r.subject() + " " + RelationType.SEEKS_TO_ACQUIRE.localName() + " " + r.object();
                Relation other = relations.get(seeks);
                if (other != null) {
                    drop.add(other.confidence() > r.confidence() ? r.factKey() : seeks);
                }
            }
        }
        drop.forEach(relations::remove);
    }
}
