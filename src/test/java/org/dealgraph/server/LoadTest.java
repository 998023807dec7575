package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several concurrent clients on loopback run every query of queries/ against the endpoint, bounded
 * in count and time, while the store is compacted over HTTP halfway through: no error, the heap
 * stays flat, and the figures are printed. Short by default (the bundled articles); {@code -Ddealgraph.load.store=DIR
 * -Ddealgraph.load.rounds=N} runs it against a store of your own, such as one built from the corpora.
 */
@Tag("slow")
class LoadTest {
    @TempDir
    Path dir;

    @Test
    void serverKeepsAnsweringUnderConcurrentClientsAndCompaction() throws Exception {
        String external = System.getProperty("dealgraph.load.store", "");
        int rounds = Integer.getInteger("dealgraph.load.rounds", 10);
        int clients = 4;
        DealGraph graph = external.isEmpty() ? DealGraph.open(dir.resolve("db"), TestPipeline.get()) : DealGraph.open(Path.of(external));
        if (external.isEmpty()) {
            graph.ingest(List.of(TestPipeline.seeds(), TestPipeline.home().resolve("src/test/resources/export/dated.jsonl")), IngestListener.NONE);
        }
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestPipeline.home().resolve("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(f));
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        String token = "load-test-token-0123456789";
        try (SparqlEndpoint endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(30)).withIngestToken(token))) {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (String q : queries) {
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port()
                                        + "/dealgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (resp.statusCode() != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        }
                    }
                    return null;
                }));
            }
            while (latencies.size() < clients * rounds * queries.size() / 2 && work.stream().noneMatch(Future::isDone)) {
                Thread.sleep(20);
            }
            HttpResponse<String> compaction = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/dealgraph/compact"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("load: compaction during the run: " + compaction.body());
            assertEquals(200, compaction.statusCode(), compaction.body());
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("load: %d requests from %d clients in %.1f s (%.0f/s), median %.1f ms, p99 %.1f ms, errors %d, "
                            + "heap %d -> %d MB%n", sorted.size(), clients, seconds, sorted.size() / seconds,
                    median, p99, errors.get(), heapBefore >> 20, heapAfter >> 20);
            assertEquals(clients * rounds * queries.size(), sorted.size());
            assertEquals(0, errors.get(), "every request answered");
            assertTrue(heapAfter - heapBefore < 256L << 20, "heap stays flat: " + (heapBefore >> 20) + " -> " + (heapAfter >> 20) + " MB");
        } finally {
            pool.shutdownNow();
            graph.close();
        }
    }
}
