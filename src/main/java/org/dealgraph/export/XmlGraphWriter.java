package org.dealgraph.export;

import org.dealgraph.DealGraphException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;

/** What the XML writers share: a streaming StAX writer and its error handling. */
abstract class XmlGraphWriter implements GraphWriter {
    protected final XMLStreamWriter xml;
    private final OutputStream out;

    protected XmlGraphWriter(OutputStream out) {
        this.out = out;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new DealGraphException("cannot start XML output: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    protected interface XmlWork {
        void run() throws XMLStreamException;
    }

    protected final void write(XmlWork work) {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new DealGraphException("cannot write XML: " + e.getMessage(), e);
        }
    }

    protected final void element(String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    protected abstract void finish() throws XMLStreamException;

    @Override
    public void close() throws IOException {
        write(() -> {
            finish();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        out.close();
    }
}
