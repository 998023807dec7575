package org.dealgraph.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the SPARQL endpoint.
 *
 * @param port         the TCP port; 0 picks a free one. Default 3030.
 * @param loopbackOnly bind to 127.0.0.1 only (default) or to all interfaces
 * @param timeout      longest a query may run before it is cancelled (the client gets 503). Default 30 s.
 * @param ingestToken  when present, {@code POST /dealgraph/ingest} takes articles and
 *                     {@code POST /dealgraph/compact} compacts the store, for clients that send
 *                     {@code Authorization: Bearer <token>}; absent (the default), there is no way
 *                     to change anything through the server
 * @param cors         answer browsers' cross-origin requests (CORS). Default off.
 * @param resultLimit  most rows (solutions) one query returns: a query without a LIMIT, or with a
 *                     larger one, is cut to this many, and the answer says so in the
 *                     {@code Dealgraph-Result-Limit} header. 0 for no limit. Default {@value #DEFAULT_RESULT_LIMIT}.
 * @param allowService let queries call other SPARQL endpoints with {@code SERVICE}, so that the
 *                     server makes outbound HTTP requests to any URL a client names. Default off:
 *                     a query with {@code SERVICE} is refused and the server connects nowhere.
 * @param limits       what one client may take: request and query size, upload rate, connections,
 *                     threads (see {@link ServerLimits}); {@code timeout} bounds the whole request
 */
public record EndpointSettings(int port, boolean loopbackOnly, Duration timeout, Optional<String> ingestToken, boolean cors,
                               long resultLimit, boolean allowService, ServerLimits limits) {
    public static final long DEFAULT_RESULT_LIMIT = 100_000;

    public EndpointSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(ingestToken, "ingestToken");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (ingestToken.isPresent() && ingestToken.get().strip().length() < 16) {
            throw new IllegalArgumentException("an ingest token needs at least 16 characters");
        }
        if (resultLimit < 0) {
            throw new IllegalArgumentException("result limit must be 0 (none) or positive: " + resultLimit);
        }
    }

    public EndpointSettings(int port, boolean loopbackOnly, Duration timeout) {
        this(port, loopbackOnly, timeout, Optional.empty(), false, DEFAULT_RESULT_LIMIT, false, ServerLimits.defaults());
    }

    public static EndpointSettings defaults() {
        return new EndpointSettings(3030, true, Duration.ofSeconds(30));
    }

    public EndpointSettings withPort(int p) {
        return new EndpointSettings(p, loopbackOnly, timeout, ingestToken, cors, resultLimit, allowService, limits);
    }

    public EndpointSettings withIngestToken(String token) {
        return new EndpointSettings(port, loopbackOnly, timeout, Optional.of(token.strip()), cors, resultLimit, allowService, limits);
    }

    public EndpointSettings withCors(boolean c) {
        return new EndpointSettings(port, loopbackOnly, timeout, ingestToken, c, resultLimit, allowService, limits);
    }

    public EndpointSettings withResultLimit(long limit) {
        return new EndpointSettings(port, loopbackOnly, timeout, ingestToken, cors, limit, allowService, limits);
    }

    /** With {@code SERVICE} allowed: queries may make the server call the endpoints they name. */
    public EndpointSettings withServiceAllowed(boolean allowed) {
        return new EndpointSettings(port, loopbackOnly, timeout, ingestToken, cors, resultLimit, allowed, limits);
    }

    public EndpointSettings withLimits(ServerLimits l) {
        return new EndpointSettings(port, loopbackOnly, timeout, ingestToken, cors, resultLimit, allowService, l);
    }

    public EndpointSettings withTimeout(Duration t) {
        return new EndpointSettings(port, loopbackOnly, t, ingestToken, cors, resultLimit, allowService, limits);
    }
}
