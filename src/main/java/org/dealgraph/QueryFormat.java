package org.dealgraph;

import java.util.Locale;

/** Output formats for query results. */
public enum QueryFormat {
    TABLE, CSV, TSV, JSON;

    public static QueryFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (table, csv, tsv, json)");
        }
    }
}
