package org.dealgraph.mention;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A company's name written again is its name there, over the shorter names the finders read inside it. */
class RepeatedNamesTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();

    /**
     * The names after the stage, over a finder that found each {@code found} (text, type, gazetteer entry) at its
     * {@code nth} occurrence in the text.
     */
    private static List<String> names(String body, Object[][] found) {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "Kabar", body), Language.INDONESIAN);
        String text = t.text();
        MentionFinder finder = a -> {
            List<Mention> out = new ArrayList<>();
            for (Object[] f : found) {
                String name = (String) f[0];
                int b = -1;
                for (int n = 0; n <= (int) f[3]; n++) {
                    b = text.indexOf(name, b + 1);
                }
                out.add(new Mention(b, b + name.length(), name, EntityType.valueOf((String) f[1]), (String) f[2], "pattern",
                        ((String) f[2]).isEmpty() ? 0.8 : 0.95));
            }
            out.sort(java.util.Comparator.comparingInt(Mention::begin));
            return out;
        };
        return RepeatedNames.of(Set.of(), Set.of("Bank"), LanguageProfiles.bundled()).after(finder).find(t).stream()
                .map(m -> m.text() + "@" + m.begin()).toList();
    }

    @Test
    void aCompanysWholeNameWrittenAgainIsItsNameOverAKnownNameThatEndsIt() {
        // a fresh-user tester's finding: after "Sebelumnya," the trained finder read the known "Mandiri" alone, and the company's
        // partnership went to the bank
        String body = "Eksportir gerabah PT Kasongan Kriya Mandiri menghadapi PKPU. Sebelumnya, Kasongan Kriya Mandiri bekerja sama "
                + "dengan LPEI.";
        List<String> out = names(body, new Object[][] {{"PT Kasongan Kriya Mandiri", "ORGANIZATION", "", 0},
                {"Mandiri", "ORGANIZATION", "bank-mandiri", 1}});
        String text = ANALYZER.analyze(Article.of("x", "Kabar", body), Language.INDONESIAN).text();
        assertEquals(List.of("PT Kasongan Kriya Mandiri@" + text.indexOf("PT Kasongan"),
                "Kasongan Kriya Mandiri@" + text.indexOf("Kasongan Kriya Mandiri bekerja")), out);
    }

    @Test
    void aKnownNameThatOpensACompanysNameStaysWhereTheShortFormIsWritten() {
        // "Bank Mandiri" of "PT Bank Mandiri Taspen" is another company's name: the known name stays
        String body = "PT Bank Mandiri Taspen membuka cabang. Sebelumnya, Bank Mandiri Taspen bersaing dengan BRI.";
        List<String> out = names(body, new Object[][] {{"PT Bank Mandiri Taspen", "ORGANIZATION", "", 0},
                {"Bank Mandiri", "ORGANIZATION", "bank-mandiri", 1}});
        String text = ANALYZER.analyze(Article.of("x", "Kabar", body), Language.INDONESIAN).text();
        assertEquals(List.of("PT Bank Mandiri Taspen@" + text.indexOf("PT Bank"),
                "Bank Mandiri@" + text.indexOf("Bank Mandiri Taspen bersaing")), out);
    }
}
