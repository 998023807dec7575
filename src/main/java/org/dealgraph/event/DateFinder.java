package org.dealgraph.event;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * A date without a year takes the article's year where the article's date is known. The month
 * names, weekdays and year markers come from each language's {@code months.tsv},
 * {@code weekdays.txt} and {@code year-markers.txt}. Immutable and thread-safe.
 */
final class DateFinder {
    /** Every bundled language's months at once, for callers that do not say the language. */
    private static final class Bundled {
        static final DateFinder ALL = new DateFinder(LanguageProfiles.bundled().languages().stream()
                .map(l -> LanguageProfiles.bundled().of(l)).toList());
    }

    private final Map<String, Integer> months;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern monthYear;
    private final Pattern weekdayNumeric;
    private final Pattern year;

    private DateFinder(List<LanguageProfile> profiles) {
        Map<String, Integer> m = new HashMap<>();
        List<String> weekdays = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (LanguageProfile p : profiles) {
            p.months().forEach((name, n) -> m.put(name, n));
            weekdays.addAll(p.entries(LanguageProfile.File.WEEKDAYS));
            markers.addAll(p.entries(LanguageProfile.File.YEAR_MARKERS));
        }
        this.months = Map.copyOf(m);
        // longest names first, so that "sept" is read whole rather than as "sep"
        List<String> names = m.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).map(Pattern::quote).toList();
        String month = "(" + (names.isEmpty() ? "(?!)" : String.join("|", names)) + ")\\.?";
        this.dayMonthYear = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + month + "(?:\\s+((?:19|20)\\d{2}))?\\b");
        this.monthDayYear = Pattern.compile("(?i)\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b");
        this.monthYear = Pattern.compile("(?i)\\b" + month + "\\s+((?:19|20)\\d{2})\\b");
        this.weekdayNumeric = Pattern.compile("(?i)\\b" + LanguageProfile.alternation(weekdays) + "\\s*\\((\\d{1,2})/(\\d{1,2})(?:/((?:19|20)?\\d{2}))?\\)");
        this.year = Pattern.compile("(?i)\\b" + LanguageProfile.alternation(markers) + "\\s+((?:19|20)\\d{2})\\b");
    }

    /** The date finder of one language: its month names, weekdays and year markers only. */
    static DateFinder of(LanguageProfile profile) {
        return new DateFinder(List.of(profile));
    }

    /** The date of a sentence read with every bundled language's month names (the caller does not know the language). */
    static Optional<String> find(String sentence, Optional<LocalDate> articleDate) {
        return Bundled.ALL.read(sentence, articleDate);
    }

    /**
     * The date a sentence gives, as an ISO 8601 (partial) date, or empty.
     *
     * @param articleDate the article's date, whose year a date without one takes
     */
    Optional<String> read(String sentence, Optional<LocalDate> articleDate) {
        Matcher m = weekdayNumeric.matcher(sentence);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year(m.group(3), articleDate));
        }
        m = dayMonthYear.matcher(sentence);
        if (m.find()) {
            return dayMonth(Integer.parseInt(m.group(1)), month(m.group(2)), year(m.group(3), articleDate));
        }
        m = monthDayYear.matcher(sentence);
        if (m.find() && !m.group(1).equalsIgnoreCase("may")) {
            return dayMonth(Integer.parseInt(m.group(2)), month(m.group(1)), year(m.group(3), articleDate));
        }
        m = monthYear.matcher(sentence);
        if (m.find()) {
            return Optional.of(String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1))));
        }
        m = year.matcher(sentence);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    private int month(String name) {
        return months.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
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
