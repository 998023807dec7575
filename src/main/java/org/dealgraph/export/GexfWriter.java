package org.dealgraph.export;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GEXF 1.3 (https://gexf.net/1.3). The graph declares its edge type
 * ({@code defaultedgetype="directed"} or {@code "undirected"}) and every edge states the same
 * type, so Gephi and NetworkX read one graph the same way; an edge of the other type is a
 * programmer error. The relation kind is the edge's label, its {@code kind} (so that different
 * relations between one pair stay separate edges) and its {@code relation} attribute.
 *
 * <p>A dynamic export has {@code mode="dynamic"} with dates: nodes and edges get the spell from
 * their first to their last date, and an edge's weight is declared dynamic: a value for each
 * date on which articles reported the edge, the number of articles up to that date (an article
 * without a date counts from the first one), held from that date to the day before the next
 * (spells are closed, in whole days, and never overlap); the last value is the static weight.
 */
public final class GexfWriter extends XmlGraphWriter {
    static final String NS = "http://gexf.net/1.3";
    private final boolean dynamic;
    private final boolean directed;

    public GexfWriter(OutputStream out, boolean dynamic, boolean directed, String description) {
        super(out);
        this.dynamic = dynamic;
        this.directed = directed;
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
            // Without a default the specification's "undirected" applies, and NetworkX reads it so
            xml.writeAttribute("defaultedgetype", directed ? "directed" : "undirected");
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
        if (e.directed() != directed) {
            throw new IllegalArgumentException("a " + (e.directed() ? "directed" : "undirected") + " edge in a graph that is not: " + e.id());
        }
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
                for (WeightSpell spell : weightSpells(e)) {
                    element("attvalue", "for", "weight", "value", Long.toString(spell.weight()), "start", spell.start().toString(),
                            "end", spell.end().toString());
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** The weight of an edge over time: how many articles up to a date, from that date to the day before the next. */
    record WeightSpell(LocalDate start, LocalDate end, long weight) {
    }

    static List<WeightSpell> weightSpells(ExportEdge e) {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        for (String d : e.dates()) {
            perDay.merge(LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d), 1L, Long::sum);
        }
        List<WeightSpell> spells = new ArrayList<>();
        long weight = Math.max(0, e.weight() - e.dates().size());
        LocalDate last = perDay.isEmpty() ? null : perDay.lastKey();
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            weight += day.getValue();
            LocalDate next = perDay.higherKey(day.getKey());
            spells.add(new WeightSpell(day.getKey(), next == null ? last : next.minusDays(1), weight));
        }
        return spells;
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
