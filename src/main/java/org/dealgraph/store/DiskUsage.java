package org.dealgraph.store;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The bytes a folder takes on disk. TDB2 preallocates its files sparsely, so their lengths say
 * far more than the disk holds: the figure is the blocks allocated, as {@code du -sk} counts them,
 * and the file lengths only where {@code du} cannot be run ({@code allocated} is then false).
 * Design decision: the JDK exposes no block count ({@code unix:} file attributes have none), and
 * {@code du -k} is POSIX.
 *
 * @param bytes     bytes on disk
 * @param allocated true for allocated blocks, false for the sum of file lengths
 */
public record DiskUsage(long bytes, boolean allocated) {
    public static DiskUsage of(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("\\d+\\s.*")) {
                return new DiskUsage(Long.parseLong(out.split("\\s")[0]) * 1024, true);
            }
        } catch (IOException e) {
            // no du on this system: file lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new DiskUsage(apparent(dir), false);
    }

    /** The sum of the lengths of the folder's files. */
    public static long apparent(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new DealGraphException("cannot measure " + dir + ": " + e.getMessage(), e);
        }
    }

    /** For people: "612 KB" or "201.3 MB". */
    public String display() {
        return bytes < 1_000_000 ? Math.round(bytes / 1e3) + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
