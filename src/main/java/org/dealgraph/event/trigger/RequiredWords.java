package org.dealgraph.event.trigger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key words of a cue's regular expression: a set of words of which every match contains at
 * least one, whole, so that a sentence with none of them cannot match. A word is a maximal run of
 * letters and digits ({@code \p{L}\p{N}}), case-folded as the regex engine folds case
 * ({@link #fold}). The analysis reads the subset of Java's regex syntax the cue lexicons use
 * (groups, alternation, quantifiers, classes, {@code \s \w \d}, lookaround as consuming nothing)
 * and reads whatever else it does not know ({@code .}, {@code \w}, back-references, classes with
 * letters) as "any text", so that what it claims holds for every match; where some match may hold
 * no certain word, or the syntax is beyond it, it claims nothing.
 *
 * <p>Each alternative string a part of the regex can match is kept only as its {@link Shape}: the
 * word fragments at its edges (which may still join a neighbour's), its longest whole word inside
 * (the rarest, as a key), and whether its edges may be letters of unknown text. Shapes of different
 * strings often coincide, so finite languages stay small; past {@link #LIMIT} shapes only the
 * words known whole are kept.
 *
 * <p>Design decision: the words are derived from the regexes rather than listed as a column of
 * {@code cues.tsv}, so that the lexicon keeps one statement of each cue and a cue added by anyone
 * is indexed without a second edit that could disagree with its regex.
 */
final class RequiredWords {
    /** The most shapes a part's finite language may hold before only its certain key words are kept. */
    private static final int LIMIT = 4096;

    private final String regex;
    private int pos;

    private RequiredWords(String regex) {
        this.regex = regex;
    }

    /**
     * The key words of a regex whose matches begin and end at word boundaries ({@code bounded}, as
     * the non-gap cues' patterns do) or not; empty when some match may hold no certain word, or the
     * regex uses syntax this analysis does not read.
     */
    static Optional<Set<String>> of(String regex, boolean bounded) {
        try {
            RequiredWords r = new RequiredWords(regex);
            Node n = r.alternation();
            if (r.pos != regex.length()) {
                return Optional.empty();
            }
            return Optional.ofNullable(n.exact != null ? keyWords(n.exact, bounded) : n.keys).map(Set::copyOf);
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

    /**
     * What matters of a string for its words. {@code broken} is false for a string of word
     * characters only ({@code left} is then the whole string, possibly empty). Otherwise {@code left}
     * runs to the first break, {@code right} from the last; {@code leftAny} and {@code rightAny} say
     * whether that break is unknown text (which may continue the fragment) rather than a character
     * that is no letter or digit; {@code best} is the longest word standing whole between breaks ("" if none).
     */
    private record Shape(boolean broken, String left, boolean leftAny, String best, boolean rightAny, String right) {
        static final Shape EMPTY = new Shape(false, "", false, "", false, "");
        static final Shape GAP = new Shape(true, "", false, "", false, "");
        static final Shape ANY = new Shape(true, "", true, "", true, "");

        static Shape word(String chars) {
            return new Shape(false, chars, false, "", false, "");
        }

        Shape then(Shape y) {
            if (!broken && !y.broken) {
                return word(left + y.left);
            }
            if (!broken) {
                return new Shape(true, left + y.left, y.leftAny, y.best, y.rightAny, y.right);
            }
            if (!y.broken) {
                return new Shape(true, left, leftAny, best, rightAny, right + y.left);
            }
            String middle = right + y.left;
            String inner = !rightAny && !y.leftAny ? middle : "";
            return new Shape(true, left, leftAny, longest(longest(best, y.best), inner), y.rightAny, y.right);
        }

        /** The key word of this string when it is all there is: its edges whole if the match is bounded. */
        String key(boolean bounded) {
            if (!broken) {
                return bounded ? left : "";
            }
            String k = best;
            if (bounded && !leftAny) {
                k = longest(k, left);
            }
            if (bounded && !rightAny) {
                k = longest(k, right);
            }
            return k;
        }
    }

    private static String longest(String a, String b) {
        return a.length() != b.length() ? (a.length() > b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }

    /** The key word of each shape, or null if one has none. */
    private static Set<String> keyWords(Set<Shape> shapes, boolean bounded) {
        Set<String> out = new LinkedHashSet<>();
        for (Shape s : shapes) {
            String k = s.key(bounded);
            if (k.isEmpty()) {
                return null;
            }
            out.add(k);
        }
        return out;
    }

    /** What a part of the regex can match: its shapes if few, else key words each match holds whole wherever it stands. */
    private record Node(Set<Shape> exact, Set<String> keys) {
        static Node exactly(Set<Shape> shapes) {
            return shapes.size() > LIMIT ? new Node(null, keyWords(shapes, false)) : new Node(shapes, null);
        }

        static Node of(Shape shape) {
            return new Node(Set.of(shape), null);
        }

        static final Node ANYTHING = of(Shape.ANY);
        static final Node NOTHING = of(Shape.EMPTY);

        Set<String> certain() {
            return exact != null ? keyWords(exact, false) : keys;
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
            Set<Shape> all = new LinkedHashSet<>();
            branches.forEach(b -> all.addAll(b.exact));
            return Node.exactly(all);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Node b : branches) {
            Set<String> c = b.certain();
            if (c == null) {
                return new Node(null, null);
            }
            keys.addAll(c);
        }
        return new Node(null, keys);
    }

    private Node sequence() {
        Node acc = Node.NOTHING;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            acc = concat(acc, quantified(atom()));
        }
        return acc;
    }

    private static Node concat(Node a, Node b) {
        if (a.exact != null && b.exact != null) {
            Set<Shape> out = times(a.exact, b.exact);
            if (out != null) {
                return new Node(out, null);
            }
        }
        return new Node(null, better(a.certain(), b.certain()));
    }

    /** Every shape of one set followed by one of the other; null past the limit. */
    private static Set<Shape> times(Set<Shape> a, Set<Shape> b) {
        Set<Shape> out = new LinkedHashSet<>();
        for (Shape x : a) {
            for (Shape y : b) {
                out.add(x.then(y));
                if (out.size() > LIMIT) {
                    return null;
                }
            }
        }
        return out;
    }

    /** Of two sets of key words that both hold, the one whose shortest word is longest (rarer words), then the smaller. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int sa = a.stream().mapToInt(String::length).min().orElse(0);
        int sb = b.stream().mapToInt(String::length).min().orElse(0);
        return sa != sb ? (sa > sb ? a : b) : (a.size() <= b.size() ? a : b);
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
        if (n.exact != null) {
            Optional<Set<Shape>> repeated = repeat(n.exact, min, max);
            if (repeated.isPresent()) {
                return Node.exactly(repeated.get());
            }
        }
        return min >= 1 ? new Node(null, n.certain()) : new Node(null, null);
    }

    /**
     * The shapes of {@code min} to {@code max} repetitions. Once one power's shapes equal the
     * next's, every later power's do too (a power is the one before followed by the same set),
     * so the powers stop there; empty if they have not settled after a few more than {@code min}.
     */
    private static Optional<Set<Shape>> repeat(Set<Shape> shapes, int min, int max) {
        Set<Shape> out = new LinkedHashSet<>();
        Set<Shape> power = Set.of(Shape.EMPTY);
        for (int k = 0; k <= max; k++) {
            if (k >= min) {
                out.addAll(power);
            }
            if (k == max) {
                break;
            }
            Set<Shape> next = times(power, shapes);
            if (next == null || k > min + 8) {
                return Optional.empty();
            }
            if (next.equals(power) && k >= min) {
                break;
            }
            power = next;
        }
        return out.size() > LIMIT ? Optional.empty() : Optional.of(out);
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
                return Node.NOTHING; // zero-width: the text matched is the rest's
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
        return Node.of(wordChar(cp) ? Shape.word(new String(Character.toChars(fold(cp)))) : Shape.GAP);
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
                    return Node.NOTHING;
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
        return zeroWidth ? Node.NOTHING : inner;
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
        return onlyGaps ? Node.of(Shape.GAP) : Node.ANYTHING;
    }

    private Node escape() {
        char e = regex.charAt(pos + 1);
        pos += 2;
        if (e == 's') {
            return Node.of(Shape.GAP);
        }
        if (e == 'p' || e == 'P') {
            pos = regex.charAt(pos) == '{' ? regex.indexOf('}', pos) + 1 : pos + 1;
            return Node.ANYTHING;
        }
        if (e == 'Q') {
            throw new IllegalArgumentException("quoting is not read");
        }
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
            return Node.NOTHING; // zero-width
        }
        if (Character.isLetterOrDigit(e)) {
            return Node.ANYTHING; // \w, \W, \d, \S, back-references, control escapes
        }
        return literal(e);
    }
}
