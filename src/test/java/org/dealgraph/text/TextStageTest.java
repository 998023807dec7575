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
    void leavesOutAGoogleNewsFooterGluedToTheLastSentence() {
        for (String footer : List.of("Cek Berita dan Artikel yang lain di Google                                News",
                "Simak Berita dan Artikel yang lain di Google News")) {
            String text = "Harga Pangan Naik\n\nHarga naik lagi, kata dia." + footer;
            List<String> kept = new BoilerplateFilter().content(text).stream().map(r -> text.substring(r.begin(), r.end())).toList();
            assertEquals(List.of("Harga Pangan Naik", "Harga naik lagi, kata dia."), kept, footer);
        }
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
    void splitsPossessivesOffNames() {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "T", "It is France's biggest deal."), Language.ENGLISH);
        List<String> tokens = t.sentences().get(1).tokens().stream().map(Token::text).toList();
        assertTrue(tokens.contains("France"), tokens.toString());
    }
}
