package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news article's dateline names its place and its outlet, never a party: "RENO, Nevada, Sept 4 (Reuters) - ...", "JAKARTA,
 * Tekno Kompas - ...". The dateline opens the body: a place in capitals, up to three more parts after commas (a region, a
 * date, an outlet's name), an outlet in brackets perhaps, and a dash. In it, a name the finders read as an organization's,
 * a person's or a product's is no party: the place in capitals is a place ("RENO"), the others are the outlet's words
 * ("Tekno" of "Tekno Kompas") and go. Places and outlets stay as found.
 *
 * <p>The source of the rule: a fresh-user tester's articles of this round, where "RENO" became the supplier of a contract and
 * "Tekno" the investee of a round. Immutable and thread-safe; language-independent (the form is the wires' own).
 */
public final class Datelines {
    /** The dateline at the body's start: a place in capitals, up to three parts after commas, an outlet in brackets, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[ \\t\"“]*(\\p{Lu}[\\p{Lu}.'’-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’-]+){0,2})[ \\t]*(?:,[ \\t]*[^,\\n()]{1,40}?){0,3}[ \\t]*"
                    + "(?:\\([^()\\n]{1,40}\\)[ \\t]*)?[-–—]+[ \\t]");

    private Datelines() {
    }

    /** The stage. */
    public static Datelines of() {
        return new Datelines();
    }

    /** The names {@code names} finds, those inside the body's dateline but its places and outlets left out. Sorted by offset. */
    public MentionFinder after(MentionFinder names) {
        return text -> withoutDateline(text, names.find(text));
    }

    private static List<Mention> withoutDateline(AnalyzedText text, List<Mention> found) {
        Sentence body = text.sentences().stream().filter(s -> !s.headline()).findFirst().orElse(null);
        if (body == null) {
            return found;
        }
        String t = text.text();
        Matcher d = DATELINE.matcher(t).region(body.begin(), Math.min(t.length(), body.begin() + 120));
        if (!d.lookingAt()) {
            return found;
        }
        int end = d.end();
        int placeBegin = d.start(1);
        int placeEnd = d.end(1);
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean inside = m.begin() >= body.begin() && m.end() <= end;
            if (!inside || m.type() == EntityType.PLACE || m.type() == EntityType.OUTLET) {
                out.add(m);
            } else if (m.begin() == placeBegin && m.end() == placeEnd && m.text().indexOf('.') < 0) {
                // the place in capitals ("RENO"), not an outlet's web address there ("JUARA.NET, MISANO ADRIATICO -")
                out.add(new Mention(m.begin(), m.end(), m.text(), EntityType.PLACE, "", m.finder(), m.confidence()));
            }
        }
        return List.copyOf(out);
    }
}
