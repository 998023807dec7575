package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.event.Extraction;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A known organization's name right before a place or an acronym names its office or unit there: "BI Malang", "TNI AU". */
class UnitTailsTest {
    private static Set<String> organizations(String title, String body, String lang) {
        Extraction x = TestPipeline.get().extract(new Article("t", title, body, "", Optional.empty(), lang));
        return x.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aKnownNameBeforeAPlaceOrAnAcronymNamesItsOfficeThere() {
        Set<String> id = organizations("Inflasi Rendah", "Malang - BI Malang mencatat inflasi rendah bulan ini. TNI AU mengerahkan "
                + "pesawat, dan PLN NP menggandeng Pertamina.", "id");
        assertTrue(id.containsAll(Set.of("BI Malang", "TNI AU", "PLN NP")), id.toString());
        Set<String> en = organizations("Assets sold", "Shell Canada said on Monday it would sell assets.", "en");
        assertTrue(en.contains("Shell Canada"), en.toString());
    }

    @Test
    void aCompanysLocalArmNamedByItsCountryAfterATitleIsThePersonsEmployer() {
        // "BMW Group Indonesia" is one organization, the person's employer
        java.util.Set<String> r = TestPipeline.relations("\"Seri 5 segera hadir,\" kata Head of Corporate Communications BMW Group "
                + "Indonesia, Jodie O'tania, kepada wartawan di Jakarta.", "id");
        assertTrue(r.contains("Jodie O'tania worksFor BMW Group Indonesia"), r.toString());
    }

    @Test
    void aPersonsTitleOrAWeekdayAfterTheKnownNameStaysOutside() {
        // a person's rank ("AKBP") and a weekday are no unit; a capitalized word after the place means the run goes on
        Set<String> id = organizations("Kasus Suap", "Jakarta - Juru bicara Polri AKBP Dimas Wardhana menjelaskan kasus itu. KPK Senin "
                + "memanggil saksi.", "id");
        assertFalse(id.stream().anyMatch(n -> n.startsWith("Polri ") || n.startsWith("KPK ")), id.toString());
        // nor a currency written before an amount ("US$" is no office in the United States)
        Set<String> paid = organizations("Pembayaran", "TikTok membayar Microsoft US$ 20 juta per bulan, dan Grab membayar Telkom USD 5 juta.", "id");
        assertFalse(paid.stream().anyMatch(n -> n.startsWith("Microsoft ") || n.startsWith("Telkom ")), paid.toString());
    }
}
