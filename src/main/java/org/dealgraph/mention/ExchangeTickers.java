package org.dealgraph.mention;

import java.util.regex.Pattern;

/**
 * A company's ticker in exchange context, "(NYSE: QRN)", "(IDX: BBCA)", "(Nasdaq:BRDL)": evidence that
 * the name before it is a company's, and no name of its own. The exchanges are the listings business
 * news cites; an exchange and a ticker are written as in the brackets, case as written.
 */
public final class ExchangeTickers {
    /** The exchanges a ticker is written with, one regular-expression alternation. */
    public static final String EXCHANGES = "NYSE American|NYSE|NASDAQ|Nasdaq|IDX|BEI|BEJ|LSE|HKEX|TSE|SGX|ASX|TSX|AMEX|OTC";
    /** A ticker in exchange context in brackets: group 1 is what the brackets hold ("NYSE: QRN"). */
    public static final Pattern IN_BRACKETS = Pattern.compile("\\(\\s*((?:" + EXCHANGES + ")\\s*:\\s*[A-Z0-9.]{1,8})\\s*[),;]");
    /** {@link #IN_BRACKETS} right after a name, for {@code lookingAt} on the text that follows it. */
    public static final Pattern AFTER_NAME = Pattern.compile("\\s*" + IN_BRACKETS.pattern());
    /** What the brackets hold, alone: "NYSE: QRN". */
    public static final Pattern WRITTEN = Pattern.compile("(?:" + EXCHANGES + ")\\s*:\\s*[A-Z0-9.]{1,8}");

    private ExchangeTickers() {
    }
}
