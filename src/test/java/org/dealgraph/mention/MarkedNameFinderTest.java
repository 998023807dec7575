package org.dealgraph.mention;

import org.dealgraph.article.Article;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wire's angle brackets mark a company's whole name, or the ticker of the company they follow. */
class MarkedNameFinderTest {
    private static List<String> names(String body) {
        AnalyzedText t = new AnalyzedText(Article.of("x", "", body), Language.ENGLISH, List.of());
        return new MarkedNameFinder().find(t).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aBracketedCompanyNameIsOneOrganizationEvenWhereItHoldsAPlace() {
        assertEquals(List.of("Houston Community Newspapers Inc/ORGANIZATION", "Pacific Basin Development Corp/ORGANIZATION"),
                names("INL said <Houston Community Newspapers Inc> bought it, and <Pacific Basin Development Corp> sold."));
    }

    @Test
    void aNameTheWireBrokeOverTwoLinesKeepsItsOffsets() {
        String body = "Equity firm <Battery\nGroup Ltd> said it agreed to buy.";
        AnalyzedText t = new AnalyzedText(Article.of("x", "", body), Language.ENGLISH, List.of());
        Mention m = new MarkedNameFinder().find(t).get(0);
        assertEquals("Battery\nGroup Ltd", t.text().substring(m.begin(), m.end()));
    }

    @Test
    void aTickerInBracketsRightAfterANameIsThatCompanysNameAndOtherwiseNone() {
        assertEquals(List.of("NIPN.T/ORGANIZATION", "FWB/ORGANIZATION"),
                names("NEC Corp <NIPN.T> and First Wisconsin <FWB> rose; <SKPS.ST> fell; a <b> tag and 3 < 4 > 2."));
        // a possessive stands between: the ticker is no name of the stake
        assertEquals(List.of(), names("Control Data agreed to acquire Unisys Inc's <UIS> 13 pct stake."));
    }

    @Test
    void thePipelineJoinsATickerToTheCompanyItFollows() {
        org.dealgraph.event.Extraction x = org.dealgraph.Pipeline.builder().rulesOnly(true).build().extract(Article.of("reuters-y",
                "DART BUYS STAKE", "Dart Group Corp <DARTA.O> said it bought a stake in Kelvaro Inc."));
        org.dealgraph.entity.Entity dart = x.entities().stream().filter(e -> e.name().equals("Dart Group Corp")).findFirst().orElseThrow();
        assertEquals(true, dart.mentions().stream().anyMatch(m -> m.text().equals("DARTA.O")), dart.toString());
        assertEquals(false, x.entities().stream().anyMatch(e -> e.name().equals("DARTA.O")), x.entities().toString());
        // the ticker, longer than the short name it follows, is still no name to call the company by
        org.dealgraph.event.Extraction y = org.dealgraph.Pipeline.builder().rulesOnly(true).build().extract(Article.of("reuters-z",
                "STAKE", "Dart Group Corp said it bought a stake in KLV <KLVR.O>. KLV shares rose."));
        assertEquals(true, y.entities().stream().anyMatch(e -> e.name().equals("KLV")), y.entities().toString());
    }

    @Test
    void thePipelineKeepsABracketedNameWholeWhereTheRulesWouldCutIt() {
        org.dealgraph.event.Extraction x = org.dealgraph.Pipeline.builder().rulesOnly(true).build().extract(Article.of("reuters-x",
                "INL SELLS PAPERS", "INL said in a statement <Houston Community Newspapers Inc> bought the South West Advocate."));
        List<String> names = x.entities().stream().map(e -> e.name() + "/" + e.type()).toList();
        assertEquals(true, names.contains("Houston Community Newspapers Inc/ORGANIZATION"), names.toString());
        assertEquals(false, names.stream().anyMatch(n -> n.startsWith("Community Newspapers")), names.toString());
    }
}
