package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names a {@link Gazetteer} knows, longest match first, at token boundaries. A name
 * matches regardless of case when the text capitalizes it ("Tiktok" for TikTok), except an
 * all-capitals name (an acronym such as "SEC"), which must match exactly.
 */
public final class GazetteerMentionFinder implements MentionFinder {
    static final String NAME = "gazetteer";
    private static final java.util.Set<String> LEGAL_TAILS = java.util.Set.of("Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited",
            "LLC", "PLC", "Plc", "AG", "SA", "SE", "NV", "Tbk", "Group", "Holdings", "Grup");
    private final Gazetteer gazetteer;
    /** The legal forms that open a company's name ("PT"), taken into a known company's name written after one. */
    private final java.util.Set<String> prefixForms;
    private final java.util.regex.Pattern businessLines;

    /** A finder that takes no legal form before a known name into it. */
    public GazetteerMentionFinder(Gazetteer gazetteer) {
        this(gazetteer, java.util.Set.of());
    }

    /**
     * @param prefixForms the legal forms that open a name, as {@code LanguageProfiles#legalForms(true)} gives them
     *                    (without a closing period): "PT Kereta Api Indonesia" is one mention of the known
     *                    "Kereta Api Indonesia", as the article writes it
     */
    public GazetteerMentionFinder(Gazetteer gazetteer, java.util.Set<String> prefixForms) {
        this(gazetteer, prefixForms, java.util.regex.Pattern.compile("(?!)"));
    }

    /**
     * @param prefixForms   as above
     * @param businessLines the words that make a known company's name another company's when written right after it
     *                      ({@code LanguageProfiles#businessLines()}: "Mandiri Sekuritas" is no mention of Bank Mandiri,
     *                      and is left to the other finders whole); matched against one word
     */
    public GazetteerMentionFinder(Gazetteer gazetteer, java.util.Set<String> prefixForms, java.util.regex.Pattern businessLines) {
        this.gazetteer = gazetteer;
        this.prefixForms = java.util.Set.copyOf(prefixForms);
        this.businessLines = businessLines;
    }

