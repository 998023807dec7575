package org.dealgraph.server;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store is compacted while clients keep querying: every query is answered, with the same facts, and nothing hangs. */
class CompactionWhileServingTest {
    static final String TOKEN = "compaction-token-for-tests";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    @TempDir
    Path dir;

    @Test
    void compactingOverHttpAndThroughTheLibraryKeepsQueriesAnswering() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        try (DealGraph graph = DealGraph.open(dir.resolve("db"), TestPipeline.get());
             SparqlEndpoint endpoint = graph.serve(new EndpointSettings(0, true, Duration.ofSeconds(30)).withIngestToken(TOKEN))) {
            graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            String base = "http://127.0.0.1:" + endpoint.port() + "/dealgraph";
            HttpRequest count = HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build();
            String expected = http.send(count, HttpResponse.BodyHandlers.ofString()).body();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        HttpResponse<String> r = http.send(count, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().equals(expected)) {
                            wrong.add(r.statusCode() + " " + r.body());
                        }
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(300);
            HttpRequest compact = HttpRequest.newBuilder(URI.create(base + "/compact")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(60)).build();
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/compact")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "compaction needs the token");
            HttpResponse<String> done = http.send(compact, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(done.body().contains("\"bytesAfter\""), done.body());
            int before = answered.get();
            Future<DealGraph.Compaction> library = clients.submit(graph::compact);
            library.get(60, TimeUnit.SECONDS);
            Thread.sleep(300);
            stop.set(true);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertTrue(answered.get() > before, "queries answered after the compactions");
            assertEquals(List.of(), wrong, "every query answered with the same count");
            assertEquals(5, graph.articles());
        } finally {
            clients.shutdownNow();
        }
    }
}
