package org.dealgraph.store;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and hostile input: each item is a problem naming it, and everything else is still stored. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void eachBadItemIsNamedAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Kelana bermitra dengan Harmoni Records\nPlatform Kelana bermitra dengan Harmoni Records.");
        Files.write(in.resolve("cp1252.txt"), "Caf\u00e9 deal\nKestrel Dynamics Corp sued Halcyon Systems Inc \u2013 \u201cbig\u201d news."
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><head><title>News</title></head><body><p>Kelana</p></body></html>");
        try (Writer w = Files.newBufferedWriter(in.resolve("big.jsonl"), StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"huge\",\"title\":\"T\",\"text\":\"");
            String chunk = "Kestrel Dynamics Corp signed an agreement with Nimbus Cloud Corp. ".repeat(1000);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length()) {
                w.write(chunk);
            }
            w.write("\"}\n");
            w.write("{\"id\":\"after-huge\",\"title\":\"T\",\"text\":\"Kestrel Dynamics Corp sued Halcyon Systems Inc in March.\"}\n");
            w.write("{\"id\":\"after-huge\",\"title\":\"T\",\"text\":\"A different text under the same id.\"}\n");
            w.write("{\"id\":\"truncated\",\"title\":\"T\",\"text\":\"Kestrel Dynamics Corp sued\n");
            w.write("{\"id\":\"french\",\"title\":\"T\",\"text\":\"Le texte est en fran\u00e7ais.\",\"lang\":\"fr\"}\n");
        }
        try (DealGraph g = DealGraph.open(dir.resolve("db"), TestPipeline.get())) {
            IngestReport r = g.ingest(List.of(in), IngestListener.NONE);
            String problems = r.problems().toString();
            assertTrue(problems.contains("big.jsonl:1: line longer than"), problems);
            assertTrue(problems.contains("big.jsonl:3: duplicate article id after-huge in this run; the first one, "
                    + in.resolve("big.jsonl") + ":2, was kept"), problems);
            assertTrue(problems.contains("big.jsonl:4: not valid JSON"), problems);
            assertTrue(problems.contains("big.jsonl:5: article french: unsupported language 'fr'"), problems);
            assertTrue(problems.contains("cp1252.txt: not valid UTF-8"), problems);
            assertTrue(problems.contains("page.txt: HTML, not plain text"), problems);
            assertEquals(6, r.failed(), problems);
            assertEquals(2, r.stored(), "good.txt and the first after-huge");
            assertEquals(2, g.articles());
        }
    }
}
