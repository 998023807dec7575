package org.dealgraph.text;

import java.util.Locale;
import java.util.Optional;

/** The languages dealgraph extracts from. */
public enum Language {
    ENGLISH("en", "eng"),
    INDONESIAN("id", "ind");

    private final String code;
    private final String iso3;

    Language(String code, String iso3) {
        this.code = code;
        this.iso3 = iso3;
    }

    /** The BCP 47 / ISO 639-1 code, as used in RDF language tags. */
    public String code() {
        return code;
    }

    /** The ISO 639-3 code OpenNLP's detector uses. */
    public String iso3() {
        return iso3;
    }

    /** The language a code names ("en", "eng", "id", "ind", "in"), if supported. */
    public static Optional<Language> fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c) || l.iso3.equals(c)) {
                return Optional.of(l);
            }
        }
        return "in".equals(c) ? Optional.of(INDONESIAN) : Optional.empty();
    }
}
