package org.dealgraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server's resident size stays flat under load: {@code dealgraph serve} runs as its own JVM (as
 * a user starts it, heap fixed and touched up front so that only memory outside the heap can grow),
 * two clients query it without pause on loopback while a third ingests articles through
 * {@code POST /dealgraph/ingest}, and its VmRSS (from {@code /proc/PID/status}) is sampled at a
 * fixed period. After the warm-up (the first third of the run) its anonymous part (RssAnon: heap,
 * direct buffers, threads, code) may grow by at most the bound. The rest of VmRSS is the store's
 * files, which TDB2 maps into memory: it follows the store's size on disk (which ingest grows until
 * a compaction) and is page cache the kernel reclaims, so it is reported, not bounded.
 * Before the output buffer fix each request left a 5 MiB direct buffer for the garbage collector
 * and this grew by hundreds of MB.
 *
 * <p>Short in the suite (the bundled articles, 30 s, a sample each 3 s). By hand, on a store and
 * articles of your own, e.g. {@code -Ddealgraph.memory.store=DIR -Ddealgraph.memory.articles=bbc-news.jsonl
 * -Ddealgraph.memory.seconds=600 -Ddealgraph.memory.sample=10}.
 */
@Tag("slow")
class ServerMemoryTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/dealgraph/sparql");
    private static final String TOKEN = "memory-test-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void residentSizeStaysFlatWhileServingQueriesAndIngest() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "resident size is read from /proc (Linux only): test skipped");
        String external = System.getProperty("dealgraph.memory.store", "");
        Path articles = Path.of(System.getProperty("dealgraph.memory.articles", TestPipeline.home().resolve("data/news.jsonl").toString()));
        int seconds = Integer.getInteger("dealgraph.memory.seconds", 30);
        int sample = Integer.getInteger("dealgraph.memory.sample", 3);
        long boundMb = Long.getLong("dealgraph.memory.bound", 64);
        Path store = external.isEmpty() ? dir.resolve("db") : Path.of(external);
        if (external.isEmpty()) {
            try (DealGraph graph = DealGraph.open(store, TestPipeline.get())) {
                graph.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
            }
        }
        Path token = Files.writeString(dir.resolve("token.txt"), TOKEN);
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestPipeline.home().resolve("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(f));
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> source = new ArrayList<>();
        for (String line : Files.readAllLines(articles)) {
            if (!line.isBlank()) {
                source.add((ObjectNode) json.readTree(line));
            }
        }

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process server = new ProcessBuilder(java.toString(), "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch",
                "-cp", System.getProperty("java.class.path"), "org.dealgraph.cli.Main", "serve",
                "--store", store.toString(), "--port", "0", "--ingest-token-file", token.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            int port = awaitPort(server);
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicInteger queried = new AtomicInteger();
            AtomicInteger ingested = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String q = queries.get(i % queries.size());
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/dealgraph/sparql?query="
                                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? queried : errors).incrementAndGet();
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                int batch = Math.min(20, source.size());
                for (int round = 0; !stop.get(); round++) {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < batch; i++) {
                        int n = round * batch + i;
                        ObjectNode a = source.get(n % source.size()).deepCopy();
                        a.put("id", a.path("id").asText("a") + "-load-" + n);
                        body.append(json.writeValueAsString(a)).append('\n');
                    }
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/dealgraph/ingest"))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                            .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        ingested.addAndGet(batch);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));

            List<Long> rss = new ArrayList<>();
            long t0 = System.nanoTime();
            System.out.printf("memory: serve pid %d, VmRSS %d MB at start%n", server.pid(), residentMb(server.pid())[0]);
            for (int s = sample; s <= seconds; s += sample) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, t0 + TimeUnit.SECONDS.toNanos(s) - System.nanoTime()));
                long[] mb = residentMb(server.pid());
                rss.add(mb[1]);
                System.out.printf("memory: %4d s  VmRSS %5d MB (anonymous %5d, store files mapped %5d)  queries %6d  articles ingested %5d  errors %d%n",
                        s, mb[0], mb[1], mb[2], queried.get(), ingested.get(), errors.get());
            }
            stop.set(true);
            for (Future<?> f : work) {
                f.get(3, TimeUnit.MINUTES);
            }
            int warm = Math.max(1, rss.size() / 3);
            long afterWarmUp = rss.get(warm - 1);
            long peak = rss.subList(warm, rss.size()).stream().mapToLong(Long::longValue).max().orElse(afterWarmUp);
            System.out.printf("memory: anonymous resident size after warm-up %d MB, peak later %d MB (growth %d MB, bound %d MB); %d queries, %d articles ingested%n",
                    afterWarmUp, peak, peak - afterWarmUp, boundMb, queried.get(), ingested.get());
            assertEquals(0, errors.get(), "every query and ingest answered 200");
            assertTrue(queried.get() > 0 && ingested.get() > 0, "both queries and ingest ran");
            assertTrue(peak - afterWarmUp <= boundMb, "anonymous resident size flat after warm-up: " + rss + " MB");
        } finally {
            stop.set(true);
            pool.shutdownNow();
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Reads the server's output until it names its URL; its further output is drained so that it never blocks. */
    private static int awaitPort(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discarded: the server's log
                        }
                    } catch (java.io.IOException ignored) {
                        // the server stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
            System.out.println("serve: " + line);
        }
        throw new AssertionError("dealgraph serve did not start");
    }

    /** VmRSS, RssAnon and RssFile of a process, in MB. */
    private static long[] residentMb(long pid) throws Exception {
        long[] mb = new long[3];
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            int i = line.startsWith("VmRSS:") ? 0 : line.startsWith("RssAnon:") ? 1 : line.startsWith("RssFile:") ? 2 : -1;
            if (i >= 0) {
                mb[i] = Long.parseLong(line.replaceAll("\\D", "")) >> 10;
            }
        }
        return mb;
    }
}
