package org.dealgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.concurrent.locks.Lock;

/**
 * Holds the store's shared-access lock while Fuseki answers a request, so a compaction waits for
 * the queries in flight and the queries that arrive meanwhile wait for the compaction: none
 * fails. The compaction request itself must not hold it.
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
        shared.lock();
        try {
            chain.doFilter(request, response);
        } finally {
            shared.unlock();
        }
    }
}
