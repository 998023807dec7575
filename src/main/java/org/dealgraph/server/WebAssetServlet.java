package org.dealgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves files from a folder of the class path, read-only: the web page's own files, or the
 * browser libraries that WebJars put under {@code META-INF/resources/webjars}. {@code /} is the
 * folder's {@code index.html}. Paths with {@code ..}, or anything but plain file names, are 404.
 */
final class WebAssetServlet extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9_.@+-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png", "svg", "image/svg+xml", "json", "application/json",
            "woff2", "font/woff2", "woff", "font/woff");
    private final String base;

    WebAssetServlet(String base) {
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? req.getServletPath() : req.getPathInfo();
        if (path == null || path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(ext)) {
            notFound(resp, path);
            return;
        }
        try (InputStream in = WebAssetServlet.class.getClassLoader().getResourceAsStream(base + path)) {
            if (in == null) {
                notFound(resp, path);
                return;
            }
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("X-Content-Type-Options", "nosniff");
            // the page's own files change with the jar; a WebJar's path holds its version
            resp.setHeader("Cache-Control", base.startsWith("META-INF") ? "public, max-age=86400" : "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static void notFound(HttpServletResponse resp, String path) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println("not found: " + path);
    }
}
