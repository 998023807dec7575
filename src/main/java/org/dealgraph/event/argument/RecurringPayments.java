package org.dealgraph.event.argument;

import org.dealgraph.event.Finding;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rent or fee stated with its period is a payment: where a finding reads a customer renting, leasing or using what a
 * supplier offers at an amount per period ("rents a fleet of trucks from Dachser for about 2 million euros a month",
 * "menyewa gudang dari PT Puradelta Lestari Tbk dengan biaya sewa Rp 450 juta per bulan"), the customer also
 * {@code pays} the supplier. A price paid once ("buys 150 buses for Rp 300 billion") is no such payment: only an amount
 * with a period ({@code periods.tsv}) makes one.
 *
 * <p>Source of the rule: GUIDELINES.md ({@code pays}: "fees, subscriptions, rent") and data/corpus/MANUAL.md ("{@code pays}:
 * ... fees, rents"); a fresh-user tester's articles stated 7 rents and fees per month that were read as {@code customerOf}
 * alone. Immutable and thread-safe.
 */
public final class RecurringPayments {
    /** The extractor name of the payments this stage adds. */
    public static final String NAME = "recurring-payment";

    private RecurringPayments() {
    }

    /** The stage. */
    public static RecurringPayments of() {
        return new RecurringPayments();
    }

    /** The findings, with a customer's {@code pays} its supplier added for each periodic amount of a customer relation. */
    public List<Finding> paid(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        Set<String> paid = new HashSet<>();
        for (Finding f : findings) {
            f.relation().filter(r -> r.type() == RelationType.PAYS).ifPresent(r -> paid.add(r.subject() + " " + r.object()));
        }
        for (Finding f : findings) {
            Optional<Relation> r = f.relation().filter(x -> x.type() == RelationType.CUSTOMER_OF);
            if (r.isEmpty() || f.amount().isEmpty() || f.amount().get().period().isEmpty()
                    || !paid.add(r.get().subject() + " " + r.get().object())) {
                continue;
            }
            Relation c = r.get();
            out.add(Finding.of(new Relation(c.subject(), RelationType.PAYS, c.object(), c.sentence(), NAME, c.confidence(), c.status())));
        }
        return out;
    }
}
