package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An academic degree written after a person's name is no name: a name the finders read that is wholly one of the
 * language's {@code degrees.txt} ("S.E", "M.Sc", "Ph.D"), with or without its last period, is dropped. "Bambang
 * Susanto, S.E., M.M. sebagai Direktur Utama" had given an organization "S.E" that Bambang Susanto worked for, and "Dr.
 * Ir. Bambang Susanto, M.Sc." a person "M.Sc" (a fresh-user tester's finding, V9). Languages without entries drop
 * nothing. Immutable and thread-safe.
 */
public final class Degrees {
    private final Map<Language, Pattern> degrees;

    private Degrees(Map<Language, Pattern> degrees) {
        this.degrees = Map.copyOf(degrees);
    }

    /** The degrees of these languages. */
    public static Degrees of(LanguageProfiles languages) {
        Map<Language, Pattern> degrees = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            if (!p.entries(LanguageProfile.File.DEGREES).isEmpty()) {
                degrees.put(l, Pattern.compile(p.alternation(LanguageProfile.File.DEGREES)));
            }
        }
        return new Degrees(degrees);
    }

    /** The names {@code names} finds but the degrees. */
    public MentionFinder after(MentionFinder names) {
        return text -> drop(text, names.find(text));
    }

    private List<Mention> drop(AnalyzedText text, List<Mention> found) {
        Pattern degree = degrees.get(text.language());
        if (degree == null || found.stream().noneMatch(m -> degree(degree, m))) {
            return found;
        }
        return found.stream().filter(m -> !degree(degree, m)).toList();
    }

    private static boolean degree(Pattern degree, Mention m) {
        String name = m.text().strip();
        return degree.matcher(name.endsWith(".") ? name.substring(0, name.length() - 1) : name).matches();
    }
}
