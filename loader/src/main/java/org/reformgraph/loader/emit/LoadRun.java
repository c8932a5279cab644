package org.reformgraph.loader.emit;

import java.time.Instant;

/** The run that produced a plan graph, for its provenance. */
public record LoadRun(Instant started, Instant ended, String loaderVersion) {
}
