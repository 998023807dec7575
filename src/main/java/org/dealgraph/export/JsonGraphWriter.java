package org.dealgraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A node-link JSON document, the shape NetworkX's {@code node_link_graph} and web viewers
 * (d3, sigma.js) read: {@code {"directed": true, "multigraph": true, "nodes": [...], "links": [...]}};
 * each link carries {@code directed} for its own direction.
 */
public final class JsonGraphWriter implements GraphWriter {
    private final JsonGenerator json;

    public JsonGraphWriter(OutputStream out) {
        try {
            this.json = new JsonFactory().createGenerator(out);
            json.writeStartObject();
            json.writeBooleanField("directed", true);
            json.writeBooleanField("multigraph", true);
            json.writeObjectFieldStart("graph");
            json.writeStringField("creator", "dealgraph");
            json.writeEndObject();
            json.writeArrayFieldStart("nodes");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    @Override
    public void node(ExportNode n) {
        try {
            json.writeStartObject();
            json.writeStringField("id", n.id());
            json.writeStringField("label", n.label());
            json.writeStringField("category", n.category());
            optional("wikidata", n.wikidata());
            optional("country", n.country());
            json.writeNumberField("articles", n.articles());
            optional("first_seen", n.firstSeen().orElse(""));
            optional("last_seen", n.lastSeen().orElse(""));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    @Override
    public void startEdges() {
        try {
            json.writeEndArray();
            json.writeArrayFieldStart("links");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    @Override
    public void edge(ExportEdge e) {
        try {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("source", e.source());
            json.writeStringField("target", e.target());
            json.writeStringField("kind", e.kind());
            json.writeBooleanField("directed", e.directed());
            json.writeNumberField("weight", e.weight());
            optional("status", e.status().orElse(""));
            optional("first_seen", e.firstSeen().orElse(""));
            optional("last_seen", e.lastSeen().orElse(""));
            json.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write JSON", ex);
        }
    }

    private void optional(String field, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
