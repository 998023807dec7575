package org.dealgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret that write operations of the server ask for, compared in constant time. */
final class BearerToken {
    private final byte[] token;

    BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** True if the request carries the token; otherwise answers 401 and returns false. */
    boolean admits(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String auth = req.getHeader("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (MessageDigest.isEqual(token, given)) {
            return true;
        }
        resp.setHeader("WWW-Authenticate", "Bearer realm=\"dealgraph\"");
        error(resp, HttpServletResponse.SC_UNAUTHORIZED, "missing or wrong bearer token");
        return false;
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println(message);
    }
}
