package org.dealgraph.store;

import org.dealgraph.DealGraph;
import org.dealgraph.IngestListener;
import org.dealgraph.TestPipeline;
import org.dealgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged store is found out: 'verify' checks the indexes against each other and the node table; restore runs it. */
class StoreIntegrityTest {
    @TempDir
    Path dir;

    private Path store() {
        Path store = dir.resolve("db");
        try (DealGraph g = DealGraph.open(store, TestPipeline.get())) {
            g.ingest(List.of(TestPipeline.seeds()), IngestListener.NONE);
        }
        return store;
    }

    private static Path dataFile(Path store, String name) throws Exception {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anIntactStoreVerifies() {
        Path store = store();
        Run r = run("verify", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("store intact"), r.out());
        assertTrue(r.out().contains("GSPO: "), r.out());
    }

    @Test
    void flippedBytesInAnIndexFailVerification() throws Exception {
        Path store = store();
        Path index = dataFile(store, "POSG.dat");
        byte[] bytes = Files.readAllBytes(index);
        // TDB2 writes copy-on-write, so the live blocks may be anywhere: change a node id in the
        // second record of every 8 KB block
        for (int block = 0; block + 8192 <= bytes.length; block += 8192) {
            for (int i = 44; i < 46; i++) {
                bytes[block + i] ^= 0x01;
            }
        }
        Files.write(index, bytes);
        Run r = run("verify", "--store", store.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("POSG"), r.err());
        assertTrue(r.err().contains("damaged"), r.err());
    }

    @Test
    void aDamagedNodeTableFailsVerification() throws Exception {
        Path store = store();
        Path nodes = dataFile(store, "nodes-data.obj");
        byte[] bytes = Files.readAllBytes(nodes);
        byte[] name = "TikTok".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, name);
        assertTrue(at >= 0, "no TikTok in the node table");
        bytes[at + 4] = 'a'; // TikTak: a term that reads back as another one
        Files.write(nodes, bytes);
        Run r = run("verify", "--store", store.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("node table"), r.err());
    }

    @Test
    void restoreVerifiesWhatItLoaded() throws Exception {
        Path store = store();
        Path backup = dir.resolve("b.nq.gz");
        assertEquals(0, run("backup", "--store", store.toString(), "--out", backup.toString()).exit());
        Run r = run("restore", "--store", dir.resolve("db2").toString(), backup.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("verified"), r.out());
        try (DealGraph g = DealGraph.open(dir.resolve("db2"))) {
            StoreCheck check = g.verify();
            assertTrue(check.intact(), check.problems().toString());
            assertFalse(check.quadsPerIndex().isEmpty());
            assertEquals(6, check.quadsPerIndex().size());
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
