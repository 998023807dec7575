package org.dealgraph.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.Duration;
import java.util.List;

/**
 * The SPARQL 1.1 service description of the endpoint (W3C, {@code sd:} vocabulary), answered to
 * a {@code GET} of the query URL without a query, in Turtle or another RDF syntax by the
 * {@code Accept} header.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads");

    private ServiceDescription() {
    }

    static Graph of(String endpointUrl, long resultLimit, Duration timeout) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        Resource service = m.createResource(endpointUrl + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpointUrl))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd(m, "defaultDataset"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                        .addProperty(sd(m, "defaultGraph"), m.createResource()
                                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                                .addProperty(RDFS.comment, "the union of the article graphs, one named graph per article")))
                .addProperty(RDFS.label, "dealgraph SPARQL endpoint")
                .addProperty(RDFS.comment, "Read-only: SPARQL 1.1 Query only, no update. Queries are cancelled after "
                        + timeout.toSeconds() + " s (503)."
                        + (resultLimit > 0 ? " Answers hold at most " + resultLimit + " rows; a cut answer carries the header "
                        + ReadOnlyQueryService.HEADER + "." : ""));
        RESULT_FORMATS.forEach(f -> service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f)));
        return m.getGraph();
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
