package org.dealgraph.export;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * GEXF 1.3 (https://gexf.net/1.3). Every edge states its type ({@code type="undirected"} for
 * symmetric relations, {@code directed} for the rest) and the graph declares no default, so Gephi
 * imports a mixed graph and keeps both kinds. The relation kind is the edge's label, its
 * {@code kind} (so that different relations between one pair stay separate edges) and its
 * {@code relation} attribute. A
 * dynamic export has {@code mode="dynamic"} with dates: nodes and edges get the spell from
 * their first to their last date, and an edge's weight is declared dynamic, growing with each
 * date on which an article reported the edge.
 */
public final class GexfWriter extends XmlGraphWriter {
    static final String NS = "http://gexf.net/1.3";
    private final boolean dynamic;

    public GexfWriter(OutputStream out, boolean dynamic, String description) {
        super(out);
        this.dynamic = dynamic;
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            xml.writeStartElement("creator");
            xml.writeCharacters("dealgraph");
            xml.writeEndElement();
            xml.writeStartElement("description");
            xml.writeCharacters(description);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("graph");
            // Design decision: no defaultedgetype. Every edge states its own type, and Gephi drops
            // an edge whose type contradicts a declared default, while with none it keeps a mixed graph.
            xml.writeAttribute("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                xml.writeAttribute("timeformat", "date");
                xml.writeAttribute("timerepresentation", "interval");
            }
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "node");
            xml.writeAttribute("mode", "static");
            attribute("category", "string");
            attribute("wikidata", "string");
            attribute("country", "string");
            attribute("articles", "integer");
            attribute("first_seen", "string");
            attribute("last_seen", "string");
            xml.writeEndElement();
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "edge");
            xml.writeAttribute("mode", "static");
            attribute("relation", "string");
            attribute("status", "string");
            attribute("first_seen", "string");
            attribute("last_seen", "string");
            xml.writeEndElement();
            if (dynamic) {
                xml.writeStartElement("attributes");
                xml.writeAttribute("class", "edge");
                xml.writeAttribute("mode", "dynamic");
                attribute("weight", "double");
                xml.writeEndElement();
            }
            xml.writeStartElement("nodes");
        });
    }

    private void attribute(String id, String type) throws XMLStreamException {
        element("attribute", "id", id, "title", id, "type", type);
    }

    @Override
    public void node(ExportNode n) {
        write(() -> {
            xml.writeStartElement("node");
            xml.writeAttribute("id", n.id());
            xml.writeAttribute("label", n.label());
            if (dynamic && n.firstSeen().isPresent()) {
                xml.writeAttribute("start", n.firstSeen().get());
                xml.writeAttribute("end", n.lastSeen().orElse(n.firstSeen().get()));
            }
            xml.writeStartElement("attvalues");
            value("category", n.category());
            value("wikidata", n.wikidata());
            value("country", n.country());
            value("articles", Long.toString(n.articles()));
            value("first_seen", n.firstSeen().orElse(""));
            value("last_seen", n.lastSeen().orElse(""));
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() {
        write(() -> {
            xml.writeEndElement(); // nodes
            xml.writeStartElement("edges");
        });
    }

    @Override
    public void edge(ExportEdge e) {
        write(() -> {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", e.id());
            xml.writeAttribute("source", e.source());
            xml.writeAttribute("target", e.target());
            xml.writeAttribute("type", e.directed() ? "directed" : "undirected");
            xml.writeAttribute("label", e.kind());
            xml.writeAttribute("kind", e.kind());
            xml.writeAttribute("weight", Long.toString(e.weight()));
            if (dynamic && e.firstSeen().isPresent()) {
                xml.writeAttribute("start", e.firstSeen().get());
                xml.writeAttribute("end", e.lastSeen().orElse(e.firstSeen().get()));
            }
            xml.writeStartElement("attvalues");
            value("relation", e.kind());
            value("status", e.status().orElse(""));
            value("first_seen", e.firstSeen().orElse(""));
            value("last_seen", e.lastSeen().orElse(""));
            if (dynamic) {
                List<String> dates = e.dates();
                for (int i = 0; i < dates.size(); i++) {
                    String end = i + 1 < dates.size() ? dates.get(i + 1) : dates.get(i);
                    element("attvalue", "for", "weight", "value", Integer.toString(i + 1), "start", dates.get(i), "end", end);
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private void value(String key, String v) throws XMLStreamException {
        if (!v.isEmpty()) {
            element("attvalue", "for", key, "value", v);
        }
    }

    @Override
    protected void finish() throws XMLStreamException {
        xml.writeEndElement(); // edges
        xml.writeEndElement(); // graph
        xml.writeEndElement(); // gexf
    }
}
