package org.dealgraph.export;

import java.util.Locale;

/** File formats a graph export can take. */
public enum ExportFormat {
    /** GEXF 1.3, Gephi's own format; static or dynamic (a timeline). */
    GEXF,
    /** GraphML, read by yEd, Cytoscape, NetworkX and Gephi. */
    GRAPHML,
    /** Gephi's spreadsheet import: {@code <name>-nodes.csv} and {@code <name>-edges.csv}. */
    CSV,
    /** A node-link JSON document ({@code {"nodes": [...], "edges": [...]}}) for NetworkX and web viewers (d3, sigma.js). */
    JSON;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + s + "' (gexf, graphml, csv, json)");
        }
    }
}
