package org.dealgraph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every query in queries/ runs against the store of the bundled articles and gives its expected answer. */
class QueriesTest {
    @TempDir
    static Path dir;
    static DealGraph graph;

    @BeforeAll
    static void ingestSeeds() {
        graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
        graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static List<Map<String, String>> run(String file) throws IOException {
        return graph.selectStrings(Files.readString(TestPipeline.home().resolve("queries").resolve(file)));
    }

    private static Set<String> column(List<Map<String, String>> rows, String var) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(r.get(var)));
        return out;
    }

    @Test
    void everyQueryFileSaysWhatItAnswers() throws IOException {
        try (Stream<Path> files = Files.list(TestPipeline.home().resolve("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertEquals(9, rq.size());
            for (Path p : rq) {
                assertTrue(Files.readString(p).startsWith("# "), p + " opens with a comment");
            }
        }
    }

    @Test
    void partnersOfTikTok() throws IOException {
        assertTrue(column(run("partners.rq"), "partner").containsAll(Set.of("Sony Music Entertainment", "Audius", "UnitedMasters")));
    }

    @Test
    void aNameInTheQueriesMatchesAnOtherNameOfTheNode() throws IOException {
        // "Tiktok", as the bundled articles' headline writes it, is an alternative name (skos:altLabel) of the node TikTok
        String query = Files.readString(TestPipeline.home().resolve("queries").resolve("partners.rq"))
                .replace("VALUES ?name { \"TikTok\" }", "VALUES ?name { \"Tiktok\" }");
        assertTrue(query.contains("\"Tiktok\""), query);
        assertEquals(column(run("partners.rq"), "partner"), column(graph.selectStrings(query), "partner"));
    }

    @Test
    void whoPaysWhomAndHowMuch() throws IOException {
        List<Map<String, String>> rows = run("payments.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("payer").equals("TikTok") && r.get("payee").equals("Microsoft")
                && new java.math.BigDecimal(r.get("value")).compareTo(new java.math.BigDecimal("322000000000")) == 0 && "IDR".equals(r.get("currency")) && "P1M".equals(r.get("period"))), rows.toString());
    }

    @Test
    void acquisitionsAndBidsWithStatus() throws IOException {
        List<Map<String, String>> rows = run("acquisitions.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("acquirer").equals("Microsoft") && r.get("target").equals("TikTok")
                && r.get("status").equals("negotiating")), rows.toString());
    }

    @Test
    void ownershipChains() throws IOException {
        List<Map<String, String>> rows = run("ownership-chains.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("owned").equals("TikTok") && r.get("owner").equals("ByteDance")), rows.toString());
    }

    @Test
    void peopleAndTheirRoles() throws IOException {
        List<Map<String, String>> rows = run("people-roles.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("person").equals("Steve Stoute") && r.get("organization").equals("UnitedMasters")));
        assertTrue(rows.stream().anyMatch(r -> r.get("person").equals("Forrest Browning") && r.get("organization").equals("Audius")
                && r.get("evidence").contains("Chief Product Officer")), rows.toString());
    }

    @Test
    void allDealsBetweenTwoCompanies() throws IOException {
        assertTrue(column(run("deals-between.rq"), "type").containsAll(Set.of("Payment", "Acquisition", "ServiceContract")));
    }

    @Test
    void shortestChainBetweenTwoCompanies() throws IOException {
        List<Map<String, String>> rows = run("shortest-chain.rq");
        assertEquals("2", rows.get(0).get("hops"), rows.toString());
        assertEquals("TikTok", rows.get(0).get("via1"));
    }

    @Test
    void everyReportBehindADeal() throws IOException {
        List<Map<String, String>> rows = run("deal-reports.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("type").equals("Payment") && r.get("reportedStatus") != null
                && r.get("sentence") != null && r.get("article").contains("/article/")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("type").equals("EventReport")), rows.toString());
    }

    @Test
    void evidenceBehindAFact() throws IOException {
        List<Map<String, String>> rows = run("evidence.rq");
        assertTrue(rows.size() >= 2, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("sentence").contains("Microsoft") && r.get("extractor").length() > 0));
    }
}
