package org.dealgraph.event.trigger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words that every match of a cue's regular expression contains: a list of alternatives, each
 * a set of words that a match holds all of, so that a sentence with none of an alternative's words
 * cannot match it. A word is a maximal run of letters and digits ({@code \p{L}\p{N}}), case-folded
 * as the regex engine folds case ({@link #fold}); the analysis reads the subset of Java's regex
 * syntax the cue lexicons use (groups, alternation, quantifiers, classes, {@code \s \w \d}), and
 * reads whatever it does not know (lookaround, back-references, {@code \b}, {@code .}) as "any text",
 * so that what it claims holds for every match; where no word is certain, it claims nothing.
 *
 * <p>Design decision: the words are derived from the regexes rather than listed as a column of
 * {@code cues.tsv}, so that the lexicon keeps one statement of each cue and a cue added by anyone
 * is indexed without a second edit that could disagree with its regex.
 */
final class RequiredWords {
    /** Any text, possibly empty, possibly letters: no word boundary can be inferred across it. Also what a class with letters matches. */
    private static final char ANY = '\uE000';
    /** One or more characters that are not letters or digits (whitespace, a hyphen or a space). */
    private static final char GAP = '\uE001';
    /** The most strings a node's finite language may hold before only its certain words are kept. */
    private static final int LIMIT = 50_000;

    private final String regex;
    private int pos;

    private RequiredWords(String regex) {
        this.regex = regex;
    }

    /**
     * The alternatives of words every match contains, for a regex whose matches begin and end at
     * word boundaries ({@code bounded}, as the non-gap cues' patterns are) or not; empty when the
     * regex allows a match without a certain word, or uses syntax this analysis does not read.
     */
    static Optional<List<Set<String>>> of(String regex, boolean bounded) {
        try {
            RequiredWords r = new RequiredWords(regex);
            Node n = r.alternation();
            if (r.pos != regex.length()) {
                return Optional.empty();
            }
            List<Set<String>> need = n.exact != null ? words(n.exact, bounded) : n.need;
            return Optional.ofNullable(need).map(alternatives -> List.copyOf(new LinkedHashSet<>(alternatives)));
        } catch (RuntimeException e) {
            return Optional.empty(); // syntax this analysis does not read: the cue's regex is run on every sentence
        }
    }

    /** A code point folded as a case-insensitive Unicode match compares it. */
    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    static boolean wordChar(int codePoint) {
        return Character.isLetter(codePoint) || switch (Character.getType(codePoint)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** What a part of the regex can match: its finite set of strings if small, else the words each match holds. */
    private record Node(Set<String> exact, List<Set<String>> need) {
        static Node exactly(Set<String> strings) {
            return strings.size() > LIMIT ? new Node(null, words(strings, false)) : new Node(strings, null);
        }

        static final Node ANYTHING = new Node(Set.of(String.valueOf(ANY)), null);

        List<Set<String>> certain() {
            return exact != null ? words(exact, false) : need;
        }
    }

    private Node alternation() {
        List<Node> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (branches.stream().allMatch(b -> b.exact != null)) {
            Set<String> all = new LinkedHashSet<>();
            branches.forEach(b -> all.addAll(b.exact));
            return Node.exactly(all);
        }
        List<Set<String>> need = new ArrayList<>();
        for (Node b : branches) {
            List<Set<String>> c = b.certain();
            if (c == null) {
                return new Node(null, null);
            }
            need.addAll(c);
        }
        return new Node(null, need);
    }

    private Node sequence() {
        Node acc = new Node(Set.of(""), null);
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            acc = concat(acc, quantified(atom()));
        }
        return acc;
    }

    private static Node concat(Node a, Node b) {
        if (a.exact != null && b.exact != null && (long) a.exact.size() * b.exact.size() <= LIMIT) {
            Set<String> out = new LinkedHashSet<>();
            for (String x : a.exact) {
                for (String y : b.exact) {
                    out.add(x + y);
                }
            }
            return new Node(out, null);
        }
        return new Node(null, better(a.certain(), b.certain()));
    }

    /** Of two requirements that both hold, the one whose alternatives' longest words are longest (rarer words). */
    private static List<Set<String>> better(List<Set<String>> a, List<Set<String>> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int sa = score(a);
        int sb = score(b);
        return sa != sb ? (sa > sb ? a : b) : (a.size() <= b.size() ? a : b);
    }

    private static int score(List<Set<String>> need) {
        int min = Integer.MAX_VALUE;
        for (Set<String> alternative : need) {
            min = Math.min(min, alternative.stream().mapToInt(String::length).max().orElse(0));
        }
        return min;
    }

    private Node quantified(Node n) {
        if (pos >= regex.length()) {
            return n;
        }
        char c = regex.charAt(pos);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            String[] bounds = regex.substring(pos + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].strip());
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            pos = close + 1;
        } else {
            return n;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        if (n.exact != null && n.exact.stream().allMatch(RequiredWords::wordFree)) {
            return Node.exactly(repeatWordFree(n.exact, min, max));
        }
        if (n.exact != null && max <= 4) {
            Set<String> out = new LinkedHashSet<>();
            Node power = new Node(Set.of(""), null);
            boolean complete = true;
            for (int k = 0; k <= max; k++) {
                if (power.exact == null) {
                    complete = false;
                    break;
                }
                if (k >= min) {
                    out.addAll(power.exact);
                }
                if (k < max) {
                    power = concat(power, n);
                }
            }
            if (complete) {
                return Node.exactly(out);
            }
        }
        return min >= 1 ? new Node(null, n.certain()) : new Node(null, null);
    }

    private static boolean wordFree(String s) {
        return s.codePoints().noneMatch(c -> c != ANY && c != GAP && wordChar(c));
    }

    /**
     * A string of no letters or digits, as far as words are concerned: empty, or where it may hold
     * letters (at its start, its end, inside) and where it surely does not.
     */
    private static String canonical(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String first = s.charAt(0) == ANY ? String.valueOf(ANY) : String.valueOf(GAP);
        String last = s.charAt(s.length() - 1) == ANY ? String.valueOf(ANY) : String.valueOf(GAP);
        if (s.indexOf(ANY) < 0) {
            return String.valueOf(GAP);
        }
        if (s.length() == 1) {
            return first;
        }
        String out = first + ANY + last;
        return out.replace("" + ANY + ANY, String.valueOf(ANY)).replace("" + ANY + ANY, String.valueOf(ANY));
    }

    /**
     * The repetitions {@code min} to {@code max} of word-free strings. Canonical forms keep only a
     * string's first and last kind and whether it may hold letters, so every power from the third
     * on is the same set, and no more powers need be taken.
     */
    private static Set<String> repeatWordFree(Set<String> strings, int min, int max) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> power = Set.of("");
        int last = Math.min(max, Math.max(min, 3));
        for (int k = 0; k <= last; k++) {
            if (k >= min) {
                out.addAll(power);
            }
            Set<String> next = new LinkedHashSet<>();
            for (String x : power) {
                for (String y : strings) {
                    next.add(canonical(x + y));
                }
            }
            power = next;
        }
        return out;
    }

    private Node atom() {
        char c = regex.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                pos++;
                return Node.ANYTHING;
            }
            case '^', '$' -> {
                pos++;
                return new Node(Set.of(""), null); // zero-width: the text matched is the rest's
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("quantifier without an atom at " + pos);
            default -> {
                int cp = regex.codePointAt(pos);
                pos += Character.charCount(cp);
                return literal(cp);
            }
        }
    }

    private static Node literal(int cp) {
        return new Node(Set.of(wordChar(cp) ? new String(Character.toChars(fold(cp))) : Character.isWhitespace(cp) ? String.valueOf(GAP)
                : new String(Character.toChars(cp))), null);
    }

    private Node group() {
        pos++; // (
        boolean zeroWidth = false;
        if (regex.startsWith("?", pos)) {
            if (regex.startsWith("?:", pos)) {
                pos += 2;
            } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (regex.startsWith("?<", pos)) {
                pos = regex.indexOf('>', pos) + 1;
            } else {
                // inline flags, "(?i)" or "(?i:...)": case is folded anyway
                int at = pos + 1;
                while (at < regex.length() && (Character.isLetter(regex.charAt(at)) || regex.charAt(at) == '-')) {
                    at++;
                }
                if (regex.charAt(at) == ')') {
                    pos = at + 1;
                    return new Node(Set.of(""), null);
                }
                if (regex.charAt(at) != ':') {
                    throw new IllegalArgumentException("group syntax at " + pos);
                }
                pos = at + 1;
            }
        }
        Node inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        // a lookaround consumes nothing: the text matched is the rest's
        return zeroWidth ? new Node(Set.of(""), null) : inner;
    }

    /** A class whose every member is a listed character other than a letter or digit is a gap; any other class is any text. */
    private Node characterClass() {
        int start = pos;
        pos++;
        boolean onlyGaps = regex.charAt(pos) != '^';
        boolean first = true;
        while (first || regex.charAt(pos) != ']') {
            first = false;
            char c = regex.charAt(pos);
            if (c == '[' || c == '&' && regex.charAt(pos + 1) == '&') {
                throw new IllegalArgumentException("nested class at " + start);
            }
            if (c == '\\') {
                char e = regex.charAt(pos + 1);
                pos += 2;
                if (e == 's') {
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    onlyGaps = false;
                    if (e == 'p' || e == 'P') {
                        pos = regex.charAt(pos) == '{' ? regex.indexOf('}', pos) + 1 : pos + 1;
                    }
                    continue;
                }
                onlyGaps &= !wordChar(e);
                continue;
            }
            if (c == '-' && regex.charAt(pos + 1) != ']' && pos > start + 1) {
                onlyGaps = false; // a range
            }
            int cp = regex.codePointAt(pos);
            onlyGaps &= !wordChar(cp);
            pos += Character.charCount(cp);
        }
        pos++;
        return onlyGaps ? new Node(Set.of(String.valueOf(GAP)), null) : Node.ANYTHING;
    }

    private Node escape() {
        char e = regex.charAt(pos + 1);
        pos += 2;
        if (e == 's') {
            return new Node(Set.of(String.valueOf(GAP)), null);
        }
        if (e == 'p' || e == 'P') {
            pos = regex.charAt(pos) == '{' ? regex.indexOf('}', pos) + 1 : pos + 1;
            return Node.ANYTHING;
        }
        if (e == 'Q') {
            throw new IllegalArgumentException("quoting is not read");
        }
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
            return new Node(Set.of(""), null); // zero-width
        }
        if (Character.isLetterOrDigit(e)) {
            return Node.ANYTHING; // \w, \W, \d, \S, back-references, control escapes
        }
        return literal(e);
    }

    /** The words of each string that stand whole, between characters known to be neither letters nor digits. */
    private static List<Set<String>> words(Set<String> strings, boolean bounded) {
        List<Set<String>> out = new ArrayList<>();
        for (String s : strings) {
            String edge = String.valueOf(bounded ? GAP : ANY);
            String t = edge + s + edge;
            Set<String> found = new LinkedHashSet<>();
            int i = 0;
            while (i < t.length()) {
                int cp = t.codePointAt(i);
                if (cp == ANY || cp == GAP || !wordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int begin = i;
                while (i < t.length() && t.codePointAt(i) != ANY && t.codePointAt(i) != GAP && wordChar(t.codePointAt(i))) {
                    i += Character.charCount(t.codePointAt(i));
                }
                if (t.charAt(begin - 1) != ANY && t.charAt(i) != ANY) {
                    found.add(t.substring(begin, i));
                }
            }
            if (found.isEmpty()) {
                return null;
            }
            out.add(found);
        }
        return out;
    }
}
