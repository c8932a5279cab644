package org.reformgraph.loader.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place. Lines printed to standard output in between must call
 * {@link #clear()} first, since both usually share one terminal.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private int drawn;

    /** Shown when someone is watching (a terminal) or the load is long enough to want one. */
    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.shown = total > 0 && (terminal || total >= 3);
    }

    boolean shown() {
        return shown;
    }

    /** Counts one more plan done and redraws the bar; the last step ends the line. */
    void step(String label) {
        done++;
        if (!shown) {
            return;
        }
        int filled = Math.min(WIDTH, done * WIDTH / total);
        String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label;
        err.print("\r" + line);
        drawn = line.length();
        if (done >= total) {
            err.println();
            drawn = 0;
        }
        err.flush();
    }

    /** Wipes the bar so that other output starts on a clean line; the next step draws it again. */
    void clear() {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }
}
