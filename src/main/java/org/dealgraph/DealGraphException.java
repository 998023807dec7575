package org.dealgraph;

/**
 * Root of dealgraph's unchecked exceptions. Bad input is reported as data
 * ({@link org.dealgraph.article.ArticleProblem}); exceptions are for failures of the
 * environment (a store that cannot be opened) and for programmer errors.
 */
public class DealGraphException extends RuntimeException {
    public DealGraphException(String message) {
        super(message);
    }

    public DealGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
