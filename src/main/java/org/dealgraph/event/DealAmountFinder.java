package org.dealgraph.event;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts of a sentence that are a deal's value (a price, payment, fine, fee, loan,
 * contract value or investment: the annotation manual's amounts), not results, market figures or
 * unit prices. An amount counts when
 * <ul>
 * <li>a word of the language's {@code money-context.txt} ("paid", "worth", "loan", "senilai",
 *     "denda") stands within {@value #BEFORE} characters before it or {@value #AFTER} after it,
 *     up to the end of its sentence ("aid worth 14.3 mln dlrs", "the $325m contract"), and</li>
 * <li>no word of {@code result-context.txt} ("revenue", "laba", "rose") stands between that money
 *     word and the amount, nor before the amount when the money word follows it ("net profit rose
 *     to $5m after the sale"), and</li>
 * <li>no word of {@code per-unit.txt} follows it ("8.50 dlrs a share", "Rp14.070 per dolar AS").</li>
 * </ul>
 * Design decision: the word must stand near the amount, not anywhere in the sentence, since a
 * sentence that names a deal often gives revenues or share prices as well.
 *
 * <p>Immutable and thread-safe.
 */
public final class DealAmountFinder {
    /** How far before an amount (characters, within its sentence) a money word makes it a deal's. */
    public static final int BEFORE = 120;
    /** How far after an amount (characters, within its sentence) a money word makes it a deal's. */
    public static final int AFTER = 30;

    private record Grammar(Pattern money, Pattern result, Pattern perUnit) {
    }

    private final AmountParser parser;
    private final Map<Language, Grammar> grammars = new java.util.TreeMap<>();

    /** The finder with the bundled language data. */
    public static DealAmountFinder bundled() {
        return new DealAmountFinder(LanguageProfiles.bundled());
    }

    public DealAmountFinder(LanguageProfiles profiles) {
        this.parser = new AmountParser(profiles);
        for (Language l : profiles.languages()) {
            LanguageProfile p = profiles.of(l);
            grammars.put(l, new Grammar(p.words(LanguageProfile.File.MONEY_CONTEXT), p.words(LanguageProfile.File.RESULT_CONTEXT),
                    Pattern.compile("(?i)^[\\s,)]*" + p.alternation(LanguageProfile.File.PER_UNIT) + "(?![\\p{L}])")));
        }
    }

    /** The deal amounts of a sentence of {@code text}, in text order, with offsets into {@code text}. */
    public List<Amount> find(String text, Sentence sentence, Language language) {
        return deals(text, language, parser.find(text, sentence.begin(), sentence.end(), language));
    }

    /**
     * The deal amounts among {@code amounts}, a sentence's amounts as {@link AmountParser} reads them (for a caller that
     * has read them already), in their order.
     */
    public List<Amount> deals(String text, Language language, List<Amount> amounts) {
        Grammar g = grammars.get(language);
        List<Amount> out = new ArrayList<>();
        for (Amount a : amounts) {
            String after = upToSentenceEnd(text.substring(a.end(), Math.min(text.length(), a.end() + AFTER)));
            if (g.perUnit().matcher(after).find()) {
                continue;
            }
            String before = fromSentenceStart(text.substring(Math.max(0, a.begin() - BEFORE), a.begin()));
            int money = lastEnd(g.money(), before);
            int result = lastEnd(g.result(), before);
            if (result > money) {
                continue;
            }
            if (money >= 0 || result < 0 && g.money().matcher(after).find()) {
                out.add(a);
            }
        }
        return out;
    }

    /** The end of the last match of {@code p} in {@code s}, or -1. */
    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** Sentence-final punctuation and the space after it; not the period of an initial or an acronym ("T.E.A.M. Pacific"). */
    private static final Pattern END = Pattern.compile("(?<![A-Z])[.!?][\"'\u201D\u2019)]*\\s");

    /**
     * The window after its last sentence end. Design decision: the window is cut at punctuation
     * rather than at the sentence splitter's boundary, since wire text wrapped at line breaks is
     * sometimes split inside a sentence ("sold its 80 / pct interest ... for 3.1 mln dlrs").
     */
    private static String fromSentenceStart(String window) {
        Matcher m = END.matcher(window);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return window.substring(start);
    }

    private static String upToSentenceEnd(String window) {
        Matcher m = END.matcher(window);
        return m.find() ? window.substring(0, m.start()) : window;
    }
}
