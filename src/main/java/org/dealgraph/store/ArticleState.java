package org.dealgraph.store;

/**
 * How the store holds an article, compared with the article and extractor about to write it:
 * this decides whether ingest extracts it again and how the report counts it.
 */
public enum ArticleState {
    /** The store does not hold the article. */
    NEW,
    /** The store holds another content under this article id. */
    CHANGED,
    /** The store holds this content, extracted by another extractor (see {@code ExtractorFingerprint}). */
    EXTRACTOR_CHANGED,
    /** The store holds this content, extracted by this extractor: nothing to do. */
    UNCHANGED
}
