package org.dealgraph.event;

import org.dealgraph.DealGraphException;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts in both languages' ways of writing them: "Rp 322 miliar", "Rp1,5 triliun",
 * "US$20 juta", "$1.2bn", "€110m", "£24.5m", "540bn yen", "217 mln dlrs", "dollars 9.7bn", and
 * their periods ("per bulan", "a year", "monthly"). Separators follow the language: Indonesian
 * groups thousands with "." and writes decimals with ","; English the other way round; a
 * separator followed by other than three digits is a decimal point in either.
 *
 * Numbers written as words are read before a scale word and a currency ("one billion dlr",
 * "tiga miliar rupiah"), from {@code number-words.tsv}. The currencies, scale words, period phrases and number format are each language's data
 * ({@code data/lang/<code>/currencies.tsv}, {@code scales.tsv}, {@code periods.tsv},
 * {@code number-format.tsv}): a currency written before the number ("Rp", "US$") or after it
 * ("dlrs", "dolar AS") takes the ISO 4217 code its line gives; a bare "$" followed by a
 * currency word takes the word's ("$20 Canadian dlrs" is not written, but "Rp 5 triliun rupiah" is).
 *
 * <p>Immutable and thread-safe.
 */
public final class AmountParser {
    private static final String NUM = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    /**
     * One language's way of writing amounts, from its {@code scales.tsv}, {@code periods.tsv},
     * {@code number-format.tsv} and {@code recipient-prepositions.txt}.
     */
    private record Grammar(Pattern symbolFirst, Pattern numberFirst, Pattern periodAfter, Pattern periodBefore,
                           Map<String, BigDecimal> scales, Map<String, String> durations, char grouping,
                           Map<String, String> symbols, Map<String, String> words, Pattern wordFirst,
                           Map<String, BigDecimal> numberWords, Map<String, List<Country>> countries) {
        static Grammar of(LanguageProfile p) {
            Map<String, String> symbols = p.currencies(true);
            Map<String, String> currencyWords = p.currencies(false);
            Map<String, List<Country>> countries = new HashMap<>();
            List<String> countryLines = p.entries(LanguageProfile.File.CURRENCY_COUNTRIES);
            for (int i = 0; i < countryLines.size(); i++) {
                String[] f = fields(p, LanguageProfile.File.CURRENCY_COUNTRIES, i, 3);
                if (!f[1].matches("[A-Z]{3}")) {
                    throw new DealGraphException(p.where(LanguageProfile.File.CURRENCY_COUNTRIES, i) + ": '" + countryLines.get(i)
                            + "': '" + f[1] + "' is not an ISO 4217 code (three capital letters)");
                }
                countries.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Country(f[1],
                        Pattern.compile("(?<![\\p{L}])(?:" + f[2] + ")(?![\\p{L}])")));
            }
            Map<String, BigDecimal> numberWords = new HashMap<>();
            List<String> numberWordLines = p.entries(LanguageProfile.File.NUMBER_WORDS);
            for (int i = 0; i < numberWordLines.size(); i++) {
                String line = numberWordLines.get(i);
                String[] f = fields(p, LanguageProfile.File.NUMBER_WORDS, i, 2);
                try {
                    numberWords.put(f[0].toLowerCase(Locale.ROOT), new BigDecimal(f[1]));
                } catch (NumberFormatException e) {
                    throw new DealGraphException(p.where(LanguageProfile.File.NUMBER_WORDS, i) + ": '" + line + "': the value is a number");
                }
            }
            String symbol = "(" + forms(symbols.keySet()) + ")";
            String word = "(" + forms(currencyWords.keySet()) + ")";
            Map<String, BigDecimal> scales = new HashMap<>();
            List<String> words = new ArrayList<>();
            List<String> letters = new ArrayList<>();
            List<String> scaleLines = p.entries(LanguageProfile.File.SCALES);
            for (int i = 0; i < scaleLines.size(); i++) {
                String line = scaleLines.get(i);
                String[] f = fields(p, LanguageProfile.File.SCALES, i, 2);
                int power;
                try {
                    power = Integer.parseInt(f[1]);
                } catch (NumberFormatException e) {
                    power = -1;
                }
                if (power < 0 || power > 30) {
                    throw new DealGraphException(p.where(LanguageProfile.File.SCALES, i) + ": '" + line
                            + "': the power of ten is a whole number from 0 to 30 (6 for a million)");
                }
                scales.put(f[0].toLowerCase(Locale.ROOT), BigDecimal.TEN.pow(power));
                (f[0].length() == 1 ? letters : words).add(Pattern.quote(f[0]));
            }
            words.sort(java.util.Comparator.comparingInt(String::length).reversed());
            String scale = "((?i:" + String.join("|", words.isEmpty() ? List.of("(?!)") : words) + ")|(?i:"
                    + String.join("|", letters.isEmpty() ? List.of("(?!)") : letters) + ")(?![a-zA-Z]))";
            Map<String, String> durations = new HashMap<>();
            List<String> after = new ArrayList<>();
            List<String> before = new ArrayList<>();
            List<String> periodLines = p.entries(LanguageProfile.File.PERIODS);
            for (int i = 0; i < periodLines.size(); i++) {
                String line = periodLines.get(i);
                String[] f = fields(p, LanguageProfile.File.PERIODS, i, 3);
                if (!f[2].equals("after") && !f[2].equals("before")) {
                    throw new DealGraphException(p.where(LanguageProfile.File.PERIODS, i) + ": '" + line + "': the position is after or before");
                }
                if (!org.apache.jena.datatypes.xsd.XSDDatatype.XSDduration.isValid(f[1])) {
                    throw new DealGraphException(p.where(LanguageProfile.File.PERIODS, i) + ": '" + line + "': '" + f[1]
                            + "' is not an ISO 8601 duration (xsd:duration, such as P1M or P1Y)");
                }
                durations.put(f[0].toLowerCase(Locale.ROOT), f[1]);
                (f[2].equals("after") ? after : before).add(f[0]);
            }
            after.sort(java.util.Comparator.comparingInt(String::length).reversed());
            before.sort(java.util.Comparator.comparingInt(String::length).reversed());
            char grouping = ',';
            Character decimal = null; // unset: the other separator
            List<String> formatLines = p.entries(LanguageProfile.File.NUMBER_FORMAT);
            for (int i = 0; i < formatLines.size(); i++) {
                String line = formatLines.get(i);
                String[] f = fields(p, LanguageProfile.File.NUMBER_FORMAT, i, 2);
                if (!(f[0].equals("grouping") || f[0].equals("decimal")) || f[1].length() != 1) {
                    throw new DealGraphException(p.where(LanguageProfile.File.NUMBER_FORMAT, i) + ": '" + line
                            + "': a line is 'grouping' or 'decimal' and one separator character");
                }
                if (f[0].equals("grouping")) {
                    grouping = f[1].charAt(0);
                } else {
                    decimal = f[1].charAt(0);
                }
            }
            if (decimal != null && grouping == decimal) {
                throw new DealGraphException(p.source(LanguageProfile.File.NUMBER_FORMAT) + ": the grouping and the decimal separator are both '"
                        + grouping + "'; a number could not be read");
            }
            return new Grammar(
                    Pattern.compile("(?<![\\p{L}\\d])" + symbol + "\\s?" + NUM + "(?:\\s?" + scale + ")?(?:\\s" + word + "(?![\\p{L}]))?"),
                    Pattern.compile("(?<![\\p{L}\\d$.,])" + NUM + "(?:\\s?" + scale + ")?\\s" + word + "(?![\\p{L}])"),
                    Pattern.compile("(?i)^[\\s,)]*(?:\\(?[^()]{0,40}\\)\\s*)?(?:" + p.alternation(LanguageProfile.File.RECIPIENT_PREPOSITIONS)
                            + "\\s+[\\p{L}\\s]{1,25}?\\s)?(" + LanguageProfile.alternation(after) + ")\\b"),
                    Pattern.compile("(?i)\\b(" + LanguageProfile.alternation(before) + ")\\b[^.]{0,25}$"),
                    Map.copyOf(scales), Map.copyOf(durations), grouping, Map.copyOf(symbols), Map.copyOf(currencyWords),
                    // a number in words is read only with a scale word and a currency after it ("three mln dlrs")
                    Pattern.compile("(?<![\\p{L}\\d])((?i:" + forms(numberWords.keySet()) + "))\\s+" + scale + "\\s" + word + "(?![\\p{L}])"),
                    Map.copyOf(numberWords), Map.copyOf(countries));
        }

