package org.dealgraph.event;

import org.dealgraph.entity.Entity;
import org.dealgraph.entity.EntityIndex;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.mention.WordList;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds who works for whom from job titles written around a person's and an organization's
 * names, in the orders news uses:
 * <ul>
 *   <li>"Steve Stoute, head of UnitedMasters", "Forrest Browning, Co-founder dan Chief Product
 *       Officer Audius";</li>
 *   <li>"Direktur Pemasaran PT PAL Indonesia Wiyono Komodjojo", "UnitedMasters chief executive
 *       Steve Stoute", "Microsoft's CEO Satya Nadella";</li>
 *   <li>"chief executive Richard Parsons" with no organization in the sentence: the
 *       organization the article is about, with lower confidence, for executive titles only.</li>
 * </ul>
 * The words between the names must all be title words (the bundled {@code person-titles}
 * lexicon), prepositions or punctuation, so unrelated neighbours are not joined.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoleRelationExtractor implements RelationExtractor {
    static final String NAME = "role";
    private static final Pattern FILLER = Pattern.compile("(?i)of|at|for|di|dari|pada|untuk|the|a|an|and|dan|&|former|mantan|eks|ex|then|new|baru|current|sang|its|their|his|her|selaku|sebagai|as|yang|juga|is|was|adalah|merupakan|s|’s|'s|-|itu|ini|tersebut");
    private static final Pattern EXECUTIVE = Pattern.compile("(?i)\\b(ceo|chief executive|chief|chairman|chairwoman|managing director|founder|co-founder|cofounder|direktur|dirut|presiden direktur|president director|pendiri|komisaris|head|kepala|pimpinan|general secretary|sekretaris jenderal|administrator)\\b");
    private static final Pattern AFFILIATION = Pattern.compile("(?i)^\\s*,?\\s*(?:dari|of|at)\\s+(?:(?:the\\s+)?(?:firma|firm|perusahaan|company|lembaga|bank|law firm|firma hukum|konsultan|consultancy|brokerage|sekuritas|universitas|university)\\s+(?:\\p{Ll}+\\s+)?)?$");
    private static final Pattern ROLE_AFTER = Pattern.compile("(?is)^\\s*(?:,\\s*(?:the\\s+|yang\\s+)?|\\s+(?:menjadi|sebagai|as|became|becomes|is|was)\\s+(?:the\\s+)?|\\s*,?\\s*(?:yang\\s+)?(?:sebelumnya\\s+)?menjabat\\s+(?:sebagai\\s+)?)(?:new\\s+|baru\\s+|former\\s+|mantan\\s+)?(ceo|chief executive|chairman|chairwoman|managing director|founder|co-founder|direktur|presiden|wakil|komisaris|head|kepala|pendiri|general secretary)\\b.*");
    private static final int MAX_GAP = 70;
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord",
            "Pak", "Bapak", "Bu", "Ibu", "Haji", "Hj", "H", "Ir", "Prof");
    private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(presiden|president|wakil presiden|vice president|menteri|minister|gubernur|governor|bupati|wali kota|walikota|mayor|senator|anggota dpr)\\s*$|^\\s*(presiden|president|menteri|minister|gubernur|governor)\\b");
    private static final Pattern APPOINTING = Pattern.compile("(?i)\\b(appoint\\w*|named|hired|promoted|elected|tapped|replac\\w+|succeed\\w*|steps? down|stepped down|resign\\w*|diangkat|mengangkat|pengangkatan|ditunjuk|menunjuk|penunjukan|ditetapkan|menetapkan|penetapan|ditempati|menggantikan|pemberhentian|diberhentikan|mundur|dilantik|melantik)\\b");
    private static final Pattern BOARD_LINE = Pattern.compile("^[\\p{L} ]{3,40}:\\s*\\p{Lu}");
    private static final Pattern COMPANYS_TITLE = Pattern.compile("(?i)\\b(the company's|the firm's|the group's|its|perseroan|perusahaan)\\s+(?:\\w+\\s+){0,2}?(administrator|chief|ceo|chairman|founder|head|president|direktur|komisaris|pendiri|kepala)\\b");

    private final WordList titles = WordList.bundled("person-titles");

    @Override
    public List<Finding> extract(AnalyzedText analyzed, List<Entity> entities) {
        String text = analyzed.text();
        EntityIndex index = EntityIndex.of(entities);
        List<Mention> all = index.mentions();
        Optional<Entity> focus = index.dominant();
        List<Finding> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            List<Mention> in = all.stream().filter(m -> m.begin() >= s.begin() && m.end() <= s.end()).toList();
            boolean orgInSentence = false;
            for (int i = 0; i < in.size(); i++) {
                Mention m = in.get(i);
                Entity e = index.owner(m);
                if (e.type() == EntityType.ORGANIZATION) {
                    orgInSentence = true;
                }
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                // PERSON , TITLE (of) ORG   and   PERSON dari/of ORG
                if (i + 1 < in.size() && index.owner(in.get(i + 1)).type() == EntityType.ORGANIZATION) {
                    String gap = text.substring(m.end(), in.get(i + 1).begin());
                    if ((gap.strip().startsWith(",") || gap.strip().startsWith("(")) && titled(gap, true)) {
                        out.add(finding(e, index.owner(in.get(i + 1)), s, 0.85));
                        continue;
                    }
                    if (AFFILIATION.matcher(gap).matches() && !gap.contains(",") && in.get(i + 1).confidence() >= 0.5
                            && (m.confidence() >= 0.7 || !m.entryId().isEmpty())) {
                        out.add(finding(e, index.owner(in.get(i + 1)), s, 0.7));
                        continue;
                    }
                }
                // TITLE ORG (,) PERSON  and  ORG('s) TITLE PERSON
                if (i > 0 && index.owner(in.get(i - 1)).type() == EntityType.ORGANIZATION) {
                    Mention org = in.get(i - 1);
                    String gap = text.substring(org.end(), m.begin());
                    String before = wordsBefore(text, org.begin(), s.begin(), 5);
                    boolean titleAfterOrg = titled(gap, true);
                    boolean titleBeforeOrg = gap.strip().matches(",?") && endsWithTitle(before);
                    if (GOVERNMENT.matcher(gap + " " + before).find() && !index.owner(org).name().matches("(?i)^(kementerian|ministry|badan|departemen|department|pemerintah|government|komisi|dewan|kantor).*")) {
                        continue; // "Asta Cita Presiden Prabowo": a head of state does not work for what stands next to the title
                    }
                    if (titleAfterOrg || titleBeforeOrg) {
                        out.add(finding(e, index.owner(org), s, 0.85));
                        continue;
                    }
                }
            }
            // "chief executive Richard Parsons said", "Boy Thohir menjadi Wakil Presiden Komisaris": an executive title
            // with no organization next to the name is a post at the company the article is about
            if (focus.isPresent()) {
                for (Mention m : in) {
                    Entity e = index.owner(m);
                    if (e.type() != EntityType.PERSON || !m.entryId().isEmpty() || adjacentOrganization(m, in, index)) {
                        continue;
                    }
                    String before = text.substring(Math.max(s.begin(), m.begin() - 50), m.begin());
                    String after = text.substring(m.end(), Math.min(s.end(), m.end() + 80));
                    boolean titledBefore = EXECUTIVE.matcher(lastWords(before, orgInSentence ? 2 : 5)).find()
                            || COMPANYS_TITLE.matcher(before).find();
                    if (titledBefore || ROLE_AFTER.matcher(after).matches()) {
                        out.add(finding(e, focus.get(), s, orgInSentence ? 0.55 : 0.6));
                    }
                }
            }
        }
        return out;
    }

    /** Whether an organization stands right next to the person (then the patterns above decide). */
    private static boolean adjacentOrganization(Mention person, List<Mention> in, EntityIndex index) {
        for (Mention o : in) {
            if (index.owner(o).type() != EntityType.ORGANIZATION) {
                continue;
            }
            int gap = o.end() <= person.begin() ? person.begin() - o.end() : o.begin() - person.end();
            if (gap >= 0 && gap < 25) {
                return true;
            }
        }
        return false;
    }

    private Finding finding(Entity person, Entity org, Sentence s, double conf) {
        Relation r = new Relation(person.key(), RelationType.WORKS_FOR, org.key(), s.index(), NAME, conf, DealStatus.REPORTED);
        // a sentence that names someone to a post (or a "Direktur: X" line of a new board) is also an appointment
        if (APPOINTING.matcher(s.text()).find() || BOARD_LINE.matcher(s.text()).find()) {
            List<Participant> parts = List.of(new Participant("person", person.key()), new Participant("organization", org.key()));
            return new Finding(Optional.of(r), Optional.of(EventType.APPOINTMENT), parts, Optional.empty(), Optional.empty(),
                    DealStatus.ANNOUNCED, s.index(), NAME, conf);
        }
        return new Finding(Optional.of(r), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), DealStatus.REPORTED,
                s.index(), NAME, conf);
    }

    /** Whether {@code gap} holds a title and nothing but title words, fillers and punctuation. */
    private boolean titled(String gap, boolean needTitle) {
        if (gap.length() > MAX_GAP) {
            return false;
        }
        boolean sawTitle = false;
        int described = 0;
        for (String w : gap.split("[\\s,()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String word = w.replaceAll("['’]s$", "");
            if (HONORIFICS.contains(word)) {
                return false; // "Arafat and Mr Peres": an honorific is not a post
            }
            if (titles.containsIgnoreCase(word)) {
                sawTitle = true;
            } else if (sawTitle && described < 3 && Character.isLowerCase(word.charAt(0))) {
                described++; // "pendiri perusahaan perangkat keras Leap Motion"
            } else if (!FILLER.matcher(word).matches() && !(word.contains("-") && allTitles(word.split("-")))) {
                return false;
            }
        }
        return sawTitle || !needTitle;
    }

    private boolean allTitles(String[] parts) {
        for (String p : parts) {
            if (!p.isEmpty() && !titles.containsIgnoreCase(p)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title ends the text, allowing one lowercase word and a preposition after it ("Profesor hukum dari"). */
    private boolean endsWithTitle(String before) {
        String[] words = before.strip().split("\\s+");
        int skipped = 0;
        for (int i = words.length - 1; i >= 0 && skipped <= 2; i--) {
            String w = words[i];
            if (w.isEmpty()) {
                return false;
            }
            if (titles.containsIgnoreCase(w)) {
                return !w.equalsIgnoreCase("global") && !w.equalsIgnoreCase("public") && !HONORIFICS.contains(w);
            }
            if (!FILLER.matcher(w).matches() && !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            skipped++;
        }
        return false;
    }

    private static String wordsBefore(String text, int pos, int limit, int n) {
        return lastWords(text.substring(Math.max(limit, pos - 60), pos), n);
    }

    private static String lastWords(String s, int n) {
        String[] words = s.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, words.length - n); i < words.length; i++) {
            sb.append(words[i].toLowerCase(Locale.ROOT)).append(' ');
        }
        return sb.toString();
    }
}
