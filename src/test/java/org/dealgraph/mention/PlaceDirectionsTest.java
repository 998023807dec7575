package org.dealgraph.mention;

import org.dealgraph.DealGraphException;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.Article;
import org.dealgraph.entity.Entity;
import org.dealgraph.text.LanguageProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A place and its compass word are one place: "Jakarta Selatan", "South Jakarta". */
class PlaceDirectionsTest {
    /** The places of the text as the pipeline finds them. */
    private static Set<String> places(String body, String lang) {
        return TestPipeline.get().extract(new Article("t", lang.equals("id") ? "Kabar" : "News", body, "", Optional.empty(), lang))
                .entities().stream().filter(e -> e.type() == EntityType.PLACE).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aCompassWordWithItsCapitalMakesOnePlaceWithThePlaceBeforeIt() {
        Set<String> id = places("Banjir melanda Jakarta Selatan dan Jakarta Pusat pada Senin, kata warga Bandung.", "id");
        assertTrue(id.containsAll(Set.of("Jakarta Selatan", "Jakarta Pusat")), id.toString());
        assertFalse(id.contains("Selatan") || id.contains("Pusat") || id.contains("Jakarta"), id.toString());
        Set<String> en = places("Floods hit South Jakarta on Monday, residents of Bandung said.", "en");
        assertTrue(en.contains("South Jakarta"), en.toString());
        assertFalse(en.contains("Jakarta"), en.toString());
    }

    @Test
    void aDatelineInCapitalsJoinsItsCompassWordInCapitals() {
        Set<String> id = places("JAKARTA SELATAN - Banjir melanda kawasan itu pada Senin.", "id");
        assertTrue(id.stream().anyMatch(p -> p.equalsIgnoreCase("Jakarta Selatan")), id.toString());
        Set<String> all = TestPipeline.get().extract(new Article("t", "Kabar", "JAKARTA SELATAN - Banjir melanda kawasan itu pada Senin.",
                "", Optional.empty(), "id")).entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertFalse(all.stream().anyMatch(n -> n.equalsIgnoreCase("Selatan")), all.toString());
    }

    @Test
    void aCityOrRegencyWordBeforeAPlaceMakesOnePlaceUnlessItGoesOnAnotherName() {
        Set<String> id = places("Banjir melanda Kota Malang dan Kabupaten Bandung, juga desa di Pulau Jawa.", "id");
        assertTrue(id.containsAll(Set.of("Kota Malang", "Kabupaten Bandung", "Pulau Jawa")), id.toString());
        assertFalse(id.contains("Malang") || id.contains("Bandung") || id.contains("Jawa"), id.toString());
        // the mayor (Wali Kota) and the city hall (Balai Kota) of Surabaya: the place is Surabaya
        Set<String> mayor = places("Wali Kota Surabaya Eri Cahyadi meninjau Balai Kota Surabaya pada Senin.", "id");
        assertTrue(mayor.contains("Surabaya"), mayor.toString());
        assertFalse(mayor.contains("Kota Surabaya"), mayor.toString());
    }

    @Test
    void aCompassWordInSmallLettersLeavesThePlaceAsItIs() {
        Set<String> id = places("Banjir melanda Jakarta selatan pada Senin.", "id");
        assertTrue(id.contains("Jakarta"), id.toString());
        assertFalse(id.contains("Jakarta selatan"), id.toString());
    }

    @Test
    void anEntryWithoutOnePlaceholderOrWithoutAWordIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path id = Files.createDirectories(dir.resolve("id"));
        for (String bad : List.of("Selatan", "{P}", "{P} Utara {P}", "Kota {P} Selatan")) {
            Files.writeString(id.resolve("place-directions.txt"), "# mine\n{P} Barat\n" + bad + "\n");
            LanguageProfiles profiles = LanguageProfiles.load(dir);
            DealGraphException e = assertThrows(DealGraphException.class, () -> PlaceDirections.of(profiles), bad);
            assertTrue(e.getMessage().contains("place-directions.txt:3"), e.getMessage());
        }
    }
}
