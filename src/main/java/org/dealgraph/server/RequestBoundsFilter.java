package org.dealgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first filter of every request: bounds what one request may take before it reaches Fuseki
 * or the store.
 * <ul>
 * <li>The body is read here, whole, before the store's shared lock is taken: a body declared or
 *     found larger than the path's limit is refused (413), and a client that sends it slower than
 *     {@link ServerLimits#minUploadRate()} (after {@link ServerLimits#UPLOAD_GRACE}) is cut off, so
 *     slow uploads hold a thread for seconds, not for as long as they trickle.</li>
 * <li>A request on the query and data paths has a deadline, the endpoint's timeout from its
 *     arrival (a little later, so that the query timeout answers 503 first): its lock wait and its
 *     query time count against it ({@link #remaining(ServletRequest)}), and a request still running
 *     at the deadline has its connection closed. The ingest and compaction paths, which write,
 *     are bounded by their body limit and rate only.</li>
 * </ul>
 * Design decision: the server closes the connection rather than interrupting the thread: a
 * thread blocked on a socket read does not answer interrupts, and closing the socket is what
 * frees it.
 */
final class RequestBoundsFilter implements Filter, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestBoundsFilter.class);
    /** Request attribute: the request's deadline as {@link System#nanoTime()}. */
    static final String DEADLINE = "dealgraph.deadline";
    /** How long after the query timeout the connection of a request still running is closed. */
    static final Duration DEADLINE_GRACE = Duration.ofSeconds(2);

    private final ServerLimits limits;
    private final Duration timeout;
    private final List<String> writePaths;
    private final long writeBodyLimit;
    private final ScheduledExecutorService timer;

    RequestBoundsFilter(ServerLimits limits, Duration timeout, List<String> writePaths, long writeBodyLimit) {
        this.limits = limits;
        this.timeout = timeout;
        this.writePaths = List.copyOf(writePaths);
        this.writeBodyLimit = writeBodyLimit;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "dealgraph-request-deadlines");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    /** Time left to a request before its deadline; a long time for a request that has none. */
    static Duration remaining(ServletRequest request) {
        Object d = request.getAttribute(DEADLINE);
        return d instanceof Long deadline ? Duration.ofNanos(deadline - System.nanoTime()) : Duration.ofDays(1);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean writes = writePaths.stream().anyMatch(p -> http.getRequestURI().startsWith(p));
        long maxBody = writes ? writeBodyLimit : limits.maxBodyBytes();
        long declared = http.getContentLengthLong();
        if (declared > maxBody) {
            tooLarge(resp, maxBody);
            return;
        }
        ScheduledFuture<?> deadline = null;
        if (!writes) {
            long at = start + timeout.plus(DEADLINE_GRACE).toNanos();
            http.setAttribute(DEADLINE, start + timeout.toNanos());
            deadline = timer.schedule(() -> disconnect(http, "request still running after its timeout of " + timeout.toSeconds() + " s"),
                    at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        try {
            HttpServletRequest bounded = http;
            if (declared > 0 || http.getHeader("Transfer-Encoding") != null) {
                byte[] body;
                try {
                    body = readBody(http, declared, maxBody, start);
                } catch (SlowUploadException e) {
                    return; // the connection is closed: nobody to answer
                }
                if (body == null) {
                    tooLarge(resp, maxBody);
                    return;
                }
                bounded = new BufferedBodyRequest(http, body);
            }
            chain.doFilter(bounded, response);
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    /** The whole body, or null if it is larger than {@code maxBody}; a too slow upload ends in an IOException. */
    private byte[] readBody(HttpServletRequest http, long declared, long maxBody, long start) throws IOException {
        long expected = declared > 0 ? declared : maxBody;
        long allowed = ServerLimits.UPLOAD_GRACE.toNanos() + expected * 1_000_000_000L / limits.minUploadRate();
        AtomicBoolean cut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            cut.set(true);
            disconnect(http, "request body slower than " + limits.minUploadRate() + " bytes/s");
        }, start + allowed - System.nanoTime(), TimeUnit.NANOSECONDS);
        try (InputStream in = http.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(expected, 1 << 16));
            byte[] buf = new byte[1 << 14];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBody) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (cut.get()) {
                throw new SlowUploadException();
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The client sent its body too slowly and its connection was closed. */
    private static final class SlowUploadException extends IOException {
        SlowUploadException() {
            super("request body too slow: cut off");
        }
    }

    private static void tooLarge(HttpServletResponse resp, long maxBody) throws IOException {
        resp.setHeader("Connection", "close");
        BearerToken.error(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over " + maxBody + " bytes");
    }

    private static void disconnect(HttpServletRequest http, String why) {
        try {
            LOG.debug("closing the connection of {} {}: {}", http.getMethod(), http.getRequestURI(), why);
            ServletContextRequest.getServletContextRequest(http).getConnectionMetaData().getConnection().getEndPoint()
                    .close(new TimeoutException(why));
        } catch (RuntimeException e) {
            LOG.debug("cannot close a connection: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The request with its body read: the body served from memory, form parameters decoded from it. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; no asynchronous reads");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        private Charset charset() {
            String enc = getCharacterEncoding();
            try {
                return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }

        private boolean isForm() {
            String type = getContentType();
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        }

        private synchronized Map<String, String[]> parameters() {
            if (parameters == null) {
                MultiMap<String> all = new MultiMap<>();
                if (getQueryString() != null) {
                    UrlEncoded.decodeTo(getQueryString(), all, StandardCharsets.UTF_8);
                }
                if (isForm()) {
                    UrlEncoded.decodeTo(new String(body, charset()), all, charset());
                }
                Map<String, String[]> m = new HashMap<>();
                all.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(m);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters().get(name);
        }
    }
}
