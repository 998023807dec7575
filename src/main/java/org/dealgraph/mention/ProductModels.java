package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known product's model, edition or product line written after its name is part of the name: a product the gazetteer
 * names ("iPhone", "Windows", "Xbox", "Instagram") followed by model tokens runs on through them, "iPhone 7 Plus",
 * "Windows 10", "Xbox One X", "PlayStation 4 Pro", "iPod mini", "Windows 2000", "Android 8.0 Oreo", "Instagram Stories",
 * "Xbox Live". A model token is a version number of at most three digits, perhaps with a minor version and up to two
 * letters ("7", "10", "6S", "7.1.1"), a year ("2000", "2024"), a code of a capital and digits ("A1822"), a word of the
 * language's {@code model-words.txt} ("Plus", "Pro", "One", "XP"), or a capitalized word of a product line ("Stories",
 * "Live", "OS", "Oreo") that is none of the language's function words, weekdays or months ({@code function-words.txt},
 * {@code weekdays.txt}, {@code months.tsv}: "YouTube For" of a title-case headline, "Instagram Senin"). A number that a
 * quantity word, a scale word, a month or a percent sign follows is an amount, a share or a day, no model ("iPhone 15 juta
 * unit", "iPhone 20 percent", "iPhone X 12 September"; {@code PatternMentionFinder#quantityFollowers}). A last model word
 * that a capitalized word the tokens do not take follows opens that name. The longer name is another product than the
 * gazetteer's entry (no entry id), and {@code event.KnownOwnerRelationExtractor} gives it the known product's owner. A
 * name found wholly inside the tokens is a piece of the model and goes ("Plus", "Stories" read on their capital), but
 * for a known name or a person's, which ends them ("Instagram Google", "Instagram Mark Zuckerberg"), as does a name that
 * runs on past them.
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 122
 * annotated product names open with a known product's name and then more words; in 76 of them these words are model
 * tokens as above ("PlayStation 4 Pro", "Xbox One X", "Windows 10"), which the gazetteer's match cut at the known name. On
 * the held-out fifth the stage read 30 more product mentions right (product F1 0.469 to 0.493). Counted as mentions, the
 * train split's four fifths hold 143 product names of a known product and capitalized words ("Xbox One", "Instagram
 * Stories" 11, "Xbox Live" 6, "Chrome OS", "Android Nougat"), 26 of a version and a capitalized word ("Android 7.0
 * Nougat", "iPhone 15 Pro") and 3 of a year ("Windows 2000"): with product lines and years the fifth read 14 more product
 * mentions right of as many predicted (product F1 0.496 to 0.507).
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductModels {
    /** A version, a year or a code; no size of storage or pixels glued to digits ("128GB", "12MP": a fresh-user tester's finding). */
    private static final String VERSION = "\\d{1,3}(?:\\.\\d{1,2}){0,2}(?!(?i:[GTMK]B|MP|Hz|mm|cm)(?![A-Za-z]))[A-Za-z]{0,2}|\\p{Lu}\\d{2,5}\\p{Lu}?|(?:19|20)\\d{2}";

    private final Map<Language, Pattern> tails;
    private final Map<Language, Pattern> modelOnly;

    private ProductModels(Map<Language, Pattern> tails, Map<Language, Pattern> modelOnly) {
        this.tails = Map.copyOf(tails);
        this.modelOnly = Map.copyOf(modelOnly);
    }

    /** The model words and scale words of these languages. */
    public static ProductModels of(LanguageProfiles languages) {
        Map<Language, Pattern> tails = new HashMap<>();
        Map<Language, Pattern> modelOnly = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String words = p.entries(LanguageProfile.File.MODEL_WORDS).isEmpty() ? "(?!)" : p.alternation(LanguageProfile.File.MODEL_WORDS);
            // one token: a version no amount word follows, or a model word; each after a space
            String model = "(?:(?:" + VERSION + ")(?![\\p{L}\\p{N}%])(?![.,:/-]\\d)(?![ \\t]*%)(?![ \\t]+(?i:"
                    + PatternMentionFinder.quantityFollowers(p) + ")(?![\\p{L}\\p{N}]))|" + words + "(?![\\p{L}\\p{N}]))";
            String token = "[ \\t]+" + model;
            // a product line's capitalized word ("Instagram Stories", "Xbox Live", "Chrome OS"): no function word, weekday or month
            String plain = LanguageProfile.alternation(java.util.stream.Stream.of(LanguageProfile.File.FUNCTION_WORDS, LanguageProfile.File.WEEKDAYS)
                    .flatMap(f -> p.entries(f).stream()).toList());
            String months = LanguageProfile.alternation(p.months().keySet().stream().map(Pattern::quote).toList());
            String line = "[ \\t]+(?!(?i:" + plain + "|" + months + ")(?![\\p{L}]))\\p{Lu}(?:\\p{Ll}+|\\p{Lu}{1,3})(?![\\p{L}\\p{N}'’&-])(?!\\.\\p{L})";
            tails.put(l, Pattern.compile("(?:" + token + "|" + line + ")+"));
            modelOnly.put(l, Pattern.compile(model + "(?:" + token + ")*"));
        }
        return new ProductModels(tails, modelOnly);
    }

    /** The names {@code names} finds, each known product's run on through its model tokens. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private static final Pattern VERSION_TOKEN = Pattern.compile(VERSION);
    private static final Pattern NEXT_NAME = Pattern.compile("[ \\t]+\\p{Lu}\\p{Ll}");

    /**
     * The end of the model tokens from {@code begin} to {@code end}, without a last model word that a capitalized word
     * follows: that word opens the next name ("Windows 10 One Drive" is "Windows 10", not "Windows 10 One").
     */
    private static int beforeNamedWord(String t, int begin, int end) {
        int space = Math.max(t.lastIndexOf(' ', end - 1), t.lastIndexOf('\t', end - 1));
        if (space < begin || VERSION_TOKEN.matcher(t).region(space + 1, end).matches()
                || !NEXT_NAME.matcher(t).region(end, t.length()).lookingAt()) {
            return end;
        }
        return begin + t.substring(begin, space).stripTrailing().length();
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern tail = tails.get(text.language());
        if (tail == null) {
            return found;
        }
        Pattern model = modelOnly.get(text.language());
        String t = text.text();
        Map<Mention, Mention> extended = new java.util.IdentityHashMap<>();
        java.util.Set<Mention> pieces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Mention m : found) {
            if (m.type() != EntityType.PRODUCT || m.entryId().isEmpty()) {
                continue;
            }
            Matcher x = tail.matcher(t).region(m.end(), t.length());
            if (!x.lookingAt()) {
                continue;
            }
            int end = x.end();
            for (Mention o : found) {
                if (o != m && o.begin() >= m.end() && o.begin() < end && (o.end() > end
                        || !model.matcher(o.text()).matches() && (!o.entryId().isEmpty() || o.type() == EntityType.PERSON))) {
                    end = o.begin(); // another name begins inside: a known one or a person's ends the model ("Instagram Mark Zuckerberg")
                }
            }
            end = m.end() + t.substring(m.end(), end).stripTrailing().length();
            end = beforeNamedWord(t, m.end(), end);
            if (end <= m.end()) {
                continue;
            }
            extended.put(m, new Mention(m.begin(), end, t.substring(m.begin(), end), EntityType.PRODUCT, "", m.finder(), m.confidence()));
            for (Mention o : found) {
                if (o != m && o.begin() >= m.end() && o.end() <= end) {
                    pieces.add(o); // a name wholly inside the tokens is a piece of the model ("Plus" read on its capital)
                }
            }
        }
        if (extended.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (!pieces.contains(m)) {
                out.add(extended.getOrDefault(m, m));
            }
        }
        return out;
    }
}
