package org.dealgraph.mention;

import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An organization's name runs on through the legal forms after it: "PT Bank Mandiri (Persero) Tbk". */
class TrailingLegalFormsTest {
    private static List<Entity> entities(String body) {
        return TestPipeline.get().extract(new Article("t", "Kabar", body, "", Optional.empty(), "id")).entities();
    }

    @Test
    void aBracketedLegalFormAndABareOneAfterAnOrganizationsNameArePartOfItButTheSentencesPeriodIsNot() {
        String body = "PT Pegadaian (Persero) meluncurkan aplikasi baru. Laba PT Sinar Pangan Abadi (Persero) Tbk. naik tahun ini.";
        Set<String> mentions = entities(body).stream().flatMap(e -> e.mentions().stream()).map(Mention::text).collect(Collectors.toSet());
        assertTrue(mentions.containsAll(Set.of("PT Pegadaian (Persero)", "PT Sinar Pangan Abadi (Persero) Tbk")), mentions.toString());
    }

    @Test
    void aKnownCompanyWrittenWithItsLegalFormsKeepsItsGazetteerEntry() {
        String body = "Direktur Utama PT Bank Mandiri (Persero) Tbk Darmawan Junaidi mengatakan Bank Mandiri tumbuh.";
        Entity mandiri = entities(body).stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().endsWith("(Persero) Tbk")))
                .findFirst().orElseThrow();
        assertEquals(2, mandiri.mentions().size(), mandiri.toString());
        assertTrue(!mandiri.mentions().get(0).entryId().isEmpty(), mandiri.toString());
    }
}
