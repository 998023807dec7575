package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country written after a common noun, before a company's name, modifies the noun: "importir Belanda Toko Asia BV" (a Dutch
 * importer, Toko Asia BV), "perusahaan Jepang Kaneka Corporation", which the finders read as one name with the country in it
 * (a fresh-user tester's finding: the company was lost). In a language whose modifiers follow their noun (Indonesian:
 * {@code name-modifiers = after}), an organization's mention that opens with a country's name of one or two words in that
 * language, where it differs from the English one (the JDK's locale data, Unicode CLDR: "Belanda", "Jepang"; not "Singapore
 * Airlines Ltd", "China Mobile Ltd", a verifier's findings; not a city: "Madiun Putra FC" is a club's whole name), right
 * after a word in small letters, and ends with a legal form that ends names ({@code legal-forms.tsv}: "BV",
 * "Corporation", "Tbk"), is cut in two: the place, and the company's name after it. A name with no legal form is left as
 * found ("maskapai China Eastern" may be the airline's whole name). Immutable and thread-safe.
 */
public final class CountryModifiers {
    private static final Pattern SMALL_WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}-]*[ \\t]+$");
    /**
     * Countries' names in the languages whose modifiers follow their noun, where they differ from the English name (the JDK's
     * locale data, Unicode CLDR: "Belanda", "Jepang"; not "China", "Singapore", "Malaysia", which open companies' English
     * names: "maskapai Singapore Airlines Ltd", a verifier's finding).
     */
    private final Set<String> countries;
    /** The languages whose modifiers follow their noun. */
    private final Set<Language> modifiersAfter;
    /** Whether a name ends with a legal form that ends names ({@link LanguageProfiles#endsWithLegalForm}). */
    private final java.util.function.Predicate<String> legallyEnded;

    private CountryModifiers(Set<String> countries, Set<Language> modifiersAfter, java.util.function.Predicate<String> legallyEnded) {
        this.countries = Set.copyOf(countries);
        this.modifiersAfter = Set.copyOf(modifiersAfter);
        this.legallyEnded = legallyEnded;
    }

    /** The rule with these languages' word order, legal forms and names of countries. */
    public static CountryModifiers of(LanguageProfiles languages) {
        Set<Language> after = new java.util.HashSet<>();
        Set<String> countries = new java.util.HashSet<>();
        for (Language l : languages.languages()) {
            if (languages.of(l).descriptor().modifiersBefore()) {
                continue;
            }
            after.add(l);
            for (String code : Locale.getISOCountries()) {
                String own = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(l.code()));
                if (!own.equals(new Locale("", code).getDisplayCountry(Locale.ENGLISH))) {
                    countries.add(own);
                }
            }
        }
        return new CountryModifiers(countries, after, languages.endsWithLegalForm());
    }

    /** The names {@code names} finds, each company's name cut after a country that modifies the noun before it. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> cut(text, names.find(text));
    }

    private List<Mention> cut(AnalyzedText text, List<Mention> found) {
        if (!modifiersAfter.contains(text.language())) {
            return found;
        }
        String t = text.text();
        List<Mention> parts = new ArrayList<>();
        for (Mention m : found) {
            String[] words = m.text().split(" ");
            if (m.type() != EntityType.ORGANIZATION || words.length < 3
                    || !legallyEnded.test(m.text())
                    || !SMALL_WORD_BEFORE.matcher(t.substring(Math.max(0, m.begin() - 30), m.begin())).find()) {
                continue;
            }
            for (int n = Math.min(2, words.length - 2); n >= 1; n--) {
                String place = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
                if (countries.contains(place)) {
                    int placeEnd = m.begin() + place.length();
                    int rest = placeEnd + 1;
                    parts.add(new Mention(m.begin(), placeEnd, place, EntityType.PLACE, "", m.finder(), m.confidence()));
                    parts.add(new Mention(rest, m.end(), t.substring(rest, m.end()), EntityType.ORGANIZATION, "", m.finder(), m.confidence()));
                    break;
                }
            }
        }
        return MentionFinder.replacing(found, parts);
    }
}
