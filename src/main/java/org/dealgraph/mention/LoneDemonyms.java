package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A demonym alone is no organization's, person's or product's name: "Emirati" of "Emirati conglomerate Al Futtaim Group",
 * "Kazakh" of "Kazakh oil output" ({@code demonyms.txt} of the article's language, one word as written). The rules never
 * take one alone; the trained name finder did, and a fresh-user tester's article got "Emirati" as a joint venture's partner.
 * Places stay ("Swiss" the annotators sometimes mark a place), and so do longer names ("Emirati Airlines"). Immutable and
 * thread-safe.
 */
public final class LoneDemonyms {
    private final Map<Language, Set<String>> demonyms;

    private LoneDemonyms(Map<Language, Set<String>> demonyms) {
        this.demonyms = Map.copyOf(demonyms);
    }

    /** The demonyms of these languages. */
    public static LoneDemonyms of(LanguageProfiles languages) {
        return new LoneDemonyms(languages.perLanguage(p -> Set.copyOf(p.entries(LanguageProfile.File.DEMONYMS))));
    }

    /** The names {@code names} finds but lone demonyms typed otherwise than places. */
    public MentionFinder after(MentionFinder names) {
        return text -> without(text, names.find(text));
    }

    private List<Mention> without(AnalyzedText text, List<Mention> found) {
        Set<String> words = demonyms.getOrDefault(text.language(), Set.of());
        return found.stream().filter(m -> m.type() == EntityType.PLACE || m.type() == EntityType.OUTLET
                || !words.contains(m.text().strip())).toList();
    }
}
