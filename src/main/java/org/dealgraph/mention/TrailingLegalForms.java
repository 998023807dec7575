package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organization's name runs on through the legal forms written right after it, in brackets or not: "PT Pegadaian
 * (Persero)", "PT Bank Mandiri (Persero) Tbk", where the finders ended the name before them. The forms are the language's
 * legal forms that end a name ({@code legal-forms.tsv}, {@code suffix}): in brackets any of them, bare only those that
 * are never anything else ({@code ends-name yes}: "Tbk", not "Co"); a sentence's period after the last one stays outside.
 * The name keeps its gazetteer entry: a company written with its legal form is the same company. A name that runs on past
 * the forms is left as it is.
 *
 * <p>The source of the rule: on four fifths of the annotated train split ({@code tools/corpus/fold.py --seed 7}), the 45
 * Indonesian organization mentions before a bracketed "(Persero)" all held it, and none ended before it; 13 mentions
 * ending in "Tbk" before a period left the period out. Immutable and thread-safe.
 */
public final class TrailingLegalForms {
    /** Per language, its name-ending legal forms after a name, anchored at the name's end. */
    private final Map<Language, Pattern> tails;

    private TrailingLegalForms(Map<Language, Pattern> tails) {
        this.tails = Map.copyOf(tails);
    }

    /** The trailing legal forms of these languages. */
    public static TrailingLegalForms of(LanguageProfiles languages) {
        Map<Language, Pattern> tails = new java.util.HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String bracketed = alternation(p.legalForms(false));
            String bare = alternation(p.nameEndingLegalForms());
            if (bracketed != null) {
                // in brackets any form that ends a name; bare, only the forms that are never anything else ("Tbk", not "Co")
                tails.put(l, Pattern.compile("^(?:[ \\t]*\\(" + bracketed + "\\))?" + (bare == null ? "" : "(?:[ \\t]+" + bare + ")*")
                        + "(?![\\p{L}\\p{N}])"));
            }
        }
        return new TrailingLegalForms(tails);
    }

    private static String alternation(java.util.Set<String> forms) {
        if (forms.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
    }

    /** The names {@code names} finds, each organization's name run on through the legal forms after it. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> extend(text, names.find(text));
    }

    private List<Mention> extend(AnalyzedText text, List<Mention> found) {
        Pattern tail = tails.get(text.language());
        if (tail == null) {
            return found;
        }
        String t = text.text();
        List<Mention> longer = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            Matcher a = tail.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 40));
            a.useTransparentBounds(true);
            if (a.lookingAt() && a.end() > m.end()) {
                int end = a.end();
                boolean crossed = found.stream().anyMatch(o -> o != m && o.begin() < end && o.end() > end);
                if (!crossed) {
                    longer.add(new Mention(m.begin(), end, t.substring(m.begin(), end), m.type(), m.entryId(), m.finder(), m.confidence()));
                }
            }
        }
        return MentionFinder.replacing(found, longer);
    }
}
