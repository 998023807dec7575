package org.dealgraph.export;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;

/**
 * GraphML (http://graphml.graphdrawing.org/): keys declared for every attribute, the graph's
 * default edge direction directed and each symmetric relation's edge {@code directed="false"}.
 * The relation kind is the {@code label} and {@code kind} data, weight the {@code weight} data.
 */
public final class GraphMlWriter extends XmlGraphWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    public GraphMlWriter(OutputStream out) {
        super(out);
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key("label", "node", "string");
            key("category", "node", "string");
            key("wikidata", "node", "string");
            key("country", "node", "string");
            key("articles", "node", "long");
            key("first_seen", "node", "string");
            key("last_seen", "node", "string");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", "e_label");
            xml.writeAttribute("for", "edge");
            xml.writeAttribute("attr.name", "label");
            xml.writeAttribute("attr.type", "string");
            key("kind", "edge", "string");
            key("weight", "edge", "double");
            key("status", "edge", "string");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", "e_first_seen");
            xml.writeAttribute("for", "edge");
            xml.writeAttribute("attr.name", "first_seen");
            xml.writeAttribute("attr.type", "string");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", "e_last_seen");
            xml.writeAttribute("for", "edge");
            xml.writeAttribute("attr.name", "last_seen");
            xml.writeAttribute("attr.type", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "dealgraph");
            xml.writeAttribute("edgedefault", "directed");
        });
    }

    private void key(String name, String domain, String type) throws XMLStreamException {
        element("key", "id", name, "for", domain, "attr.name", name, "attr.type", type);
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
