package org.dealgraph.text;

import opennlp.tools.util.Span;
import org.dealgraph.article.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a period ends a sentence and where it only ends an initial, a legal form or a decimal. */
class SentenceBoundaryTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();

    private static List<String> sentences(String body, Language lang) {
        return ANALYZER.analyze(Article.of("x", "Untitled story", body), lang).sentences().stream()
                .filter(s -> !s.headline()).map(Sentence::text).toList();
    }

    private static List<String> tokens(String body, Language lang) {
        return ANALYZER.analyze(Article.of("x", "Untitled story", body), lang).sentences().stream()
                .filter(s -> !s.headline()).flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void keepsAMiddleInitialInsideTheSentence() {
        assertEquals(List.of("Shareholders met on Monday.", "David L. Calhoun, chief executive of the planemaker, spoke first."),
                sentences("Shareholders met on Monday. David L. Calhoun, chief executive of the planemaker, spoke first.", Language.ENGLISH));
        assertEquals(List.of("Irtiza H. Sayyed joined the board in May."),
                sentences("Irtiza H. Sayyed joined the board in May.", Language.ENGLISH));
        assertEquals(List.of("Direktur Utama Nixon L.P. Napitupulu mengatakan laba naik."),
                sentences("Direktur Utama Nixon L.P. Napitupulu mengatakan laba naik.", Language.INDONESIAN));
    }

    @Test
    void keepsACompanysInitialsAfterALowercaseWordInsideTheSentence() {
        assertEquals(List.of("Mondanto Co paid off the debt from its acquisition of G.D. Searle and Co by the end of 1986.", "It said so."),
                sentences("Mondanto Co paid off the debt from its acquisition of G.D. Searle and Co by the end of 1986. It said so.", Language.ENGLISH));
        assertEquals(List.of("The stake was sold to E.F. Hutton Group Inc last week."),
                sentences("The stake was sold to E.F. Hutton Group Inc last week.", Language.ENGLISH));
        // one initial after a lowercase word, or spaced initials: a person's ("pula H. Ahmad Fauzi", "named J. R. Ellison")
        assertEquals(List.of("Hadir pula H. Ahmad Fauzi, Direktur Utama Indofood."),
                sentences("Hadir pula H. Ahmad Fauzi, Direktur Utama Indofood.", Language.INDONESIAN));
        assertEquals(List.of("Harbor Freight Lines named J. R. Ellison chief executive."),
                sentences("Harbor Freight Lines named J. R. Ellison chief executive.", Language.ENGLISH));
        // a word the text also writes in lowercase still starts a sentence after them
        String text = "The firm moved its office to the U.S. The move cost little.";
        Span[] split = {new Span(0, 37), new Span(38, text.length())};
        assertEquals(List.of(split), TextAnalyzer.mergeFalseBreaks(text, split));
    }

    @Test
    void readsAWrappedNewswireLineThatEndsInAnInitialIntoTheNextLine() {
        String body = String.join("\n",
                "    Allegheny International Inc said its chairman and chief operating",
                "officer will remain in their positions following the merger with",
                "an affiliate of First Boston Corp.",
                "    \"It is expected that Oliver S. Travers will continue as",
                "chairman, president and Chief executive officer, and Thomas J.",
                "Albani will continue as chief operating officer,\" said an",
                "Allegheny spokesman.",
                "    The company said the merger would close in the second",
                "quarter, subject to the approval of its shareholders and lenders.");
        List<String> s = sentences(body, Language.ENGLISH);
        assertEquals(3, s.size(), s.toString());
        assertEquals("\"It is expected that Oliver S. Travers will continue as\nchairman, president and Chief executive officer, and Thomas J.\n"
                + "Albani will continue as chief operating officer,\" said an\nAllegheny spokesman.", s.get(1));
    }

    @Test
    void keepsALegalFormPeriodBeforeALowercaseWord() {
        assertEquals(List.of("BB&T Corp. got approval to buy a rival bank."),
                sentences("BB&T Corp. got approval to buy a rival bank.", Language.ENGLISH));
        assertEquals(List.of("Orrin Tessaly joined Kestrel Dynamics Corp. as a director."),
                sentences("Orrin Tessaly joined Kestrel Dynamics Corp. as a director.", Language.ENGLISH));
    }

    @Test
    void keepsALegalFormPeriodBeforeAnExecutiveTitleAndAName() {
        assertEquals(List.of("Vantor Inc. CEO Mary Park said the company bought Orrin Labs."),
                sentences("Vantor Inc. CEO Mary Park said the company bought Orrin Labs.", Language.ENGLISH));
        assertEquals(List.of("Halberd Corp. Chief Executive Dana Hill said the plan works."),
                sentences("Halberd Corp. Chief Executive Dana Hill said the plan works.", Language.ENGLISH));
        // a title with no name after it, or another word, still opens a sentence of its own
        assertEquals(List.of("The plant was sold to Vantor Inc.", "Chief among the reasons was cost."),
                sentences("The plant was sold to Vantor Inc. Chief among the reasons was cost.", Language.ENGLISH));
        assertEquals(List.of("The plant was sold to Vantor Inc.", "Mary Park said so."),
                sentences("The plant was sold to Vantor Inc. Mary Park said so.", Language.ENGLISH));
    }

    @Test
    void keepsADecimalAmountInsideTheSentence() {
        assertEquals(List.of("Amazon will invest $1.5 billion in Anthropic."),
                sentences("Amazon will invest $1.5 billion in Anthropic.", Language.ENGLISH));
    }

    @Test
    void stillEndsASentenceAfterInitialsWhenACommonWordFollows() {
        String text = "The firm moved to Washington D.C. The move cost little, the firm said. Its founder is Mara T. Quill.";
        int second = text.indexOf("The move");
        int third = text.indexOf("Its founder");
        Span[] split = {new Span(0, second - 1), new Span(second, third - 1), new Span(third, text.length())};
        assertEquals(List.of(split), TextAnalyzer.mergeFalseBreaks(text, split));
        String named = "Its founder is Mara T. Quill, who said sales rose.";
        assertEquals(List.of(new Span(0, 50)), TextAnalyzer.mergeFalseBreaks(named, new Span[] {new Span(0, 22), new Span(23, 50)}));
        assertEquals(List.of("Sales rose.", "Profit fell."), sentences("Sales rose. Profit fell.", Language.ENGLISH));
    }

    @Test
    void keepsASentenceThatOpensWithACamelCaseName() {
        String text = "Sales rose. iPhone orders fell.";
        assertEquals(List.of(new Span(0, 11), new Span(12, 31)),
                TextAnalyzer.mergeFalseBreaks(text, new Span[] {new Span(0, 11), new Span(12, 31)}));
    }

    @Test
    void keepsAnApostropheInsideAName() {
        List<String> id = tokens("Ahmad Mas'ud bertemu Paul O’Neill di Jakarta.", Language.INDONESIAN);
        assertEquals(List.of("Ahmad", "Mas'ud", "bertemu", "Paul", "O’Neill", "di", "Jakarta", "."), id);
        List<String> en = tokens("Paul O’Neill met Ahmad Mas'ud at McDonald’s.", Language.ENGLISH);
        assertEquals(List.of("Paul", "O’Neill", "met", "Ahmad", "Mas'ud", "at", "McDonald", "’s", "."), en);
    }

    @Test
    void keepsLettersTheTokenizerSplitAsOneWord() {
        assertEquals(List.of("FedEx", "and", "BlackRock", "cut", "jobs", "."), tokens("FedEx and BlackRock cut jobs.", Language.ENGLISH));
    }

    @Test
    void cutsAPossessiveOffWhateverItsApostrophe() {
        assertEquals(List.of("Kelana", "'s", "rival", "and", "Kelana", "’s", "partner", "met", "."),
                tokens("Kelana's rival and Kelana’s partner met.", Language.ENGLISH));
        assertEquals(List.of("Kelana", "'s", "dan", "Kelana", "’s", "bertemu", "."),
                tokens("Kelana's dan Kelana’s bertemu.", Language.INDONESIAN));
    }
}
