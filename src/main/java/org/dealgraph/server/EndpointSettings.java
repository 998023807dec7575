package org.dealgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the SPARQL endpoint.
 *
 * @param port         the TCP port; 0 picks a free one. Default 3030.
 * @param loopbackOnly bind to 127.0.0.1 only (default) or to all interfaces
 * @param timeout      longest a query may run before it is cancelled. Default 30 s.
 */
public record EndpointSettings(int port, boolean loopbackOnly, Duration timeout) {
    public EndpointSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public static EndpointSettings defaults() {
        return new EndpointSettings(3030, true, Duration.ofSeconds(30));
    }

    public EndpointSettings withPort(int p) {
        return new EndpointSettings(p, loopbackOnly, timeout);
    }
}
