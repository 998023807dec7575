package org.dealgraph.store;

import org.dealgraph.DealGraphException;

import java.util.Optional;

/**
 * A write to the store failed (a full or failing disk, or a store that takes no more writes since
 * one did). Its transaction was aborted; what earlier transactions committed stays, and
 * {@link #committed()} tells what that was where the writer knows (an ingest does).
 */
public final class WriteFailedException extends DealGraphException {
    private final transient IngestReport committed;
    private final boolean diskFull;

    /** {@code diskFull}: this write met the full or failing disk (not a store refusing writes since an earlier one did). */
    public WriteFailedException(String message, Throwable cause, boolean diskFull) {
        this(message, cause, diskFull, null);
    }

    private WriteFailedException(String message, Throwable cause, boolean diskFull, IngestReport committed) {
        super(message, cause);
        this.committed = committed;
        this.diskFull = diskFull;
    }

    /** The same failure, with what was committed before it. */
    public WriteFailedException withCommitted(IngestReport report) {
        WriteFailedException e = new WriteFailedException(getMessage(), getCause(), diskFull, report);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** What was durably stored before the failure, where known. */
    public Optional<IngestReport> committed() {
        return Optional.ofNullable(committed);
    }

    /** Whether the disk was full or failing (as opposed to a store that refuses writes after such a failure). */
    public boolean diskFull() {
        return diskFull;
    }
}
