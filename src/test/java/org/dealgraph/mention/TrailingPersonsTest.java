package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's name that the finders ran into the organization's before it, under a title, is split off. */
class TrailingPersonsTest {
    private static final TrailingPersons RULE = TrailingPersons.of(LanguageProfiles.bundled());

    /** What the rule makes of {@code names} found in {@code text}, each given as its text and type ("ORGANIZATION:DLH ..."). */
    private static List<String> after(String text, String... names) {
        List<Mention> found = new ArrayList<>();
        int from = 0;
        for (String n : names) {
            String[] typed = n.split(":", 2);
            int at = text.indexOf(typed[1], from);
            found.add(new Mention(at, at + typed[1].length(), typed[1], EntityType.valueOf(typed[0]), "", "pattern", 0.5));
            from = at + typed[1].length();
        }
        AnalyzedText analyzed = new AnalyzedText(new Article("t", "", text, "", Optional.empty(), "id"), Language.INDONESIAN, List.of());
        return RULE.after(x -> found).find(analyzed).stream().map(m -> m.type() + ":" + m.text()).toList();
    }

    @Test
    void aTitledOrganizationsNameThatRunsIntoAPersonNamedElsewhereIsSplitAndThePersonRunsOnThroughCapitalizedWords() {
        String text = "Kepala DLH Kabupaten Kediri Putut Agung Subekti menyampaikan rencana itu. Menurut Putut, sampah berkurang.";
        assertEquals(List.of("ORGANIZATION:DLH Kabupaten Kediri", "PERSON:Putut Agung Subekti", "PERSON:Putut"),
                after(text, "ORGANIZATION:DLH Kabupaten Kediri Putut", "PERSON:Putut"));
    }

    @Test
    void theOrganizationsPartRunsBackThroughAnOrganizationsNameRightBeforeIt() {
        String text = "Direktur Utama PT Food Station Tjipinang Jaya Pamrihadi Wiraryo di Jakarta. Pamrihadi menambahkan stok aman.";
        assertEquals(List.of("ORGANIZATION:PT Food Station Tjipinang Jaya", "PERSON:Pamrihadi Wiraryo", "PERSON:Pamrihadi"),
                after(text, "ORGANIZATION:PT Food", "ORGANIZATION:Station Tjipinang Jaya Pamrihadi Wiraryo", "PERSON:Pamrihadi"));
    }

    @Test
    void aNameWithNoTitleBeforeItOrNoPersonOfItsOwnElsewhereOrALowerCaseWordInItsTailStaysWhole() {
        // no title: a group named after a candidate
        assertEquals(List.of("ORGANIZATION:Relawan Anies P-24", "PERSON:Anies"),
                after("Deklarasi Relawan Anies P-24 digelar. Menurut Anies, dukungan terus datang.", "ORGANIZATION:Relawan Anies P-24", "PERSON:Anies"));
        // the word begins a "person" only inside a capitalized run, not on its own
        assertEquals(List.of("PERSON:Perhubungan Darat", "ORGANIZATION:Kementerian Perhubungan"),
                after("Direktur Jenderal Perhubungan Darat. Kata Direktur Kementerian Perhubungan itu.",
                        "PERSON:Perhubungan Darat", "ORGANIZATION:Kementerian Perhubungan"));
        // the person named elsewhere is not the whole of the tail's opening ("Stanley Fischer" beside "Stanley Capital International")
        assertEquals(List.of("ORGANIZATION:Morgan Stanley Capital International", "PERSON:Stanley Fischer"),
                after("Jane Doe, the chairman of Morgan Stanley Capital International, said so. Stanley Fischer disagreed.",
                        "ORGANIZATION:Morgan Stanley Capital International", "PERSON:Stanley Fischer"));
        // the tail holds a word in small letters
        assertEquals(List.of("ORGANIZATION:Asher Edelman and Dominion Textiles Inc", "PERSON:Edelman"),
                after("The chairman Asher Edelman and Dominion Textiles Inc said. Edelman declined.",
                        "ORGANIZATION:Asher Edelman and Dominion Textiles Inc", "PERSON:Edelman"));
    }

    @Test
    void thePipelineReadsThePersonAndTheOrganizationAndTheRoleBetweenThem() {
        Article a = new Article("t", "Kabar Kediri", "Kepala DLH Kabupaten Kediri Putut Agung Subekti menyampaikan pihaknya merencanakan "
                + "pengolahan sampah. Menurut Putut, volume sampah terus naik setiap tahun.", "", Optional.empty(), "id");
        var x = TestPipeline.get().extract(a);
        Set<String> names = x.entities().stream().map(e -> e.type() + ":" + e.name()).collect(Collectors.toSet());
        assertTrue(names.contains("PERSON:Putut Agung Subekti") && names.stream().noneMatch(n -> n.contains("Kediri Putut")), names.toString());
    }
}
