package org.dealgraph.spark;

/** How the job's input is laid out; each is read by Spark's own reader, so any Hadoop URI works. */
public enum InputFormat {
    /** JSON Lines, one article a line ({@code id}, {@code title}, {@code text}, optional {@code url}, {@code date}, {@code lang}). */
    JSONL,
    /** Parquet with the same columns as the JSON Lines. */
    PARQUET,
    /** A folder of plain-text files, one article each: the title line, an optional {@code Date:} line, the body. */
    TEXT
}
