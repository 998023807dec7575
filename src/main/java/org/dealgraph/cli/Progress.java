package org.dealgraph.cli;

import org.dealgraph.IngestListener;

import java.io.PrintWriter;

/** A one-line progress display, shown only when the output is a terminal. */
final class Progress implements IngestListener {
    private final PrintWriter err;
    private final boolean terminal;
    private long last;

    Progress(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void progress(int done, int failed) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > 200_000_000L) {
            last = now;
            err.print("\r" + done + " articles, " + failed + " failed");
            err.flush();
        }
    }

    void finish() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