        /** The forms as one alternation, longest first, a space in a form matching any run of white space (a line break in wire text). */
        private static String forms(java.util.Set<String> forms) {
            if (forms.isEmpty()) {
                return "(?!)";
            }
            return forms.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                    .map(f -> java.util.Arrays.stream(f.split(" ")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\s+")))
                    .collect(java.util.stream.Collectors.joining("|"));
        }

        /**
         * The ISO 4217 code of a symbol written before the number and of a word written after it (either may be null). A
         * word several countries use ({@code currency-countries.tsv}) takes the code of the country {@code text} names most
         * by its words; where none is named more than the word's own default country, the default.
         */
        String currency(String symbol, String word, String text) {
            String w = word == null ? null : words.get(word.replaceAll("\\s+", " "));
            List<Country> among = word == null ? null : countries.get(word.replaceAll("\\s+", " "));
            if (w != null && among != null) {
                // the default wins ties: it is counted first, and only a country named more often replaces it
                Map<String, Long> named = new java.util.LinkedHashMap<>();
                named.put(w, 0L);
                among.forEach(c -> named.merge(c.code(), c.words().matcher(text).results().count(), Long::sum));
                long most = named.get(w);
                for (Map.Entry<String, Long> e : named.entrySet()) {
                    if (e.getValue() > most) {
                        most = e.getValue();
                        w = e.getKey();
                    }
                }
            }
            String s = symbol == null ? null : symbols.get(symbol.replaceAll("\\s+", " "));
            if (s != null && !(symbol.equals("$") && w != null)) {
                return s;
            }
            return w != null ? w : "USD";
        }

        private static String[] fields(LanguageProfile p, LanguageProfile.File file, int index, int n) {
            String line = p.entries(file).get(index);
            String[] f = line.split("\t");
            if (f.length != n || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
                throw new DealGraphException(p.where(file, index) + ": '" + line + "' has not " + n + " tab-separated fields");
            }
            for (int i = 0; i < n; i++) {
                f[i] = f[i].strip();
            }
            return f;
        }
    }

    /** A country that writes a currency word several countries use: its code and the words that name it. */
    private record Country(String code, Pattern words) {
    }

    private final Map<Language, Grammar> grammars = new TreeMap<>();

    /** The parser with the bundled language data. */
    public AmountParser() {
        this(LanguageProfiles.bundled());
    }

    /** The parser with these languages' scales, periods and number formats. */
    public AmountParser(LanguageProfiles profiles) {
        for (Language l : profiles.languages()) {
            grammars.put(l, Grammar.of(profiles.of(l)));
        }
    }

    /** The amounts in {@code text[begin, end)}, with offsets into {@code text}, read in the article's language. */
    public List<Amount> find(String text, int begin, int end, Language language) {
        Grammar g = grammars.get(language);
        List<Amount> out = new ArrayList<>();
        Matcher m = g.symbolFirst().matcher(text).region(begin, end);
        while (m.find()) {
            String currency = g.currency(m.group(1), m.group(4), text);
            parse(m.group(2), m.group(3), g).ifPresent(v ->
                    out.add(new Amount(v, currency, period(g, text, m.start(), m.end(), end), m.start(), m.end(), m.group())));
        }
        Matcher n = g.numberFirst().matcher(text).region(begin, end);
        while (n.find()) {
            int s = n.start();
            if (out.stream().anyMatch(a -> a.begin() <= s && s < a.end())) {
                continue;
            }
            String currency = g.currency(null, n.group(3), text);
            parse(n.group(1), n.group(2), g).ifPresent(v ->
                    out.add(new Amount(v, currency, period(g, text, n.start(), n.end(), end), n.start(), n.end(), n.group())));
        }
        Matcher w = g.wordFirst().matcher(text).region(begin, end);
        while (w.find()) {
            BigDecimal number = g.numberWords().get(w.group(1).toLowerCase(Locale.ROOT));
            BigDecimal scale = g.scales().get(w.group(2).toLowerCase(Locale.ROOT));
            if (number != null && scale != null) {
                out.add(new Amount(number.multiply(scale).stripTrailingZeros(), g.currency(null, w.group(3), text),
                        period(g, text, w.start(), w.end(), end), w.start(), w.end(), w.group()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Amount::begin));
        return out;
    }

    private static Optional<BigDecimal> parse(String number, String scale, Grammar g) {
        String digits = normalizeNumber(number, g.grouping());
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (scale != null) {
            BigDecimal mult = g.scales().get(scale.toLowerCase(Locale.ROOT));
            if (mult == null) {
                return Optional.empty();
            }
            value = value.multiply(mult);
        }
        return Optional.of(value.stripTrailingZeros());
    }

    static String normalizeNumber(String number, char grouping) {
        int dots = count(number, '.');
        int commas = count(number, ',');
        if (dots > 0 && commas > 0) {
            // both present: whichever comes last is the decimal separator
            char decimal = number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return number.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        char sep = dots > 0 ? '.' : commas > 0 ? ',' : 0;
        if (sep == 0) {
            return number;
        }
        int count = dots + commas;
        String afterLast = number.substring(number.lastIndexOf(sep) + 1);
        boolean grouping3 = afterLast.length() == 3;
        if (count > 1 || grouping3 && sep == grouping) {
            return number.replace(String.valueOf(sep), "");
        }
        return number.replace(sep, '.');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static Optional<String> period(Grammar g, String text, int start, int end, int limit) {
        String after = text.substring(end, Math.min(limit, end + 60));
        Matcher a = g.periodAfter().matcher(after);
        String word = null;
        if (a.find()) {
            word = a.group(1);
        } else {
            Matcher b = g.periodBefore().matcher(text.substring(Math.max(0, start - 40), start));
            if (b.find()) {
                word = b.group(1);
            }
        }
        if (word == null) {
            return Optional.empty();
        }
        String key = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String duration = g.durations().get(key);
        if (duration == null) {
            // a phrase written as a regular expression ("a year(?!\\s+after)") is its own key: the one the words match
            duration = g.durations().entrySet().stream().filter(e -> Pattern.compile("(?i)" + e.getKey()).matcher(key).matches())
                    .map(Map.Entry::getValue).findFirst().orElse("P1D");
        }
        return Optional.of(duration);
    }
}
