package org.dealgraph.event.factuality;

import org.dealgraph.entity.Entity;
import org.dealgraph.event.Finding;
import org.dealgraph.event.Relation;
import org.dealgraph.event.RelationType;
import org.dealgraph.mention.EntityType;
import org.dealgraph.mention.Mention;
import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Language;
import org.dealgraph.text.LanguageProfile;
import org.dealgraph.text.LanguageProfiles;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offices and holdings of the past. A {@code worksFor} or {@code ownedBy} finding, and an
 * Appointment, of whatever extractor, whose organization (the employer, the owner) stands right
 * after a word of the past in its sentence ({@code former.txt} of each language: "former", "ex-",
 * "mantan", "eks", "bekas") is dropped: "Former Zentrix Labs chief executive Mark Delaney joined
 * Harlow Dynamics", "Mark Delaney, the former chief executive of Zentrix Labs", "mantan Menteri BUMN
 * Rini Soemarno", "Beta, a former unit of Acme" state no current employment or ownership (MANUAL
 * section 3: a former office is {@code worksFor} only in {@code optional}).
 *
 * <p>"Right after": at most {@value #MAX_WORDS} words and no other name between the word and the
 * organization's mention, and the other party (the person, the thing owned) named either before
 * the word in the sentence ("Budi Santoso, Direktur Utama PT Bayu Samudra yang juga mantan Komisaris
 * PT Kelana Niaga") or after the organization (at most {@value #MAX_WORDS} words after it: "former
 * Zentrix Labs chief executive Mark Delaney"), or not named in the sentence at all, only referred to ("Perusahaan tersebut
 * sebelumnya dimiliki oleh PT Sinar Pangan", "He previously worked at Brightwater"). The new employer of the same sentence, with another
 * name between it and the word, keeps its {@code worksFor}, and so does an organization named before the person as well
 * ("PT Bank Mandiri menunjuk Riduan Ahmad yang sebelumnya menjabat SEVP Mandiri menjadi Direktur": a new post at the
 * same employer). Immutable and thread-safe.
 */
public final class FormerOffices {
    /** The most words between the word of a past office, the organization and the person. */
    static final int MAX_WORDS = 6;
    private final Map<Language, Pattern> former;

    private FormerOffices(Map<Language, Pattern> former) {
        this.former = Map.copyOf(former);
    }

    /** The words of past offices of each language of {@code languages}. */
    public static FormerOffices of(LanguageProfiles languages) {
        return new FormerOffices(languages.perLanguage(p ->
                Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])" + p.alternation(LanguageProfile.File.FORMER) + "(?![\\p{L}\\p{N}])")));
    }

    /**
     * The findings but those of an office or holding of the past: {@code worksFor}, {@code ownedBy} and Appointment
     * findings as above; every other finding as given, in its order.
     *
     * @param entities the article's entities, whose keys the findings' relations and participants name
     */
    public List<Finding> current(AnalyzedText analyzed, List<Entity> entities, List<Finding> findings) {
        Pattern words = former.get(analyzed.language());
        if (words == null || findings.stream().noneMatch(f -> pair(f) != null)) {
            return findings;
        }
        Map<String, Entity> byKey = new java.util.HashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        List<Mention> all = entities.stream().flatMap(e -> e.mentions().stream()).toList();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String[] pair = pair(f);
            if (pair != null && past(analyzed, words, byKey.get(pair[0]), byKey.get(pair[1]), f.sentence(), all)) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** The finding's party and its organization (employer or owner), or null if it states no office or holding. */
    private static String[] pair(Finding f) {
        if (f.relation().isPresent()) {
            Relation r = f.relation().get();
            return r.type() == RelationType.WORKS_FOR || r.type() == RelationType.OWNED_BY ? new String[] {r.subject(), r.object()} : null;
        }
        if (f.event().filter(e -> e == org.dealgraph.event.EventType.APPOINTMENT).isPresent()) {
            String person = role(f, "person");
            String org = role(f, "organization");
            return person != null && org != null ? new String[] {person, org} : null;
        }
        return null;
    }

    private static String role(Finding f, String role) {
        return f.participants().stream().filter(p -> p.role().equals(role)).map(org.dealgraph.event.Participant::entity)
                .findFirst().orElse(null);
    }

    private static boolean past(AnalyzedText analyzed, Pattern words, Entity party, Entity org, int sentence, List<Mention> all) {
        if (party == null || org == null || sentence < 0 || sentence >= analyzed.sentences().size()) {
            return false;
        }
        Sentence s = analyzed.sentences().get(sentence);
        String text = analyzed.text();
        Matcher m = words.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            for (Mention om : in(org, s)) {
                if (m.end() > om.begin() || analyzed.words(m.end(), om.begin()) > MAX_WORDS || named(all, m.end(), om.begin())) {
                    continue;
                }
                if (in(party, s).isEmpty()) {
                    return true; // the party referred to, not named: "Perusahaan tersebut sebelumnya dimiliki oleh ConocoPhillips", "He previously worked at X"
                }
                for (Mention pm : in(party, s)) {
                    // before the word, or inside it: "Sebelumnya Bambang menjabat sebagai Direktur Keuangan PT Angkasa Pura II"
                    boolean before = pm.end() <= m.start() || pm.begin() >= m.start() && pm.end() <= m.end();
                    boolean after = pm.begin() >= om.end() && analyzed.words(om.end(), pm.begin()) <= MAX_WORDS;
                    // ... but the organization named before the person too may hold them now: "PT Bank Mandiri menunjuk Riduan
                    // Ahmad yang sebelumnya menjabat SEVP Middle Corporate Mandiri menjadi Direktur"
                    boolean namedBefore = in(org, s).stream().anyMatch(x -> x.end() <= pm.begin() && x.end() <= m.start());
                    if ((before || after) && !namedBefore) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Mention> in(Entity e, Sentence s) {
        return e.mentions().stream().filter(x -> x.begin() >= s.begin() && x.end() <= s.end()).toList();
    }


    /** Whether a name of another entity (an organization or a person) stands between the offsets. */
    private static boolean named(List<Mention> all, int from, int to) {
        return all.stream().anyMatch(x -> x.begin() >= from && x.end() <= to
                && (x.type() == EntityType.ORGANIZATION || x.type() == EntityType.PERSON));
    }
}
