package org.dealgraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A node-link JSON document in the shape NetworkX 3.4+ writes and reads ({@code node_link_data},
 * {@code node_link_graph} with their default {@code edges="edges"}) and web viewers (d3,
 * sigma.js) take: {@code {"directed": ..., "multigraph": true, "graph": {...}, "nodes": [...],
 * "edges": [...]}}. The graph is directed or undirected as a whole; each edge has its relation
 * kind as its multigraph {@code key}, so different relations between one pair stay apart.
 */
public final class JsonGraphWriter implements GraphWriter {
    private final JsonGenerator json;

    private final boolean directed;

    public JsonGraphWriter(OutputStream out, boolean directed) {
        this.directed = directed;
        try {
            this.json = new JsonFactory().createGenerator(out);
            json.writeStartObject();
            json.writeBooleanField("directed", directed);
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
            json.writeArrayFieldStart("edges");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    @Override
    public void edge(ExportEdge e) {
        if (e.directed() != directed) {
            throw new IllegalArgumentException("a " + (e.directed() ? "directed" : "undirected") + " edge in a graph that is not: " + e.id());
        }
        try {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("source", e.source());
            json.writeStringField("target", e.target());
            json.writeStringField("key", e.kind());
            json.writeStringField("kind", e.kind());
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
