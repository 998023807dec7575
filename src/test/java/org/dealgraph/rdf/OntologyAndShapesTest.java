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
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.dealgraph.store.IngestReport;
import org.junit.jupiter.api.io.TempDir;
import org.dealgraph.article.ArticleSources;
import org.dealgraph.article.ReadOutcome;
import org.dealgraph.event.DealStatus;
import org.dealgraph.event.EventType;
import org.dealgraph.event.RelationType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyAndShapesTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(TestPipeline.home().resolve("ontology/dealgraph.ttl").toString());
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph(TestPipeline.home().resolve("ontology/shapes.ttl").toString()));
    /** shapes.ttl and what holds within one article's graph only (article-shapes.ttl). */
    private static final Shapes ARTICLE_SHAPES = Shapes.parse(RDFDataMgr.loadModel(TestPipeline.home().resolve("ontology/shapes.ttl").toString())
            .add(RDFDataMgr.loadModel(TestPipeline.home().resolve("ontology/article-shapes.ttl").toString())).getGraph());

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
                ValidationReport report = ShaclValidator.get().validate(ARTICLE_SHAPES, m.getGraph());
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                ShLib.printReport(buf, report);
                assertTrue(report.conforms(), buf.toString(StandardCharsets.UTF_8));
            });
        }
    }

    @Test
    void theUnionGraphOfAStoreOfTheBundledArticlesSatisfiesTheShapes(@TempDir Path dir) {
        Model union = ModelFactory.createDefaultModel();
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.get())) {
            IngestReport r = g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            assertEquals(5, r.stored(), r.summary());
            DatasetGraph dsg = g.store().datasetGraph();
            Txn.executeRead(dsg, () -> GraphUtil.addInto(union.getGraph(), dsg.getUnionGraph()));
        }
        // the bundled articles name nodes several ways ("Azure", "Microsoft Azure"): the store gives each one label, the rest altLabels
        assertTrue(union.listSubjectsWithProperty(RDFS.label).toList().stream()
                .noneMatch(n -> union.listObjectsOfProperty(n, RDFS.label).toList().size() > 1), "a node with several labels");
        assertTrue(union.contains(null, org.apache.jena.vocabulary.SKOS.altLabel, (org.apache.jena.rdf.model.RDFNode) null), "no altLabel");
        ValidationReport report = ShaclValidator.get().validate(SHAPES, union.getGraph());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ShLib.printReport(buf, report);
        assertTrue(report.conforms(), buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anArticleGraphNamesEachNodeByOneLabel() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("https://w3id.org/dealgraph/id/azure", DG.entityClass(org.dealgraph.mention.EntityType.PRODUCT))
                .addProperty(RDFS.label, "Azure").addProperty(RDFS.label, "Microsoft Azure");
        assertTrue(ShaclValidator.get().validate(SHAPES, m.getGraph()).conforms(), "a union may hold both labels");
        assertFalse(ShaclValidator.get().validate(ARTICLE_SHAPES, m.getGraph()).conforms(), "one article's graph may not");
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
