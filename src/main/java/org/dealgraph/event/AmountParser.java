package org.dealgraph.event;

import org.dealgraph.text.Language;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * <p>Stateless and thread-safe.
 */
public final class AmountParser {
    private static final String NUM = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "((?i:triliun|trilyun|trillion|tn|miliar|milyar|billion|bn|bln|juta|million|mln|mn|jt|ribu|thousand|rb)|[mbkMBK](?![a-zA-Z]))";
    private static final String SYMBOL = "(Rp\\.?|IDR|US\\$|USD|U\\.S\\.\\s?\\$|S\\$|SGD|A\\$|AUD|HK\\$|HKD|C\\$|CAD|\\$|€|EUR|£|GBP|¥|JPY|RMB|CNY|RM|MYR|₹|INR|Rs\\.?|KRW|CHF|(?:dollars|dolar|pounds|euros)(?=\\s?\\d))";
    private static final String WORD = "(dollars?|dolar(?: AS| Amerika(?: Serikat)?| Singapura| Australia| Hong Kong)?|dlrs|euros?|pounds?(?: sterling)?|sterling|yen|yuan|renminbi|rupiah|ringgit|won|francs?|rupees?|baht|pesos?)";
    private static final Pattern SYMBOL_FIRST = Pattern.compile("(?<![\\p{L}\\d])" + SYMBOL + "\\s?" + NUM + "(?:\\s?" + SCALE + ")?(?:\\s" + WORD + ")?");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\p{L}\\d$.,])" + NUM + "(?:\\s?" + SCALE + ")?\\s" + WORD + "\\b");
    private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^[\\s,)]*(?:\\(?[^()]{0,40}\\)\\s*)?(?:(?:ke|to|kepada)\\s+[\\p{L}\\s]{1,25}?\\s)?(per bulan|tiap bulan|setiap bulan|sebulan|a month|per month|each month|monthly|per tahun|tiap tahun|setiap tahun|setahun|a year|per year|per annum|annually|each year|a week|per week|per minggu|setiap minggu|a day|per day|per hari|setiap hari|a quarter|per quarter|per kuartal)\\b");
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)\\b(bulanan|monthly|tahunan|annual|yearly|mingguan|weekly|harian|daily)\\b[^.]{0,25}$");
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("triliun", BigDecimal.TEN.pow(12)), Map.entry("trilyun", BigDecimal.TEN.pow(12)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("tn", BigDecimal.TEN.pow(12)),
            Map.entry("miliar", BigDecimal.TEN.pow(9)), Map.entry("milyar", BigDecimal.TEN.pow(9)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("bn", BigDecimal.TEN.pow(9)),
            Map.entry("bln", BigDecimal.TEN.pow(9)), Map.entry("b", BigDecimal.TEN.pow(9)),
            Map.entry("juta", BigDecimal.TEN.pow(6)), Map.entry("million", BigDecimal.TEN.pow(6)),
            Map.entry("mln", BigDecimal.TEN.pow(6)), Map.entry("mn", BigDecimal.TEN.pow(6)),
            Map.entry("jt", BigDecimal.TEN.pow(6)), Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("ribu", BigDecimal.TEN.pow(3)), Map.entry("thousand", BigDecimal.TEN.pow(3)),
            Map.entry("rb", BigDecimal.TEN.pow(3)), Map.entry("k", BigDecimal.TEN.pow(3)));

    /** The amounts in {@code text[begin, end)}, with offsets into {@code text}. */
    public List<Amount> find(String text, int begin, int end, Language language) {
        List<Amount> out = new ArrayList<>();
        Matcher m = SYMBOL_FIRST.matcher(text).region(begin, end);
        while (m.find()) {
            String currency = currency(m.group(1), m.group(4));
            parse(m.group(2), m.group(3), language).ifPresent(v ->
                    out.add(new Amount(v, currency, period(text, m.start(), m.end(), end), m.start(), m.end(), m.group())));
        }
        Matcher n = NUMBER_FIRST.matcher(text).region(begin, end);
        while (n.find()) {
            int s = n.start();
            if (out.stream().anyMatch(a -> a.begin() <= s && s < a.end())) {
                continue;
            }
            String currency = currency("", n.group(3));
            parse(n.group(1), n.group(2), language).ifPresent(v ->
                    out.add(new Amount(v, currency, period(text, n.start(), n.end(), end), n.start(), n.end(), n.group())));
        }
        out.sort(java.util.Comparator.comparingInt(Amount::begin));
        return out;
    }

    static Optional<BigDecimal> parse(String number, String scale, Language language) {
        String digits = normalizeNumber(number, language);
        BigDecimal value;
        try {
            value = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (scale != null) {
            BigDecimal mult = SCALES.get(scale.toLowerCase(Locale.ROOT));
            if (mult == null) {
                return Optional.empty();
            }
            value = value.multiply(mult);
        }
        return Optional.of(value.stripTrailingZeros());
    }

    static String normalizeNumber(String number, Language language) {
        char grouping = language == Language.INDONESIAN ? '.' : ',';
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

    static String currency(String symbol, String word) {
        String s = symbol == null ? "" : symbol.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (!s.isEmpty() && !s.equals("$")) {
            if (s.startsWith("rp") || s.equals("idr")) {
                return "IDR";
            }
            if (s.equals("us$") || s.equals("usd") || s.equals("u.s.$") || s.startsWith("dolla") || s.equals("dolar")) {
                return "USD";
            }
            return switch (s) {
                case "s$", "sgd" -> "SGD";
                case "a$", "aud" -> "AUD";
                case "hk$", "hkd" -> "HKD";
                case "c$", "cad" -> "CAD";
                case "€", "eur", "euros" -> "EUR";
                case "£", "gbp", "pounds" -> "GBP";
                case "¥", "jpy" -> "JPY";
                case "rmb", "cny" -> "CNY";
                case "rm", "myr" -> "MYR";
                case "₹", "inr", "rs", "rs." -> "INR";
                case "krw" -> "KRW";
                case "chf" -> "CHF";
                default -> "USD";
            };
        }
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (w.startsWith("dolar singapura")) {
            return "SGD";
        }
        if (w.startsWith("dolar australia")) {
            return "AUD";
        }
        if (w.startsWith("dolar hong kong")) {
            return "HKD";
        }
        if (w.startsWith("euro")) {
            return "EUR";
        }
        if (w.startsWith("pound") || w.equals("sterling")) {
            return "GBP";
        }
        if (w.equals("yen")) {
            return "JPY";
        }
        if (w.equals("yuan") || w.equals("renminbi")) {
            return "CNY";
        }
        if (w.equals("rupiah")) {
            return "IDR";
        }
        if (w.equals("ringgit")) {
            return "MYR";
        }
        if (w.equals("won")) {
            return "KRW";
        }
        if (w.startsWith("franc")) {
            return "CHF";
        }
        if (w.startsWith("rupee")) {
            return "INR";
        }
        if (w.equals("baht")) {
            return "THB";
        }
        if (w.startsWith("peso")) {
            return "MXN";
        }
        return "USD";
    }

    private static Optional<String> period(String text, int start, int end, int limit) {
        String after = text.substring(end, Math.min(limit, end + 60));
        Matcher a = PERIOD_AFTER.matcher(after);
        String word = null;
        if (a.find()) {
            word = a.group(1);
        } else {
            Matcher b = PERIOD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
            if (b.find()) {
                word = b.group(1);
            }
        }
        if (word == null) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("bulan") || w.contains("month")) {
            return Optional.of("P1M");
        }
        if (w.contains("tahun") || w.contains("year") || w.contains("annu")) {
            return Optional.of("P1Y");
        }
        if (w.contains("minggu") || w.contains("week")) {
            return Optional.of("P1W");
        }
        if (w.contains("quarter") || w.contains("kuartal")) {
            return Optional.of("P3M");
        }
        return Optional.of("P1D");
    }
}
