package org.dealgraph.mention;

import org.dealgraph.text.AnalyzedText;
import org.dealgraph.text.Sentence;
import org.dealgraph.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of a name the rules found, the same at training and at extraction time, for the
 * {@link MentionClassifier}: the type the rules gave it; its words (each, the first and the last,
 * lowercased), their number, their shape (all capitals, capitalised, inner capitals, digits,
 * hyphens) and the last word's ending of three and four letters; up to two words either side and
 * the shape of the word before; whether it opens its sentence or stands in the headline; and what
 * the article says of it elsewhere: whether its one word also occurs in small letters (a common
 * word capitalised in a title: "Menteri Perhubungan"), how often it occurs, and whether it is part
 * of a longer name the rules found. Where the language has word classes (the trained name finder's, {@code
 * data/lang/<code>/word-clusters.tsv}), the first 4, 8, 12 and 20 bits of the class of its first and last words and
 * of the words either side ("Ciara", "Shinjuku" in the classes of given names and of places); and in a headline,
 * whether the headline is written in sentence case, title case or capitals (a capitalized word amid small ones is a
 * name: "TikTok bermitra dengan Audius untuk ..."). Immutable and thread-safe.
 */
public final class MentionFeatures {
    private MentionFeatures() {
    }

    /**
     * The features of {@code m} in {@code text}.
     *
     * @param all every name found in the article (for the "part of a longer name" feature)
     */
    public static String[] of(AnalyzedText text, Mention m, List<Mention> all) {
        return of(text, m, all, w -> null);
    }

    /**
     * The features of {@code m} in {@code text}, with word classes.
     *
     * @param all     every name found in the article (for the "part of a longer name" feature)
     * @param classes a word's class as a bit path ({@code "0110..."}), or null for a word of no class
     */
    public static String[] of(AnalyzedText text, Mention m, List<Mention> all, java.util.function.UnaryOperator<String> classes) {
        List<String> f = new ArrayList<>(48);
        String doc = text.text();
        f.add("type=" + m.type());
        String[] words = m.text().strip().split("\\s+");
        f.add("n=" + Math.min(words.length, 4));
        for (String w : words) {
            f.add("w=" + w.toLowerCase(Locale.ROOT));
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        f.add("first=" + first);
        f.add("last=" + last);
        f.add("shape=" + shape(m.text()));
        f.add("type_shape=" + m.type() + "_" + shape(m.text()) + "_" + Math.min(words.length, 4));
        if (last.length() > 4) {
            f.add("suf3=" + last.substring(last.length() - 3));
            f.add("suf4=" + last.substring(last.length() - 4));
        }
        classes(f, "fc", classes.apply(words[0]));
        classes(f, "lc", classes.apply(words[words.length - 1]));
        Sentence s = sentenceOf(text, m);
        if (s != null) {
            if (s.headline()) {
                f.add("headline");
                f.add("headline_case=" + headlineCase(s));
            }
            List<Token> before = new ArrayList<>();
            List<Token> after = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t.end() <= m.begin()) {
                    before.add(t);
                } else if (t.begin() >= m.end()) {
                    after.add(t);
                }
            }
            if (before.isEmpty()) {
                f.add("opens");
            }
            for (int i = 1; i <= 2; i++) {
                if (before.size() >= i) {
                    f.add("l" + i + "=" + before.get(before.size() - i).text().toLowerCase(Locale.ROOT));
                }
                if (after.size() >= i) {
                    f.add("r" + i + "=" + after.get(i - 1).text().toLowerCase(Locale.ROOT));
                }
            }
            if (!before.isEmpty()) {
                f.add("l1shape=" + shape(before.get(before.size() - 1).text()));
                classes(f, "l1c", classes.apply(before.get(before.size() - 1).text()));
            }
            if (!after.isEmpty()) {
                classes(f, "r1c", classes.apply(after.get(0).text()));
            }
        }
        if (words.length == 1 && !words[0].equals(first) && containsWord(doc, first)) {
            f.add("lower_elsewhere");
        }
        int count = 0;
        boolean inLonger = false;
        for (Mention o : all) {
            if (o.text().equals(m.text())) {
                count++;
            } else if (o.length() > m.length() && o.text().contains(m.text())) {
                inLonger = true;
            }
        }
        f.add("count=" + (count <= 1 ? "1" : count <= 3 ? "2-3" : "4+"));
        if (inLonger) {
            f.add("in_longer");
        }
        return f.toArray(String[]::new);
    }

    /** The first 4, 8, 12 and 20 bits of a word's class, if it has one ({@code fc4=0110}, ...). */
    private static void classes(List<String> f, String name, String path) {
        if (path == null) {
            return;
        }
        for (int bits : new int[]{4, 8, 12, 20}) {
            f.add(name + bits + "=" + path.substring(0, Math.min(bits, path.length())));
        }
    }

    /**
     * How a headline is written: {@code caps} (its letters all capitals), {@code title} (at least 60% of its words after
     * the first capitalized) or {@code sentence}.
     */
    static String headlineCase(Sentence s) {
        int words = 0;
        int capitalized = 0;
        boolean caps = true;
        for (int i = 0; i < s.tokens().size(); i++) {
            String t = s.tokens().get(i).text();
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            caps &= t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (i > 0) {
                words++;
                capitalized += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
            }
        }
        return caps ? "caps" : words > 0 && capitalized >= 0.6 * words ? "title" : "sentence";
    }

    /** The sentence that holds the mention's start, or null. */
    private static Sentence sentenceOf(AnalyzedText text, Mention m) {
        for (Sentence s : text.sentences()) {
            if (m.begin() >= s.begin() && m.begin() < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code word} (in small letters) stands in {@code doc} as a whole word, written so. */
    private static boolean containsWord(String doc, String word) {
        int at = doc.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(doc.charAt(at - 1));
            boolean endOk = end == doc.length() || !Character.isLetterOrDigit(doc.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = doc.indexOf(word, at + 1);
        }
        return false;
    }

    /** A word's shape: ALLCAPS, Cap, inner capitals (iPhone, AltspaceVR), digits, hyphens, lower. */
    static String shape(String w) {
        String s = w.strip();
        if (s.isEmpty()) {
            return "empty";
        }
        boolean digit = s.chars().anyMatch(Character::isDigit);
        boolean hyphen = s.indexOf('-') >= 0;
        long upper = s.chars().filter(Character::isUpperCase).count();
        long letters = s.chars().filter(Character::isLetter).count();
        String base;
        if (letters > 1 && upper == letters) {
            base = "CAPS";
        } else if (Character.isUpperCase(s.charAt(0))) {
            boolean inner = false;
            for (String part : s.split("\\s+")) {
                for (int i = 1; i < part.length(); i++) {
                    if (Character.isUpperCase(part.charAt(i)) && Character.isLowerCase(part.charAt(i - 1))) {
                        inner = true;
                    }
                }
            }
            base = inner ? "Inner" : "Cap";
        } else if (Character.isLowerCase(s.charAt(0)) && upper > 0) {
            base = "lowerInner";
        } else {
            base = Character.isLetter(s.charAt(0)) ? "lower" : "other";
        }
        return base + (digit ? "+d" : "") + (hyphen ? "+h" : "");
    }
}
