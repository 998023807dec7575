package org.dealgraph;

/** A SPARQL query given to the library that cannot be parsed; the message says where and why. */
public final class InvalidQueryException extends DealGraphException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
