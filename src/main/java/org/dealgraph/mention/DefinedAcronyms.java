package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym the article defines in brackets right after an organization's name ("Badan Restorasi Gambut (BRG)", "Crown
 * Property Bureau (CPB)", "Ikatan Motor Indonesia (IMI)") names that organization wherever the article writes it alone, in
 * capitals, as a word of its own: in the brackets and in every later or earlier sentence ("BRG mengatakan", "website CPB").
 * The finders find the name but often not the bare acronym, which a trained check drops as a capitalized fragment; each
 * place no other name covers becomes the organization's mention, which the resolver joins to the name
 * ({@link org.dealgraph.entity.AliasEntityResolver}: a bracketed acronym right after a name). An acronym is two to eight
 * capitals or digits after a capital, no small letter; a person's initials in brackets ("Susilo Bambang Yudhoyono (SBY)")
 * are left alone, and so is an acronym of a kind of thing ({@code generic-acronyms.txt}: "Badan Usaha Milik Negara (BUMN)",
 * "Initial Public Offering (IPO)", whose later uses name any state-owned company or listing: a verifier's findings).
 *
 * <p>Source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}), 134
 * Indonesian and 3 English gold mentions of organizations in capitals were missed in articles that define them in brackets
 * after the name ("Direktur Utama MGPA, Priandhi Satria" lost its {@code worksFor}). Immutable and thread-safe.
 */
public final class DefinedAcronyms {
    /** A bracketed acronym right after a name: two to eight capitals or digits after a capital. */
    private static final Pattern BRACKETED = Pattern.compile("^[ \\t]*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,7})\\)");

    /** Per language, the acronyms that name a kind of thing ({@code generic-acronyms.txt}: "BUMN", "IPO"), as written. */
    private final Map<Language, Set<String>> generic;

    private DefinedAcronyms(Map<Language, Set<String>> generic) {
        this.generic = Map.copyOf(generic);
    }

    /** The rule with these languages' generic acronyms. */
    public static DefinedAcronyms of(LanguageProfiles languages) {
        Map<Language, Set<String>> out = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            out.put(l, Set.copyOf(languages.of(l).entries(LanguageProfile.File.GENERIC_ACRONYMS)));
        }
        return new DefinedAcronyms(out);
    }

    /** The names {@code names} finds, with each acronym an organization's name defines in brackets found wherever it stands. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> add(text, names.find(text));
    }

    private List<Mention> add(AnalyzedText text, List<Mention> found) {
        Set<String> kinds = generic.getOrDefault(text.language(), Set.of());
        String t = text.text();
        Map<String, Mention> defined = new LinkedHashMap<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION || m.text().indexOf(' ') < 0) {
                continue;
            }
            Matcher b = BRACKETED.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 16));
            if (b.lookingAt() && !m.text().equals(b.group(1)) && !kinds.contains(b.group(1))) {
                defined.putIfAbsent(b.group(1), m);
            }
        }
        if (defined.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        for (Map.Entry<String, Mention> d : defined.entrySet()) {
            Matcher a = Pattern.compile("(?<![\\p{L}\\p{N}&.-])" + Pattern.quote(d.getKey()) + "(?![\\p{L}\\p{N}&-])").matcher(t);
            while (a.find()) {
                int begin = a.start();
                int end = a.end();
                if (out.stream().noneMatch(m -> m.begin() < end && begin < m.end())) {
                    out.add(new Mention(begin, end, d.getKey(), EntityType.ORGANIZATION, "", PatternMentionFinder.NAME, MentionFinder.EVIDENCED));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return List.copyOf(out);
    }
}
