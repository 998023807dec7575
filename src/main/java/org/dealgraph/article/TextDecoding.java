package org.dealgraph.article;

import org.apache.commons.text.StringEscapeUtils;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict decoding of article bytes: UTF-8 or a named problem, never silent replacement characters;
 * and the decoding of HTML character references that scraped text carries.
 */
final class TextDecoding {
    private TextDecoding() {
    }

    /**
     * {@code text} with its HTML character references decoded, once ({@code AT&amp;T} is
     * {@code AT&T}, {@code &#8220;} is a left double quotation mark, {@code &nbsp;} a no-break
     * space, {@code &amp;amp;} is {@code &amp;}); a lone {@code &} stays as it is; then each control character
     * other than tab and line breaks becomes a space ({@code CONTROLS}). The readers call it on the title and the body
     * before anything else sees them.
     */
    static String unescapeHtml(String text) {
        String decoded = text.indexOf('&') < 0 ? text : StringEscapeUtils.unescapeHtml4(text);
        return CONTROLS.matcher(decoded).replaceAll(" ");
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problem[0] = "not valid UTF-8 (" + e.getMessage() + "); convert the file to UTF-8";
            return Optional.empty();
        }
    }
}
