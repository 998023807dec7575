package org.dealgraph.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a sentence gives an event, as an ISO 8601 (partial) date: "2020",
 * "2023-12", "2020-08-17", or "--08-17" when no year is known. Handles month names in both
 * languages ("14 Juni 2025", "August 14", "pertengahan Desember 2023"), Indonesian weekday
 * dates ("Senin (17/8)", "Kamis (31/7/2025)") and bare years ("pada tahun 2020", "in 2019").
 * A date without a year takes the article's year where the article's date is known.
 */
final class DateFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("januari", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("maret", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("mei", 5),
            Map.entry("june", 6), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("agustus", 8), Map.entry("aug", 8), Map.entry("agu", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oktober", 10), Map.entry("oct", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("desember", 12), Map.entry("dec", 12), Map.entry("des", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|jan|feb|mar|apr|jun|jul|aug|agu|sept|sep|oct|okt|nov|dec|des)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + "(?:\\s+((?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY_NUMERIC = Pattern.compile("(?i)\\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\\s*\\((\\d{1,2})/(\\d{1,2})(?:/((?:19|20)?\\d{2}))?\\)");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|sejak|pada|tahun|year|early|late|mid|awal|akhir)\\s+(?:tahun\\s+)?((?:19|20)\\d{2})\\b");

    private DateFinder() {
    }

    static Optional<String> find(String sentence, Optional<LocalDate> articleDate) {
        Matcher m = WEEKDAY_NUMERIC.matcher(sentence);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3), articleDate));
        }
        m = DAY_MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), month(m.group(2)), year(m.group(3), articleDate));
        }
        m = MONTH_DAY_YEAR.matcher(sentence);
        if (m.find() && !m.group(1).equalsIgnoreCase("may")) {
            return dayMonth(Integer.parseInt(m.group(2)), month(m.group(1)), year(m.group(3), articleDate));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return Optional.of(String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1))));
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private static Optional<Integer> year(String text, Optional<LocalDate> articleDate) {
        if (text != null && !text.isEmpty()) {
            int y = Integer.parseInt(text);
            return Optional.of(y < 100 ? 2000 + y : y);
        }
        return articleDate.map(LocalDate::getYear);
    }

    private static Optional<String> dayMonth(int day, int month, Optional<Integer> year) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(year.map(y -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day))
                .orElse(String.format(Locale.ROOT, "--%02d-%02d", month, day)));
    }
}
