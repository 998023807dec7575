package org.dealgraph.export;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;

/**
 * GraphML (http://graphml.graphdrawing.org/): keys declared for every attribute, the graph's
 * {@code edgedefault} the direction of its edges, and each edge's {@code directed} the same
 * (NetworkX rejects an edge that differs from the default; an edge of the other kind is a
 * programmer error). The relation kind is the {@code label} and {@code kind} data, weight the
 * {@code weight} data.
 */
public final class GraphMlWriter extends XmlGraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final boolean directed;

    public GraphMlWriter(OutputStream out, boolean directed) {
        super(out);
        this.directed = directed;
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key("label", "label", "node", "string");
            key("category", "category", "node", "string");
            key("wikidata", "wikidata", "node", "string");
            key("country", "country", "node", "string");
            key("articles", "articles", "node", "long");
            key("first_seen", "first_seen", "node", "string");
            key("last_seen", "last_seen", "node", "string");
            key("e_label", "label", "edge", "string");
            key("kind", "kind", "edge", "string");
            key("weight", "weight", "edge", "double");
            key("status", "status", "edge", "string");
            key("e_first_seen", "first_seen", "edge", "string");
            key("e_last_seen", "last_seen", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "dealgraph");
            xml.writeAttribute("edgedefault", directed ? "directed" : "undirected");
        });
    }

    private void key(String id, String name, String domain, String type) throws XMLStreamException {
        element("key", "id", id, "for", domain, "attr.name", name, "attr.type", type);
    }

    @Override
    public void node(ExportNode n) {
        write(() -> {
            xml.writeStartElement("node");
            xml.writeAttribute("id", n.id());
            data("label", n.label());
            data("category", n.category());
            data("wikidata", n.wikidata());
            data("country", n.country());
            data("articles", Long.toString(n.articles()));
            data("first_seen", n.firstSeen().orElse(""));
            data("last_seen", n.lastSeen().orElse(""));
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() {
        // GraphML allows nodes and edges in any order; nothing to do
    }

    @Override
    public void edge(ExportEdge e) {
        if (e.directed() != directed) {
            throw new IllegalArgumentException("a " + (e.directed() ? "directed" : "undirected") + " edge in a graph that is not: " + e.id());
        }
        write(() -> {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", e.id());
            xml.writeAttribute("source", e.source());
            xml.writeAttribute("target", e.target());
            xml.writeAttribute("directed", Boolean.toString(e.directed()));
            data("e_label", e.kind());
            data("kind", e.kind());
            data("weight", Long.toString(e.weight()));
            data("status", e.status().orElse(""));
            data("e_first_seen", e.firstSeen().orElse(""));
            data("e_last_seen", e.lastSeen().orElse(""));
            xml.writeEndElement();
        });
    }

    private void data(String key, String value) throws XMLStreamException {
        if (!value.isEmpty()) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    @Override
    protected void finish() throws XMLStreamException {
        xml.writeEndElement(); // graph
        xml.writeEndElement(); // graphml
    }
}
