package org.dealgraph.store;

import org.dealgraph.DealGraphException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written beside its target under a temporary name and renamed over the target only when
 * complete, so a failed write (a full disk, a crash) leaves the previous file as it was: backups
 * and exports are whole or absent. Not thread-safe; one writer.
 *
 * <pre>{@code
 * try (StagedFile f = StagedFile.of(target); OutputStream out = f.open()) {
 *     ... write ...
 *     out.close();
 *     f.commit();
 * }
 * }</pre>
 */
public final class StagedFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private StagedFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Stages a write of {@code target}; its folder is created if absent. */
    public static StagedFile of(Path target) {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            // created with the process's default permissions, as the target would be (a temp file's are owner-only)
            Path tmp = Files.createFile(abs.getParent().resolve("." + abs.getFileName() + "."
                    + Long.toHexString(System.nanoTime()) + Integer.toHexString(System.identityHashCode(abs)) + ".part"));
            return new StagedFile(target, tmp);
        } catch (IOException e) {
            throw DiskErrors.wrap("cannot write " + target, abs.getParent(), e);
        }
    }

    public Path target() {
        return target;
    }

    public OutputStream open() throws IOException {
        return Files.newOutputStream(temporary);
    }

    /** Puts the written file in place of the target (atomically where the file system can). */
    public void commit() {
        try {
            try (var ch = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true); // on disk before it replaces the last good copy
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw DiskErrors.wrap("cannot write " + target, temporary, e);
        }
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more to do: the target is untouched either way
            }
        }
    }
}
