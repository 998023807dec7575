package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a team's line-up: a club's name opening a line or sentence, perhaps its formation in brackets, a colon, and a list
 * of its players ("Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith", "West Ham United: Alphonse Areola; Malick Diouf, Max
 * Kilman, ..."): each person named in the list, substitutes in brackets too, {@code worksFor} the club. The opener must be
 * an organization (a national team named by its country stays a place, and its players get nothing), the list must
 * name at least {@link #MIN_PLAYERS} people, so that a label such as "Sources: A, B" names no team, and the article must line
 * up at least {@link #MIN_TEAMS} sides so, as a match report does (the other side's name may be one no finder typed an
 * organization: "Man Utd: Carroll, Gary Neville, ..."): one such list alone is as often a party's or a panel's
 * ("Partai Nusantara: Budi Santoso, Siti Aminah, ...", a fresh-user tester's finding; MANUAL: a party's members do not work
 * for it). The list ends at the line's or the sentence's end. A line of substitutes after a line-up ({@code substitutes.txt}:
 * "Subs: Wright, Pistone, Weir", "Cadangan: ...") names more players of that club.
 *
 * <p>Source: data/corpus/MANUAL.md, section 3 ({@code worksFor}: "players and coaches of a named club"); on the held-out
 * fifth of the train split 65 annotated {@code worksFor} relations are stated by such lists, 53 of which no stage read.
 * Line-ups are written alike in both languages; the words of a substitutes' line are each language's. Immutable and
 * thread-safe.
 */
public final class LineupRelationExtractor implements RelationExtractor {
    static final String NAME = "lineup";
    /** The fewest people a list names to be a line-up. */
    static final int MIN_PLAYERS = 3;
    /** The fewest teams an article lines up: a match report names both sides' players. */
    static final int MIN_TEAMS = 2;
    private static final double CONFIDENCE = 0.8;
    /** After the club's name: a formation or a note in brackets, perhaps, then the colon. */
    private static final Pattern COLON = Pattern.compile("[ \\t]*(?:\\([^()\\n]{1,20}\\)[ \\t]*)?:[ \\t]*(?=\\S)");
    /** A capitalized name of a few words, whatever it names, opening a list: a side's line-up the finders did not type. */
    private static final Pattern LISTED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.&'’ -]{0,40}?" + COLON.pattern());

    /** Per language, a line that names a team's substitutes ({@code substitutes.txt}: "Subs:", "Cadangan:"), up to its colon. */
    private final java.util.Map<org.dealgraph.text.Language, Pattern> substitutes;

    private LineupRelationExtractor(java.util.Map<org.dealgraph.text.Language, Pattern> substitutes) {
        this.substitutes = substitutes;
    }

    /** The extractor with the substitutes' words of every language of {@code languages}. */
    public static LineupRelationExtractor of(org.dealgraph.text.LanguageProfiles languages) {
        return new LineupRelationExtractor(languages.perLanguage(p -> Pattern.compile("(?i)" + p.alternation(
                org.dealgraph.text.LanguageProfile.File.SUBSTITUTES) + COLON.pattern())));
    }

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        String text = analyzed.text();
        Pattern subs = substitutes.get(analyzed.language());
        List<Finding> out = new ArrayList<>();
        Set<String> clubs = new LinkedHashSet<>();
        int teams = 0;
        String last = null; // the club of the last line-up, whose substitutes a "Subs:" line names
        for (Sentence s : analyzed.sentences()) {
            if (s.text().indexOf(':') < 0) {
                continue;
            }
            for (int at : openings(text, s)) {
                Optional<Mention> opener = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                        .flatMap(e -> e.mentions().stream()).filter(m -> m.begin() == at && m.end() <= s.end()).findFirst();
                Matcher colon = opener.map(m -> COLON.matcher(text).region(m.end(), s.end())).filter(Matcher::lookingAt)
                        .orElse(null);
                String club = colon == null ? null : entities.stream().filter(e -> e.mentions().contains(opener.get()))
                        .map(Entity::key).findFirst().orElse(null);
                if (colon == null && last != null && subs != null) {
                    colon = subs.matcher(text).region(at, s.end());
                    club = colon.lookingAt() ? last : null;
                }
                if (club == null) {
                    // a team's list under a name no finder read as an organization ("Man Utd: Carroll, Gary Neville, ...")
                    // still shows the article lines up two sides
                    Matcher named = LISTED.matcher(text).region(at, s.end());
                    if (named.lookingAt() && (subs == null || !subs.matcher(text).region(at, s.end()).lookingAt())
                            && players(entities, named.end(), lineEnd(text, named.end(), s)).size() >= MIN_PLAYERS) {
                        teams++;
                    }
                    continue;
                }
                Set<String> players = players(entities, colon.end(), lineEnd(text, colon.end(), s));
                if (players.size() < MIN_PLAYERS) {
                    continue;
                }
                if (clubs.add(club)) {
                    teams++;
                }
                last = club;
                for (String p : players) {
                    out.add(new Finding(Optional.of(new Relation(p, RelationType.WORKS_FOR, club, s.index(), NAME, CONFIDENCE,
                            DealStatus.REPORTED)), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                            DealStatus.REPORTED, s.index(), NAME, CONFIDENCE));
                }
            }
        }
        // a match has two sides: one list alone is a party's, a board's or a panel's ("Partai Nusantara: A, B, C, D")
        return teams >= MIN_TEAMS ? out : List.of();
    }

    /** Where the list that opens at {@code from} ends: the line's end, or the sentence's. */
    private static int lineEnd(String text, int from, Sentence s) {
        int end = text.indexOf('\n', from);
        return end < 0 || end > s.end() ? s.end() : end;
    }

    /** Where the sentence's lines open: its first non-space character and the first after each line break, in text order. */
    private static List<Integer> openings(String text, Sentence s) {
        List<Integer> out = new ArrayList<>();
        boolean open = true;
        for (int i = s.begin(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = true;
            } else if (open && !Character.isWhitespace(c)) {
                out.add(i);
                open = false;
            }
        }
        return out;
    }

    /** The people named in {@code [from, to)}, in text order. */
    private static Set<String> players(List<Entity> entities, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        entities.stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream().filter(m -> m.begin() >= from && m.end() <= to).map(m -> java.util.Map.entry(m.begin(), e.key())))
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(p -> out.add(p.getValue()));
        return out;
    }
}
