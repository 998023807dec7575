package org.dealgraph.text;

import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStageTest {
    private static final LanguageIdentifier LANGUAGES = OpenNlpLanguageIdentifier.load();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();

    @Test
    void tellsIndonesianFromEnglishEvenOnShortText() {
        assertEquals(Optional.of(Language.INDONESIAN), LANGUAGES.identify("TikTok bermitra dengan Audius untuk fitur baru").language());
        assertEquals(Optional.of(Language.INDONESIAN), LANGUAGES.identify(
                "Platform video pendek terpopuler TikTok menyebut bahwa pihaknya telah menandatangani kesepakatan dengan label musik ternama.").language());
        assertEquals(Optional.of(Language.ENGLISH), LANGUAGES.identify("Microsoft is in advanced negotiations to buy the application.").language());
    }

    @Test
    void readsAShortHeadlineWithoutFunctionWordsByItsHeadlineWords() {
        for (String en : List.of("Zentrix Labs buys Orvana Systems", "Acme buys Beta", "Halvard Corp completes acquisition of Brightline",
                "Acme acquires Beta", "Acme sues Beta", "Acme Corp sues Beta Inc over patents", "Acme launches Nova X",
                "Acme appoints Jane Doe", "Kelvora Robotics unveils Pinemark")) {
            assertEquals(Optional.of(Language.ENGLISH), LANGUAGES.identify(en).language(), en);
        }
        for (String id : List.of("Arunika akuisisi Bayu Samudra", "Saham Telkom naik 5 persen", "Zentrix Labs akuisisi Orvana Systems",
                "Global Mining Resources beli saham Pacific Copper")) {
            assertEquals(Optional.of(Language.INDONESIAN), LANGUAGES.identify(id).language(), id);
        }
    }

    @Test
    void rejectsLanguagesItDoesNotSupport() {
        LanguageGuess g = LANGUAGES.identify("Le gouvernement français a annoncé hier une nouvelle réforme des retraites qui sera présentée au parlement.");
        assertTrue(g.language().isEmpty(), g.toString());
        assertEquals("fra", g.detected());
        assertTrue(LANGUAGES.identify("").language().isEmpty());
    }

    @Test
    void leavesOutLinkListsBylinesAndWidgets() {
        String text = String.join("\n", "Title of the story", "", "First paragraph is content.",
                "Baca juga:", "Viral Pengantin Ditinggal Ayah", "Bocah Silver Belikan Ibu Mi", "",
                "Second paragraph is content too (rou/ash)", "Sumber: Liputan6.com", "Reporter: Andina [idc]",
                "0 Comments", "Share :", "Read More", "Inline Feedbacks", "Baca juga: Microsoft berinvestasi di OpenAI");
        List<String> kept = new BoilerplateFilter().content(text).stream().map(r -> text.substring(r.begin(), r.end())).toList();
        assertEquals(List.of("Title of the story", "First paragraph is content.", "Second paragraph is content too"), kept);
    }

    @Test
    void keepsTheParagraphThatRunsOnAfterAnInlineLinksTitle() {
        // scraped pages join the link's title to the next paragraph with two spaces, with nothing, or with one space
        for (String[] c : new String[][] {
                {"Baca juga: Buwas: Sampai Juli Tahun Ini Kita Tidak Impor Beras!  Meski begitu pria itu mengakui ada masalah data pangan.",
                        "Meski begitu pria itu mengakui ada masalah data pangan."},
                {"Baca juga: Soft Launching Buku di UGM Batal, Acara Dipindah ke KafeMade Andi menjelaskan, pemesanan dilakukan pada Agustus.",
                        "Made Andi menjelaskan, pemesanan dilakukan pada Agustus."},
                {"Baca juga: Kaesang Tegaskan Jokowi Tak Tuduh Demokrat Ibas menilai upaya mengaitkan partai itu tidak sehat.",
                        "Ibas menilai upaya mengaitkan partai itu tidak sehat."}}) {
            String text = "Harga Pangan Naik\n\nHarga naik lagi, kata dia. " + c[0];
            List<String> kept = new BoilerplateFilter().content(text).stream().map(r -> text.substring(r.begin(), r.end())).toList();
            assertEquals(List.of("Harga Pangan Naik", "Harga naik lagi, kata dia.", c[1]), kept, c[0]);
        }
        // a link at the end of its line is all link
        String text = "Harga Pangan Naik\n\nHarga naik lagi, kata dia. Baca juga: Gempa Guncang Kepulauan Talaud, Tak Berpotensi Tsunami";
        assertEquals(List.of("Harga Pangan Naik", "Harga naik lagi, kata dia."),
                new BoilerplateFilter().content(text).stream().map(r -> text.substring(r.begin(), r.end())).toList());
    }

    @Test
    void leavesOutAGoogleNewsFooterGluedToTheLastSentence() {
        for (String footer : List.of("Cek Berita dan Artikel yang lain di Google                                News",
                "Simak Berita dan Artikel yang lain di Google News")) {
            String text = "Harga Pangan Naik\n\nHarga naik lagi, kata dia." + footer;
            List<String> kept = new BoilerplateFilter().content(text).stream().map(r -> text.substring(r.begin(), r.end())).toList();
            assertEquals(List.of("Harga Pangan Naik", "Harga naik lagi, kata dia."), kept, footer);
        }
    }

    @Test
    void readsTheShortFirstLineOfAHardWrappedWireStoryAsTheStartOfItsSentence() {
        // a newswire body whose dateline was cut: the first line is short, the rest wrapped at a fixed width
        String body = String.join("\n", "Harbor Equity (Pacific) Ltd told",
                "the Securities and Exchange Commission it has acquired 72,600",
                "shares of Marlow Manufacturing Co Inc, or 5.1 pct of the total",
                "outstanding common stock.",
                "    Harbor Equity, which is principally owned by Brierley",
                "Investments Ltd, a publicly held New Zealand firm, said it",
                "bought the stake for 2.3 mln dlrs for investment purposes.",
                "    Shr 1.20 dlrs vs 98 cts",
                "    Net 12.5 mln vs 10.2 mln",
                "    Revs 80.1 mln vs 71.3 mln",
                " Reuter");
        Article a = Article.of("w", "HONG KONG FIRM HAS 5.1 PCT OF MARLOW", body);
        List<String> sentences = ANALYZER.analyze(a, Language.ENGLISH).sentences().stream()
                .map(s -> s.text().replaceAll("\\s+", " ")).toList();
        assertEquals("Harbor Equity (Pacific) Ltd told the Securities and Exchange Commission it has acquired 72,600 shares of "
                + "Marlow Manufacturing Co Inc, or 5.1 pct of the total outstanding common stock.", sentences.get(1), sentences::toString);
        assertEquals("Harbor Equity (Pacific) Ltd told", sentences.get(1).substring(0, 32), sentences::toString);
        // web text whose paragraphs are short lines, each a whole sentence, is not hard-wrapped: its heading stays its own
        String shortParagraphs = String.join("\n", "Deal Terms", "Dravon Capital has agreed to buy Ferrow Labs from Kelmont on Monday.",
                "The deal is worth 120 million dollars and closes in May this year.",
                "Kelmont said it would use the money to pay down its debt.");
        assertEquals("Deal Terms", ANALYZER.analyze(Article.of("p", "Dravon buys Ferrow", shortParagraphs), Language.ENGLISH)
                .sentences().get(1).text());
        // a web story's short line before a paragraph stays a line of its own: its body is not hard-wrapped
        String web = "Harbor Equity results\n\nMarket update\nHarbor Equity said on Monday that it has bought a stake of 5.1 pct in "
                + "Marlow Manufacturing Co Inc for 2.3 million dollars, for investment purposes, and may buy more.";
        assertEquals("Market update", ANALYZER.analyze(Article.of("v", "Harbor Equity results", web.substring(web.indexOf("Market"))),
                Language.ENGLISH).sentences().get(1).text());
    }

    @Test
    void splitsSentencesWithOffsetsIntoTheArticleText() {
        Article a = Article.of("x", "Headline Here", "TikTok signed a deal. Microsoft said no.\nPGUN mencatat laba.PGUN dimiliki oleh anak.");
        AnalyzedText t = ANALYZER.analyze(a, Language.ENGLISH);
        List<String> sentences = t.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Headline Here", "TikTok signed a deal.", "Microsoft said no.", "PGUN mencatat laba.", "PGUN dimiliki oleh anak."), sentences);
        for (Sentence s : t.sentences()) {
            assertEquals(s.text(), a.text().substring(s.begin(), s.end()));
            s.tokens().forEach(tok -> assertEquals(tok.text(), a.text().substring(tok.begin(), tok.end())));
        }
        assertTrue(t.sentences().get(0).headline());
        assertFalse(t.sentences().get(1).headline());
    }

    @Test
    void cutsGluedSentencesBeforeTheModelReadsThemSoTheNextSentenceStaysWhole() {
        // the model alone ended a sentence after "pihak.Menteri", which cut the title from its portfolio
        Article a = Article.of("g", "Acara Kemenperin", "MoU diteken antara sejumlah pihak.Menteri Perindustrian Airlangga Hartarto "
                + "menjelaskan acara tersebut.Dia menambahkan hal lain.");
        List<String> sentences = ANALYZER.analyze(a, Language.INDONESIAN).sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Acara Kemenperin", "MoU diteken antara sejumlah pihak.",
                "Menteri Perindustrian Airlangga Hartarto menjelaskan acara tersebut.", "Dia menambahkan hal lain."), sentences);
    }

    @Test
    void aSentenceGoesOnAfterAnHonorificsPeriodAndAfterADomainInAName() {
        // the model ended sentences after "Hj." and "Dr. Ir.", and after "Bukalapak.com", a token with a period inside
        Article a = Article.of("h", "Kabar", "PT Bank Syariah Amanah Tbk mengangkat Hj. Siti Aminah sebagai Komisaris Utama. "
                + "Perseroan juga mengangkat Dr. Ir. Bambang Susanto sebagai direktur. PT Bukalapak.com Tbk mengakuisisi PT Toko Kita "
                + "Digital.");
        List<String> sentences = ANALYZER.analyze(a, Language.INDONESIAN).sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Kabar", "PT Bank Syariah Amanah Tbk mengangkat Hj. Siti Aminah sebagai Komisaris Utama.",
                "Perseroan juga mengangkat Dr. Ir. Bambang Susanto sebagai direktur.", "PT Bukalapak.com Tbk mengakuisisi PT Toko Kita Digital."),
                sentences);
    }

    @Test
    void splitsPossessivesOffNames() {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "T", "It is France's biggest deal."), Language.ENGLISH);
        List<String> tokens = t.sentences().get(1).tokens().stream().map(Token::text).toList();
        assertTrue(tokens.contains("France"), tokens.toString());
    }

    @Test
    void readsTheFirstParagraphOfAnUntitledArticleAsSentencesNotAsAHeadline() {
        AnalyzedText t = ANALYZER.analyze(Article.of("u", "", "Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc. "
                + "The deal was signed with Brightwater Inc."), Language.ENGLISH);
        assertEquals(List.of("Kestrel Dynamics Corp agreed to buy Halcyon Systems Inc.", "The deal was signed with Brightwater Inc."),
                t.sentences().stream().map(Sentence::text).toList());
        assertTrue(t.sentences().stream().noneMatch(Sentence::headline), t.sentences().toString());
    }
}
