package org.dealgraph.event;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoordinatedEventMergerTest {
    private static final CoordinatedEventMerger MERGER = CoordinatedEventMerger.of(LanguageProfiles.bundled());

    private static Event acquisition(String acquirer, String target, int sentence) {
        return new Event(EventType.ACQUISITION, List.of(new Participant("acquirer", acquirer), new Participant("target", target)),
                Optional.empty(), Optional.empty(), DealStatus.AGREED, List.of(sentence), "test", 0.6);
    }

    private static List<Set<String>> merged(StageText t, Language lang, Event... events) {
        AnalyzedText analyzed = new AnalyzedText(Article.of("x", "", t.text()), lang, t.sentences());
        return MERGER.merge(analyzed, t.entities(), List.of(events)).stream()
                .map(e -> e.participants().stream().map(p -> p.role() + ":" + p.entity()).collect(Collectors.toSet())).toList();
    }

    @Test
    void mergesTheDealsOfOneSentenceWhoseOtherPartiesItListsTogether() {
        StageText t = StageText.of("Halvorsen Energy and Brindle Capital agreed to buy Kelvaro. Kelvaro rose.",
                "Halvorsen Energy", "Brindle Capital", "Kelvaro");
        assertEquals(List.of(Set.of("acquirer:Halvorsen Energy", "acquirer:Brindle Capital", "target:Kelvaro")),
                merged(t, Language.ENGLISH, acquisition("Halvorsen Energy", "Kelvaro", 0), acquisition("Brindle Capital", "Kelvaro", 0)));
        StageText id = StageText.of("Grup Halvorsen mengakuisisi Kelvaro, Brindle dan Tavimo. Saham naik.",
                "Grup Halvorsen", "Kelvaro", "Brindle", "Tavimo");
        assertEquals(List.of(Set.of("acquirer:Grup Halvorsen", "target:Kelvaro", "target:Brindle", "target:Tavimo")),
                merged(id, Language.INDONESIAN, acquisition("Grup Halvorsen", "Kelvaro", 0), acquisition("Grup Halvorsen", "Brindle", 0),
                        acquisition("Grup Halvorsen", "Tavimo", 0)));
    }

    @Test
    void mergesAListWhoseMembersAreQuotedOrFollowedByTheirTickerInBrackets() {
        StageText quoted = StageText.of("Grup Halvorsen mengakuisisi \u201cKelvaro Mini\u201d dan \u201cKelvaro Grosir\u201d tahun ini.",
                "Grup Halvorsen", "Kelvaro Mini", "Kelvaro Grosir");
        assertEquals(List.of(Set.of("acquirer:Grup Halvorsen", "target:Kelvaro Mini", "target:Kelvaro Grosir")),
                merged(quoted, Language.INDONESIAN, acquisition("Grup Halvorsen", "Kelvaro Mini", 0),
                        acquisition("Grup Halvorsen", "Kelvaro Grosir", 0)));
        StageText ticker = StageText.of("Grup Halvorsen membeli PT Bank Kelvaro Tbk (BKLV) dan PT Bank Tavimo Tbk (BTVM) pada Senin.",
                "Grup Halvorsen", "PT Bank Kelvaro Tbk", "PT Bank Tavimo Tbk");
        assertEquals(List.of(Set.of("acquirer:Grup Halvorsen", "target:PT Bank Kelvaro Tbk", "target:PT Bank Tavimo Tbk")),
                merged(ticker, Language.INDONESIAN, acquisition("Grup Halvorsen", "PT Bank Kelvaro Tbk", 0),
                        acquisition("Grup Halvorsen", "PT Bank Tavimo Tbk", 0)));
    }

    @Test
    void keepsApartDealsWhosePartiesAreNotOneListOrNotInOneRole() {
        // two bidders named apart: two deals
        StageText apart = StageText.of("Halvorsen Energy bid for Kelvaro, while Brindle Capital also bid for Kelvaro.",
                "Halvorsen Energy", "Brindle Capital", "Kelvaro");
        assertEquals(2, merged(apart, Language.ENGLISH, acquisition("Halvorsen Energy", "Kelvaro", 0),
                acquisition("Brindle Capital", "Kelvaro", 0)).size());
        // listed together, but one buys and the other is bought
        StageText roles = StageText.of("Halvorsen Energy and Kelvaro said Halvorsen Energy would buy Kelvaro and Brindle.",
                "Halvorsen Energy", "Brindle", "Kelvaro");
        assertEquals(2, merged(roles, Language.ENGLISH, acquisition("Halvorsen Energy", "Kelvaro", 0),
                acquisition("Kelvaro", "Brindle", 0)).size());
        // the same two parties in other sentences
        StageText sentences = StageText.of("Halvorsen Energy and Brindle Capital met. Halvorsen Energy bought Kelvaro. "
                + "Brindle Capital bought Kelvaro too.", "Halvorsen Energy", "Brindle Capital", "Kelvaro");
        assertEquals(2, merged(sentences, Language.ENGLISH, acquisition("Halvorsen Energy", "Kelvaro", 1),
                acquisition("Brindle Capital", "Kelvaro", 2)).size());
    }
}
