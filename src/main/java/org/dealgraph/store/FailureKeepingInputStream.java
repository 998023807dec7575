package org.dealgraph.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that keeps the first read failure of the stream it wraps, so that a reader which takes a failure for the end of
 * its input (Jena's N-Quads parser takes a truncated gzip stream's "Unexpected end of ZLIB input stream" so) can be asked
 * afterwards whether its input really ended: {@link #rethrow()}. A backup cut short in transfer restored as 0 articles with
 * exit 0 before (a verifier's finding). Not thread-safe, as the stream it wraps.
 */
final class FailureKeepingInputStream extends FilterInputStream {
    private IOException failure;

    FailureKeepingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            keep(e);
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            keep(e);
            throw e;
        }
    }

    private void keep(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /**
     * Throws the first read failure, if any: "the file ends before its compressed data does" for a truncated gzip stream.
     *
     * @throws IOException the failure kept, with its message
     */
    void rethrow() throws IOException {
        if (failure != null) {
            throw described(failure);
        }
    }

    /** A read failure said as a reader of files says it: an early end of compressed data as "cut short or damaged". */
    static IOException described(IOException failure) {
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return new IOException(failure instanceof java.io.EOFException
                ? "the file ends before its compressed data does (cut short or damaged)" + detail
                : failure.getMessage() == null ? failure.toString() : failure.getMessage(), failure);
    }
}
