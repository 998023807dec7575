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
        try {
            Process p = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s")[0]);
            }
        } catch (IOException e) {
            // no du here: fall back to file lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparent(dir);
    }

    static long apparent(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new DealGraphException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
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
