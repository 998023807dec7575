package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organization's name followed by a model code is a product's name: "Canon EOS 6D Mark II", "Sharp Aquos R9", "HP
 * Elite x3", "Mediatek MT6750". The organization's mention becomes a product mention running over the model, and every
 * name found wholly inside the model goes ("Mark II" read on its capitals); {@code event.MakerNameRelationExtractor} then
 * gives the product to the organization where the article names it on its own too.
 *
 * <p>The organization's name is one word, or more where its first word stands alone as an organization's name of the
 * article too ("Sharp Aquos" beside "Sharp"; "Pemprov DKI" opens no model). A model code is a token of digits with
 * letters glued before or after ("6D", "R9", "x3", "MT6750", "A380", "S8"), or a number of one to three digits after a
 * capitalized word of the model ("ZenFone 3", "Lumia 950"); never a year, a quarter or half ("Q3", "H1"), a network
 * generation ("5G"), a size, resolution or ordinal glued to its unit ("128GB", "12MP", "10x", "4th"), an age group
 * ("U17"), an amount ("Rp5"), nor a number that a quantity word, a scale word, a month or a percent sign follows
 * ({@code PatternMentionFinder#quantityFollowers}). Up to three capitalized words of a product line may stand between
 * the name and the code ("EOS", "Galaxy Note"), none of them a function word, weekday or month, nor a common or headline
 * word of the language ({@code common-words.txt}, {@code headline-words.txt}: "MK Nomor 90", "Pemprov DKI Siapkan 100");
 * after the code come only more codes, the language's {@code model-words.txt} ("Plus", "Ultra", "Mark") and Roman
 * numerals ("II"). Another name before the code (but a product's: "HP Oppo CPH2631"), a person's anywhere in the model, or
 * a name running on past it means the words are no model of this name.
 *
 * <p>The source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}),
 * product mentions were the weakest type (F1 0.50, recall 0.40), and the largest kind of product name missed or typed an
 * organization's opens with its maker's name and runs on through a model ("Canon EOS 6D Mark II", "Asus ProArt PQ22UC",
 * "Nikon Z7"). On the fifth the stage read 10 more product mentions right (629 to 639) and two more relations.
 *
 * <p>Immutable and thread-safe.
 */
public final class MakerModels {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private final Map<Language, Pattern> tails;
    private final Map<Language, Set<String>> commonWords;

    private MakerModels(Map<Language, Pattern> tails, Map<Language, Set<String>> commonWords) {
        this.tails = Map.copyOf(tails);
        this.commonWords = Map.copyOf(commonWords);
    }

    /** The stage with the model words, function words, weekdays, months, quantity, common and headline words of these languages. */
    public static MakerModels of(LanguageProfiles languages) {
        Map<Language, Pattern> tails = new HashMap<>();
        Map<Language, Set<String>> commonWords = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String words = p.entries(LanguageProfile.File.MODEL_WORDS).isEmpty() ? "(?!)" : p.alternation(LanguageProfile.File.MODEL_WORDS);
            String end = "(?![\\p{L}\\p{N}%'’&-])(?![.,:/]\\d)(?![ \\t]*%)(?![ \\t]+(?i:" + PatternMentionFinder.quantityFollowers(p)
                    + ")(?![\\p{L}\\p{N}]))";
            // a code: digits with letters glued on, no year, quarter, network generation, unit or amount
            String code = "(?!(?:19|20)\\d{2}(?![\\p{L}\\p{N}]))(?![QqHh][1-4](?![\\p{L}\\p{N}]))(?!\\d[Gg](?![\\p{L}\\p{N}]))"
                    + "(?!\\d+(?i:[GTMK]B|MP|Hz|mm|cm|mAh|inch|inci|x|st|nd|rd|th)(?![\\p{L}\\p{N}]))(?!(?i:rp|us|usd|idr)\\d)(?!U\\d{2}(?![\\p{L}\\p{N}]))"
                    + "(?:\\p{L}{1,3}\\d{1,5}\\p{L}{0,2}|\\d{1,4}\\p{L}{1,2})" + end;
            String number = "\\d{1,3}" + end;
            String plain = LanguageProfile.alternation(java.util.stream.Stream.of(LanguageProfile.File.FUNCTION_WORDS, LanguageProfile.File.WEEKDAYS)
                    .flatMap(f -> p.entries(f).stream()).toList());
            Set<String> common = new HashSet<>();
            java.util.stream.Stream.of(LanguageProfile.File.COMMON_WORDS, LanguageProfile.File.HEADLINE_WORDS)
                    .flatMap(f -> p.entries(f).stream()).forEach(w -> common.add(w.toLowerCase(Locale.ROOT)));
            commonWords.put(l, Set.copyOf(common));
            String months = LanguageProfile.alternation(p.months().keySet().stream().map(Pattern::quote).toList());
            String line = "(?!(?i:" + plain + "|" + months + ")(?![\\p{L}]))\\p{Lu}(?:\\p{L}*\\p{Ll}\\p{L}*|\\p{Lu}{1,3})(?![\\p{L}\\p{N}'’&-])(?!\\.\\p{L})";
            String after = "(?:[ \\t]+(?:" + code + "|" + words + "(?![\\p{L}\\p{N}])|[IVX]{1,4}(?![\\p{L}\\p{N}])))*";
            tails.put(l, Pattern.compile("[ \\t]+" + code + after + "|(?:[ \\t]+" + line + "){1,3}[ \\t]+(?:" + code + "|" + number + ")" + after));
        }
        return new MakerModels(tails, commonWords);
    }

    /** The names {@code names} finds, each organization's name that a model code follows made a product's. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern tail = tails.get(text.language());
        if (tail == null) {
            return found;
        }
        Set<String> common = commonWords.get(text.language());
        String t = text.text();
        List<Mention> products = new ArrayList<>();
        // the names of organizations written alone, one word ("Canon"): a name of more words opens a model only after one of
        // them ("Sharp Aquos R9" where "Sharp" stands alone too; "Pemprov DKI Klaim 11" opens none)
        Set<String> makers = new HashSet<>();
        for (Mention m : found) {
            if (m.type() == EntityType.ORGANIZATION && !m.text().strip().contains(" ")) {
                makers.add(m.text().strip());
            }
        }
        for (Mention m : found) {
            String name = m.text().strip();
            if (m.type() != EntityType.ORGANIZATION || name.contains(" ") && !makers.contains(name.substring(0, name.indexOf(' ')))) {
                continue;
            }
            Matcher x = tail.matcher(t).region(m.end(), t.length());
            if (!x.lookingAt()) {
                continue;
            }
            int end = x.end();
            boolean cut = false;
            int code = end; // where the model's first token with a digit begins
            for (Matcher w = WORD.matcher(t).region(m.end(), end); w.find(); ) {
                String word = w.group();
                if (word.chars().anyMatch(Character::isDigit)) {
                    code = w.start();
                    break;
                }
                if (common.contains(word.toLowerCase(Locale.ROOT))) {
                    cut = true; // a common word or a headline's is no product line's ("MK Nomor 90", "Pemprov Siapkan 100")
                }
            }
            for (Mention o : found) {
                if (o != m && o.begin() >= m.end() && o.begin() < end
                        && (o.end() > end || o.type() == EntityType.PERSON || o.begin() < code && o.type() != EntityType.PRODUCT)) {
                    cut = true; // another name before the code, or running on past the model: no model of this one ("HP Oppo CPH2631")
                }
            }
            if (cut) {
                continue;
            }
            // the product's mention replaces the maker's and every name wholly inside the model ("Mark II" read on its capitals)
            products.add(new Mention(m.begin(), end, t.substring(m.begin(), end), EntityType.PRODUCT, "", m.finder(), m.confidence()));
        }
        return MentionFinder.replacing(found, products);
    }
}
