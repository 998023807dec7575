package org.dealgraph.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.ExtractionMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consolidation across articles, on article graphs shaped as {@link ExtractionMapper} writes them,
 * so that each case states exactly what the articles say.
 */
class ConsolidationTest {
    @TempDir
    Path dir;

    private static final String PREFIXES = """
            PREFIX dg: <https://w3id.org/dealgraph#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** One article's graph, built as the mapper builds it. */
    private static final class ArticleBuilder {
        final String id;
        final Model m = ModelFactory.createDefaultModel();
        final Resource article;
        int events;

        ArticleBuilder(String id, String date) {
            this.id = id;
            article = m.createResource(ExtractionMapper.articleIri(id), DG.Article);
            article.addProperty(DG.contentHash, "0".repeat(63) + id.length());
            article.addProperty(DG.language, "en");
            if (date != null) {
                article.addProperty(DG.datePublished, m.createTypedLiteral(date, XSDDatatype.XSDdate));
            }
        }

        /** An entity keyed {@code key} that the article names {@code label}, and {@code aliases}. */
        ArticleBuilder org(String key, String label, String... aliases) {
            return entity(key, DG.Organization, label, aliases);
        }

        ArticleBuilder person(String key, String label, String... aliases) {
            return entity(key, DG.Person, label, aliases);
        }

        ArticleBuilder entity(String key, Resource type, String label, String... aliases) {
            Resource r = m.createResource(ExtractionMapper.entityIri(key), type);
            r.addProperty(RDFS.label, label);
            for (String a : aliases) {
                r.addProperty(SKOS.altLabel, a);
            }
            article.addProperty(DG.mentions, r);
            return this;
        }

        ArticleBuilder partners(String a, String b) {
            Resource s = m.getResource(ExtractionMapper.entityIri(a));
            Resource o = m.getResource(ExtractionMapper.entityIri(b));
            s.addProperty(DG.property("partnersWith"), o);
            o.addProperty(DG.property("partnersWith"), s);
            Resource fact = m.createResource(DG.FACT + id + "/1", DG.Assertion);
            fact.addProperty(RDF.subject, s).addProperty(RDF.predicate, DG.property("partnersWith")).addProperty(RDF.object, o);
            fact.addProperty(DG.sourceArticle, article);
            return this;
        }

        /** An acquisition of {@code target} by {@code acquirer}, with a status and optionally an amount in USD. */
        ArticleBuilder acquisition(String acquirer, String target, String status, Long usd) {
            Resource ev = m.createResource(DG.EVENT + id + "/" + (++events), DG.resource("Acquisition"));
            Resource a = m.getResource(ExtractionMapper.entityIri(acquirer));
            Resource t = m.getResource(ExtractionMapper.entityIri(target));
            ev.addProperty(DG.participant, a).addProperty(DG.property("acquirer"), a);
            ev.addProperty(DG.participant, t).addProperty(DG.property("target"), t);
            ev.addProperty(DG.status, ResourceFactory.createResource(DG.STATUS + status));
            ev.addProperty(DG.sourceArticle, article);
            ev.addProperty(DG.confidence, m.createTypedLiteral(0.8));
            if (usd != null) {
                Resource am = m.createResource(DG.AMOUNT + id + "/" + events, DG.MonetaryAmount);
                am.addProperty(DG.value, m.createTypedLiteral(usd.toString(), XSDDatatype.XSDdecimal));
                am.addProperty(DG.currency, "USD");
                ev.addProperty(DG.amount, am);
            }
            return this;
        }

        GraphStore.ArticleGraph graph() {
            return new GraphStore.ArticleGraph(id, "0".repeat(63) + id.length(), "test", m);
        }
    }

    private static ArticleBuilder article(String id, String date) {
        return new ArticleBuilder(id, date);
    }

    private static List<Map<String, String>> select(GraphStore store, String sparql) {
        return store.query(PREFIXES + sparql, qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> row = new java.util.TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    var n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            });
            return rows;
        });
    }

    private static long count(GraphStore store, String where) {
        return Long.parseLong(select(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }").get(0).get("n"));
    }

    private static String partnersOf(GraphStore store, String name) {
        return select(store, """
                SELECT ?partner (COUNT(DISTINCT ?a) AS ?articles) WHERE {
                  ?c rdfs:label "%s" .
                  { ?f rdf:subject ?c ; rdf:predicate dg:partnersWith ; rdf:object ?p } UNION
                  { ?f rdf:object ?c ; rdf:predicate dg:partnersWith ; rdf:subject ?p }
                  ?f dg:sourceArticle ?a . ?p rdfs:label ?partner
                } GROUP BY ?partner ORDER BY ?partner""".formatted(name)).toString();
    }

    @Test
    void mergesAnIndonesianCompanyNamedWithAndWithoutItsLegalFormIntoOneNode() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", "2024-01-02").org("grab", "Grab").org("unilever-indonesia", "PT Unilever Indonesia Tbk")
                            .partners("grab", "unilever-indonesia").graph(),
                    article("a2", "2024-02-03").org("grab", "Grab").org("unilever-indonesia", "Unilever Indonesia")
                            .partners("grab", "unilever-indonesia").graph()));
            assertEquals("[{articles=2, partner=Unilever Indonesia}]", partnersOf(store, "Grab"));
            assertEquals(1, count(store, "?x rdfs:label ?l FILTER(CONTAINS(?l, \"Unilever\"))"));
            assertEquals("[{alt=PT Unilever Indonesia Tbk}]",
                    select(store, "SELECT ?alt WHERE { ?x rdfs:label \"Unilever Indonesia\" ; skos:altLabel ?alt }").toString());
        }
    }

    @Test
    void mergesAnEntityTheGazetteerKnowsWhateverKeyTheExtractorGaveIt() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("astra", "PT Astra International Tbk").graph(),
                    article("a2", null).org("astra-international", "Astra International").graph(),
                    article("a3", null).org("pt-astra-international-tbk", "PT ASTRA INTERNATIONAL TBK").graph()));
            assertEquals(1, count(store, "?x a dg:Organization"));
            assertEquals(1, count(store, "?x rdfs:label ?l"));
        }
    }

    @Test
    void givesAPersonNamedThreeWaysOneLabelAndTheOthersAsAltLabels() {
        try (GraphStore store = GraphStore.open(dir.resolve("unknown"))) {
            store.write(List.of(
                    article("a1", null).person("rudi-hartono", "RUDI HARTONO").graph(),
                    article("a2", null).person("rudi-hartono", "Rudi Hartono").graph()));
            assertEquals("[{alt=RUDI HARTONO, l=Rudi Hartono}]",
                    select(store, "SELECT ?l ?alt WHERE { ?x rdfs:label ?l ; skos:altLabel ?alt }").toString());
        }
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).person("prabowo", "PRABOWO").graph(),
                    article("a2", null).person("prabowo", "Prabowo").graph(),
                    article("a3", null).person("prabowo", "Prabowo").graph()));
            // the gazetteer knows him, so his label is the gazetteer's
            assertEquals("[{alt=PRABOWO, l=Prabowo Subianto}, {alt=Prabowo, l=Prabowo Subianto}]",
                    select(store, "SELECT ?l ?alt WHERE { ?x rdfs:label ?l ; skos:altLabel ?alt } ORDER BY ?alt").toString());
        }
    }

    @Test
    void mergesTypographicAndStraightApostrophes() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("mcdonald", "McDonald’s").graph(),
                    article("a2", null).org("mcdonalds", "McDonald's").graph()));
            assertEquals(1, count(store, "?x a dg:Organization"));
        }
    }

    @Test
    void keepsAShortFormApartFromLongerNamesWithoutEvidence() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("sinar-mas-land", "Sinar Mas Land").graph(),
                    article("a2", null).org("sinar-mas-agribusiness", "Sinar Mas Agribusiness").graph(),
                    article("a3", null).org("sinar-mas", "Sinar Mas").graph()));
            assertEquals(3, count(store, "?x a dg:Organization"));
        }
    }

    @Test
    void keepsPeopleAndLongerNamesThatHoldAShortGazetteerNameOffTheGazetteersNode() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("fox", "Fox Corp").graph(),
                    article("a2", null).org("21st-century-fox", "21st Century Fox", "Fox").graph(),
                    article("a3", null).person("liam-fox", "Liam Fox", "Fox").graph(),
                    article("a4", null).person("fox", "Fox").graph(),
                    article("a5", null).person("ben-mcdonald", "Ben McDonald", "McDonald").graph(),
                    article("a6", null).org("mcdonalds", "McDonald’s").graph()));
            assertEquals("[{l=21st Century Fox}, {l=Ben McDonald}, {l=Fox}, {l=Fox Corporation}, {l=Liam Fox}, {l=McDonald's}]",
                    select(store, "SELECT ?l WHERE { GRAPH <" + DG.CONSOLIDATED + "> { ?x rdfs:label ?l } } ORDER BY ?l").toString());
        }
    }

    @Test
    void keepsASurnameAloneInTwoArticlesAboutDifferentPeopleApart() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).person("edwards", "Edwards").graph(),
                    article("a2", null).person("edwards", "Edwards").graph(),
                    article("a3", null).person("john-edwards", "John Edwards", "Edwards").graph(),
                    article("a4", null).person("john-edwards", "John Edwards").graph()));
            assertEquals(3, count(store, "?x a dg:Person"), "each lone Edwards on its own node, John Edwards on one");
            assertEquals("[{l=Edwards}, {l=Edwards}, {l=John Edwards}]",
                    select(store, "SELECT ?l WHERE { GRAPH <" + DG.CONSOLIDATED + "> { ?x rdfs:label ?l } } ORDER BY ?l").toString());
        }
    }

    @Test
    void keepsAOneWordJunkMentionOfEachArticleOnItsOwnNode() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("economic", "Economic").graph(),
                    article("a2", null).org("economic", "Economic").graph(),
                    article("a3", null).org("x", "Inc").graph(),
                    article("a4", null).org("x", "PT").graph()));
            assertEquals(4, count(store, "?x a dg:Organization"));
        }
    }

    @Test
    void keepsAOneWordCompanyWithEvidenceInEachArticleOneNode() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("a1", null).org("zenix", "Zenix Inc").graph(),
                    article("a2", null).org("zenix", "Zenix").org("beta", "Beta Ltd").partners("zenix", "beta").graph(),
                    article("a3", null).org("zenix", "Zenix", "NYSE: ZNX").graph(),
                    article("a4", null).org("zdnet", "ZDNet").graph(),
                    article("a5", null).org("zdnet", "ZDnet").graph()));
            assertEquals("[{alt=NYSE: ZNX, l=Zenix}, {alt=ZDnet, l=ZDNet}, {alt=Zenix Inc, l=Zenix}]", select(store,
                    "SELECT ?l ?alt WHERE { GRAPH <" + DG.CONSOLIDATED + "> { ?x rdfs:label ?l ; skos:altLabel ?alt } } ORDER BY ?alt").toString());
            // a fourth article's lone "Zenix" gives no evidence: it may be anything called so
            store.write(List.of(article("a6", null).org("zenix", "Zenix").graph()));
            assertEquals(2, count(store, "?x rdfs:label \"Zenix\""));
        }
    }

    private static List<GraphStore.ArticleGraph> threeReportsOfOneAcquisition() {
        return List.of(
                article("r1", "2024-01-10").org("alpha", "Alpha Corp").org("beta", "Beta Ltd").acquisition("alpha", "beta", "rumored", null).graph(),
                article("r2", "2024-03-05").org("alpha", "Alpha").org("beta", "Beta").acquisition("alpha", "beta", "agreed", 1_000_000_000L).graph(),
                article("r3", "2024-07-20").org("alpha", "Alpha Corp.").org("beta", "Beta Ltd").acquisition("alpha", "beta", "completed", 1_100_000_000L).graph());
    }

    private static final String HISTORY = """
            SELECT ?seq ?status ?date WHERE {
              ?d a dg:Acquisition ; dg:statusChange ?c . ?c dg:sequence ?seq ; dg:status ?s ; dg:firstReported ?date
              BIND(REPLACE(STR(?s), "^.*/", "") AS ?status)
            } ORDER BY ?seq""";

    @Test
    void consolidatesADealReportedAsRumouredThenAgreedThenCompletedIntoOneDealWithItsHistory() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(threeReportsOfOneAcquisition());
            assertEquals(1, count(store, "?x a dg:Acquisition"));
            assertEquals(3, count(store, "?x a dg:EventReport"));
            assertEquals("[{date=2024-01-10, seq=1, status=rumored}, {date=2024-03-05, seq=2, status=agreed}, {date=2024-07-20, seq=3, status=completed}]",
                    select(store, HISTORY).toString());
            assertEquals("[{first=2024-01-10, last=2024-07-20, n=3, s=https://w3id.org/dealgraph/status/completed}]", select(store, """
                    SELECT ?s ?first ?last ?n WHERE { ?d a dg:Acquisition ; dg:status ?s ; dg:firstReported ?first ;
                      dg:lastReported ?last ; dg:reportCount ?n }""").toString());
            assertEquals(3, count(store, "?d a dg:Acquisition ; prov:wasDerivedFrom ?x . ?x dg:reportOf ?d ; dg:sourceArticle ?a"));
            assertEquals(2, count(store, "?d a dg:Acquisition ; dg:reportedAmount ?x"));
        }
    }

    @Test
    void withConsolidationOffStoresArticlesAsExtractedAndALaterWriteWithItOnConsolidatesThem() {
        List<GraphStore.ArticleGraph> reports = threeReportsOfOneAcquisition();
        reports.forEach(r -> r.graph().getResource(ExtractionMapper.articleIri(r.articleId())).addProperty(DG.extractorVersion, "test"));
        try (GraphStore store = GraphStore.open(dir.resolve("db"), org.dealgraph.mention.Gazetteer.bundled(), Consolidation.OFF)) {
            assertEquals(3, store.write(reports).added());
            assertEquals(3, count(store, "?x a dg:Acquisition"), "each report is its own deal, as extracted");
            assertEquals(0, count(store, "?x a dg:EventReport"));
            assertEquals(0, count(store, "GRAPH <" + DG.CONSOLIDATED + "> { ?x ?p ?o }"));
            assertEquals(0, store.write(reports).graphs(), "an unchanged article is skipped");
            store.delete("r1");
            assertEquals(0, count(store, "GRAPH <" + DG.CONSOLIDATED + "> { ?x ?p ?o }"));
        }
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            GraphStore.Written w = store.write(reports);
            assertEquals(1, w.added());
            assertEquals(2, w.reextracted(), "an article written without consolidation is written again with it");
            assertEquals(1, count(store, "?x a dg:Acquisition"));
            assertEquals(3, count(store, "?x a dg:EventReport"));
        }
        // back to unconsolidated writes would leave the consolidated deal pointing at reports no longer there
        org.dealgraph.DealGraphException refused = org.junit.jupiter.api.Assertions.assertThrows(org.dealgraph.DealGraphException.class,
                () -> GraphStore.open(dir.resolve("db"), org.dealgraph.mention.Gazetteer.bundled(), Consolidation.OFF));
        assertTrue(refused.getMessage().contains("is consolidated"), refused.getMessage());
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertEquals(1, count(store, "?x a dg:Acquisition"), "the refused opening changed nothing");
        }
    }

    @Test
    void ingestOrderDoesNotChangeTheConsolidatedGraph() {
        List<GraphStore.ArticleGraph> reports = new ArrayList<>(threeReportsOfOneAcquisition());
        reports.add(article("u1", null).org("unilever-indonesia", "PT Unilever Indonesia Tbk").graph());
        reports.add(article("u2", null).org("unilever-indonesia", "Unilever Indonesia").graph());
        reports.add(article("s1", null).person("hodgson", "Hodgson").org("zenix", "Zenix Inc").org("budget", "Budget").graph());
        reports.add(article("s2", null).person("hodgson", "Hodgson").org("zenix", "Zenix").org("alpha", "Alpha Corp").partners("zenix", "alpha").org("budget", "Budget").graph());
        String forwards;
        try (GraphStore store = GraphStore.open(dir.resolve("fw"))) {
            reports.forEach(r -> store.write(List.of(r)));
            forwards = consolidated(store);
        }
        List<GraphStore.ArticleGraph> backwards = new ArrayList<>(reports);
        java.util.Collections.reverse(backwards);
        try (GraphStore store = GraphStore.open(dir.resolve("bw"))) {
            backwards.forEach(r -> store.write(List.of(r)));
            assertEquals(forwards, consolidated(store));
        }
    }

    @Test
    void labelsKeptUpToDateWriteByWriteMatchLabelsDerivedFromTheFinalArticlesAtOnce() {
        ArticleBuilder p3 = article("p3", null).person("prabowo-subianto", "Prabowo Subianto", "Prabowo");
        GraphStore.ArticleGraph p3Changed = new GraphStore.ArticleGraph("p3", "e".repeat(64), "test",
                article("p3", null).person("prabowo", "PRABOWO").m);
        GraphStore.ArticleGraph p4 = article("p4", null).person("prabowo", "Prabowo", "Pak Prabowo").org("unilever-indonesia", "Unilever Indonesia").graph();
        String stepByStep;
        try (GraphStore store = GraphStore.open(dir.resolve("steps"))) {
            store.write(List.of(article("p1", null).person("prabowo", "Prabowo").graph()));
            store.write(List.of(article("p2", null).person("prabowo", "PRABOWO").org("unilever-indonesia", "PT Unilever Indonesia Tbk").graph()));
            store.write(List.of(p3.graph()));
        }
        try (GraphStore store = GraphStore.open(dir.resolve("steps"))) { // counts read again after a reopening
            store.write(List.of(p3Changed, p4));
            store.delete("p1");
            store.write(List.of(article("p5", null).person("prabowo", "Prabowo").person("hartono", "Hartono").graph()));
            store.write(List.of(article("p6", null).person("hartono", "HARTONO").graph()));
            store.delete("p5");
            stepByStep = consolidated(store);
        }
        try (GraphStore store = GraphStore.open(dir.resolve("once"))) {
            store.write(List.of(article("p2", null).person("prabowo", "PRABOWO").org("unilever-indonesia", "PT Unilever Indonesia Tbk").graph(),
                    p3Changed, p4, article("p6", null).person("hartono", "HARTONO").graph()));
            assertEquals(consolidated(store), stepByStep);
        }
    }

    private static String consolidated(GraphStore store) {
        return select(store, "SELECT ?s ?p ?o WHERE { GRAPH <" + DG.CONSOLIDATED + "> { ?s ?p ?o } } ORDER BY ?s ?p ?o").toString();
    }

    @Test
    void retractingOneReportKeepsTheDealAndRetractingAllRemovesIt() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(threeReportsOfOneAcquisition());
            store.delete("r3");
            assertEquals(1, count(store, "?x a dg:Acquisition"));
            assertEquals("[{s=https://w3id.org/dealgraph/status/agreed}]", select(store, "SELECT ?s WHERE { ?d a dg:Acquisition ; dg:status ?s }").toString());
            store.delete("r1");
            store.delete("r2");
            assertEquals(0, count(store, "?x a dg:Acquisition"));
            assertEquals(0, count(store, "GRAPH <" + DG.CONSOLIDATED + "> { ?x ?p ?o }"));
        }
    }

    @Test
    void reingestingAChangedReportUpdatesTheDealRatherThanDuplicatingIt() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(threeReportsOfOneAcquisition());
            ArticleBuilder again = article("r3", "2024-07-21").org("alpha", "Alpha Corp.").org("beta", "Beta Ltd")
                    .acquisition("alpha", "beta", "failed", null);
            store.write(List.of(new GraphStore.ArticleGraph("r3", "f".repeat(64), "test", again.m)));
            assertEquals(1, count(store, "?x a dg:Acquisition"));
            assertEquals("[{s=https://w3id.org/dealgraph/status/failed}]", select(store, "SELECT ?s WHERE { ?d a dg:Acquisition ; dg:status ?s }").toString());
        }
    }

    @Test
    void keepsReportsOfOnePairYearsApartOrWithFarApartAmountsAsDifferentDeals() {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("r1", "2019-01-10").org("alpha", "Alpha").org("beta", "Beta").acquisition("alpha", "beta", "completed", null).graph(),
                    article("r2", "2024-03-05").org("alpha", "Alpha").org("beta", "Beta").acquisition("alpha", "beta", "agreed", 5_000_000L).graph(),
                    article("r3", "2024-03-06").org("alpha", "Alpha").org("beta", "Beta").acquisition("alpha", "beta", "agreed", 900_000_000L).graph()));
            assertEquals(3, count(store, "?x a dg:Acquisition"));
        }
    }

    @Test
    void aSplitKeepsTheWordingItNamesApartFromTheSameNameWithALegalForm() throws Exception {
        Path tsv = Files.writeString(dir.resolve("split.tsv"), "split\tKelana Niaga\tkelana-niaga-2\n");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            store.write(List.of(
                    article("c1", null).org("kelana-niaga", "PT Kelana Niaga Tbk").graph(),
                    article("c2", null).org("kelana-niaga", "Kelana Niaga").graph()));
            assertEquals(1, count(store, "?x a dg:Organization"));
            store.decide(MergeDecisions.load(tsv));
            assertEquals(2, count(store, "?x a dg:Organization"));
            assertEquals("[{l=Kelana Niaga}]", select(store, "SELECT ?l WHERE { GRAPH <" + DG.CONSOLIDATED + "> { <"
                    + DG.ID + "kelana-niaga-2> rdfs:label ?l } }").toString());
            assertEquals("[{l=PT Kelana Niaga Tbk}]", select(store, "SELECT ?l WHERE { GRAPH <" + DG.CONSOLIDATED + "> { <"
                    + DG.ID + "kelana-niaga> rdfs:label ?l } }").toString());
        }
    }

    @Test
    void aManualMergeAppliesToTheStoreAndSurvivesReingest() throws Exception {
        Path tsv = dir.resolve("decisions.tsv");
        Files.writeString(tsv, "# decided by hand\nmerge\tBeta Holdings Group\tbeta\nsplit\tBeta Labs\tbeta-labs\n");
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.write(List.of(
                    article("a1", null).org("beta", "Beta Ltd").graph(),
                    article("a2", null).org("beta-holdings", "Beta Holdings Group").graph()));
            assertEquals(2, count(store, "?x a dg:Organization"));
            store.decide(MergeDecisions.load(tsv));
            assertEquals(1, count(store, "?x a dg:Organization"));
            assertEquals("[{alt=Beta Ltd, l=Beta Holdings Group}]",
                    select(store, "SELECT ?l ?alt WHERE { ?x rdfs:label ?l ; skos:altLabel ?alt }").toString());
        }
        try (GraphStore store = GraphStore.open(db)) {
            ArticleBuilder again = article("a2", "2024-01-01").org("beta-holdings", "Beta Holdings Group");
            store.write(List.of(new GraphStore.ArticleGraph("a2", "e".repeat(64), "test", again.m)));
            assertEquals(1, count(store, "?x a dg:Organization"));
            store.write(List.of(article("a3", null).org("beta", "Beta Labs", "NYSE: BLB").graph()));
            assertEquals(2, count(store, "?x a dg:Organization"));
            store.decide(MergeDecisions.NONE);
            assertEquals(2, count(store, "?x a dg:Organization"), "beta and beta-holdings again, Beta Labs back on beta");
        }
    }
}
