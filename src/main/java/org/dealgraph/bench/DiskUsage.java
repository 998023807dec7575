package org.dealgraph.bench;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Bytes a folder takes on disk: blocks allocated where {@code du} can say so (stores preallocate sparse files), else file lengths. */
final class DiskUsage {
    private DiskUsage() {
    }

    static long of(Path dir) {
        return org.dealgraph.store.DiskUsage.of(dir).bytes();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new DealGraphException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
