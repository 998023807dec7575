package org.dealgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Gephi's spreadsheet (CSV) import: a node table ({@code Id,Label,category,...}) and an edge
 * table ({@code Source,Target,Type,Id,Label,Weight,kind,...}), where {@code Type} is
 * {@code Directed} or {@code Undirected}. Fields are quoted as RFC 4180 says.
 */
public final class CsvWriter implements GraphWriter {
    private final Writer nodes;
    private final Writer edges;

    public CsvWriter(OutputStream nodesOut, OutputStream edgesOut) {
        this.nodes = new BufferedWriter(new OutputStreamWriter(nodesOut, StandardCharsets.UTF_8));
        this.edges = new BufferedWriter(new OutputStreamWriter(edgesOut, StandardCharsets.UTF_8));
        row(nodes, "Id", "Label", "category", "wikidata", "country", "articles", "first_seen", "last_seen");
        row(edges, "Source", "Target", "Type", "Id", "Label", "Weight", "kind", "status", "first_seen", "last_seen");
    }

    @Override
    public void node(ExportNode n) {
        row(nodes, n.id(), n.label(), n.category(), n.wikidata(), n.country(), Long.toString(n.articles()),
                n.firstSeen().orElse(""), n.lastSeen().orElse(""));
    }

    @Override
    public void startEdges() {
        // the two tables are separate files
    }

    @Override
    public void edge(ExportEdge e) {
        row(edges, e.source(), e.target(), e.directed() ? "Directed" : "Undirected", e.id(), e.kind(), Long.toString(e.weight()),
                e.kind(), e.status().orElse(""), e.firstSeen().orElse(""), e.lastSeen().orElse(""));
    }

    private static void row(Writer w, String... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(quote(fields[i]));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        nodes.close();
        edges.close();
    }
}
