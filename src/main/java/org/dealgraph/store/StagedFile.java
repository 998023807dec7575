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
    /** The file the temporary one replaces: the target, or the file a symbolic link at the target points to. */
    private final Path destination;
    private final Path temporary;
    private boolean committed;

    private StagedFile(Path target, Path destination, Path temporary) {
        this.target = target;
        this.destination = destination;
        this.temporary = temporary;
    }

    /**
     * Stages a write of {@code target}; its folder is created if absent. A symbolic link is followed, so the file it
     * points to is replaced and the link stays; a target that is a pipe, a socket or a device is refused
     * ({@link DealGraphException}), as a staged file cannot stream into one and would replace it (a break-it tester's
     * finding: a backup to {@code /dev/full} replaced the device with a file).
     */
    public static StagedFile of(Path target) {
        Path abs = target.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(abs) && hops < 40; hops++) {
                abs = abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
            }
            if (Files.isDirectory(abs)) {
                throw new DealGraphException("cannot write " + target + ": it is a folder; give the path of a file");
            }
            if (Files.exists(abs) && !Files.isRegularFile(abs)) {
                throw new DealGraphException("cannot write " + target + ": it is a pipe, socket or device, not a file; give the "
                        + "path of a file");
            }
            Files.createDirectories(abs.getParent());
            // created with the process's default permissions, as the target would be (a temp file's are owner-only)
            Path tmp = Files.createFile(abs.getParent().resolve("." + abs.getFileName() + "."
                    + Long.toHexString(System.nanoTime()) + Integer.toHexString(System.identityHashCode(abs)) + ".part"));
            return new StagedFile(target, abs, tmp);
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
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
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
