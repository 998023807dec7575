package org.dealgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.Pipeline;
import org.dealgraph.store.IngestReport;
import org.dealgraph.store.NQuadsLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job in Spark's local mode on two cores, on a few hundred articles made here. */
class SparkExtractionTest {
    static final int ARTICLES = 240;
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path news;
    static Pipeline pipeline;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("dealgraph-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        news = dir.resolve("news.jsonl");
        Files.writeString(news, NewsMaker.jsonLines(ARTICLES) + "{\"id\": \"broken\", \"title\": \n" + "{\"title\":\"no id here\",\"text\":\"Nothing.\"}\n");
        pipeline = ExecutorPipeline.get(PipelineSettings.defaults());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Map<String, Model> graphs(Path nquadsFolder) throws IOException {
        Dataset ds = DatasetFactory.create();
        try (Stream<Path> files = Files.walk(nquadsFolder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".nq.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    RDFDataMgr.read(ds, in, Lang.NQUADS);
                }
            }
        }
        Map<String, Model> byGraph = new HashMap<>();
        ds.listModelNames().forEachRemaining(r -> byGraph.put(r.getURI(), ds.getNamedModel(r)));
        return byGraph;
    }

    @Test
    void writesTheSameFactsAsExtractOnTheSameInput() throws IOException {
        Path out = dir.resolve("same");
        SparkRunReport r = SparkExtraction.run(spark, ExtractionJobSettings.of(news.toString(), InputFormat.JSONL, out.toString()).withRun("r1"));
        Path extracted = dir.resolve("extract-out");
        IngestReport plain = DealGraph.extractTo(pipeline, List.of(news), extracted, IngestListener.NONE, 2);
        assertEquals(ARTICLES, plain.added());
        assertEquals(ARTICLES, r.extracted(), r.summary());
        assertEquals(plain.triples(), r.triples(), r.summary());
        Map<String, Model> job = graphs(out.resolve("nquads/run=r1"));
        assertEquals(ARTICLES, job.size());
        int compared = 0;
        try (Stream<Path> files = Files.list(extracted)) {
            for (Path nt : files.toList()) {
                Model expected = RDFDataMgr.loadModel(nt.toString());
                String id = nt.getFileName().toString().replaceAll("\\.nt$", "");
                Model actual = job.get("https://w3id.org/dealgraph/graph/" + id);
                assertTrue(actual != null && actual.isIsomorphicWith(expected), "article " + id + " differs from extract's graph");
                compared++;
            }
        }
        assertEquals(ARTICLES, compared);
        long relations = spark.read().parquet(out.resolve("relations").toString()).count();
        assertTrue(relations >= ARTICLES / 2, "relations: " + relations);
        // "Kelana Digital" is one buyer (a word of a trade ends the company's name), whichever order Spark writes the rows in
        List<Row> acquisitions = spark.read().parquet(out.resolve("relations").toString())
                .filter("predicate = 'acquires' AND article = 'n0'").collectAsList();
        assertFalse(acquisitions.isEmpty(), "no acquisition in n0");
        assertTrue(acquisitions.stream().allMatch(a -> a.<String>getAs("subject").equals("Kelana Digital")), acquisitions.toString());
        Row acquisition = acquisitions.get(0);
        assertEquals("Harmoni Records", acquisition.getAs("object"));
        assertTrue(spark.read().parquet(out.resolve("events").toString()).filter("amount IS NOT NULL").count() > 0);
    }

