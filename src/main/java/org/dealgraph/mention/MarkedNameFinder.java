package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the company names a wire sets off in angle brackets: Reuters writes an unlisted company's
 * whole name so ("said it agreed to buy &lt;Houston Community Newspapers Inc&gt;"), and a listed one's
 * ticker so after its name ("NEC Corp &lt;NIPN.T&gt;"). A bracketed text of one to eight words that holds a
 * small letter or a space and opens with a capital or a digit is one organization's name, kept whole
 * where the rules would cut it at a place or a stop word ("Houston", "Security"). A ticker ("FWB",
 * "SKPS.ST") right after a name is an organization's name too, the alias of the company it follows (the corpus's MANUAL;
 * {@code AliasEntityResolver} joins a bracketed name to the name before it); one that follows no name is none.
 * Language-neutral: it reads marks, not words.
 *
 * <p>Why: on a held-out fifth of the train split, 29 of the 38 annotated names written in brackets
 * were not found whole (README, Quality); in the Reuters articles of four fifths of the train split, the annotators took
 * 2,219 of the 2,230 bracketed tickers as a mention of their company. Immutable and thread-safe.
 */
public final class MarkedNameFinder implements MentionFinder {
    static final String NAME = "marked";
    /** The confidence of a bracketed name: a mark as sure as a legal form. */
    static final double CONFIDENCE = 0.8;
    private static final Pattern MARKED = Pattern.compile("<([\\p{Lu}\\d][^<>]{1,78}[^<>\\s])>");
    private static final Pattern TICKER = Pattern.compile("[\\p{Lu}\\d.&-]+");
    /**
     * What stands right before a ticker that follows a name: a letter, digit, period or bracket, then a space or none; not
     * a possessive ("Unisys Inc's &lt;UIS&gt; 13 pct stake": the ticker stands apart from the name it is of).
     */
    private static final Pattern AFTER_A_NAME = Pattern.compile("(?<!['’]s)(?<!['’]s\\s)(?<!['’])[\\p{L}\\d.)>]\\s?$");

    /** Whether a mention is a ticker this finder found in the wire's brackets ("VRBB.O" of "VR &lt;VRBB.O&gt;"). */
    public static boolean ticker(Mention m) {
        return m.finder().equals(NAME) && TICKER.matcher(m.text()).matches();
    }

    @Override
    public List<Mention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>();
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (inner.split("\\s+").length > 8) {
                continue;
            }
            // a ticker is the name of the company it follows (MANUAL: an alias; the resolver joins it to that name), never a
            // name of its own where nothing stands before it
            if (TICKER.matcher(inner).matches() && !AFTER_A_NAME.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                continue;
            }
            out.add(new Mention(m.start(1), m.end(1), inner, EntityType.ORGANIZATION, "", NAME, CONFIDENCE));
        }
        return List.copyOf(out);
    }
}
