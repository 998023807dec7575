package org.dealgraph.mention;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A name the body names is a name where the headline writes it too. */
class HeadlineNamesTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();

    /** The headline's names after the stage, over a finder that found {@code found} (name, type) wherever the text writes them after {@code from}. */
    private static List<String> headline(String title, String body, Language lang, String[][] found, int headlineFound) {
        return headline(title, body, lang, found, headlineFound, Set.of("apple"));
    }

    private static List<String> headline(String title, String body, Language lang, String[][] found, int headlineFound, Set<String> common) {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", title, body), lang);
        String text = t.text();
        int bodyBegin = t.sentences().get(1).begin();
        MentionFinder finder = a -> {
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                int b = text.indexOf(found[i][0], i < headlineFound ? 0 : bodyBegin);
                out.add(new Mention(b, b + found[i][0].length(), found[i][0], EntityType.valueOf(found[i][1]), "", "pattern", 0.7));
            }
            out.sort(java.util.Comparator.comparingInt(Mention::begin));
            return out;
        };
        return HeadlineNames.of(common).after(finder).find(t).stream().filter(m -> m.begin() < bodyBegin)
                .map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aBodysNameTheHeadlineWritesTooIsANameThereAndALongerOneReplacesAShorterInsideIt() {
        assertEquals(List.of("Oppo A60/PRODUCT", "Indonesia/PLACE"), headline("Tanda-tanda Oppo A60 Segera Masuk Indonesia",
                "Oppo A60 segera masuk Indonesia. Ponsel Oppo A60 dibuat oleh Oppo.", Language.INDONESIAN,
                new String[][] {{"Oppo", "ORGANIZATION"}, {"Oppo A60", "PRODUCT"}, {"Indonesia", "PLACE"}, {"Oppo", "ORGANIZATION"}}, 1));
    }

    @Test
    void aHeadlineInOneCaseNamesInAnyCaseButOneInTitleCaseOnlyAsTheBodyWritesIt() {
        // a headline in small letters but its first, and one in capitals
        assertEquals(List.of("Panasonic eluga c/PRODUCT"), headline("Panasonic eluga c resmi dirilis",
                "Panasonic merilis Panasonic Eluga C di Jakarta.", Language.INDONESIAN,
                new String[][] {{"Panasonic Eluga C", "PRODUCT"}}, 0));
        assertEquals(List.of("JACOBS/PERSON"), headline("BORG-WARNER TELLS OF TALKS WITH JACOBS",
                "Borg-Warner Corp said it held talks with Irwin Jacobs. Jacobs declined to comment.", Language.ENGLISH,
                new String[][] {{"Jacobs", "PERSON"}}, 0));
        // in title case "apple" is the fruit, and a word the language writes in small letters is never read in another case
        assertEquals(List.of(), headline("Harga Buah apple Naik di Jakarta Pekan Ini",
                "Apple merilis ponsel baru di Jakarta.", Language.INDONESIAN, new String[][] {{"Apple", "ORGANIZATION"}}, 0));
    }

    @Test
    void aHeadlineNameThatRunsTheBodysNamesTogetherWithAVerbGivesWayToThem() {
        // the finder read the title-case headline as one name; the body writes two, and "acquires" is written in small letters
        String[][] found = {{"Kelvaro Systems Acquires Tavimo Labs", "ORGANIZATION"}, {"Kelvaro Systems", "ORGANIZATION"},
                {"Tavimo Labs", "ORGANIZATION"}};
        List<String> names = HeadlineNames.of(Set.of("acquires")).after(a -> {
            String text = a.text();
            int body = a.sentences().get(1).begin();
            List<Mention> out = new ArrayList<>();
            out.add(new Mention(0, found[0][0].length(), found[0][0], EntityType.ORGANIZATION, "", "namefinder", 0.9));
            for (int i = 1; i < found.length; i++) {
                int b = text.indexOf(found[i][0], body);
                out.add(new Mention(b, b + found[i][0].length(), found[i][0], EntityType.ORGANIZATION, "", "pattern", 0.8));
            }
            out.sort(java.util.Comparator.comparingInt(Mention::begin));
            return out;
        }).find(ANALYZER.analyze(Article.of("x", "Kelvaro Systems Acquires Tavimo Labs", "Kelvaro Systems said it bought Tavimo Labs."),
                Language.ENGLISH)).stream().filter(m -> m.begin() < found[0][0].length()).map(Mention::text).toList();
        assertEquals(List.of("Kelvaro Systems", "Tavimo Labs"), names);
        // in a headline in capitals a name's own words are capitals too: "NIPPON OIL" stays
        assertEquals(List.of("NIPPON OIL/ORGANIZATION"), headline("NIPPON OIL SETS PLAN",
                "Nippon said it would expand.", Language.ENGLISH,
                new String[][] {{"NIPPON OIL", "ORGANIZATION"}, {"Nippon", "ORGANIZATION"}}, 1, Set.of("oil")));
        // in a headline written as a sentence a capitalized common word is a name's own: "Kelvaro Music Group" stays
        assertEquals(List.of("Kelvaro Music Group/ORGANIZATION"), headline("Platform video itu meneken kesepakatan dengan Kelvaro Music Group",
                "Semua pengguna bisa mengakses musik Kelvaro.", Language.INDONESIAN,
                new String[][] {{"Kelvaro Music Group", "ORGANIZATION"}, {"Kelvaro", "ORGANIZATION"}}, 1, Set.of("music", "group")));
        // a longer name of the headline with no such word ("Kelvaro Systems Indonesia") stays
        assertEquals(List.of("Kelvaro Systems Indonesia/ORGANIZATION"), headline("Kelvaro Systems Indonesia Buka Kantor",
                "Kelvaro Systems membuka kantor baru.", Language.INDONESIAN,
                new String[][] {{"Kelvaro Systems Indonesia", "ORGANIZATION"}, {"Kelvaro Systems", "ORGANIZATION"}}, 1,
                Set.of("buka", "kantor")));
    }
}