    @Override
    public List<Mention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : analyzed.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int matchedTo = match(text, tokens, i, out);
                i = matchedTo > i ? matchedTo : i + 1;
            }
        }
        return out;
    }

    /** Tries the longest name starting at token {@code i}; returns the index after it, or {@code i}. */
    private int match(String text, List<Token> tokens, int i, List<Mention> out) {
        Token first = tokens.get(i);
        char c = first.text().charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c) && !(Character.isLowerCase(c) && first.text().length() > 1
                && Character.isUpperCase(first.text().charAt(1)))) {
            return i;
        }
        int maxJ = Math.min(tokens.size(), i + gazetteer.longestName() * 2 + 1);
        for (int j = maxJ - 1; j >= i; j--) {
            int begin = first.begin();
            int end = tokens.get(j).end();
            if (end - begin > 80) {
                continue;
            }
            if (insideWord(text, begin, end)) {
                continue; // "AP" of the model name "MB16AP", split by a tokenizer at letters and digits: no mention of AP
            }
            String surface = text.substring(begin, end);
            for (GazetteerEntry e : gazetteer.lookup(surface)) {
                if (acceptable(surface, e) && !(e.type() == EntityType.ORGANIZATION && (partOfLongerName(tokens, i, j)
                        || groupCompany(tokens, j)))) {
                    int next = j + 1;
                    // "Qantas Group", "Walt Disney Co": a known company with its legal form or group word is still that company
                    if (e.type() == EntityType.ORGANIZATION && next < tokens.size() && tokens.get(next).begin() - end <= 1
                            && LEGAL_TAILS.contains(tokens.get(next).text().replaceAll("\\.$", ""))) {
                        end = tokens.get(next).end();
                        if (text.charAt(end - 1) == '.') {
                            end--;
                        }
                        next++;
                    }
                    // "PT Kereta Api Indonesia": a known company after a legal form that opens names is still that company
                    if (e.type() == EntityType.ORGANIZATION && i > 0 && begin - tokens.get(i - 1).end() == 1
                            && prefixForms.contains(tokens.get(i - 1).text().replaceAll("\\.$", ""))) {
                        begin = tokens.get(i - 1).begin();
                    }
                    out.add(new Mention(begin, end, text.substring(begin, end), e.type(), e.id(), NAME, 0.95));
                    return next;
                }
            }
        }
        return i;
    }

    /**
     * Whether tokens {@code i..j} stand inside a longer company name that a legal form opens, with other capitalized words
     * in it: "Mandiri" of "PT Lestari Mandiri", "PT Mandiri" of "PT Mandiri Sejahtera Abadi" name another company than Bank
     * Mandiri. Legal forms after the name ("PT Bank Mandiri (Persero) Tbk") are no other words.
     */
    private boolean partOfLongerName(List<Token> tokens, int i, int j) {
        int k = i - 1;
        while (k >= 0 && adjacent(tokens, k) && capitalizedWord(tokens.get(k)) && !prefixForms.contains(bare(tokens.get(k)))) {
            k--;
        }
        if (k < 0 || !adjacent(tokens, k) || !prefixForms.contains(bare(tokens.get(k)))) {
            return false;
        }
        boolean wordsBetween = k < i - 1;
        boolean wordsAfter = j + 1 < tokens.size() && adjacent(tokens, j) && capitalizedWord(tokens.get(j + 1))
                && !LEGAL_TAILS.contains(bare(tokens.get(j + 1))) && !prefixForms.contains(bare(tokens.get(j + 1)));
        return wordsBetween || wordsAfter;
    }

    /** Whether the span has a letter or digit right before or right after it: it is part of a longer word. */
    private static boolean insideWord(String text, int begin, int end) {
        return begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1))
                || end < text.length() && Character.isLetterOrDigit(text.charAt(end));
    }

    /** Whether a capitalized line of business follows token {@code j} right away ("Mandiri | Sekuritas"). */
    private boolean groupCompany(List<Token> tokens, int j) {
        return adjacent(tokens, j) && capitalizedWord(tokens.get(j + 1)) && businessLines.matcher(bare(tokens.get(j + 1))).matches();
    }

    /** Whether token {@code k} and the next are one space or less apart. */
    private static boolean adjacent(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).begin() - tokens.get(k).end() <= 1;
    }

    private static boolean capitalizedWord(Token t) {
        return Character.isUpperCase(t.text().charAt(0)) && t.text().chars().anyMatch(Character::isLetter);
    }

    private static String bare(Token t) {
        return t.text().replaceAll("\\.$", "");
    }

    /**
     * Whether text as written names a gazetteer entry: exactly, or ignoring case when the name is no
     * acronym and long enough to be unambiguous ("BUMI" the ticker is not "Bumi" the word).
     */
    public static boolean acceptable(String written, GazetteerEntry e) {
        StringBuilder plain = new StringBuilder(written.length());
        written.chars().forEach(c -> plain.append(Gazetteer.plainApostrophe((char) c)));
        String surface = plain.toString();
        for (String name : names(e)) {
            if (name.equals(surface)) {
                return true;
            }
        }
        // case-insensitive only for names that are not acronyms and are long enough to be unambiguous
        for (String name : names(e)) {
            if (name.equalsIgnoreCase(surface.replaceAll("\\s+", " "))) {
                boolean acronym = name.length() <= 5 && name.equals(name.toUpperCase());
                return !acronym && !surface.equals(surface.toUpperCase()) || surface.length() > 5 && !acronym;
            }
        }
        return false;
    }

    private static List<String> names(GazetteerEntry e) {
        List<String> all = new ArrayList<>(e.aliases().size() + 1);
        all.add(e.name());
        all.addAll(e.aliases());
        return all;
    }
}
