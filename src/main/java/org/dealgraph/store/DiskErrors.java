package org.dealgraph.store;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a failure of the disk from a bug: a full disk reaches Java as an {@link IOException}
 * ("No space left on device"), or, for a memory-mapped TDB2 file, as an {@link InternalError}
 * ("a fault occurred in a recent unsafe memory access"). Either is reported as what it is, with
 * the space left where it happened.
 */
public final class DiskErrors {
    private DiskErrors() {
    }

    /** Whether {@code t}, or one of its causes, is a disk that is full or failing. */
    public static boolean isDiskError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (c instanceof InternalError && m.contains("unsafe memory access")) {
                return true;
            }
            if (m.contains("no space left") || m.contains("disk quota exceeded") || m.contains("file too large")) {
                return true;
            }
            if (c instanceof IOException && m.contains("input/output error")) {
                return true;
            }
        }
        return false;
    }

    /** "no space left on DIR (N bytes free)", or empty where {@code t} is not a disk error. */
    public static Optional<String> describe(Throwable t, Path where) {
        if (!isDiskError(t)) {
            return Optional.empty();
        }
        String free;
        try {
            Path p = where.toAbsolutePath();
            while (p != null && !Files.exists(p)) {
                p = p.getParent();
            }
            free = p == null ? "free space unknown" : Files.getFileStore(p).getUsableSpace() + " bytes free";
        } catch (IOException | RuntimeException e) {
            free = "free space unknown";
        }
        return Optional.of("no space left on " + where + " (" + free + ", or the disk failed: " + rootMessage(t) + ")");
    }

    /** A {@link DealGraphException} that says "{@code what}: no space left on ..." for a disk error, else "{@code what}: message". */
    public static DealGraphException wrap(String what, Path where, Throwable t) {
        return new DealGraphException(what + ": " + describe(t, where).orElse(rootMessage(t)), t);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
