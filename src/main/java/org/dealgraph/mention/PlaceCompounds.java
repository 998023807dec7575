package org.dealgraph.mention;

import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A name written before a hyphen and a word of the language's {@code place-compounds.txt} is a place's: "Tel Aviv" of "Tel
 * Aviv-based Cyvera", "Espoo" of "The Espoo-based company" say where a company is, and are no party. An organization's, a
 * person's or a product's name so written is retyped a place (without a gazetteer entry, which named another thing); places
 * and outlets stay. Languages without entries retype nothing.
 *
 * <p>The source of the rule: a fresh-user tester's articles, where "Tel Aviv" became a second target of an acquisition and
 * "Espoo" a rival of Kone and Mitsubishi Electric. Immutable and thread-safe.
 */
public final class PlaceCompounds {
    /** Per language, the hyphen and a compound word at the start of what follows a name; absent where the file lists none. */
    private final Map<Language, Pattern> after;

    private PlaceCompounds(Map<Language, Pattern> after) {
        this.after = Map.copyOf(after);
    }

    /** The compounds of these languages ({@code place-compounds.txt}). */
    public static PlaceCompounds of(LanguageProfiles languages) {
        Map<Language, Pattern> after = new java.util.HashMap<>();
        languages.perLanguage(p -> p.entries(LanguageProfile.File.PLACE_COMPOUNDS)).forEach((l, words) -> {
            if (!words.isEmpty()) {
                after.put(l, Pattern.compile("(?i)^[-‐‑–]" + LanguageProfile.alternation(words) + "(?![\\p{L}\\p{N}])"));
            }
        });
        return new PlaceCompounds(after);
    }

    /** The names {@code names} finds, those before a place compound typed places. Sorted by offset as found. */
    public MentionFinder after(MentionFinder names) {
        return text -> retyped(text, names.find(text));
    }

    private List<Mention> retyped(AnalyzedText text, List<Mention> found) {
        Pattern compound = after.get(text.language());
        if (compound == null) {
            return found;
        }
        String t = text.text();
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.OUTLET
                    && compound.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 30)).lookingAt()) {
                out.add(new Mention(m.begin(), m.end(), m.text(), EntityType.PLACE, "", m.finder(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
