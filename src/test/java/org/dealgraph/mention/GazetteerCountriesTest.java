package org.dealgraph.mention;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled gazetteer knows every country, from the JDK's locale data where its files leave one out. */
class GazetteerCountriesTest {
    private static final Gazetteer BUNDLED = Gazetteer.bundled();

    private static List<String> places(String name) {
        return BUNDLED.lookup(name).stream().filter(e -> e.type() == EntityType.PLACE).map(GazetteerEntry::id).toList();
    }

    @Test
    void aCountryTheFilesLeaveOutIsAPlaceByItsEnglishAndItsIndonesianName() {
        assertEquals(List.of("place-uzbekistan"), places("Uzbekistan"));
        assertEquals(List.of("place-seychelles"), places("Seychelles"));
        assertEquals(List.of("place-sweden"), places("Swedia"), "Indonesian for Sweden");
        assertEquals("SE", BUNDLED.entry("place-sweden").orElseThrow().country());
    }

    @Test
    void aCountryTheFilesNameKeepsTheirEntryAndAGivenNameIsNoCountry() {
        assertEquals(List.of("place-united-states"), places("Amerika Serikat"));
        assertEquals(1, places("United States").size());
        assertTrue(places("Jordan").isEmpty(), "Jordan is a given name");
    }

    @Test
    void aCountryIsAPlaceByTheNamesProseUsesNotOnlyTheJdks() {
        // CLDR writes "Myanmar (Burma)", "Palestinian Territories", "Côte d’Ivoire" and has no Kosovo; news writes these
        for (String name : List.of("Burma", "Palestine", "Palestina", "Kosovo", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast",
                "Pantai Gading", "Timor-Leste", "East Timor", "Czech Republic", "Ceko", "DR Congo", "Swaziland")) {
            assertEquals(1, places(name).size(), name);
        }
    }

    @Test
    void anIndonesianProvinceIsAPlaceByTheShortNameNewsWritesIt() {
        for (String name : List.of("Jatim", "Jateng", "Jabar", "Sumut", "Kaltim", "Sulsel", "Kepri", "Daerah Istimewa Yogyakarta")) {
            assertEquals(1, places(name).size(), name);
        }
    }
}
