package org.dealgraph.export;

import java.io.Closeable;

/**
 * Writes a graph as it streams by: every node first, then every edge. Implementations hold
 * nothing but the output, so memory does not grow with the graph. Not thread-safe.
 */
public interface GraphWriter extends Closeable {
    void node(ExportNode node);

    /** Called once, after the last node and before the first edge. */
    void startEdges();

    void edge(ExportEdge edge);
}
