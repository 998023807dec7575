package org.dealgraph.store;

import org.dealgraph.DealGraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups and exports written whole or not at all, into the file a user names (a break-it tester's findings). */
class StagedFileTest {
    @TempDir
    Path dir;

    private static void write(Path target, String text) throws Exception {
        try (StagedFile f = StagedFile.of(target)) {
            try (OutputStream out = f.open()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            f.commit();
        }
    }

    @Test
    void aSymbolicLinkIsFollowedSoTheFileItPointsToIsReplacedAndTheLinkStays() throws Exception {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("backups")).resolve("latest-20261206.nq.gz"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.nq.gz"), dir.relativize(real));
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        try (var left = Files.list(real.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the target");
        }
    }

    @Test
    void aFolderOrALinkToOneIsRefusedSayingSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        Path link = Files.createSymbolicLink(dir.resolve("latest"), folder);
        for (Path target : java.util.List.of(folder, link)) {
            DealGraphException e = assertThrows(DealGraphException.class, () -> write(target, "data"));
            assertTrue(e.getMessage().contains("is a folder; give the path of a file") && !e.getMessage().contains(".part"), e.getMessage());
        }
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aPipeIsRefusedAndStaysAPipe() throws Exception {
        Path pipe = dir.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        DealGraphException e = assertThrows(DealGraphException.class, () -> write(pipe, "data"));
        assertTrue(e.getMessage().contains("is a pipe, socket or device, not a file"), e.getMessage());
        assertFalse(Files.isRegularFile(pipe), "the pipe is not replaced by a file");
        assertTrue(Files.exists(pipe));
    }
}
