package org.dealgraph.store;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real ingest process (SIGKILL) in the middle of its work: the store opens afterwards,
 * holds only whole articles, and running the same ingest again completes it with no duplicate
 * and no loss.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 6000;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        String[] companies = {"Kestrel Dynamics Corp", "Halcyon Systems Inc", "Nimbus Cloud Corp", "Zentara Networks", "Harmoni Records",
                "PT Lintas Data Tbk", "Aquanova Ltd", "Brightwater Inc"};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String a = companies[i % companies.length];
                String b = companies[(i * 7 + 3) % companies.length];
                String text = i % 2 == 0
                        ? a + " signed an agreement with " + b + " on Monday. The deal is worth $" + (i % 90 + 10) + "m. " + a + " said it would pay "
                          + b + " $" + (i % 9 + 1) + "m a year. Analysts at " + b + " welcomed the news, article " + i + "."
                        : a + " menandatangani kesepakatan dengan " + b + " pada Senin. " + a + " membayar " + b + " Rp " + (i % 90 + 10)
                          + " miliar per tahun untuk layanan cloud, berita nomor " + i + ".";
                w.write("{\"id\":\"crash-" + i + "\",\"title\":\"" + a + " and " + b + "\",\"text\":\"" + text + "\"}\n");
            }
        }
        return file;
    }

    /** The articles the child reports done (committed) so far. */
    private static long committed(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        long n = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("progress: (\\d+) articles, \\d+ failed\\n")
                .matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
            n = Long.parseLong(m.group(1)); // only whole lines: the child may be writing the next one
        }
        return n;
    }

    @Test
    void aKilledIngestLeavesWholeArticlesAndResumes() throws Exception {
        Path corpus = corpus();
        Path store = dir.resolve("db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.dealgraph.cli.Main",
                "ingest", "--threads", "1", "--progress", "lines", "--store", store.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long start = System.nanoTime();
        // wait until a few batches are committed (a progress line is written after each commit), then kill it
        Path log = dir.resolve("child.log");
        while (committed(log) < 300 && child.isAlive() && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(2)) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the ingest finished before it could be killed; log: " + Files.readString(dir.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        long partial;
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            partial = g.articles();
            assertTrue(partial > 0 && partial < ARTICLES, "articles stored before the kill: " + partial);
            // every stored graph is a whole article: its article node with its content hash
            long whole = Long.parseLong(g.selectStrings("PREFIX dg: <https://w3id.org/dealgraph#> SELECT (COUNT(DISTINCT ?g) AS ?n) "
                    + "WHERE { GRAPH ?g { ?a dg:contentHash ?h ; dg:mentions ?e } }").get(0).get("n"));
            assertEquals(partial, whole);
            IngestReport again = g.ingest(List.of(corpus), IngestListener.NONE);
            assertEquals(partial, again.skipped(), "what was stored is not extracted again");
            assertEquals(ARTICLES - partial, again.stored());
            assertEquals(ARTICLES, g.articles(), "no duplicate, no loss");
        }
    }
}
