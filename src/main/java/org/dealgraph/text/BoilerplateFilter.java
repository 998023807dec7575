package org.dealgraph.text;

import org.dealgraph.DealGraphException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the content of a news page's text: which lines are article and which are site chrome.
 * Left out: "Baca juga" / "Read more" / "Related posts" blocks with the link titles that follow
 * them, source and byline lines ("Sumber: ...", "Reporter: ...", "Author: ..."), comment and
 * share widgets, subscription prompts, editor marks ("(nng)", "(rou/ash)"), photo credits, URLs,
 * and the "SCROLL TO CONTINUE" marker. Short lines without closing punctuation between
 * paragraphs are kept as headlines (sub-headings), which carry facts in news.
 *
 * The markers are data: {@code data/lang/<code>/boilerplate.tsv}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateFilter {
    private final Pattern LINK_BLOCK_START;
    private final Pattern CHROME_LINE;
    private final Pattern LABELLED_LINE;
    private final Pattern COMMENT_COUNT;
    private static final Pattern URL_LINE = Pattern.compile("(?i)^\\s*\\S*(https?://|www\\.)\\S*\\s*$");
    private static final Pattern EDITOR_MARK = Pattern.compile("\\(\\s*[a-z]{2,4}(\\s*/\\s*[a-z]{2,4})*\\s*\\)\\s*$|\\[\\s*[a-z]{2,4}\\s*\\]\\s*$|\\(\\*\\)\\s*$");
    private final Pattern INLINE_LINK;
    private static final Pattern LABEL = Pattern.compile("^[^:\\n]{1,35}:\\s");
    private final Pattern GLUED_LINK;
    /** Every language's function words, lower case: a link title writes them in small letters too. */
    private final java.util.Set<String> functionWords = new java.util.HashSet<>();
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"”’:)]\\s*$");

    /** The filter with the bundled language data. */
    public BoilerplateFilter() {
        this(LanguageProfiles.bundled());
    }

    /**
     * The filter with these languages' markers ({@code data/lang/<code>/boilerplate.tsv}), all
     * languages' at once: page chrome is in the site's language, not always the article's.
     */
    public BoilerplateFilter(LanguageProfiles profiles) {
        Map<String, List<String>> kinds = new HashMap<>();
        for (Language l : profiles.languages()) {
            LanguageProfile p = profiles.of(l);
            p.entries(LanguageProfile.File.FUNCTION_WORDS).forEach(w -> functionWords.add(w.strip().toLowerCase(java.util.Locale.ROOT)));
            List<String> lines = p.entries(LanguageProfile.File.BOILERPLATE);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String[] f = line.split("\t", 2);
                if (f.length != 2 || !KINDS.contains(f[0])) {
                    throw new DealGraphException(p.where(LanguageProfile.File.BOILERPLATE, i) + ": '" + line
                            + "' is not a boilerplate line (a kind of " + KINDS + ", a tab, a regex)");
                }
                kinds.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
        }
        this.LINK_BLOCK_START = Pattern.compile("(?i)^\\s*" + alternation(kinds, "link-block") + "\\s*:?\\s*$");
        this.CHROME_LINE = Pattern.compile("(?i)^\\s*" + alternation(kinds, "chrome") + "\\b.*");
        this.LABELLED_LINE = Pattern.compile("(?i)^\\s*" + alternation(kinds, "label") + "\\s*[:|].*");
        this.COMMENT_COUNT = Pattern.compile("(?i)^\\s*\\d+\\s+" + alternation(kinds, "count") + "\\s*$");
        this.INLINE_LINK = Pattern.compile("(?i)" + alternation(kinds, "inline"));
        this.GLUED_LINK = Pattern.compile(alternation(kinds, "glued"));
    }

    private static final java.util.Set<String> KINDS = java.util.Set.of("link-block", "chrome", "label", "count", "inline", "glued");

    private static String alternation(Map<String, List<String>> kinds, String kind) {
        return LanguageProfile.alternation(kinds.getOrDefault(kind, List.of()));
    }

    /** The content regions of {@code text}, in order. The first line is the title (a headline). */
    public List<Region> content(String text) {
        return content(text, true);
    }

    /**
     * The content regions of {@code text}, in order.
     *
     * @param titled whether the first line is the article's title (a headline); where it is not (an article whose title
     *               is empty: its text is its body), the first line is read as any other, a paragraph split into sentences
     */
    public List<Region> content(String text, boolean titled) {
        List<Region> out = new ArrayList<>();
        boolean wrapped = hardWrapped(text);
        boolean inLinkBlock = false;
        boolean first = true;
        int firstBody = titled ? 1 : 0; // the index of the body's first region
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                inLinkBlock = false; // a blank line ends a list of links
            } else {
                if (first && titled) {
                    first = false;
                    addTrimmed(out, text, lineStart, lineEnd, true);
                } else if (LINK_BLOCK_START.matcher(trimmed).matches()) {
                    inLinkBlock = true;
                } else if (inLinkBlock && looksLikeLinkTitle(trimmed)) {
                    // still inside a list of link titles
                } else {
                    inLinkBlock = false;
                    if (!isChrome(trimmed)) {
                        int end = lineEnd;
                        Matcher inline = INLINE_LINK.matcher(text).region(lineStart, lineEnd);
                        while (inline.find()) {
                            int at = inline.start();
                            char open = text.charAt(at);
                            int close = open == '[' ? text.indexOf(']', at) : open == '(' ? text.indexOf(')', at) : -1;
                            if (close < 0 || close >= lineEnd) {
                                int linkEnd = close < 0 ? linkTitleEnd(text, inline.end(), lineEnd) : -1;
                                if (linkEnd < 0) {
                                    end = at; // "Read more: ...": the rest of the line is the link
                                    break;
                                }
                                // a paragraph run on after its link's title ("Baca juga: Judul Berita  Saat ditanya ...",
                                // "Baca juga: ... ke KafeMade Andi menjelaskan ..."): the title goes, the text on both sides stays
                                addTrimmed(out, text, lineStart, at, false);
                                lineStart = linkEnd;
                                inline.region(lineStart, lineEnd);
                                continue;
                            }
                            // a link or caption in brackets inside a paragraph ("... Pos Indonesia (Baca juga: ...). Kedua ..."):
                            // the brackets go, the paragraph's text on both sides stays, each side a region of its own
                            addTrimmed(out, text, lineStart, at, false);
                            lineStart = close + 1;
                            inline.region(lineStart, lineEnd);
                        }
                        Matcher glued = GLUED_LINK.matcher(text.substring(lineStart, end));
                        if (glued.find()) {
                            // scrapers glue "Baca Juga" to the next sentence ("Baca JugaJeff meyakini ..."): keep both sides
                            addTrimmed(out, text, lineStart, lineStart + glued.start(), false);
                            lineStart = lineStart + glued.end();
                        }
                        Matcher mark = EDITOR_MARK.matcher(text.substring(lineStart, end));
                        if (mark.find()) {
                            end = lineStart + mark.start();
                        }
                        Region prev = out.isEmpty() ? null : out.get(out.size() - 1);
                        if (prev != null && out.size() > firstBody && continues(text, prev, lineStart, wrapped, wrapped && out.size() == firstBody + 1)) {
                            // hard-wrapped text (newswire): the line goes on the sentence of the line before
                            out.set(out.size() - 1, new Region(prev.begin(), trimEnd(text, prev.begin(), end), false));
                        } else {
                            // read on what is kept: "... with Brindle Health. [Read: Amazon buys ...]" is a sentence, not a heading
                            String kept = text.substring(lineStart, end).strip();
                            boolean headline = kept.length() < 100 && !TERMINAL.matcher(kept).find();
                            addTrimmed(out, text, lineStart, end, headline);
                        }
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    /** How long a link's title after its marker may run before the paragraph it was glued into goes on. */
    static final int LINK_TITLE_LIMIT = 250;
    private static final Pattern TITLE_GAP = Pattern.compile("[ \\t\\u00a0]{2,}");
    /**
     * A title glued to the next sentence: two small letters (not "iPhone"), a digit or a closing mark, then a capitalized
     * word or a quote; or a sentence's end and a space before a capitalized word.
     */
    private static final Pattern TITLE_GLUE = Pattern.compile("(?<=\\p{Ll}\\p{Ll}|[\\d?!.)\"”])(?=[\"“]?\\p{Lu}\\p{Ll})|(?<=[.?!][\"”]?[ \\t])(?=\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*");

    /**
     * Where a link's title that opens at {@code from} ends when the line runs on past it: the paragraph's text goes on
     * after it within {@value #LINK_TITLE_LIMIT} characters. Scrapers join the title to the next paragraph with two
     * spaces ("Baca juga: Buwas: Sampai Juli Tahun Ini Kita Tidak Impor Beras!  Meski begitu ..."), with nothing
     * ("... Acara Dipindah ke KafeMade Andi menjelaskan ...", "... Tak Kaget\"Ada tiga partai ...") or with one space
     * ("... Ijazah Palsu Ibas menilai upaya ..."). A title is written in capitalized words; the paragraph goes on where
     * a sentence does ({@link #sentenceGoesOn}): after a glue, two common words in small letters among the next eight;
     * after one space, among the next five, the word after the first in small letters.
     * Measured on {@code ../shared/corpora}: 405 of the 7,789 Indonesian texts held an inline "Baca juga:" whose line
     * ran on for more than 300 characters, and lost the rest of the line (640,391 characters in all) as the link.
     *
     * @return the offset where the paragraph goes on, or -1 where the line ends first or no sentence follows
     */
    int linkTitleEnd(String text, int from, int lineEnd) {
        int limit = Math.min(lineEnd, from + LINK_TITLE_LIMIT);
        if (lineEnd - from <= 10) {
            return -1;
        }
        // the earliest place where the paragraph goes on: after two spaces, after a glued title, or at a sentence's first
        // word after one space
        int best = -1;
        Matcher gap = TITLE_GAP.matcher(text).region(from, limit);
        while (gap.find()) {
            if (gap.start() - from >= 10 && gap.end() < lineEnd) {
                best = gap.end();
                break;
            }
        }
        int glueLimit = best < 0 ? limit : best;
        Matcher glue = TITLE_GLUE.matcher(text).region(from, glueLimit);
        glue.useTransparentBounds(true);
        while (glue.find()) {
            if (glue.start() - from >= 10 && sentenceGoesOn(text, glue.start(), lineEnd, 8, false)) {
                best = glue.start();
                break;
            }
        }
        Matcher w = WORD.matcher(text).region(from, best < 0 ? limit : best);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 2; i < words.size(); i++) {
            int[] word = words.get(i);
            // a whole word, not "Pria" of "PriaSelain" cut at the glue
            boolean whole = word[1] < text.length() && !Character.isLetterOrDigit(text.charAt(word[1]));
            if (whole && Character.isUpperCase(text.charAt(word[0])) && sentenceGoesOn(text, word[0], lineEnd, 5, true)) {
                return word[0];
            }
        }
        return best;
    }

    /**
     * Whether a sentence starts at {@code at}: of the {@code window} words after its first, at least two are common words
     * in small letters (at least three letters, no capital inside as in "iPhone", not a function word of any language:
     * titles write "di", "dan", "untuk" too), and where {@code firstSmall}, the first of them is in small letters and
     * one of the first two a common word ("Kenangan itu disambut ...", not "Paspor di Atambua ...").
     */
    private boolean sentenceGoesOn(String text, int at, int lineEnd, int window, boolean firstSmall) {
        Matcher w = WORD.matcher(text).region(at, Math.min(lineEnd, at + 160));
        if (!w.find()) {
            return false;
        }
        int small = 0;
        boolean early = false;
        for (int k = 0; k < window && w.find(); k++) {
            String word = w.group();
            boolean common = word.length() >= 3 && word.equals(word.toLowerCase(java.util.Locale.ROOT))
                    && !functionWords.contains(word);
            if (k == 0 && firstSmall && !Character.isLowerCase(word.charAt(0))) {
                return false;
            }
            early |= k < 2 && common;
            small += common ? 1 : 0;
        }
        return small >= 2 && (!firstSmall || early);
    }

    /**
     * Whether the text after its first line (the title) is hard-wrapped at a fixed width, as
     * newswire is: at least three lines, at most one in ten longer than {@value #WRAP_WIDTH}
     * characters, and of the lines of 40 to {@value #WRAP_WIDTH} characters at least two, and at
     * least half, stop in the middle of a sentence (no full stop, question mark, quote or colon at
     * their end). Web text writes a paragraph on one line, long or ending in a full stop. Measured
     * on {@code ../shared/corpora}: 16,291 of the 19,040 Reuters texts, no BBC text and one of the
     * 7,789 Indonesian texts are hard-wrapped so.
     */
    static boolean hardWrapped(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return false;
        }
        int lines = 0;
        int over = 0;
        int full = 0;
        int midSentence = 0;
        for (String line : text.substring(nl + 1).split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            lines++;
            if (line.length() > WRAP_WIDTH) {
                over++;
            } else if (t.length() >= 40) {
                full++;
                midSentence += TERMINAL.matcher(t).find() ? 0 : 1;
            }
        }
        return lines >= 3 && over * 10 <= lines && midSentence >= 2 && 2 * midSentence >= full;
    }

    private static final int WRAP_WIDTH = 90;

    /**
     * Whether the line starting at {@code lineStart} continues the region before it: they are on
     * consecutive lines, the region stops mid-sentence, and the line is not indented as a new
     * paragraph; and the region's last line is long, or {@code cutLead} says the region is the
     * first line of a {@link #hardWrapped} body, which is short where its start (a newswire
     * dateline) was cut, and the line is a long one of the wrapped text: "Industrial Equity
     * (Pacific) Ltd told / the Securities and Exchange Commission it has acquired ..." is one
     * sentence. 13,525 of the 19,040 Reuters texts of {@code ../shared/corpora} open with such
     * lines. A short heading without a full stop over a wrapped lead is read into the lead too.
     * In a {@code wrapped} body a line may end in a period and still go on ("... and Thomas J. /
     * Albani will continue", "acquisition of / G.D. Searle"): there a paragraph starts indented, so an
     * unindented line after a long one is the same paragraph, and the sentence detector, not the line's
     * end, decides where its sentences end.
     */
    private static boolean continues(String text, Region prev, int lineStart, boolean wrapped, boolean cutLead) {
        String between = text.substring(prev.end(), lineStart);
        if (between.chars().filter(c -> c == '\n').count() != 1 || !between.strip().isEmpty()) {
            return false;
        }
        int lastNl = text.lastIndexOf('\n', prev.end() - 1);
        int prevLineLength = prev.end() - (lastNl < 0 ? 0 : lastNl + 1);
        int nextEnd = text.indexOf('\n', lineStart);
        boolean nextLong = (nextEnd < 0 ? text.length() : nextEnd) - lineStart >= 40;
        if (prevLineLength < 40 && !(cutLead && nextLong) || !wrapped && TERMINAL.matcher(text.substring(prev.begin(), prev.end())).find()
                || LABEL.matcher(text.substring(lineStart, Math.min(text.length(), lineStart + 40))).find()) {
            return false; // "Komisaris: Christian Ariano Rachmat" is a list entry, not a wrapped line
        }
        int indent = 0;
        while (lineStart + indent < text.length() && text.charAt(lineStart + indent) == ' ') {
            indent++;
        }
        return indent < 2;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean looksLikeLinkTitle(String line) {
        return line.length() < 160 && !line.endsWith(".");
    }

    boolean isChrome(String line) {
        if ((CHROME_LINE.matcher(line).matches() || LABELLED_LINE.matcher(line).matches())
                && (line.length() < 200 || line.toLowerCase(Locale.ROOT).startsWith("baca juga"))) {
            return true;
        }
        return COMMENT_COUNT.matcher(line).matches() || URL_LINE.matcher(line).matches()
                || EDITOR_MARK.matcher(line).lookingAt() && line.length() < 16;
    }

    private static void addTrimmed(List<Region> out, String text, int begin, int end, boolean headline) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            out.add(new Region(begin, end, headline));
        }
    }
}
