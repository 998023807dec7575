package org.dealgraph.event;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateFinderTest {
    private static final Optional<LocalDate> AUG_2020 = Optional.of(LocalDate.of(2020, 8, 20));

    @Test
    void resolvesDatesInBothLanguagesAgainstTheArticleDate() {
        assertEquals(Optional.of("2020-08-17"), DateFinder.find("On Monday, August 17, the network announced", AUG_2020));
        assertEquals(Optional.of("--08-17"), DateFinder.find("On Monday, August 17, the network announced", Optional.empty()));
        assertEquals(Optional.of("2020-08-17"), DateFinder.find("diumumkan Senin (17/8) lalu", AUG_2020));
        assertEquals(Optional.of("2025-07-31"), DateFinder.find("dikutip Kamis (31/7/2025)", Optional.empty()));
        assertEquals(Optional.of("2025-06-14"), DateFinder.find("di Jakarta, 14 Juni 2025", Optional.empty()));
        assertEquals(Optional.of("2023-12"), DateFinder.find("sekitar pertengahan Desember 2023 ini", Optional.empty()));
        assertEquals(Optional.of("2019"), DateFinder.find("telah bermitra sejak tahun 2019", Optional.empty()));
        assertEquals(Optional.empty(), DateFinder.find("no date here, only 45 days", Optional.empty()));
    }
}
