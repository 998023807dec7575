package org.dealgraph.text;

/** A half-open range of the article text that holds content. */
public record Region(int begin, int end, boolean headline) {
    public Region {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad region [" + begin + "," + end + ")");
        }
    }
}