    @Test
    void putsABadRecordInTheFailureTableAndGoesOn() {
        Path out = dir.resolve("failures");
        SparkRunReport r = SparkExtraction.run(spark, ExtractionJobSettings.of(news.toString(), InputFormat.JSONL, out.toString()).withRun("r1"));
        assertEquals(2, r.failed(), r.summary());
        assertEquals(ARTICLES, r.extracted());
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).orderBy("record").collectAsList();
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).<String>getAs("problem").startsWith("not valid JSON"), failures.toString());
        assertTrue(failures.get(0).<String>getAs("record").startsWith("{\"id\": \"broken\""), failures.toString());
        assertEquals("no \"id\"", failures.get(1).getAs("problem"));
        assertTrue(failures.get(1).<String>getAs("source").endsWith("news.jsonl"));
    }

    @Test
    void aRerunSkipsUnchangedArticlesAndLoadOnlyAddsTheNewOnes() throws IOException {
        Path out = dir.resolve("rerun");
        Path day1 = dir.resolve("day1.jsonl");
        Files.writeString(day1, NewsMaker.jsonLines(100));
        SparkRunReport first = SparkExtraction.run(spark, ExtractionJobSettings.of(day1.toString(), InputFormat.JSONL, out.toString()).withRun("001"));
        assertEquals(100, first.extracted());
        // day 2: the same 100 articles, one of them edited, and 20 new ones
        Path day2 = dir.resolve("day2.jsonl");
        String lines = NewsMaker.jsonLines(120).replace("Kelana Digital agreed to acquire Harmoni Records", "Kelana Digital agreed to buy Harmoni Records");
        Files.writeString(day2, lines);
        SparkRunReport second = SparkExtraction.run(spark, ExtractionJobSettings.of(day2.toString(), InputFormat.JSONL, out.toString()).withRun("002"));
        long edited = NewsMaker.jsonLines(100).lines().filter(l -> l.contains("Kelana Digital agreed to acquire Harmoni Records")).count();
        assertTrue(edited >= 1);
        assertEquals(List.of(20 + edited, 100 - edited), List.of(second.extracted(), second.skipped()), second.summary());
        assertEquals(20 + edited, graphs(out.resolve("nquads/run=002")).size());
        try (DealGraph g = DealGraph.open(dir.resolve("db"))) {
            IngestReport bulk = g.load(List.of(out.resolve("nquads/run=001")), NQuadsLoader.Mode.AUTO, IngestListener.NONE);
            assertEquals(List.of(), bulk.problems());
            assertEquals(100, g.articles());
            IngestReport next = g.load(List.of(out.resolve("nquads/run=002")), NQuadsLoader.Mode.AUTO, IngestListener.NONE);
            assertEquals(List.of(20L, edited), List.of((long) next.added(), (long) next.changed()), next.summary());
            assertEquals(120, g.articles());
        }
    }

    @Test
    void readsParquetAndTextFoldersAsItReadsJsonLines() throws IOException {
        Path parquet = dir.resolve("news.parquet");
        spark.read().json(writeSmall("day-p.jsonl", 30).toString()).write().parquet(parquet.toString());
        SparkRunReport fromParquet = SparkExtraction.run(spark, ExtractionJobSettings.of(parquet.toString(), InputFormat.PARQUET,
                dir.resolve("p-out").toString()).withRun("r1"));
        SparkRunReport fromJson = SparkExtraction.run(spark, ExtractionJobSettings.of(dir.resolve("day-p.jsonl").toString(), InputFormat.JSONL,
                dir.resolve("j-out").toString()).withRun("r1"));
        assertEquals(List.of(30L, 0L), List.of(fromParquet.extracted(), fromParquet.failed()), fromParquet.summary());
        assertEquals(graphs(dir.resolve("j-out/nquads")).keySet(), graphs(dir.resolve("p-out/nquads")).keySet());
        assertEquals(fromJson.triples(), fromParquet.triples());

        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("t1.txt"), "Kelana Digital bermitra dengan Harmoni Records\nDate: 2024-08-06\n\n"
                + "Kelana Digital bermitra dengan Harmoni Records sejak 2021.\n");
        Files.write(texts.resolve("t2.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 'x'});
        SparkRunReport fromText = SparkExtraction.run(spark, ExtractionJobSettings.of(texts.toString(), InputFormat.TEXT,
                dir.resolve("t-out").toString()).withRun("r1"));
        assertEquals(List.of(1L, 1L), List.of(fromText.extracted(), fromText.failed()), fromText.summary());
        assertTrue(graphs(dir.resolve("t-out/nquads")).containsKey("https://w3id.org/dealgraph/graph/t1"));
    }

    private static Path writeSmall(String name, int n) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, NewsMaker.jsonLines(n));
        return p;
    }

    /** Made-up business news in English and Indonesian, dated, from a few sentence patterns. */
    static final class NewsMaker {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final String[] COMPANIES = {"Kelana Digital", "Harmoni Records", "Nusantara Logistik", "Borealis Systems",
                "Samudra Energi", "Quantix Labs", "Lentera Media", "Orchid Payments", "Rimba Agro", "Vantage Cloud"};

        static String jsonLines(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String a = COMPANIES[i % COMPANIES.length];
                String b = COMPANIES[(i * 3 + 1) % COMPANIES.length];
                if (a.equals(b)) {
                    b = COMPANIES[(i + 5) % COMPANIES.length];
                }
                int millions = 10 + i;
                String[] t = switch (i % 4) {
                    case 0 -> new String[] {"en", a + " to acquire " + b, a + " agreed to acquire " + b + " for " + millions
                            + " million dollars, the companies said on Monday. The deal is expected to close next year."};
                    case 1 -> new String[] {"id", a + " bermitra dengan " + b, a + " bermitra dengan " + b
                            + " untuk memperluas layanan di Indonesia. Kerja sama itu diumumkan di Jakarta."};
                    case 2 -> new String[] {"en", a + " partners with " + b, a + " partners with " + b
                            + " on cloud services, the companies said in a statement."};
                    default -> new String[] {"id", a + " mengakuisisi " + b, a + " mengakuisisi " + b + " senilai Rp " + millions
                            + " miliar, kata perusahaan itu pada Selasa."};
                };
                ObjectNode o = JSON.createObjectNode();
                o.put("id", "n" + i);
                o.put("title", t[1]);
                o.put("text", t[2]);
                o.put("date", "2024-08-" + String.format("%02d", 1 + i % 28));
                o.put("lang", t[0]);
                sb.append(o).append('\n');
            }
            return sb.toString();
        }
    }
}
