package org.dealgraph.cli;

import org.dealgraph.IngestListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a run on standard error: a one-line display on a terminal ({@code auto}, the
 * default), one line per step for logs ({@code lines}), or nothing ({@code none}).
 */
final class Progress implements IngestListener {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean lines;
    private long last;

    Progress(PrintWriter err, String mode) {
        this.err = err;
        String m = mode.toLowerCase(Locale.ROOT);
        if (!m.equals("auto") && !m.equals("lines") && !m.equals("none")) {
            throw new IllegalArgumentException("--progress takes auto, lines or none, not " + mode);
        }
        this.lines = m.equals("lines");
        this.terminal = m.equals("auto") && System.console() != null;
    }

    @Override
    public void progress(int done, int failed) {
        if (lines) {
            err.println("progress: " + Reports.count(done, "article") + ", " + failed + " failed");
            err.flush();
            return;
        }
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > 200_000_000L) {
            last = now;
            err.print("\r" + Reports.count(done, "article") + ", " + failed + " failed");
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
