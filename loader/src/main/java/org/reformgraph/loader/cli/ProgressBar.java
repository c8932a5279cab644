package org.reformgraph.loader.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;

    /** Shown when someone is watching (a terminal) or the load is long enough to want one. */
    ProgressBar(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.shown = total > 0 && (terminal || total >= 3);
    }

    void step(String label) {
        done++;
        if (!shown) {
            return;
        }
        int filled = done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + String.format("%-30s", label));
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
