package org.dealgraph.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dealgraph.store.GraphStore;

import java.io.IOException;

/**
 * {@code POST /dealgraph/compact}: compacts the served store without stopping the server. Queries
 * in flight finish first; queries arriving meanwhile wait and are then answered. Needs the same
 * bearer token as ingest; answers JSON with the store's bytes on disk before and after.
 */
final class CompactServlet extends HttpServlet {
    private final transient BearerToken token;
    private final transient GraphStore store;

    CompactServlet(BearerToken token, GraphStore store) {
        this.token = token;
        this.store = store;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!token.admits(req, resp)) {
            return;
        }
        long before = store.sizeOnDisk();
        long start = System.nanoTime();
        store.compact(); // exclusive in the store: a second request waits for the first
        long millis = (System.nanoTime() - start) / 1_000_000;
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        try (JsonGenerator json = new JsonFactory().createGenerator(resp.getOutputStream())) {
            json.writeStartObject();
            json.writeNumberField("bytesBefore", before);
            json.writeNumberField("bytesAfter", store.sizeOnDisk());
            json.writeNumberField("millis", millis);
            json.writeEndObject();
        }
    }
}
