package org.dealgraph.event.argument;

import org.dealgraph.event.Amount;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rent or fee stated with its period is a payment: where a finding reads a customer renting, leasing or using what a
 * supplier offers at a price per period ("rents a fleet of trucks from Dachser for about 2 million euros a month",
 * "menyewa gudang dari PT Puradelta Lestari Tbk dengan biaya sewa Rp 450 juta per bulan"), the customer also
 * {@code pays} the supplier. A price paid once ("buys 150 buses for Rp 300 billion") is no such payment: only an amount
 * with a period ({@code periods.tsv}) makes one, and only one after a word of its price ({@code price-markers.txt}: "for",
 * "dengan biaya sewa", "senilai"), perhaps with one word in small letters between; revenue, growth or savings per period
 * ("mencatat pendapatan Rp 50 miliar per tahun", "menghemat Rp 200 juta per bulan") are none (a verifier's findings).
 *
 * <p>Source of the rule: GUIDELINES.md ({@code pays}: "fees, subscriptions, rent") and data/corpus/MANUAL.md ("{@code pays}:
 * ... fees, rents"); a fresh-user tester's articles stated 7 rents and fees per month that were read as {@code customerOf}
 * alone. Immutable and thread-safe.
 */
public final class RecurringPayments {
    /** The extractor name of the payments this stage adds. */
    public static final String NAME = "recurring-payment";
    /** How far before an amount its price word may start. */
    private static final int REACH = 60;

    /** Per language, its price words at the end of the text before an amount. */
    private final Map<Language, Pattern> priced;

    private RecurringPayments(Map<Language, Pattern> priced) {
        this.priced = Map.copyOf(priced);
    }

    /** The stage with these languages' price words; a language with none adds no payment. */
    public static RecurringPayments of(LanguageProfiles languages) {
        Map<Language, Pattern> priced = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.PRICE_MARKERS).isEmpty()) {
                priced.put(l, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + p.alternation(LanguageProfile.File.PRICE_MARKERS)
                        + ")(?:\\s+\\p{Ll}+)?\\s*$"));
            }
        }
        return new RecurringPayments(priced);
    }

    /**
     * The findings, with a customer's {@code pays} its supplier added for each periodic price of a customer relation.
     *
     * @param analyzed the text the findings were read from (amount offsets are into it)
     */
    public List<Finding> paid(AnalyzedText analyzed, List<Finding> findings) {
        Pattern price = priced.get(analyzed.language());
        if (price == null) {
            return findings;
        }
        String text = analyzed.text();
        List<Finding> out = new ArrayList<>(findings);
        Set<String> paid = new HashSet<>();
        for (Finding f : findings) {
            f.relation().filter(r -> r.type() == RelationType.PAYS).ifPresent(r -> paid.add(r.subject() + " " + r.object()));
        }
        for (Finding f : findings) {
            Optional<Relation> r = f.relation().filter(x -> x.type() == RelationType.CUSTOMER_OF);
            Optional<Amount> a = f.amount().filter(x -> x.period().isPresent() && x.begin() >= 0 && x.begin() <= text.length());
            if (r.isEmpty() || a.isEmpty() || !price.matcher(text.substring(Math.max(0, a.get().begin() - REACH), a.get().begin())).find()
                    || !paid.add(r.get().subject() + " " + r.get().object())) {
                continue;
            }
            Relation c = r.get();
            out.add(Finding.of(new Relation(c.subject(), RelationType.PAYS, c.object(), c.sentence(), NAME, c.confidence(), c.status())));
        }
        return out;
    }
}
