package org.dealgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may take of the server, so that a few slow or hostile clients cannot starve
 * the rest. Every value has a documented default ({@link #defaults()}).
 *
 * @param maxQueryLength   longest query text, in characters, that is parsed at all (longer: 413).
 *                         Default {@value #DEFAULT_MAX_QUERY_LENGTH}.
 * @param maxQueryElements most parts a parsed query may have: triple patterns, group, union and
 *                         optional blocks, expression terms (each item of an {@code IN} list) and
 *                         {@code VALUES} cells (more: 400). Default {@value #DEFAULT_MAX_QUERY_ELEMENTS}.
 * @param maxBodyBytes     largest request body on the query and data paths (larger: 413); the
 *                         ingest path takes up to {@link IngestServlet#MAX_BODY}. Default 1 MiB.
 * @param minUploadRate    bytes per second a request body must arrive at, after a grace of
 *                         {@link #UPLOAD_GRACE}; a slower client is disconnected. Default 16 KiB/s.
 * @param idleTimeout      a connection on which nothing happens for this long is closed. Default 30 s.
 * @param maxConnections   open connections at most; past that the server accepts no more until
 *                         one closes. Default {@value #DEFAULT_MAX_CONNECTIONS}.
 * @param maxThreads       request threads at most. Default {@value #DEFAULT_MAX_THREADS}.
 */
public record ServerLimits(int maxQueryLength, int maxQueryElements, long maxBodyBytes, long minUploadRate,
                           Duration idleTimeout, int maxConnections, int maxThreads) {
    public static final int DEFAULT_MAX_QUERY_LENGTH = 256 * 1024;
    public static final int DEFAULT_MAX_QUERY_ELEMENTS = 20_000;
    public static final int DEFAULT_MAX_CONNECTIONS = 200;
    public static final int DEFAULT_MAX_THREADS = 250;
    /**
     * Bytes of a response the server buffers before it sends them (Jetty's output buffer): small
     * enough that Jetty's buffer pool reuses the buffer rather than allocating one per request.
     */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    /** How long a request body may arrive at any pace before {@link #minUploadRate()} applies. */
    public static final Duration UPLOAD_GRACE = Duration.ofSeconds(2);

    public ServerLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxQueryLength <= 0 || maxQueryElements <= 0 || maxBodyBytes <= 0 || minUploadRate <= 0 || maxConnections <= 0) {
            throw new IllegalArgumentException("server limits must be positive: query length " + maxQueryLength + ", query elements "
                    + maxQueryElements + ", body bytes " + maxBodyBytes + ", upload rate " + minUploadRate + ", connections " + maxConnections);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
        // Jetty needs a few threads of its own (acceptor, selectors) besides the request threads
        if (maxThreads < 16) {
            throw new IllegalArgumentException("at least 16 server threads are needed, not " + maxThreads);
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_QUERY_LENGTH, DEFAULT_MAX_QUERY_ELEMENTS, 1024 * 1024, 16 * 1024,
                Duration.ofSeconds(30), DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_THREADS);
    }

    public ServerLimits withMaxQueryLength(int n) {
        return new ServerLimits(n, maxQueryElements, maxBodyBytes, minUploadRate, idleTimeout, maxConnections, maxThreads);
    }

    public ServerLimits withMaxQueryElements(int n) {
        return new ServerLimits(maxQueryLength, n, maxBodyBytes, minUploadRate, idleTimeout, maxConnections, maxThreads);
    }

    public ServerLimits withMaxBodyBytes(long n) {
        return new ServerLimits(maxQueryLength, maxQueryElements, n, minUploadRate, idleTimeout, maxConnections, maxThreads);
    }

    public ServerLimits withMinUploadRate(long bytesPerSecond) {
        return new ServerLimits(maxQueryLength, maxQueryElements, maxBodyBytes, bytesPerSecond, idleTimeout, maxConnections, maxThreads);
    }

    public ServerLimits withIdleTimeout(Duration d) {
        return new ServerLimits(maxQueryLength, maxQueryElements, maxBodyBytes, minUploadRate, d, maxConnections, maxThreads);
    }

    public ServerLimits withMaxConnections(int n) {
        return new ServerLimits(maxQueryLength, maxQueryElements, maxBodyBytes, minUploadRate, idleTimeout, n, maxThreads);
    }

    public ServerLimits withMaxThreads(int n) {
        return new ServerLimits(maxQueryLength, maxQueryElements, maxBodyBytes, minUploadRate, idleTimeout, maxConnections, n);
    }
}
