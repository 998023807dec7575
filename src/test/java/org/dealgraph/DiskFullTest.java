package org.dealgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dealgraph.cli.Main;
import org.dealgraph.server.EndpointSettings;
import org.dealgraph.server.SparqlEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full disk, for real: a small tmpfs mounted for each test (this needs root, as CI runs; where
 * the mount is refused the tests are skipped and say why). The disk is filled with a filler file
 * until the kernel answers "No space left on device".
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class DiskFullTest {
    @TempDir
    Path dir;
    Path disk;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TOKEN = "disk-full-test-token-0123";

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        Assumptions.assumeTrue(done && p.exitValue() == 0,
                "cannot mount a small tmpfs to fill (needs root and CAP_SYS_ADMIN), so the full-disk tests do not run: " + out.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", "-l", disk.toString()).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Fills the disk until the kernel refuses another byte. */
    private Path fill() throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(block);
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.toString());
            return filler;
        }
        throw new AssertionError("the disk never filled up");
    }

    /** {@code n} made-up articles (the sample news under new ids), as JSON Lines. */
    private static String articles(String prefix, int n) throws IOException {
        List<String> lines = Files.readAllLines(TestPipeline.home().resolve("data/news.jsonl")).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(lines.get(i % lines.size()).replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"" + prefix + "-" + i + "\"")).append('\n');
        }
        return out.toString();
    }

    private static int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void backupOnAFullDiskSaysSoAndKeepsTheLastGoodBackup() throws Exception {
        Path store = dir.resolve("db");
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        }
        Path backup = disk.resolve("backup.nq.gz");
        assertEquals(0, run(new StringWriter(), "backup", "--store", store.toString(), "--out", backup.toString()));
        byte[] good = Files.readAllBytes(backup);
        fill();
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "backup", "--store", store.toString(), "--out", backup.toString()));
        assertTrue(err.toString().contains("no space left on"), err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
        assertArrayEquals(good, Files.readAllBytes(backup), "the last good backup was damaged");
        try (Stream<Path> files = Files.list(disk)) {
            assertEquals(List.of("backup.nq.gz", "filler"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        // and an export, likewise
        Path export = disk.resolve("network.gexf");
        Files.delete(disk.resolve("filler"));
        assertEquals(0, run(new StringWriter(), "export", "--store", store.toString(), "--format", "gexf", "--out", export.toString()));
        byte[] goodExport = Files.readAllBytes(export);
        fill();
        StringWriter exportErr = new StringWriter();
        assertEquals(1, run(exportErr, "export", "--store", store.toString(), "--format", "gexf", "--out", export.toString()));
        assertTrue(exportErr.toString().contains("no space left on"), exportErr.toString());
        assertArrayEquals(goodExport, Files.readAllBytes(export));
    }

    @Test
    void ingestOnAFullDiskSaysSoAndExitsOne() throws Exception {
        // in a child JVM: a full disk under a memory-mapped file is a signal, and it must not take the test run with it
        Path input = dir.resolve("more.jsonl");
        Files.writeString(input, articles("more", 400));
        Path store = disk.resolve("db");
        assertEquals(0, child("ingest", "--store", store.toString(), TestPipeline.seeds().toString()).exit);
        fill();
        Result r = child("ingest", "--store", store.toString(), input.toString());
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("no space left on"), r.err);
        assertFalse(r.err.contains("internal error"), r.err);
    }

    private record Result(int exit, String err) {
    }

    private Result child(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("child-err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the child JVM did not finish");
        return new Result(p.exitValue(), Files.readString(err));
    }

    @Test
    void httpIngestOnAFullDiskAnswersWhatWasCommittedAndLeavesNoTransactionOpen() throws Exception {
        Path store = disk.resolve("db");
        ObjectMapper json = new ObjectMapper();
        long acknowledged = 0;
        try (DealGraph g = DealGraph.open(store, TestPipeline.get());
             SparqlEndpoint e = g.serve(new EndpointSettings(0, true, Duration.ofSeconds(10)).withIngestToken(TOKEN))) {
            HttpResponse<String> first = ingest(e, articles("first", 20));
            assertEquals(200, first.statusCode(), first.body());
            acknowledged += json.readTree(first.body()).get("stored").asLong();
            Path filler = fill();
            HttpResponse<String> full = ingest(e, articles("full", 1500));
            assertEquals(507, full.statusCode(), full.body());
            assertTrue(full.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), full.body());
            JsonNode answer = json.readTree(full.body());
            assertTrue(answer.get("error").asText().contains("no space left on"), full.body());
            acknowledged += answer.get("stored").asLong();
            // every server thread still answers queries: no transaction was left open on one
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> q = HTTP.send(HttpRequest.newBuilder(URI.create(e.queryUrl() + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, q.statusCode(), q.body());
            }
            // with space again, the store still refuses writes rather than risk acknowledging what it may lose
            Files.delete(filler);
            HttpResponse<String> after = ingest(e, articles("after", 5));
            assertEquals(503, after.statusCode(), after.body());
            assertEquals(0, json.readTree(after.body()).get("stored").asLong());
        }
        // every acknowledged article survived the restart
        try (DealGraph g = DealGraph.open(store)) {
            assertEquals(acknowledged, g.articles());
        }
    }

    private static HttpResponse<String> ingest(SparqlEndpoint e, String jsonLines) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(e.queryUrl().replace("/sparql", "/ingest")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofSeconds(180)).POST(HttpRequest.BodyPublishers.ofString(jsonLines)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
