package org.dealgraph.entity;

import org.dealgraph.article.Article;
import org.dealgraph.mention.Gazetteer;
import org.dealgraph.mention.GazetteerMentionFinder;
import org.dealgraph.mention.MentionFinder;
import org.dealgraph.mention.PatternMentionFinder;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasEntityResolverTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.load();
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final MentionFinder FINDER = MentionFinder.all(new GazetteerMentionFinder(GAZETTEER), new PatternMentionFinder(GAZETTEER));
    private static final EntityResolver RESOLVER = new AliasEntityResolver(GAZETTEER);

    private static List<Entity> resolve(String body, Language lang) {
        AnalyzedText t = ANALYZER.analyze(Article.of("x", "Untitled story", body), lang);
        return RESOLVER.resolve(t, FINDER.find(t));
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void mergesAShortFormIntoTheFullName() {
        List<Entity> es = resolve("TikTok signed a deal with Sony Music Entertainment. Sony will promote its artists.", Language.ENGLISH);
        Entity sony = named(es, "Sony Music Entertainment").orElseThrow();
        assertTrue(sony.aliases().contains("Sony"), sony.aliases().toString());
        assertTrue(named(es, "Sony").isEmpty());
    }

    @Test
    void mergesBracketedAcronymsAndSurnames() {
        List<Entity> es = resolve("Server disewa dari Zentara Cloud Americas (ZCA). Data ZCA aman. "
                + "CEO Roland Cloutier berkata. Cloutier menyanggah.", Language.INDONESIAN);
        Entity zca = named(es, "Zentara Cloud Americas").orElseThrow();
        assertTrue(zca.aliases().contains("ZCA"), zca.aliases().toString());
        Entity person = named(es, "Roland Cloutier").orElseThrow();
        assertTrue(person.aliases().contains("Cloutier"), person.aliases().toString());
    }

    @Test
    void takesABracketedWordThatDoesNotAbbreviateTheNameForWhatItBelongsToNotAnAlias() {
        assertTrue(AliasEntityResolver.abbreviates("Telkom", "PT Telekomunikasi Indonesia Tbk"));
        assertTrue(AliasEntityResolver.abbreviates("Sentrax", "PT Sentosa Rejo Makmur Tbk"));
        assertTrue(AliasEntityResolver.abbreviates("ZCA", "Zentara Cloud Americas"));
        assertTrue(!AliasEntityResolver.abbreviates("Wolves", "Edwards"));
        List<Entity> es = resolve("The squad: Pellworth (Rovers), Danbury (Harriers). Rovers won.", Language.ENGLISH);
        es.stream().filter(e -> e.name().equals("Pellworth") || e.aliases().contains("Pellworth"))
                .forEach(e -> assertTrue(!e.aliases().contains("Rovers") && !e.name().equals("Rovers"), e.toString()));
    }

    @Test
    void givesTheSameCompanyTheSameKeyInEveryArticle() {
        Entity a = named(resolve("Saham PT Nusantara Kargo Tbk naik.", Language.INDONESIAN), "PT Nusantara Kargo Tbk").orElseThrow();
        Entity b = named(resolve("Investor melirik PT Nusantara Kargo Tbk tahun ini.", Language.INDONESIAN), "PT Nusantara Kargo Tbk").orElseThrow();
        assertEquals(a.key(), b.key());
        assertEquals("microsoft", named(resolve("Microsoft rose.", Language.ENGLISH), "Microsoft").orElseThrow().key());
    }
}
