package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.TestPipeline;
import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyAndShapesTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(TestPipeline.home().resolve("ontology/dealgraph.ttl").toString());
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(TestPipeline.home().resolve("ontology/shapes.ttl").toString()));

    private static boolean declared(Resource r) {
        return ONTOLOGY.contains(r, RDF.type);
    }

    @Test
    void everyVocabularyTermIsDeclaredInTheOntology() throws IllegalAccessException {
        for (Field f : DG.class.getFields()) {
            Object v = f.get(null);
            if (v instanceof Resource r && r.getURI().startsWith(DG.NS)) {
                assertTrue(declared(r), "not in ontology/dealgraph.ttl: " + r);
            }
        }
        for (RelationType t : RelationType.values()) {
            assertTrue(declared(DG.relation(t)), t.localName());
        }
        for (EventType t : EventType.values()) {
            assertTrue(declared(DG.eventClass(t)), t.localName());
        }
        for (DealStatus s : DealStatus.values()) {
            assertTrue(declared(DG.status(s)), s.localName());
        }
        assertTrue(declared(DG.property("statesAmount")));
    }

    @Test
    void everyExtractedSeedGraphSatisfiesTheShapes() {
        ExtractionMapper mapper = new ExtractionMapper();
        try (Stream<ReadOutcome> seeds = new ArticleSources().read(List.of(TestPipeline.seeds()))) {
            seeds.forEach(o -> {
                Model m = mapper.map(TestPipeline.get().extract(((ReadOutcome.Read) o).article()));
                ValidationReport report = ShaclValidator.get().validate(SHAPES, m.getGraph());
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                ShLib.printReport(buf, report);
                assertTrue(report.conforms(), buf.toString(StandardCharsets.UTF_8));
            });
        }
    }

    @Test
    void shapesRejectABrokenGraph() {
        Model m = ModelFactory.createDefaultModel();
        Resource amount = m.createResource("https://w3id.org/dealgraph/amount/x/1", DG.MonetaryAmount);
        amount.addProperty(DG.currency, "rupiah");
        Resource article = m.createResource("https://w3id.org/dealgraph/article/x", DG.Article);
        article.addProperty(DG.language, "fr");
        ValidationReport report = ShaclValidator.get().validate(SHAPES, m.getGraph());
        assertFalse(report.conforms());
        // a missing value, a non-ISO currency, a missing content hash, an unsupported language
        assertEquals(4, report.getEntries().size(), report.getEntries().toString());
    }
}
