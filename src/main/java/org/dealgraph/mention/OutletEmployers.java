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
 * A news outlet that employs the person named beside it is an organization, a party to the person's {@code worksFor}:
 * "Sunday Telegraph journalist Robert Peston", "BBC Radio 1 DJ Trevor Nelson", "Carol Walker, BBC News 24 political
 * correspondent, added", "Andrew Thompson, the BBC's head of development". An outlet only cited ("according to Reuters")
 * stays an outlet, never a party (GUIDELINES). An outlet's mention becomes an organization's where, with only spaces
 * between, a post in small letters (one to three words, one of them the language's role nouns, {@code role-nouns.txt}) and
 * then a person's mention follow it, or where a person's mention and a comma stand before it (perhaps "the" between) and
 * such a post follows it, perhaps after "'s", up to a comma, a period or "of".
 *
 * <p>The source of the rule: in the annotated train, dev and test splits ({@code data/corpus}) no relation has a news
 * outlet for a party, yet journalists, editors and presenters work for the outlets that employ them, annotated then as
 * organizations ("Robert Peston worksFor Sunday Telegraph", "Trevor Nelson worksFor BBC Radio 1" on the held-out fifth of the
 * train split, {@code tools/corpus/fold.py --seed 7}), which the finders had read as outlets.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutletEmployers {
    /** Per language: a post in small letters after the outlet, then the person ("journalist ", "political correspondent "). */
    private final Map<Language, Pattern> postThenPerson;
    /** Per language: a post in small letters after the outlet that ends the apposition ("political correspondent,"). */
    private final Map<Language, Pattern> postInApposition;

    /** Per language: a comma and perhaps a definite article between a person and the outlet ({@code definite-articles.txt}). */
    private final Map<Language, Pattern> apposition;

    private OutletEmployers(Map<Language, Pattern> postThenPerson, Map<Language, Pattern> postInApposition, Map<Language, Pattern> apposition) {
        this.postThenPerson = Map.copyOf(postThenPerson);
        this.postInApposition = Map.copyOf(postInApposition);
        this.apposition = Map.copyOf(apposition);
    }

    /** The stage with the role nouns and definite articles of these languages. */
    public static OutletEmployers of(LanguageProfiles languages) {
        Map<Language, Pattern> then = new HashMap<>();
        Map<Language, Pattern> appos = new HashMap<>();
        Map<Language, Pattern> comma = new HashMap<>();
        for (Language l : languages.languages()) {
            LanguageProfile p = languages.of(l);
            String role = "(?i:" + p.alternation(LanguageProfile.File.ROLE_NOUNS) + ")";
            // one to three words in small letters, one of them a role noun
            String post = "(?:['’]s)?[ \\t]+(?=(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,2}?" + role + "(?![\\p{L}\\p{N}-]))(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,2}?"
                    + role + "(?![\\p{L}\\p{N}-])";
            then.put(l, Pattern.compile(post + "[ \\t]+(?=\\p{Lu})"));
            appos.put(l, Pattern.compile(post + "(?:[ \\t]+\\p{Ll}[\\p{L}-]*){0,4}?[ \\t]*(?:[,.]|[ \\t]of\\b)"));
            comma.put(l, Pattern.compile("[ \\t]*,[ \\t]*(?:(?i:" + p.alternation(LanguageProfile.File.DEFINITE_ARTICLES) + ")[ \\t]+)?"));
        }
        return new OutletEmployers(then, appos, comma);
    }

    /** The names {@code names} finds, each outlet that employs the person beside it an organization. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> retype(text, names.find(text));
    }

    private List<Mention> retype(AnalyzedText text, List<Mention> found) {
        Pattern then = postThenPerson.get(text.language());
        Pattern appos = postInApposition.get(text.language());
        if (then == null) {
            return found;
        }
        String t = text.text();
        List<Mention> retyped = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.OUTLET) {
                continue;
            }
            Matcher a = then.matcher(t).region(m.end(), t.length());
            boolean employs = a.lookingAt() && found.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.begin() == a.end());
            if (!employs && appos.matcher(t).region(m.end(), t.length()).lookingAt()) {
                employs = personBefore(t, m, found, apposition.get(text.language()));
            }
            if (employs) {
                retyped.add(new Mention(m.begin(), m.end(), m.text(), EntityType.ORGANIZATION, m.entryId(), m.finder(), m.confidence()));
            }
        }
        return MentionFinder.replacing(found, retyped);
    }

    /** Whether a person's mention, a comma and perhaps "the" stand right before the outlet ("Carol Walker, BBC News 24 ..."). */
    private static boolean personBefore(String t, Mention m, List<Mention> found, Pattern apposition) {
        return found.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.end() <= m.begin()
                && apposition.matcher(t.substring(o.end(), m.begin())).matches());
    }
}
