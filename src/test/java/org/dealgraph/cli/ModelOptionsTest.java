package org.dealgraph.cli;

import org.dealgraph.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.dealgraph.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user who points the extractor at models gets: usage errors, named broken bundles, files others can read. */
class ModelOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBundleAndModelsWithRulesOnlyAreUsageErrors() {
        CommandLineTest.Run missing = run("extract", "--models", dir.resolve("none.zip").toString(), "--out", dir.resolve("o").toString(),
                TestPipeline.seeds().toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("no model bundle at"), missing.err());
        CommandLineTest.Run both = run("extract", "--models", TestPipeline.home().resolve("data/models/dealgraph-models.zip").toString(),
                "--rules-only", "--out", dir.resolve("o").toString(), TestPipeline.seeds().toString());
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("exclude each other"), both.err());
    }

    @Test
    void mentionClassifierOptionsThatContradictEachOtherOrTheRulesAreUsageErrors() {
        for (String[] args : new String[][] {{"--no-mention-classifier", "--mention-minimum", "0.5"}, {"--rules-only", "--mention-minimum", "0.5"},
                {"--rules-only", "--no-mention-classifier"}, {"--mention-minimum", "2"}}) {
            java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("extract", "--out", dir.resolve("o").toString()));
            all.addAll(java.util.List.of(args));
            all.add(TestPipeline.seeds().toString());
            CommandLineTest.Run r = run(all.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("mention"), r.err());
        }
    }

    @Test
    void aBundleWithoutModelsOrWithABrokenModelIsNamed() throws IOException {
        Path empty = zip("empty.zip", "bundle.json", "{}".getBytes());
        CommandLineTest.Run r = run("extract", "--models", empty.toString(), "--out", dir.resolve("o").toString(), TestPipeline.seeds().toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("holds no model"), r.err());
        Path broken = zip("broken.zip", "en-relations.bin", "not a model".getBytes());
        r = run("extract", "--models", broken.toString(), "--out", dir.resolve("o").toString(), TestPipeline.seeds().toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("en-relations.bin is not a model"), r.err());
    }

    @Test
    void filesWrittenThroughAStagingFileAreReadableByOthersAsAnyNewFile() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, run("ingest", "--store", db.toString(), TestPipeline.seeds().toString()).code());
        Path gexf = dir.resolve("n.gexf");
        assertEquals(0, run("export", "--store", db.toString(), "--format", "gexf", "--out", gexf.toString()).code());
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileAttributeView(gexf, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            // the export has the permissions any new file gets here, not a temporary file's owner-only ones
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(gexf));
            assertTrue(Files.getPosixFilePermissions(plain).contains(PosixFilePermission.OWNER_READ));
        }
    }

    private Path zip(String name, String entry, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(data);
            z.closeEntry();
            if (!entry.equals("bundle.json")) {
                z.putNextEntry(new ZipEntry("bundle.json"));
                z.write("{}".getBytes());
                z.closeEntry();
            }
        }
        return p;
    }
}
