package org.dealgraph.event;

import org.dealgraph.text.Language;
import org.dealgraph.text.Sentence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which amounts of a sentence are a deal's value. Sentences are invented. */
class DealAmountFinderTest {
    private static final DealAmountFinder FINDER = DealAmountFinder.bundled();

    /** The deal amounts of the text read as one sentence, as "value CUR". */
    private static List<String> deals(String text, Language lang) {
        return deals(text, 0, text.length(), lang);
    }

    private static List<String> deals(String text, int begin, int end, Language lang) {
        Sentence s = new Sentence(0, begin, end, text.substring(begin, end), List.of(), false);
        return FINDER.find(text, s, lang).stream().map(a -> a.value().toPlainString() + " " + a.currency()).toList();
    }

    @Test
    void countsThePriceOfADealNotTheResultsBesideIt() {
        assertEquals(List.of("40000000 USD"), deals("Kestrel Dynamics Corp agreed to buy Brightwater Inc for $40m, "
                + "while its revenue rose to $12m.", Language.ENGLISH));
        assertEquals(List.of("1200000000000 IDR"), deals("PT Lintas Data Tbk membeli saham Harmoni senilai Rp 1,2 triliun, "
                + "sementara laba perseroan naik menjadi Rp 300 miliar.", Language.INDONESIAN));
    }

    @Test
    void countsNoAmountWithoutAMoneyWordNearIt() {
        assertEquals(List.of(), deals("Shares of Kestrel closed at a record after the company reported $5bn of orders.", Language.ENGLISH));
        assertEquals(List.of("400000000 EUR"), deals("Officials will look at the provision of a 400m euro loan to the carrier.", Language.ENGLISH));
    }

    @Test
    void countsAConsiderationACommitmentATakeoverAndATotalAsADealsValue() {
        assertEquals(List.of("29500000 GBP"), deals("The consideration of 29.5 mln stg will be met in cash.", Language.ENGLISH));
        assertEquals(List.of("175000000 USD"), deals("Halcyon Partners has increased its underwriting commitment to 175 mln dlrs.",
                Language.ENGLISH));
        assertEquals(List.of("1730000000 USD"), deals("The union protested Dart's proposed 1.73 billion dlr takeover of Supermarkets.",
                Language.ENGLISH));
        assertEquals(List.of("5690000 USD"), deals("It bought the shares in the open market, a total of 5.69 mln dlrs.", Language.ENGLISH));
    }

    @Test
    void neverCountsAPricePerUnitOrARate() {
        assertEquals(List.of("242000000 USD"), deals("Kestrel offered to buy Brightwater for 30.625 dlrs a share, or 242 mln dlrs.", Language.ENGLISH));
        assertEquals(List.of(), deals("Investor membeli saham perseroan dengan harga Rp 5.000 per saham.", Language.INDONESIAN));
        assertEquals(List.of(), deals("Nilai pembelian dihitung dengan kurs Rp14.070 per dolar AS.", Language.INDONESIAN));
    }

    @Test
    void readsAMoneyWordAcrossASentenceSplitAtALineBreak() {
        String text = "Capitol Bancorp said it has sold its 80\npct interest in Lumen Co for 3.1 mln dlrs.";
        int split = text.indexOf("pct");
        assertEquals(List.of("3100000 USD"), deals(text, split, text.length(), Language.ENGLISH));
        String two = "Lumen Co sold its unit last year. Halcyon Corp reported 3.1 mln dlrs.";
        assertEquals(List.of(), deals(two, two.indexOf("Halcyon"), two.length(), Language.ENGLISH),
                "a money word in the sentence before a full stop is not this amount's");
    }

    @Test
    void theAmountFoundIsTheParsersWholeAmount() {
        String text = "Kestrel agreed to pay a fine of one billion dlrs.";
        Sentence s = new Sentence(0, 0, text.length(), text, List.of(), false);
        Amount a = FINDER.find(text, s, Language.ENGLISH).get(0);
        assertEquals(0, new BigDecimal("1000000000").compareTo(a.value()));
        assertEquals("one billion dlrs", a.text());
    }
}
