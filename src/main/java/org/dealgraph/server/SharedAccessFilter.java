package org.dealgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Holds the store's shared-access lock while Fuseki answers a request, so a compaction waits for
 * the queries in flight and the queries that arrive meanwhile wait for the compaction: none
 * fails. The compaction request itself must not hold it. A request waits for the lock no longer
 * than its deadline ({@link RequestBoundsFilter#remaining}): past it, it is answered 503.
 */
final class SharedAccessFilter implements Filter {
    private final Lock shared;
    private final String exempt;

    SharedAccessFilter(Lock shared, String exemptPath) {
        this.shared = shared;
        this.exempt = exemptPath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getRequestURI().startsWith(exempt)) {
            chain.doFilter(request, response);
            return;
        }
        boolean locked;
        try {
            locked = shared.tryLock(Math.max(0, RequestBoundsFilter.remaining(request).toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            if (response instanceof HttpServletResponse resp && !resp.isCommitted()) {
                resp.setHeader("Retry-After", "10");
                BearerToken.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the store is being compacted; timed out waiting for it");
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            shared.unlock();
        }
    }
}
