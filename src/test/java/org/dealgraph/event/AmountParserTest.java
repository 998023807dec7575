package org.dealgraph.event;

import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountParserTest {
    private final AmountParser parser = new AmountParser();

    private Amount one(String text, Language lang) {
        List<Amount> found = parser.find(text, 0, text.length(), lang);
        assertEquals(1, found.size(), "amounts in '" + text + "': " + found);
        return found.get(0);
    }

    private void assertAmount(String text, Language lang, String value, String currency) {
        Amount a = one(text, lang);
        assertEquals(0, new BigDecimal(value).compareTo(a.value()), text + " -> " + a.value());
        assertEquals(currency, a.currency(), text);
    }

    @Test
    void normalizesIndonesianAmounts() {
        assertAmount("setoran sebesar Rp 322 miliar ke Microsoft", Language.INDONESIAN, "322000000000", "IDR");
        assertAmount("TikTok Setor Rp 322 Miliar ke Microsoft", Language.INDONESIAN, "322000000000", "IDR");
        assertAmount("dividen Rp 159,53 miliar", Language.INDONESIAN, "159530000000", "IDR");
        assertAmount("aset Rp 2,64 triliun", Language.INDONESIAN, "2640000000000", "IDR");
        assertAmount("membayar US$20 juta", Language.INDONESIAN, "20000000", "USD");
        assertAmount("harga Rp1.500 per saham", Language.INDONESIAN, "1500", "IDR");
        assertAmount("senilai 3,5 miliar dolar AS", Language.INDONESIAN, "3500000000", "USD");
    }

    @Test
    void normalizesEnglishAmounts() {
        assertAmount("offered to pay $300m to settle", Language.ENGLISH, "300000000", "USD");
        assertAmount("will buy Fjord Insurance for NOK 2.1 billion", Language.ENGLISH, "2100000000", "NOK");
        assertAmount("paid SEK 500 million for the building", Language.ENGLISH, "500000000", "SEK");
        assertAmount("raised R$ 3 billion in bonds", Language.ENGLISH, "3000000000", "BRL");
        assertAmount("profit of $1.2bn", Language.ENGLISH, "1200000000", "USD");
        assertAmount("a deal worth €110m", Language.ENGLISH, "110000000", "EUR");
        assertAmount("paid £24.5m in compensation", Language.ENGLISH, "24500000", "GBP");
        assertAmount("a 540bn yen merger", Language.ENGLISH, "540000000000", "JPY");
        assertAmount("for 217 mln dlrs cash", Language.ENGLISH, "217000000", "USD");
        assertAmount("valued at dollars 9.7bn", Language.ENGLISH, "9700000000", "USD");
        assertAmount("claims 136m euros", Language.ENGLISH, "136000000", "EUR");
        assertAmount("sales of 1,500,000 dollars", Language.ENGLISH, "1500000", "USD");
    }

    @Test
    void readsNewswireCurrenciesCroresAndEnglishScalesInIndonesianText() {
        // a tester's V11 and the held-out fifth's missed amounts: "Dlrs" in capitals, currencies before the euro, crores
        assertAmount("consideration will be 29 mln U.S. Dlrs", Language.ENGLISH, "29000000", "USD");
        assertAmount("paid 240 mln H.K. Dlr for the stake", Language.ENGLISH, "240000000", "HKD");
        assertAmount("paid 12.2 billion pesetas", Language.ENGLISH, "12200000000", "ESP");
        assertAmount("a loan of 130 mln marks", Language.ENGLISH, "130000000", "DEM");
        assertAmount("for 2.1 billion Danish crowns", Language.ENGLISH, "2100000000", "DKK");
        assertAmount("a deal worth about Rs 2,000 crore", Language.ENGLISH, "20000000000", "INR");
        assertAmount("PT Kurnia membayar IDR 3.5 trillion kepada PT Lestari", Language.INDONESIAN, "3500000000000", "IDR");
        assertAmount("menerima hibah 600 Juta Rupiah", Language.INDONESIAN, "600000000", "IDR");
        assertAmount("menggelontorkan dana 200 juta Yuan", Language.INDONESIAN, "200000000", "CNY");
    }

    @Test
    void readsThePeriodAnAmountRecursOver() {
        String both = "membayar Microsoft US$20 juta (sekitar Rp 322 miliar) per bulan";
        List<Amount> two = parser.find(both, 0, both.length(), Language.INDONESIAN);
        assertEquals(List.of("USD", "IDR"), two.stream().map(Amount::currency).toList());
        assertTrue(two.stream().allMatch(a -> a.period().orElseThrow().equals("P1M")));
        assertEquals("P1M", one("setoran bulanan sebesar Rp 322 miliar", Language.INDONESIAN).period().orElseThrow());
        assertEquals("P1M", one("Setor Rp 322 Miliar ke Microsoft Tiap Bulan", Language.INDONESIAN).period().orElseThrow());
        assertEquals("P1Y", one("pays $5m a year", Language.ENGLISH).period().orElseThrow());
        assertTrue(one("paid $5m last week", Language.ENGLISH).period().isEmpty());
        // a year between two events is no period of the price
        assertTrue(one("agreed to buy it for $1.5 billion, a year after its listing", Language.ENGLISH).period().isEmpty());
    }

    @Test
    void ignoresNumbersWithoutACurrency() {
        String text = "naik 48,9% menjadi 4.400.386.682 saham";
        assertTrue(parser.find(text, 0, text.length(), Language.INDONESIAN).isEmpty());
    }

    @Test
    void readsTheWaysNewsWritesAmountsInEachLanguage() {
        assertAmount("menyuntikkan Rp1,2 triliun", Language.INDONESIAN, "1200000000000", "IDR");
        assertAmount("pendanaan US$ 1,5 juta", Language.INDONESIAN, "1500000", "USD");
        assertAmount("Prabowo Terima Uang Rp 13,2 T dari Kasus", Language.INDONESIAN, "13200000000000", "IDR");
        assertAmount("anggaran Rp 5 M untuk desa", Language.INDONESIAN, "5000000000", "IDR");
        assertAmount("senilai 2 miliar dolar Singapura", Language.INDONESIAN, "2000000000", "SGD");
        assertAmount("a $1.5bn takeover", Language.ENGLISH, "1500000000", "USD");
        assertAmount("a 1.5 billion euros deal", Language.ENGLISH, "1500000000", "EUR");
        assertAmount("sold for 50 mln stg", Language.ENGLISH, "50000000", "GBP");
        assertAmount("paid 20 mln Canadian dlrs", Language.ENGLISH, "20000000", "CAD");
        assertAmount("withdraw the one billion dlr lawsuit", Language.ENGLISH, "1000000000", "USD");
        assertAmount("buy it for three mln dlrs in cash", Language.ENGLISH, "3000000", "USD");
        assertAmount("bought 583,225\ndlrs of aid", Language.ENGLISH, "583225", "USD");
    }

    @Test
    void aCurrencyWordSeveralCountriesUseTakesTheCountryTheArticleNamesMost() {
        assertAmount("The French government said the sale of CGCT has been priced at 500 mln francs.", Language.ENGLISH, "500000000", "FRF");
        assertAmount("Nestle, the Swiss food group, said it paid 500 mln francs, though its French unit objected. Zurich agreed.",
                Language.ENGLISH, "500000000", "CHF");
        assertAmount("The company said it paid 500 mln francs.", Language.ENGLISH, "500000000", "CHF");
        assertAmount("Ariadne has offered 3.8 billion pesos for shares in the Philippine brewing firm.", Language.ENGLISH, "3800000000", "PHP");
        assertAmount("Sweden's Stora said it would acquire Papyrus at a price of 5.8 billion crowns.", Language.ENGLISH, "5800000000", "SEK");
        assertAmount("The Danish shipping group paid 2 billion crowns.", Language.ENGLISH, "2000000000", "DKK");
    }

    @Test
    void readsCurrencyWordsOnlyInTheirOwnLanguage() {
        // "dolar AS" is Indonesian: English text does not write it, and "dlrs" is English wire text
        assertEquals("USD", one("senilai 5 juta dolar AS", Language.INDONESIAN).currency());
        assertTrue(parser.find("for 5 juta dolar", 0, 16, Language.ENGLISH).isEmpty());
        assertTrue(parser.find("senilai 5 mln dlrs", 0, 18, Language.INDONESIAN).isEmpty());
    }

    @Test
    void aUsersCurrencyFileReplacesTheBundledOneAndABadCodeIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path en = java.nio.file.Files.createDirectories(dir.resolve("en"));
        java.nio.file.Files.writeString(en.resolve("currencies.tsv"), "form\tcode\tposition\ncredits\tXDR\tafter\n");
        AmountParser own = new AmountParser(org.dealgraph.text.LanguageProfiles.load(dir));
        String text = "a loan of 5 mln credits";
        assertEquals("XDR", own.find(text, 0, text.length(), Language.ENGLISH).get(0).currency());
        assertTrue(own.find("a loan of $5m", 0, 13, Language.ENGLISH).isEmpty(), "the user's file replaces the bundled one");
        java.nio.file.Files.writeString(en.resolve("currencies.tsv"), "form\tcode\tposition\ncredits\tcredit\tafter\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                () -> new AmountParser(org.dealgraph.text.LanguageProfiles.load(dir)));
        assertTrue(e.getMessage().contains("currencies.tsv"), e.getMessage());
    }
}
