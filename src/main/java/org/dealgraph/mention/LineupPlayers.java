package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Players named in a team's line-up: in a sports report, a list after a colon ("Everton: Martyn, Hibbert, Yobo, Stubbs")
 * whose items are mostly people names players only, so a surname the finders typed an organization ("Yobo", "Kilbane") is
 * a person, wherever the report writes it ("... when he outpaced Stubbs") and in a longer name it ends after a given name
 * ("Gary Neville"; not "Eastman Kodak"), and the line-up's club reads it ({@code LineupRelationExtractor}). Only a name of a
 * player's shape is retyped: one word, or more that no word of a company's name ends (not "Blue Heaven Holdings"); and never
 * what a bracket holds ("Dwight McNeil (Everton)": the player's club; a verifier's finding) but a substitute with the minute
 * ("Alonso (Rudiger, 79')"). A list names people where at least {@value #MIN_PEOPLE} of its items are people and they are at
 * least half of its named items; a line of substitutes after a line-up ({@code substitutes.txt}: "Subs: Wright, Pistone,
 * Weir") names players whatever its items were typed. A name with a gazetteer entry keeps its type (a club in a table,
 * "Arsenal, Chelsea, ..."). An article is a sports report as {@link CityClubs#sportsReport} tells.
 *
 * <p>Source of the rule: on the held-out fifth of the annotated train split ({@code tools/corpus/fold.py --seed 7}) two
 * match reports' line-ups held 16 players typed organizations by the fold's models, each a missed {@code worksFor} of
 * MANUAL.md section 3 ("players and coaches of a named club"); with the rule those two reports' missed players fell from 20
 * to 4 and their wrong ones from 2 to 1. Immutable and thread-safe.
 */
public final class LineupPlayers {
    /** The fewest people a list names to be a line-up. */
    static final int MIN_PEOPLE = 3;
    /** A colon and the list after it, to the line's end. */
    private static final Pattern LIST = Pattern.compile(":[ \\t]*([^\\n]+)");
    /** What separates a list's items: commas, semicolons and brackets (substitutes written inside them). */
    private static final Pattern ITEM = Pattern.compile("[^,;()\\[\\]]+");

    private final CityClubs sports;
    /** Given names ({@code data/lexicon/first-names.txt}): a player's name of more words opens with one ("Gary Neville"). */
    private final WordList givenNames = WordList.bundled("first-names");
    /** The words that end a company's name ({@code data/lexicon/org-suffixes.txt}: "Holdings", "Group", "Ltd"). */
    private final WordList companyEnds = WordList.bundled("org-suffixes");
    /** Per language, the words that open a line of substitutes ({@code substitutes.txt}: "Subs", "Cadangan"), then the colon. */
    private final java.util.Map<org.dealgraph.text.Language, Pattern> substitutes;

    /** The stage that tells a sports report by {@code sports} and a line of substitutes by the languages' words. */
    public LineupPlayers(CityClubs sports, org.dealgraph.text.LanguageProfiles languages) {
        this.sports = sports;
        this.substitutes = languages.perLanguage(p -> Pattern.compile("(?:" + p.alternation(
                org.dealgraph.text.LanguageProfile.File.SUBSTITUTES) + ")[ \\t]*$"));
    }

    /** The mentions, each organization named as an item of a line-up retyped a person; order kept. */
    public List<Mention> retyped(AnalyzedText analyzed, List<Mention> mentions) {
        String text = analyzed.text();
        if (text.indexOf(':') < 0 || mentions.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION) || !sports.sportsReport(analyzed)) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        Pattern subs = substitutes.get(analyzed.language());
        java.util.Set<String> players = new java.util.HashSet<>();
        boolean lineup = false;
        for (Sentence s : analyzed.sentences()) {
            Matcher list = LIST.matcher(text).region(s.begin(), s.end());
            while (list.find()) {
                List<Integer> named = new ArrayList<>();
                int people = 0;
                Matcher item = ITEM.matcher(text).region(list.start(1), list.end(1));
                while (item.find()) {
                    int b = item.start();
                    int e = item.end();
                    if (b > 0 && "([".indexOf(text.charAt(b - 1)) >= 0 && !substitution(text, b)) {
                        continue; // "Dwight McNeil (Everton)": what a bracket holds may be the player's club
                    }
                    while (b < e && Character.isWhitespace(text.charAt(b))) {
                        b++;
                    }
                    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
                        e--;
                    }
                    for (int i = 0; i < out.size(); i++) {
                        Mention m = out.get(i);
                        if (m.begin() == b && (m.end() == e || m.end() + 1 == e && text.charAt(e - 1) == '.')) {
                            named.add(i);
                            if (m.type() == EntityType.PERSON) {
                                people++;
                            }
                        }
                    }
                }
                // a line of substitutes after a line-up names players however the finders typed them ("Subs: Wright, Pistone")
                int opening = Math.max(s.begin(), text.lastIndexOf('\n', list.start()) + 1);
                boolean bench = lineup && subs != null && subs.matcher(text.substring(opening, list.start())).find();
                if (!bench && (people < MIN_PEOPLE || 2 * people < named.size())) {
                    continue;
                }
                lineup = true;
                for (int i : named) {
                    Mention m = out.get(i);
                    if (m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && personShaped(m.text())) {
                        players.add(m.text());
                    }
                }
            }
        }
        // the player's name written elsewhere in the report is the player's too ("... when he outpaced Stubbs"), and so is a
        // name it ends ("Mikel Arteta" of "Arteta")
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
            boolean longer = m.text().indexOf(' ') > 0 && givenNames.contains(m.text().substring(0, m.text().indexOf(' ')));
            if (m.type() == EntityType.ORGANIZATION && m.entryId().isEmpty() && (players.contains(m.text()) || longer && players.contains(last))) {
                out.set(i, new Mention(m.begin(), m.end(), m.text(), EntityType.PERSON, "", m.finder(), m.confidence()));
            }
        }
        return out;
    }

    /** Whether the bracket that opens before {@code at} holds a minute: a substitute's ("Alonso (Rudiger, 79')"). */
    private static boolean substitution(String text, int at) {
        int close = text.indexOf(')', at);
        int end = close < 0 ? Math.min(text.length(), at + 30) : Math.min(close, at + 30);
        return text.substring(at, end).chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a name has a player's shape: one word ("Holding"), or more that no word of a company's name ends ("Bukayo Saka";
     * not "Blue Heaven Holdings").
     */
    private boolean personShaped(String name) {
        return name.indexOf(' ') < 0 || !companyEnds.contains(name.substring(name.lastIndexOf(' ') + 1));
    }
}
