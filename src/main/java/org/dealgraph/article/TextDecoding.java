package org.dealgraph.article;

import org.apache.commons.text.StringEscapeUtils;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict decoding of article bytes: UTF-8 or a named problem, never silent replacement characters;
 * and the decoding of HTML character references and markup that scraped text carries.
 */
final class TextDecoding {
    private TextDecoding() {
    }

    /**
     * {@code text} read as a web page's where it holds HTML markup ({@link #MARKUP}: {@link #markupText}); else with its
     * HTML character references decoded, once ({@code AT&amp;T} is
     * {@code AT&T}, {@code &#8220;} is a left double quotation mark, {@code &nbsp;} a no-break
     * space, {@code &amp;amp;} is {@code &amp;}); a lone {@code &} stays as it is; then each control character
     * other than tab and line breaks becomes a space ({@code CONTROLS}). The readers call it on the title and the body
     * before anything else sees them.
     */
    static String unescapeHtml(String text) {
        String decoded = MARKUP.matcher(text).find() ? markupText(text)
                : text.indexOf('&') < 0 ? text : StringEscapeUtils.unescapeHtml4(text);
        return CONTROLS.matcher(decoded).replaceAll(" ");
    }

    /**
     * Markup a scraper left in an article's text: a closing tag of a common element ({@code </p>}, {@code </a>},
     * {@code </div>}), a line break tag, an element with an attribute ({@code <a href=}), a doctype, an {@code <html>} tag
     * or a paragraph tag in small letters ({@code <p>}, which HTML need not close). The wire's bracketed tickers and company
     * names ({@code <TCB>}, {@code <Radix Organization Inc>}, and {@code <P>}, Phillips Petroleum's, 13 times in the
     * Reuters corpus) are none: capitals, no closing tag, no attribute. None of the corpus's 29,048 articles holds such
     * markup.
     */
    static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "(?i)</(?:p|div|span|a|b|i|u|em|strong|h[1-6]|li|ul|ol|table|tr|td|blockquote|figure|figcaption|script|style|section|article)\\s*>"
                    + "|<br\\s*/?>|<(?:p|div|img|a|span|iframe)\\s+[a-z-]+\\s*=|<!doctype|<html|(?-i:<p>)");

    /**
     * The text of an HTML fragment, as a browser shows it, parsed by jsoup: its text with character references decoded
     * once, white space inside a paragraph as one space (kept as written inside {@code <pre>}), a blank line between block
     * elements (paragraphs, headings, list items, divisions), a line break for {@code <br>}; scripts, styles and comments
     * are no text.
     */
    static String markupText(String html) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(unknownTagsAsText(html));
        StringBuilder out = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    boolean pre = t.parentNode() instanceof org.jsoup.nodes.Element e && e.normalName().equals("pre");
                    out.append(pre ? t.getWholeText() : t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof org.jsoup.nodes.Element e && e.normalName().equals("br")) {
                    trimLine(out);
                    out.append('\n');
                } else if (node instanceof org.jsoup.nodes.Element e && e.isBlock()) {
                    paragraphBreak(out);
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element e && e.isBlock()) {
                    paragraphBreak(out);
                }
            }
        }, d.body());
        return out.toString().strip();
    }

    /** An opening or closing tag's start: its name. */
    private static final java.util.regex.Pattern TAG_START = java.util.regex.Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)");

    /**
     * {@code html} with each {@code <} that opens no HTML element jsoup knows written as {@code &lt;}: the wire's bracketed
     * tickers and company names ({@code <VBK.N>}, {@code <Radix Organization Inc>}) and a stray {@code <} ("costs<margins")
     * are text, not tags that would swallow their words. A ticker spelled as an element's name ({@code <B>}) stays a tag.
     */
    static String unknownTagsAsText(String html) {
        java.util.regex.Matcher m = TAG_START.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        while (m.find()) {
            if (!org.jsoup.parser.Tag.isKnownTag(m.group(2).toLowerCase(java.util.Locale.ROOT))) {
                out.append(html, last, m.start()).append("&lt;");
                last = m.start() + 1;
            }
        }
        return out.append(html, last, html.length()).toString();
    }

    /**
     * A title as one line: {@link #unescapeHtml}, each line break (one a {@code <br>} or a paragraph of markup made) and
     * the white space around it one space, stripped.
     */
    static String titleText(String text) {
        return unescapeHtml(text).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Ends the text's paragraph with a blank line, unless it is empty or already so ended. */
    private static void paragraphBreak(StringBuilder out) {
        trimLine(out);
        if (out.isEmpty()) {
            return;
        }
        while (out.length() < 2 || out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    /** Drops the spaces at the end of the text's last line. */
    private static void trimLine(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /**
     * Control characters other than tab and line breaks (U+0000 to U+001F, U+007F): a JSON Lines text or a character
     * reference may hold them, and XML 1.0 (SPARQL's XML results) cannot carry them, so each becomes a space (offsets
     * are kept).
     */
    private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** The decoded text, or empty with the reason in {@code problem[0]}. */
    static Optional<String> decode(byte[] bytes, String[] problem) {
        if (bytes.length == 0) {
            problem[0] = "empty file";
            return Optional.empty();
        }
        if (isUtf16(bytes, bytes.length)) {
            problem[0] = UTF16;
            return Optional.empty();
        }
        int controls = 0;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                problem[0] = "binary data (NUL byte at offset " + i + "), not text";
                return Optional.empty();
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 16) {
            problem[0] = "binary data (" + controls + " control bytes), not text";
            return Optional.empty();
        }
        Optional<String> text = utf8(bytes, 0, bytes.length, 0, problem);
        return text.map(t -> !t.isEmpty() && t.charAt(0) == '\uFEFF' ? t.substring(1) : t);
    }

    /** The problem of a UTF-16 input: what it is and what to do. */
    static final String UTF16 = "UTF-16 text, not UTF-8; convert the file to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";

    /**
     * Whether {@code bytes[0..length)} look like UTF-16: they start with its byte order mark, or
     * their first bytes hold a NUL in every other byte (ASCII text written as UTF-16 without a mark).
     */
    static boolean isUtf16(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        int pairs = Math.min(length, 1024) / 2;
        if (pairs < 2) {
            return false;
        }
        int nulFirst = 0;
        int nulSecond = 0;
        for (int i = 0; i < pairs; i++) {
            boolean first = bytes[2 * i] == 0;
            boolean second = bytes[2 * i + 1] == 0;
            if (first && !second) {
                nulFirst++;
            } else if (second && !first) {
                nulSecond++;
            }
        }
        // non-ASCII characters have no NUL byte, so most pairs rather than all
        return Math.max(nulFirst, nulSecond) * 10 >= pairs * 8;
    }

    /**
     * {@code bytes[from..to)} decoded as strict UTF-8, or empty with the problem in {@code problem[0]}: the
     * offset of the first byte that is not UTF-8, counted from the start of the file ({@code base} is the offset
     * of {@code bytes[from]} in it).
     */
    static Optional<String> utf8(byte[] bytes, int from, int to, long base, String[] problem) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problem[0] = String.format(Locale.ROOT, "not valid UTF-8: the byte at offset %d (0x%02X) is not UTF-8; convert the file to UTF-8",
                    base + at - from, bytes[at] & 0xff);
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }
}
