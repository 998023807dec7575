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
 * A known product's model or edition written after its name is part of the name: a product the gazetteer names
 * ("iPhone", "Windows", "Xbox", "PlayStation") followed by model tokens runs on through them, "iPhone 7 Plus", "Windows
 * 10", "Xbox One X", "PlayStation 4 Pro", "iPod mini". A model token is a version number of at most three digits, perhaps
 * with a minor version and up to two letters ("7", "10", "6S", "7.1.1"), a code of a capital and digits ("A1822"), or a word
 * of the language's {@code model-words.txt} ("Plus", "Pro", "One", "XP"). A number that a scale word or a percent sign
 * follows is an amount, no model ("iPhone 15 juta unit"); a year of four digits is none either ("Windows 2000" stays
 * "Windows"). The longer name is another product than the gazetteer's entry (no entry id), and {@code
 * event.KnownOwnerRelationExtractor} gives it the known product's owner. A name found wholly inside the tokens is a
 * piece of the model and goes ("Plus" read on its capital); one that begins inside them and runs on past them ends them.
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 122
 * annotated product names open with a known product's name and then more words; in 76 of them these words are model
 * tokens as above ("PlayStation 4 Pro", "Xbox One X", "Windows 10"), which the gazetteer's match cut at the known name. On
 * the held-out fifth the stage read 30 more product mentions right (product F1 0.469 to 0.493).
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductModels {
    private static final String VERSION = "\\d{1,3}(?:\\.\\d{1,2}){0,2}[A-Za-z]{0,2}|\\p{Lu}\\d{2,5}\\p{Lu}?";

    private final Map<Language, Pattern> tails;

    private ProductModels(Map<Language, Pattern> tails) {
        this.tails = Map.copyOf(tails);
    }

    /** The model words and scale words of these languages. */
    public static ProductModels of(LanguageProfiles languages) {
        Map<Language, Pattern> tails = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String words = p.entries(LanguageProfile.File.MODEL_WORDS).isEmpty() ? "(?!)" : p.alternation(LanguageProfile.File.MODEL_WORDS);
            // one token: a version no amount word follows, or a model word; each after a space
            String token = "[ \\t]+(?:(?:" + VERSION + ")(?![\\p{L}\\p{N}%])(?![.,:/-]\\d)(?![ \\t]*%)(?![ \\t]+(?i:"
                    + PatternMentionFinder.quantityFollowers(p) + ")(?![\\p{L}\\p{N}]))|" + words + "(?![\\p{L}\\p{N}]))";
            tails.put(l, Pattern.compile("(?:" + token + ")+"));
        }
        return new ProductModels(tails);
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
                if (o != m && o.begin() >= m.end() && o.begin() < end && o.end() > end) {
                    end = o.begin(); // another name begins inside and runs on past the tokens: the model ends before it
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
